
import type { z } from 'zod';
import { dayInZoneFn, rangeOfInstants } from '../../../shared/domain/time';
import type { PostDraft, PostEvent, RangeAccount, RangeFilters, RangePost, RangePosts, RescheduleInput, Post } from '../../../shared/features/calendar/contract';
import { checkGate, type GateMedia, isMediaGateKey, isTextGateKey, outgoingLength, outgoingTexts } from '../../../shared/features/calendar/rules';
import { networkName } from '../../../shared/domain/networks';
import { AppError, type FieldIssue } from '../../../shared/ipc/errors';
import type { Locale } from '../../../shared/ipc/schemas';
import type { AppContext } from '../../context';
import type { Engine } from '../../db/engine/index';
import { type Db, inTransaction, nextVersion, nowIso, restore, softDelete, updateVersioned } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { missingFiles } from '../media/server-files';
import { attachmentIssues, attachmentKinds, type CalendarMedia, calendarMedia, loadAttachments, summedMedia, writeAttachments } from '../media/attachments';
import { accountIdsByPost, liveAccountsById, postsInRange, rangeMedia, rangeTargets, targetsByPost, type RangeBounds, type RangeFilter } from './range';

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
  return rangeOfInstants(from, to, (await getSettings(ctx)).timeZone);
}

/** The calendar's columns of the posts in a range, in the calendar's order (also used by the query-plan test). */
export function listRangeQuery(db: Db, b: RangeBounds, f: RangeFilter) {
  return postsInRange(db, b, f)
    .select(eventColumns)
    .orderBy((eb) => eb.fn.coalesce('p.scheduledAt', 'p.scheduledDay'))
    .orderBy('p.id');
}

const eventColumns = [
  'p.id',
  'p.version',
  'p.title',
  'p.scheduledAt',
  'p.scheduledDay',
  'p.status',
  'p.campaignId',
  'c.color as campaignColor',
  'p.approvedVersion',
] as const;

type EventRow = Omit<PostEvent, 'targets' | 'changedSinceApproved' | 'thumbUrl' | 'mediaCount' | 'mediaMissing'> & { approvedVersion: number | null };

/** Each post's targets as the calendar labels them (network and handle). */
const labelTargets = (ctx: AppContext, targets: readonly { postId: number; accountId: number }[]) =>
  targetsByPost(ctx.db, ctx.engine, targets, (t, a): PostEvent['targets'][number] => ({ accountId: t.accountId, network: a.network, handle: a.handle }));

/**
 * The calendar's view query: one query for the posts, one for their targets,
 * one for the accounts they name, each account sent once (see RangePosts),
 * and one for their media. The posts, targets and media are read by the
 * range itself (no list of ids to send), each compiled once per range and
 * filters, and built only then.
 */
export async function listRange(ctx: AppContext, input: z.output<typeof RangeFilters>): Promise<RangePosts> {
  if (Date.parse(input.to) - Date.parse(input.from) > MAX_RANGE_MS || Date.parse(input.to) < Date.parse(input.from)) {
    throw AppError.validation([{ path: 'to', code: 'calendar.errors.rangeTooLong' }]);
  }
  const b = await rangeBounds(ctx, input.from, input.to);
  const filter: RangeFilter = { accountIds: input.accountIds, networks: input.networks, campaignId: input.campaignId, statuses: input.statuses };
  // A view asks for the same range again after every edit: its compiled SQL is kept under its bounds and filters.
  const key = JSON.stringify([b.from, b.to, b.fromDay, b.toDay, filter]);
  const rows: EventRow[] = await ctx.engine.rows(() => listRangeQuery(ctx.db, b, filter), `listRange:${key}`);
  if (rows.length === 0) return { posts: [], accounts: [] };
  const targets = await ctx.engine.rows(() => rangeTargets(ctx.db, b, filter), `listRangeTargets:${key}`);
  const accounts: RangeAccount[] = await liveAccountsById(ctx.db, ctx.engine, [...new Set(targets.map((t) => t.accountId))]);
  const byPost = accountIdsByPost(targets, accounts);
  const mediaRows = await ctx.engine.rows(() => rangeMedia(ctx.db, b, filter), `listRangeMedia:${key}`);
  const media = summedMedia(mediaRows, await missingFiles(ctx.db, ctx.dataDir, mediaRows));
  return { posts: rows.map((r): RangePost => ({ ...eventFields(r, media.get(r.id)), accountIds: byPost.get(r.id) ?? [] })), accounts };
}

/** What an event says of its post, bar whom it goes out to. */
const eventFields = (r: EventRow, media?: CalendarMedia): Omit<PostEvent, 'targets'> => ({
  id: r.id,
  version: r.version,
  title: r.title,
  scheduledAt: r.scheduledAt,
  scheduledDay: r.scheduledDay,
  status: r.status,
  campaignId: r.campaignId,
  campaignColor: r.campaignColor,
  changedSinceApproved: changed(r.version, r.approvedVersion),
  thumbUrl: media?.thumbUrl ?? null,
  mediaCount: media?.mediaCount ?? 0,
  mediaMissing: media?.mediaMissing ?? false,
});

const toEvent = (r: EventRow, targets: PostEvent['targets'], media?: CalendarMedia): PostEvent => ({ ...eventFields(r, media), targets });

/**
 * The backlog's query (also read by the query-plan test). Nearly every post
 * of a city has a time and no day: the day index would walk all of them for
 * "no day", while "no time" finds the few whole-day posts and ideas.
 */
export function backlogQuery(db: Db, engine: Engine) {
  return db
    .selectFrom('posts as p')
    .leftJoin('campaigns as c', (j) => j.onRef('c.id', '=', 'p.campaignId').on('c.deletedAt', 'is', null))
    .select(eventColumns)
    .where('p.deletedAt', 'is', null)
    .where('p.scheduledAt', 'is', null)
    .where(engine.unindexed('p.scheduledDay'), 'is', null)
    .orderBy('p.updatedAt', 'desc')
    .limit(300);
}

/** Ideas with no date yet, newest first. */
export async function backlog(ctx: AppContext): Promise<PostEvent[]> {
  const rows: EventRow[] = await ctx.engine.rows(backlogQuery(ctx.db, ctx.engine), 'posts.backlog');
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const targets = await ctx.engine.rows(ctx.db.selectFrom('postTargets').select(['postId', 'accountId']).where(ctx.engine.inIds('postId', ids)));
  const byPost = await labelTargets(ctx, targets);
  const thumbs = await calendarMedia(ctx.db, ctx.dataDir, ids);
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

/**
 * The approval gate as field issues: `approved` and `published` need the
 * whole pre-publication check, `approved` the media rules too, and from
 * review on a text over its network's limit is named on that account's text
 * (`textPaths[i]` is where `media.texts[i]` is edited).
 */
function gateIssues(status: string, checklist: Post['checklist'], media: GateMedia, textPaths: readonly string[], locale: Locale): FieldIssue[] {
  const all = checkGate(status, checklist, media);
  const missing = all.filter((k) => !isMediaGateKey(k) && !isTextGateKey(k));
  const rules = all.filter(isMediaGateKey);
  const tooLong = all.some(isTextGateKey)
    ? media.texts.flatMap((t, i) => {
        const check = outgoingLength(t);
        return check.over
          ? [{ path: textPaths[i] ?? 'body', code: 'calendar.errors.tooLong', params: { network: networkName(check.network, locale), count: check.count, limit: check.limit } }]
          : [];
      })
    : [];
  return [
    ...(missing.length > 0 ? [{ path: 'status', code: 'calendar.errors.checklistIncomplete', params: { count: missing.length, missing } }] : []),
    ...(rules.length > 0 ? [{ path: 'media', code: 'media.errors.mediaRules', params: { count: rules.length, rules } }] : []),
    ...tooLong,
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
  const known = draft.targets.flatMap((t, i) => {
    const network = networkOf.get(t.accountId);
    return network ? [{ network, text: t.text ?? null, path: `targets.${i}.text` }] : [];
  });
  const media = { networks: [...networkOf.values()], items: await attachmentKinds(db, draft.media), texts: outgoingTexts(known, draft) };
  issues.push(...gateIssues(draft.status, draft.checklist, media, known.map((k) => k.path), locale));
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
    .set({ lastActivityOn: day, updatedAt: now, version: nextVersion })
    .where('id', 'in', accountIds)
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or([eb('lastActivityOn', 'is', null), eb('lastActivityOn', '<', day)]))
    .execute();
}

export async function reschedule(ctx: AppContext, input: z.output<typeof RescheduleInput>): Promise<PostEvent> {
  const now = nowIso(ctx.now());
  const { locale } = await getSettings(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const values = input.scheduledAt
      ? { scheduledAt: new Date(input.scheduledAt).toISOString(), scheduledDay: null }
      : { scheduledAt: null, scheduledDay: input.scheduledDay ?? null };
    const exists = await trx.selectFrom('posts').select(['id', 'status', 'checklist']).where('id', '=', input.id).where('deletedAt', 'is', null).executeTakeFirst();
    if (!exists) throw new AppError('not_found', { id: input.id });
    // A post moved keeps its status, so it must still pass the gate (one approved before the rule existed may not).
    const before = await getPost(trx, input.id);
    const gateMedia = { networks: before.targets.map((t) => t.network), items: before.media, texts: outgoingTexts(before.targets, before) };
    const issues = gateIssues(exists.status, parseJson(exists.checklist, {}), gateMedia, before.targets.map((_, i) => `targets.${i}.text`), locale);
    if (issues.length) throw AppError.validation(issues);
    await updateVersioned(trx, 'posts', input.id, input.version, values, now);
    const p = await getPost(trx, input.id);
    const color = p.campaignId
      ? ((await trx.selectFrom('campaigns').select('color').where('id', '=', p.campaignId).where('deletedAt', 'is', null).executeTakeFirst())?.color ?? null)
      : null;
    return toEvent(
      { ...p, campaignColor: color },
      p.targets.map((t) => ({ accountId: t.accountId, network: t.network, handle: t.handle })),
      (await calendarMedia(trx, ctx.dataDir, [p.id])).get(p.id),
    );
  });
}

export async function deletePost(ctx: AppContext, id: number, version: number): Promise<{ id: number }> {
  await softDelete(ctx.db, 'posts', { id, version }, nowIso(ctx.now()));
  return { id };
}

export async function restorePost(ctx: AppContext, id: number): Promise<Post> {
  await restore(ctx.db, 'posts', { id }, nowIso(ctx.now()));
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

/** The search query: the full-text hits, best first, joined to their live posts (also used by the query-plan test). */
export function searchQuery(ctx: AppContext, q: string) {
  const hits = ctx.engine.hits('posts', q, 'hit');
  if (!hits) return null;
  return ctx.db
    .selectFrom(hits)
    .innerJoin('posts as p', 'p.id', 'hit.id')
    .select(['p.id', 'p.title', 'p.status', 'p.scheduledAt', 'p.scheduledDay', 'hit.snippet'])
    .where('p.deletedAt', 'is', null)
    .orderBy('hit.rank')
    .limit(50);
}

export async function searchPosts(ctx: AppContext, q: string) {
  const query = searchQuery(ctx, q);
  if (!query) return [];
  const hits = await ctx.engine.rows(query);
  const thumbs = await calendarMedia(ctx.db, ctx.dataDir, hits.map((h) => h.id));
  return hits.map((h) => ({ ...h, thumbUrl: thumbs.get(h.id)?.thumbUrl ?? null, mediaMissing: thumbs.get(h.id)?.mediaMissing ?? false }));
}
