import crypto from 'node:crypto';
import { networks, type Network } from '../../../shared/domain/networks';
import { rangeOfDays } from '../../../shared/domain/time';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Engine } from '../../db/engine/index';
import type { Db } from '../../db/transaction';
import type { PostMedia } from '../../../shared/features/media/contract';
import { postsInRange, rangeTargets, targetsByPost } from '../calendar/range';
import type { PostStatus } from '../../../shared/features/calendar/contract';
import { loadAttachments } from '../media/attachments';

export interface PlanFilter {
  from: string;
  to: string;
  accountIds?: number[];
  campaignId?: number;
}

export interface PlanTarget {
  accountId: number;
  network: Network;
  handle: string;
  displayName: string;
  /** The account's own text, or null when it uses the post's body. */
  ownText: string | null;
  /** What goes out on this account. */
  text: string;
}

export interface PlanPost {
  id: number;
  title: string;
  body: string;
  scheduledAt: string | null;
  scheduledDay: string | null;
  /** The day in the office time zone. */
  day: string;
  status: PostStatus;
  campaignId: number | null;
  campaign: string | null;
  link: string;
  hashtags: string[];
  mediaNote: string;
  mediaAlt: string;
  checklist: Record<string, boolean>;
  version: number;
  approvedVersion: number | null;
  changedSinceApproved: boolean;
  updatedAt: string;
  targets: PlanTarget[];
  /** Photos and videos in the order they go out. */
  media: PostMedia[];
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    const v = JSON.parse(text) as unknown;
    return (v ?? fallback) as T;
  } catch {
    return fallback;
  }
}

const asNetwork = (n: string): Network => ((networks as readonly string[]).includes(n) ? (n as Network) : 'other');

/**
 * The posts of a range of office days, with their accounts: the calendar's
 * own range read (postsInRange), so a plan lists exactly what the calendar
 * shows for those days. With accounts chosen, each post shows only those.
 */
export async function loadPlan(db: Db, engine: Engine, filter: PlanFilter, timeZone: string): Promise<PlanPost[]> {
  const bounds = rangeOfDays(filter.from, filter.to, timeZone);
  const chosen = { accountIds: filter.accountIds, campaignId: filter.campaignId };
  // Through Kysely, not a kept statement: an approval reads its plan inside its own transaction, and a plan read waits for any write in progress.
  const rows = await postsInRange(db, bounds, chosen)
    .select([
      'p.id',
      'p.title',
      'p.body',
      'p.scheduledAt',
      'p.scheduledDay',
      'p.status',
      'p.campaignId',
      'c.name as campaign',
      'p.link',
      'p.hashtags',
      'p.mediaNote',
      'p.mediaAlt',
      'p.checklist',
      'p.version',
      'p.approvedVersion',
      'p.updatedAt',
    ])
    .execute();
  if (rows.length === 0) return [];
  const attachments = await loadAttachments(db, rows.map((r) => r.id));
  const wanted = filter.accountIds && filter.accountIds.length > 0 ? new Set(filter.accountIds) : null;
  const targets = await rangeTargets(db, bounds, chosen).select('t.text').execute();
  const byPost = await targetsByPost(db, engine, wanted ? targets.filter((t) => wanted.has(t.accountId)) : targets, (t, a): PlanTarget => ({
    accountId: t.accountId,
    network: asNetwork(a.network),
    handle: a.handle,
    displayName: a.displayName,
    ownText: t.text,
    text: t.text ?? '',
  }));

  const posts: PlanPost[] = [];
  for (const r of rows) {
    const postTargets = byPost.get(r.id) ?? [];
    for (const t of postTargets) if (t.ownText === null) t.text = r.body;
    posts.push({
      ...r,
      day: r.scheduledAt ? formatInZone(r.scheduledAt, 'yyyy-MM-dd', 'en', timeZone) : (r.scheduledDay as string),
      hashtags: parseJson<unknown[]>(r.hashtags, []).filter((h): h is string => typeof h === 'string'),
      checklist: parseJson<Record<string, boolean>>(r.checklist, {}),
      changedSinceApproved: r.approvedVersion !== null && r.version > r.approvedVersion,
      targets: postTargets,
      media: attachments.get(r.id) ?? [],
    });
  }
  // Day by day; in a day, date-only posts first, then by time, then by id.
  posts.sort((a, b) => a.day.localeCompare(b.day) || (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '') || a.id - b.id);
  return posts;
}

/** What goes to a superior for approval: everything in range except cancelled posts. */
export const forApproval = (posts: PlanPost[]): PlanPost[] => posts.filter((p) => p.status !== 'cancelled');

/**
 * A short fingerprint of the content a PDF shows: the first 12 hex digits
 * of SHA-256 over a canonical JSON of the range, its filters and each post's
 * content (not its status or checklist, which approving or reviewing changes).
 */
export function fingerprint(filter: PlanFilter, posts: PlanPost[]): string {
  const canonical = {
    from: filter.from,
    to: filter.to,
    accountIds: [...(filter.accountIds ?? [])].sort((a, b) => a - b),
    campaignId: filter.campaignId ?? null,
    posts: [...posts]
      .sort((a, b) => a.id - b.id)
      .map((p) => [
        p.id,
        p.title,
        p.body,
        p.scheduledAt,
        p.scheduledDay,
        p.link,
        p.hashtags,
        p.mediaNote,
        p.mediaAlt,
        p.campaignId,
        // The PDF prints the campaign's name: renaming it changes what was approved.
        p.campaign,
        // Each account as the PDF names it: a renamed account is a change too.
        [...p.targets].sort((a, b) => a.accountId - b.accountId).map((t) => [t.accountId, t.network, t.handle, t.displayName, t.ownText]),
        // The files themselves, in order, and how each is described: a swapped or reordered photo is a change.
        p.media.map((m) => [m.sha256, m.alt]),
      ]),
  };
  return crypto.createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}
