import crypto from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { sql } from 'kysely';
import { networks, type Network } from '../../../shared/domain/networks';
import { shiftDay } from '../../../shared/features/exports/range';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Db } from '../../db/transaction';
import type { PostMedia } from '../../../shared/features/media/contract';
import type { PostStatus } from '../calendar/tables';
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

/** Midnight of a `YYYY-MM-DD` day in a time zone, as a UTC ISO instant. */
export function dayStartUtc(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime()).toISOString();
}

export const addDays = shiftDay;

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
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
 * The posts of a range of office days, with their accounts: two indexed range
 * queries (timed posts by instant, date-only posts by day) and one for their
 * targets. Soft-deleted posts and accounts are left out.
 */
export async function loadPlan(db: Db, filter: PlanFilter, timeZone: string): Promise<PlanPost[]> {
  const start = dayStartUtc(filter.from, timeZone);
  const end = dayStartUtc(addDays(filter.to, 1), timeZone);
  const base = () => {
    let q = db
      .selectFrom('posts')
      // A deleted campaign (undoable in the calendar) is not printed: the officer removed it from the plan.
      .leftJoin('campaigns', (j) => j.onRef('campaigns.id', '=', 'posts.campaignId').on('campaigns.deletedAt', 'is', null))
      .select([
        'posts.id',
        'posts.title',
        'posts.body',
        'posts.scheduledAt',
        'posts.scheduledDay',
        'posts.status',
        'posts.campaignId',
        'campaigns.name as campaign',
        'posts.link',
        'posts.hashtags',
        'posts.mediaNote',
        'posts.mediaAlt',
        'posts.checklist',
        'posts.version',
        'posts.approvedVersion',
        'posts.updatedAt',
      ])
      .where('posts.deletedAt', 'is', null);
    if (filter.campaignId !== undefined) q = q.where('posts.campaignId', '=', filter.campaignId);
    return q;
  };
  const timed = await base().where('posts.scheduledAt', '>=', start).where('posts.scheduledAt', '<', end).execute();
  const dayOnly = await base()
    .where('posts.scheduledAt', 'is', null)
    .where('posts.scheduledDay', '>=', filter.from)
    .where('posts.scheduledDay', '<=', filter.to)
    .execute();
  const rows = [...timed, ...dayOnly];
  if (rows.length === 0) return [];

  const ids = JSON.stringify(rows.map((r) => r.id));
  const targets = await db
    .selectFrom('postTargets')
    .innerJoin('accounts', 'accounts.id', 'postTargets.accountId')
    .select(['postTargets.postId', 'postTargets.accountId', 'postTargets.text', 'accounts.network', 'accounts.handle', 'accounts.displayName'])
    .where(sql<boolean>`post_targets.post_id in (select value from json_each(${ids}))`)
    .where('accounts.deletedAt', 'is', null)
    .orderBy('accounts.network')
    .orderBy('accounts.handle')
    .execute();
  const attachments = await loadAttachments(db, rows.map((r) => r.id));
  const wanted = filter.accountIds && filter.accountIds.length > 0 ? new Set(filter.accountIds) : null;
  const byPost = new Map<number, PlanTarget[]>();
  for (const t of targets) {
    if (wanted && !wanted.has(t.accountId)) continue;
    const list = byPost.get(t.postId) ?? [];
    byPost.set(t.postId, list);
    list.push({ accountId: t.accountId, network: asNetwork(t.network), handle: t.handle, displayName: t.displayName, ownText: t.text, text: t.text ?? '' });
  }

  const posts: PlanPost[] = [];
  for (const r of rows) {
    const postTargets = byPost.get(r.id) ?? [];
    if (wanted && postTargets.length === 0) continue;
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
        [...p.targets].sort((a, b) => a.accountId - b.accountId).map((t) => [t.accountId, t.ownText]),
        // The files themselves, in order, and how each is described: a swapped or reordered photo is a change.
        p.media.map((m) => [m.sha256, m.alt]),
      ]),
  };
  return crypto.createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}
