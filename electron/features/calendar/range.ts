import type { z } from 'zod';
import type { RangeFilters } from '../../../shared/features/calendar/contract';
import type { OfficeRange } from '../../../shared/domain/time';
import type { Engine } from '../../db/engine/index';
import type { Db } from '../../db/transaction';
import { calendarMediaQuery } from '../media/attachments';

/** A range as the office sees it (see OfficeRange). */
export type RangeBounds = OfficeRange;

export type RangeFilter = Partial<Pick<z.output<typeof RangeFilters>, 'accountIds' | 'networks' | 'campaignId' | 'statuses'>>;

/**
 * The one definition of "the posts planned in a range", read by the calendar
 * and by every export, so the officer's screen and the plan a superior signs
 * list the same posts with the same accounts:
 * - soft-deleted posts are left out, and so is a deleted campaign's colour and name;
 * - a target on a deleted account is not part of the plan (nothing goes out on
 *   an account the office removed, and the editor refuses to save one), so it
 *   is neither shown nor counted by the account and network filters.
 *
 * Two indexed range reads (by instant, by day) joined by `union all`; the
 * caller picks the columns it shows.
 */
export function postsInRange(db: Db, b: RangeBounds, f: RangeFilter) {
  let q = db
    .selectFrom('posts as p')
    .leftJoin('campaigns as c', (j) => j.onRef('c.id', '=', 'p.campaignId').on('c.deletedAt', 'is', null))
    .where('p.id', 'in', idsInRange(db, b));
  if (f.statuses?.length) q = q.where('p.status', 'in', f.statuses);
  if (f.campaignId !== undefined) q = q.where('p.campaignId', '=', f.campaignId);
  const { accountIds, networks } = f;
  if (accountIds?.length || networks?.length) {
    q = q.where((eb) => {
      let live = eb
        .selectFrom('postTargets as t')
        .innerJoin('accounts as a', 'a.id', 't.accountId')
        .select('t.postId')
        .whereRef('t.postId', '=', 'p.id')
        .where('a.deletedAt', 'is', null);
      if (accountIds?.length) live = live.where('t.accountId', 'in', accountIds);
      if (networks?.length) live = live.where('a.network', 'in', networks);
      return eb.exists(live);
    });
  }
  return q;
}

/** Ids of the live posts in a range (see RangeBounds), for queries that count rather than list. */
export function idsInRange(db: Db, b: RangeBounds) {
  return db
    .selectFrom('posts')
    .select('id')
    .where('deletedAt', 'is', null)
    .where('scheduledAt', '>=', b.from)
    .where('scheduledAt', '<', b.to)
    .unionAll(
      db.selectFrom('posts').select('id').where('deletedAt', 'is', null).where('scheduledDay', '>=', b.fromDay).where('scheduledDay', '<=', b.toDay),
    );
}

/** The targets of the posts `postsInRange` lists, ids only (from the covering index) or with each account's own text. */
export function rangeTargets(db: Db, b: RangeBounds, f: RangeFilter) {
  return db
    .selectFrom('postTargets as t')
    .select(['t.postId', 't.accountId'])
    .where('t.postId', 'in', postsInRange(db, b, f).select('p.id'));
}

/** The media of the posts `postsInRange` lists (see calendarMedia). */
export const rangeMedia = (db: Db, b: RangeBounds, f: RangeFilter) => calendarMediaQuery(db).where('pm.postId', 'in', postsInRange(db, b, f).select('p.id'));

export interface AccountLabel {
  network: string;
  handle: string;
  displayName: string;
}

const liveAccounts = (db: Db, engine: Engine, ids: readonly number[]) => db.selectFrom('accounts').where(engine.inIds('id', ids)).where('deletedAt', 'is', null);

/** Network, handle and name of the live accounts among `ids`, each read once however many posts name it. */
export async function liveAccountLabels(db: Db, engine: Engine, ids: readonly number[]): Promise<Map<number, AccountLabel>> {
  const out = new Map<number, AccountLabel>();
  if (ids.length === 0) return out;
  const rows = await engine.rows(liveAccounts(db, engine, ids).select(['id', 'network', 'handle', 'displayName']));
  for (const r of rows) out.set(r.id, { network: r.network, handle: r.handle, displayName: r.displayName });
  return out;
}

/**
 * Network and handle of the live accounts among `ids`, by id: what a range
 * sends of each account, once. Kept compiled under the ids: a view asks again
 * for the same accounts after every edit.
 */
export async function liveAccountsById(db: Db, engine: Engine, ids: readonly number[]): Promise<{ id: number; network: string; handle: string }[]> {
  return ids.length === 0 ? [] : engine.rows(() => liveAccounts(db, engine, ids).select(['id', 'network', 'handle']).orderBy('id'), `liveAccountsById:${ids.join()}`);
}

const byNetworkHandle = (a: Pick<AccountLabel, 'network' | 'handle'>, b: Pick<AccountLabel, 'network' | 'handle'>): number =>
  a.network < b.network ? -1 : a.network > b.network ? 1 : a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0;

/**
 * Each post's targets on live accounts, labelled by `make` and in the order
 * every view lists them (network, then handle).
 */
export async function targetsByPost<T extends { postId: number; accountId: number }, R>(
  db: Db,
  engine: Engine,
  targets: readonly T[],
  make: (target: T, label: AccountLabel) => R,
): Promise<Map<number, R[]>> {
  return groupTargets(targets, await liveAccountLabels(db, engine, [...new Set(targets.map((t) => t.accountId))]), make);
}

/** targetsByPost with the labels already read: a target whose account is not among them (deleted) is left out. */
export function groupTargets<T extends { postId: number; accountId: number }, R>(
  targets: readonly T[],
  labels: ReadonlyMap<number, AccountLabel>,
  make: (target: T, label: AccountLabel) => R,
): Map<number, R[]> {
  const byPost = new Map<number, { label: AccountLabel; item: R }[]>();
  for (const t of targets) {
    const label = labels.get(t.accountId);
    if (!label) continue;
    const list = byPost.get(t.postId);
    const entry = { label, item: make(t, label) };
    if (list) list.push(entry);
    else byPost.set(t.postId, [entry]);
  }
  const out = new Map<number, R[]>();
  for (const [postId, list] of byPost) {
    if (list.length > 1) list.sort((a, b) => byNetworkHandle(a.label, b.label));
    out.set(postId, list.map((e) => e.item));
  }
  return out;
}

/**
 * Each post's targets on `accounts` (the live ones) as account ids, in the
 * order groupTargets gives: the accounts are ranked once by network and
 * handle (equal ones share a rank, so a post keeps its own order of them), and
 * each post's few ids are sorted by rank.
 */
export function accountIdsByPost(
  targets: readonly { postId: number; accountId: number }[],
  accounts: readonly { id: number; network: string; handle: string }[],
): Map<number, number[]> {
  const ranked = [...accounts].sort(byNetworkHandle);
  const rank = new Map<number, number>();
  ranked.forEach((a, i) => {
    const before = ranked[i - 1];
    rank.set(a.id, before && byNetworkHandle(before, a) === 0 ? (rank.get(before.id) as number) : i);
  });
  const out = new Map<number, number[]>();
  for (const t of targets) {
    if (!rank.has(t.accountId)) continue;
    const list = out.get(t.postId);
    if (list) list.push(t.accountId);
    else out.set(t.postId, [t.accountId]);
  }
  const byRank = (x: number, y: number) => (rank.get(x) as number) - (rank.get(y) as number);
  for (const list of out.values()) if (list.length > 1) list.sort(byRank);
  return out;
}
