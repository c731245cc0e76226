import type { PostEvent, RangePosts } from './contract';

/**
 * A range's posts as the views draw them, each target labelled: the reply
 * names each account once, and every post that goes out on it shares that one
 * label (a city month is ~1,400 posts over a few hundred accounts).
 */
export function rangeEvents({ posts, accounts }: RangePosts): PostEvent[] {
  const labels = new Map(accounts.map((a) => [a.id, { accountId: a.id, network: a.network, handle: a.handle }]));
  return posts.map(({ accountIds, ...p }) => ({ ...p, targets: accountIds.flatMap((id) => labels.get(id) ?? []) }));
}
