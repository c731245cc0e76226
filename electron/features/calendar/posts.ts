import { sql } from 'kysely';
import type { z } from 'zod';
import type { PostDraft, PostEvent, RangeFilters, RescheduleInput, Post } from '../../../shared/features/calendar/contract';
import { checkGate, type GateMedia, isMediaGateKey, dayInZoneFn, lengthCheckedStatuses, lengthFor } from '../../../shared/features/calendar/rules';
import { networkName } from '../../../shared/domain/networks';
import { AppError, type FieldIssue } from '../../../shared/ipc/errors';
import type { Locale } from '../../../shared/ipc/schemas';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, updateVersioned } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { cachedStatement } from '../../db/statements';
import { attachmentIssues, attachmentKinds, firstThumbs, loadAttachments, writeAttachments } from '../media/attachments';

const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

const changed = (version: number, approvedVersion: number | null): boolean => approvedVersion !== null && version > approvedVersion;

/** The longest range one calendar view may ask for (a list of a few months at most). */
const MAX_RANGE_MS = 120 * 86_400_000;

/** Instants and days of a range as the office sees it. */
export async function rangeBounds(ctx: AppContext, from: string, to: string) {
  const { timeZone } = await getSettings(ctx);
  const toDay = dayInZoneFn(timeZone);
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  return {
    timeZone,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    fromDay: toDay(new Date(fromMs)),
    toDay: toDay(new Date(Math.max(fromMs, toMs - 1))),
  };
}

/** Posts planned in a range: the same condition serves the posts query and the targets query. */
export const IN_RANGE = `p.id in (
    select id from posts where deleted_at is null and scheduled_at >= @from and scheduled_at < @to
    union all
    select id from posts where deleted_at is null and scheduled_day >= @fromDay and scheduled_day <= @toDay)`;

interface EventRow {
  id: number;
  version: number;
  title: string;
  scheduledAt: string | null;
  scheduledDay: string | null;
  status: PostEvent['status'];
  campaignId: number | null;
  campaignColor: string | null;
  approvedVersion: number | null;
}

/** SQL of the calendar's month/week query (also used by the query-plan test). */
export function listRangeSql(filters: { accountIds?: number[]; networks?: string[]; campaignId?: number; statuses?: string[] }): {
  posts: string;
  targets: string;
} {
  const where = [IN_RANGE];
  if (filters.statuses?.length) where.push(`p.status in (${filters.statuses.map(() => '?').join(',')})`);
  if (filters.campaignId !== undefined) where.push('p.campaign_id = @campaignId');
  if (filters.accountIds?.length)
    where.push(`exists (select 1 from post_targets t where t.post_id = p.id and t.account_id in (${filters.accountIds.map(() => '?').join(',')}))`);
  if (filters.networks?.length)
    where.push(
      `exists (select 1 from post_targets t join accounts a on a.id = t.account_id where t.post_id = p.id and a.network in (${filters.networks.map(() => '?').join(',')}))`,
    );
  return {
    posts: `select p.id, p.version, p.title, p.scheduled_at as scheduledAt, p.scheduled_day as scheduledDay, p.status,
        p.campaign_id as campaignId, c.color as campaignColor, p.approved_version as approvedVersion
      from posts p left join campaigns c on c.id = p.campaign_id and c.deleted_at is null
      where ${where.join(' and ')}
      order by coalesce(p.scheduled_at, p.scheduled_day), p.id`,
    // Ids only, from the covering index: a month repeats the same few hundred
    // accounts thousands of times, so each account is read once (ACCOUNT_LABELS_SQL).
    targets: `select t.post_id as postId, t.account_id as accountId
      from post_targets t
      where t.post_id in (select p.id from posts p where ${where.join(' and ')})`,
  };
}

/** Network and handle of the accounts a view names, given as a JSON array of ids. */
export const ACCOUNT_LABELS_SQL = 'select id, network, handle from accounts where id in (select value from json_each(?))';

type TargetLabel = PostEvent['targets'][number];
const byNetworkHandle = (a: TargetLabel, b: TargetLabel): number =>
  a.network < b.network ? -1 : a.network > b.network ? 1 : a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0;

/** Each post's targets, labelled and in the order the calendar lists them (network, then handle). */
function labelTargets(ctx: AppContext, targets: { postId: number; accountId: number }[]): Map<number, PostEvent['targets']> {
  const ids = [...new Set(targets.map((t) => t.accountId))];
  const accounts = new Map<number, TargetLabel>();
  if (ids.length > 0) {
    for (const a of cachedStatement(ctx.raw, ACCOUNT_LABELS_SQL).all(JSON.stringify(ids)) as { id: number; network: string; handle: string }[]) {
      accounts.set(a.id, { accountId: a.id, network: a.network, handle: a.handle });
    }
  }
  const byPost = new Map<number, PostEvent['targets']>();
  for (const t of targets) {
    const label = accounts.get(t.accountId);
    if (!label) continue;
    const list = byPost.get(t.postId);
    if (list) list.push(label);
    else byPost.set(t.postId, [label]);
  }
  for (const list of byPost.values()) if (list.length > 1) list.sort(byNetworkHandle);
  return byPost;
}

/** The calendar's view query: one query for the posts, one for their targets, one for the accounts they name. */
export async function listRange(ctx: AppContext, input: z.output<typeof RangeFilters>): Promise<PostEvent[]> {
  if (Date.parse(input.to) - Date.parse(input.from) > MAX_RANGE_MS || Date.parse(input.to) < Date.parse(input.from)) {
    throw AppError.validation([{ path: 'to', code: 'calendar.errors.rangeTooLong' }]);
  }
  const b = await rangeBounds(ctx, input.from, input.to);
  const q = listRangeSql(input);
  const named = { from: b.from, to: b.to, fromDay: b.fromDay, toDay: b.toDay, ...(input.campaignId !== undefined ? { campaignId: input.campaignId } : {}) };
  const positional = [...(input.statuses ?? []), ...(input.accountIds ?? []), ...(input.networks ?? [])];
  const rows = cachedStatement(ctx.raw, q.posts).all(named, ...positional) as EventRow[];
  if (rows.length === 0) return [];
  const byPost = labelTargets(ctx, cachedStatement(ctx.raw, q.targets).all(named, ...positional) as { postId: number; accountId: number }[]);
  const thumbs = firstThumbs(ctx.raw, rows.map((r) => r.id));
  return rows.map((r) => toEvent(r, byPost.get(r.id) ?? [], thumbs.get(r.id)));
}

const toEvent = (r: EventRow, targets: PostEvent['targets'], media?: { thumbUrl: string; mediaCount: number }): PostEvent => ({
  id: r.id,
  version: r.version,
  title: r.title,
  scheduledAt: r.scheduledAt,
  scheduledDay: r.scheduledDay,
  status: r.status,
  campaignId: r.campaignId,
  campaignColor: r.campaignColor,
  changedSinceApproved: changed(r.version, r.approvedVersion),
  targets,
  thumbUrl: media?.thumbUrl ?? null,
  mediaCount: media?.mediaCount ?? 0,
});

/** Ideas with no date yet, newest first. */
export async function backlog(ctx: AppContext): Promise<PostEvent[]> {
  const rows = ctx.raw
    .prepare(
      `select p.id, p.version, p.title, p.scheduled_at as scheduledAt, p.scheduled_day as scheduledDay, p.status,
        p.campaign_id as campaignId, c.color as campaignColor, p.approved_version as approvedVersion
      from posts p left join campaigns c on c.id = p.campaign_id and c.deleted_at is null
      where p.deleted_at is null and p.scheduled_at is null and p.scheduled_day is null
      order by p.updated_at desc limit 300`,
    )
    .all() as EventRow[];
  if (rows.length === 0) return [];
  const targets = cachedStatement(ctx.raw, 'select post_id as postId, account_id as accountId from post_targets where post_id in (select value from json_each(?))').all(
    JSON.stringify(rows.map((r) => r.id)),
  ) as { postId: number; accountId: number }[];
  const byPost = labelTargets(ctx, targets);
  const thumbs = firstThumbs(ctx.raw, rows.map((r) => r.id));
  return rows.map((r) => toEvent(r, byPost.get(r.id) ?? [], thumbs.get(r.id)));
}

export async function getPost(db: Db, id: number): Promise<Post> {
  const row = await db.selectFrom('posts').selectAll().where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  const targets = await db
    .selectFrom('postTargets as t')
    .innerJoin('accounts as a', 'a.id', 't.accountId')
    .select(['t.accountId', 'a.network', 'a.handle', 'a.displayName', 't.text'])
    .where('t.postId', '=', id)
    .orderBy('a.network')
    .orderBy('a.handle')
    .execute();
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    title: row.title,
    body: row.body,
    scheduledAt: row.scheduledAt,
    scheduledDay: row.scheduledDay,
    status: row.status,
    campaignId: row.campaignId,
    link: row.link,
    hashtags: parseJson<string[]>(row.hashtags, []),
    mediaNote: row.mediaNote,
    mediaAlt: row.mediaAlt,
    internalNotes: row.internalNotes,
    checklist: parseJson(row.checklist, {}),
    approvedVersion: row.approvedVersion,
    changedSinceApproved: changed(row.version, row.approvedVersion),
    targets,
    media: (await loadAttachments(db, [id])).get(id) ?? [],
  };
}

/** The approval gate as field issues: `approved` and `published` need the whole pre-publication check, `approved` the media rules too. */
function gateIssues(status: string, checklist: Post['checklist'], media: GateMedia): FieldIssue[] {
  const all = checkGate(status, checklist, media);
  const missing = all.filter((k) => !isMediaGateKey(k));
  const rules = all.filter(isMediaGateKey);
  return [
    ...(missing.length > 0 ? [{ path: 'status', code: 'calendar.errors.checklistIncomplete', params: { count: missing.length, missing } }] : []),
    ...(rules.length > 0 ? [{ path: 'media', code: 'media.errors.mediaRules', params: { count: rules.length, rules } }] : []),
  ];
}

/** Rules a post must meet before it is written: one place, so the editor and imports agree. */
async function checkDraft(db: Db, draft: z.output<typeof PostDraft>, locale: Locale): Promise<void> {
  const issues: FieldIssue[] = [];
  if (draft.scheduledAt && draft.scheduledDay) issues.push({ path: 'scheduledDay', code: 'calendar.errors.dayAndTime' });
  const ids = [...new Set(draft.targets.map((t) => t.accountId))];
  const accounts = ids.length
    ? await db.selectFrom('accounts').select(['id', 'network']).where('id', 'in', ids).where('deletedAt', 'is', null).execute()
    : [];
  const networkOf = new Map(accounts.map((a) => [a.id, a.network]));
  draft.targets.forEach((t, i) => {
    if (!networkOf.has(t.accountId)) issues.push({ path: `targets.${i}.accountId`, code: 'calendar.errors.unknownAccount' });
  });
  issues.push(...(await attachmentIssues(db, draft.media)));
  const media = { networks: [...networkOf.values()], items: await attachmentKinds(db, draft.media) };
  issues.push(...gateIssues(draft.status, draft.checklist, media));
  if ((lengthCheckedStatuses as readonly string[]).includes(draft.status)) {
    draft.targets.forEach((t, i) => {
      const network = networkOf.get(t.accountId);
      if (!network) return;
      const check = lengthFor(network, t.text ?? draft.body, draft.link, draft.hashtags);
      if (check.over)
        issues.push({
          path: `targets.${i}.text`,
          code: 'calendar.errors.tooLong',
          params: { network: networkName(network, locale), count: check.count, limit: check.limit },
        });
    });
  }
  if (issues.length) throw AppError.validation(issues);
}

/** What writing a post needs from the context: the time and the office's language and time zone. */
interface WriteEnv {
  now: string;
  locale: Locale;
  timeZone: string;
}

async function writeEnv(ctx: AppContext): Promise<WriteEnv> {
  // Error texts name networks in the office language ("Otra red").
  const { locale, timeZone } = await getSettings(ctx);
  return { now: nowIso(ctx.now()), locale, timeZone };
}

export async function savePost(ctx: AppContext, draft: z.output<typeof PostDraft>): Promise<Post> {
  const env = await writeEnv(ctx);
  return inTransaction(ctx.db, async (trx) => getPost(trx, await writePost(trx, draft, env)));
}

/**
 * Many posts in one transaction, each checked and written exactly as
 * posts.save does (imports and the seed): all are written or none is.
 * Returns the ids in the drafts' order.
 */
export async function savePosts(ctx: AppContext, drafts: z.output<typeof PostDraft>[]): Promise<number[]> {
  const env = await writeEnv(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const ids: number[] = [];
    for (const draft of drafts) ids.push(await writePost(trx, draft, env));
    return ids;
  });
}

/** One post's checks and writes inside the caller's transaction; returns its id. */
async function writePost(trx: Db, draft: z.output<typeof PostDraft>, env: WriteEnv): Promise<number> {
  const { now } = env;
  await checkDraft(trx, draft, env.locale);
  const values = {
    title: draft.title,
    body: draft.body,
    scheduledAt: draft.scheduledAt ? new Date(draft.scheduledAt).toISOString() : null,
    scheduledDay: draft.scheduledDay,
    status: draft.status,
    campaignId: draft.campaignId,
    link: draft.link,
    hashtags: JSON.stringify([...new Set(draft.hashtags)]),
    mediaNote: draft.mediaNote,
    mediaAlt: draft.mediaAlt,
    internalNotes: draft.internalNotes,
    checklist: JSON.stringify(draft.checklist),
  };
  let id: number;
  if (draft.id === undefined) {
    const r = await trx.insertInto('posts').values({ ...values, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow();
    id = r.id;
  } else {
    if (draft.version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
    id = draft.id;
    await updateVersioned(trx, 'posts', id, draft.version, values, now);
    await trx.deleteFrom('postTargets').where('postId', '=', id).execute();
    await trx.deleteFrom('postHashtags').where('postId', '=', id).execute();
  }
  const seen = new Set<number>();
  const targets = draft.targets.filter((t) => !seen.has(t.accountId) && seen.add(t.accountId));
  if (targets.length)
    await trx
      .insertInto('postTargets')
      .values(targets.map((t) => ({ postId: id, accountId: t.accountId, text: t.text?.trim() ? t.text : null })))
      .execute();
  const tags = [...new Set(draft.hashtags)];
  if (tags.length) await trx.insertInto('postHashtags').values(tags.map((tag) => ({ postId: id, tag }))).execute();
  await writeAttachments(trx, id, draft.media);
  if (draft.status === 'published') await followPublication(trx, targets.map((t) => t.accountId), publishedDay(draft, env), now);
  return id;
}

/** The office day a post went out: its planned day, or today if it has none or was planned later. */
function publishedDay(draft: Pick<z.output<typeof PostDraft>, 'scheduledAt' | 'scheduledDay'>, env: WriteEnv): string {
  const toDay = dayInZoneFn(env.timeZone);
  const today = toDay(env.now);
  const planned = draft.scheduledAt ? toDay(draft.scheduledAt) : draft.scheduledDay;
  return planned && planned < today ? planned : today;
}

/**
 * A post marked published is the accounts' latest activity: each target
 * account's last activity moves to that day when it is later than what is
 * stored (never back), so the dormancy list follows what went out.
 */
async function followPublication(trx: Db, accountIds: number[], day: string, now: string): Promise<void> {
  if (accountIds.length === 0) return;
  await trx
    .updateTable('accounts')
    .set({ lastActivityOn: day, updatedAt: now, version: sql`version + 1` })
    .where('id', 'in', accountIds)
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or([eb('lastActivityOn', 'is', null), eb('lastActivityOn', '<', day)]))
    .execute();
}

export async function reschedule(ctx: AppContext, input: z.output<typeof RescheduleInput>): Promise<PostEvent> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const values = input.scheduledAt
      ? { scheduledAt: new Date(input.scheduledAt).toISOString(), scheduledDay: null }
      : { scheduledAt: null, scheduledDay: input.scheduledDay ?? null };
    const exists = await trx.selectFrom('posts').select(['id', 'status', 'checklist']).where('id', '=', input.id).where('deletedAt', 'is', null).executeTakeFirst();
    if (!exists) throw new AppError('not_found', { id: input.id });
    // A post moved keeps its status, so it must still pass the gate (one approved before the rule existed may not).
    const before = await getPost(trx, input.id);
    const gateMedia = { networks: before.targets.map((t) => t.network), items: before.media };
    const issues = gateIssues(exists.status, parseJson(exists.checklist, {}), gateMedia);
    if (issues.length) throw AppError.validation(issues);
    await updateVersioned(trx, 'posts', input.id, input.version, values, now);
    const p = await getPost(trx, input.id);
    const color = p.campaignId
      ? ((await trx.selectFrom('campaigns').select('color').where('id', '=', p.campaignId).where('deletedAt', 'is', null).executeTakeFirst())?.color ?? null)
      : null;
    const first = p.media[0];
    return toEvent(
      { ...p, campaignColor: color },
      p.targets.map((t) => ({ accountId: t.accountId, network: t.network, handle: t.handle })),
      first ? { thumbUrl: first.thumbUrl, mediaCount: p.media.length } : undefined,
    );
  });
}

export async function deletePost(ctx: AppContext, id: number, version: number): Promise<{ id: number }> {
  const now = nowIso(ctx.now());
  await updateVersioned(ctx.db, 'posts', id, version, { deletedAt: now }, now);
  return { id };
}

export async function restorePost(ctx: AppContext, id: number): Promise<Post> {
  const now = nowIso(ctx.now());
  const r = await ctx.db
    .updateTable('posts')
    .set((eb) => ({ deletedAt: null, updatedAt: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new AppError('not_found', { id });
  return getPost(ctx.db, id);
}

/** A copy to adapt: same texts and accounts, back to draft (or idea), checklist and approval cleared. */
export async function duplicatePost(ctx: AppContext, id: number): Promise<Post> {
  const p = await getPost(ctx.db, id);
  return savePost(ctx, {
    title: p.title,
    body: p.body,
    scheduledAt: p.scheduledAt,
    scheduledDay: p.scheduledDay,
    status: p.status === 'idea' ? 'idea' : 'draft',
    campaignId: p.campaignId,
    link: p.link,
    hashtags: p.hashtags,
    mediaNote: p.mediaNote,
    mediaAlt: p.mediaAlt,
    internalNotes: p.internalNotes,
    checklist: {},
    targets: p.targets.map((t) => ({ accountId: t.accountId, text: t.text })),
    media: p.media.map((m) => ({ mediaId: m.mediaId, alt: m.alt })),
  });
}

/** SQL of the search query (also used by the query-plan test). */
export const SEARCH_SQL = `select p.id, p.title, p.status, p.scheduled_at as scheduledAt, p.scheduled_day as scheduledDay,
    snippet(posts_fts, -1, '', '', '…', 12) as snippet
  from posts_fts cross join posts p on p.id = posts_fts.rowid
  where posts_fts match ? and p.deleted_at is null
  order by rank limit 50`;

export function searchPosts(ctx: AppContext, q: string, ftsQuery: (s: string) => string | null) {
  const match = ftsQuery(q);
  if (!match) return [];
  const hits = cachedStatement(ctx.raw, SEARCH_SQL).all(match) as { id: number; title: string; status: Post['status']; scheduledAt: string | null; scheduledDay: string | null; snippet: string }[];
  const thumbs = firstThumbs(ctx.raw, hits.map((h) => h.id));
  return hits.map((h) => ({ ...h, thumbUrl: thumbs.get(h.id)?.thumbUrl ?? null }));
}

/** Accounts a post can target: active institutional media (role medium or both). */
export async function accountOptions(ctx: AppContext) {
  return ctx.db
    .selectFrom('accounts')
    .select(['id', 'network', 'handle', 'displayName', 'role', 'status', 'postsPerWeekTarget'])
    .where('deletedAt', 'is', null)
    .where('status', '=', 'active')
    .where('role', 'in', ['medium', 'both'])
    .orderBy('network')
    .orderBy('handle')
    .execute();
}
