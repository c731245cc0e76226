import { sql } from 'kysely';
import type { Network } from '../../../shared/domain/networks';
import type { Account, AccountDraft, AccountQuery as AccountQuerySchema, AccountSort, AccountStatus } from '../../../shared/features/accounts/contract';
import { checkAccountRules } from '../../../shared/features/accounts/csv';
import { commonSpellings } from '../../../shared/features/accounts/departments';
import { ServiceHours } from '../../../shared/features/strategy/hours';
import { AppError, type FieldIssue } from '../../../shared/ipc/errors';
import { type Db, inTransaction, nowIso, restore, softDelete, updateVersioned } from '../../db/transaction';
import type { AppContext } from '../../context';
import type { AccountRow } from './tables';
import type { OrderByModifiers, Selectable } from 'kysely';
import type { z } from 'zod';
import { engineOf } from '../../db/engine/index';
import { departmentIn, departmentSpellings } from './departments';
import { applyOwnerTraining, resolvePeople } from '../strategy/people';
import { recordProgress } from '../strategy/progress';

type Row = Selectable<AccountRow>;

export function toAccount(row: Row): Account {
  let tags: string[] = [];
  // Most accounts have no tags and no service hours: the list reads a page of them at a time.
  if (row.tags !== '[]') {
    try {
      const parsed: unknown = JSON.parse(row.tags);
      if (Array.isArray(parsed)) tags = parsed.filter((t): t is string => typeof t === 'string');
    } catch {
      // A damaged tags cell reads as no tags.
    }
  }
  return { ...row, tags, serviceHours: parseSlots(row.serviceHours), closedDays: parseDays(row.closedDays), listed: row.listed === 1 };
}

/** Stored closed days; a damaged cell reads as none. */
function parseDays(cell: string): string[] {
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(d)) : [];
  } catch {
    return [];
  }
}

/** Stored service hours; a damaged cell reads as none. */
function parseSlots(cell: string): Account['serviceHours'] {
  if (cell === '[]') return [];
  try {
    const parsed = ServiceHours.safeParse(JSON.parse(cell));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The columns a draft writes (everything but id, version and timestamps). */
export function draftValues(d: AccountDraft) {
  const { id: _id, version: _version, tags, serviceHours, closedDays, listed, ...rest } = d;
  return { ...rest, tags: JSON.stringify(tags), serviceHours: JSON.stringify(serviceHours), closedDays: JSON.stringify(closedDays), listed: listed ? 1 : 0 };
}

type Column = keyof Row & string;
/**
 * Columns of each sort, written to match a partial index of migration 0007:
 * text ones compared without case; `nullable` ones (an account never active
 * has no last activity) place their empty values as SQLite does.
 */
const sortColumns: Record<AccountSort, [Column, 'caseless' | 'exact' | 'nullable'][]> = {
  handle: [['handle', 'caseless'], ['id', 'exact']],
  network: [['network', 'exact'], ['handle', 'caseless'], ['id', 'exact']],
  displayName: [['displayName', 'caseless'], ['id', 'exact']],
  department: [['department', 'caseless'], ['handle', 'caseless'], ['id', 'exact']],
  ownerName: [['ownerName', 'caseless'], ['id', 'exact']],
  role: [['role', 'exact'], ['handle', 'caseless'], ['id', 'exact']],
  status: [['status', 'exact'], ['handle', 'caseless'], ['id', 'exact']],
  lastActivityOn: [['lastActivityOn', 'nullable'], ['id', 'exact']],
  updatedAt: [['updatedAt', 'exact'], ['id', 'exact']],
};

type ParsedQuery = z.output<typeof AccountQuerySchema>;

/**
 * The filtered query, without order or page; shared by the page and its
 * total. `departments` are the spellings of the chosen department
 * (`departmentSpellings`), null for any.
 */
export function listBase(db: Db, q: ParsedQuery, departments: readonly string[] | null) {
  const engine = engineOf(db);
  let qb = db.selectFrom('accounts').where('deletedAt', 'is', null);
  if (q.network) qb = qb.where('network', '=', q.network);
  if (q.status) qb = qb.where('status', '=', q.status);
  if (q.role) qb = qb.where('role', '=', q.role);
  if (departments) qb = qb.where(departmentIn(db, departments));
  const match = engine.matches('accounts', 'id', q.search);
  if (match) qb = qb.where(match);
  return qb;
}

export function listQuery(db: Db, q: ParsedQuery, departments: readonly string[] | null) {
  const engine = engineOf(db);
  let qb = listBase(db, q, departments).selectAll();
  const direction: OrderByModifiers = q.direction === 'asc' ? 'asc' : 'desc';
  // Accounts without a value come first going up and last going down, as SQLite orders them; PostgreSQL would put them the other way.
  // Only where a column can be empty: on a column that cannot, the words would keep PostgreSQL from reading the page off its index.
  const nullsAsSqlite: OrderByModifiers = q.direction === 'asc' ? (ob) => ob.asc().nullsFirst() : (ob) => ob.desc().nullsLast();
  for (const [column, compare] of sortColumns[q.sort]) {
    qb = qb.orderBy(compare === 'caseless' ? engine.caseless(column) : sql.ref(column), compare === 'nullable' ? nullsAsSqlite : direction);
  }
  // Written into the SQL (whole numbers the schema bounds): SQLite reads a page with a bound LIMIT about 1.7 times slower.
  return qb.limit(sql.lit(q.limit)).offset(sql.lit(q.offset));
}

export const listCountQuery = (db: Db, q: ParsedQuery, departments: readonly string[] | null) => listBase(db, q, departments).select((eb) => eb.fn.countAll<number>().as('n'));

/**
 * The list view's read: the page and its total, kept compiled per distinct
 * query (the list asks for the same one after every edit; a `count(*) over ()`
 * would read every match instead of stopping at the page).
 */
export async function listAccounts(ctx: AppContext, q: ParsedQuery): Promise<{ items: Account[]; total: number }> {
  const departments = q.department === undefined ? null : await departmentSpellings(ctx.db, q.department);
  // The spellings are part of the key: a new one written since changes the query.
  const key = JSON.stringify([q, departments]);
  // Built only when no statement is kept under the key: the list asks for the same page after every edit.
  const rows = await ctx.engine.rows(() => listQuery(ctx.db, q, departments), `accounts.page:${key}`);
  const total = q.offset === 0 && rows.length < q.limit ? rows.length : Number((await ctx.engine.rows(() => listCountQuery(ctx.db, q, departments), `accounts.count:${key}`))[0]!.n);
  return { items: rows.map(toAccount), total };
}

export async function getAccount(db: Db, id: number): Promise<Account> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  return toAccount(row);
}

/** Departments in use, for the filters and the form's suggestions: each once however it is spelt, as most accounts spell it. */
export async function listDepartments(ctx: AppContext): Promise<string[]> {
  const rows = await ctx.db.selectFrom('accounts').select('department').where('deletedAt', 'is', null).where('department', '!=', '').execute();
  return [...commonSpellings(rows.map((r) => r.department)).values()].sort((a, b) => a.localeCompare(b, 'es'));
}

/** Another live account already on this network with this handle (any case)? */
async function handleTaken(db: Db, network: Network, handle: string, exceptId?: number): Promise<boolean> {
  let qb = db
    .selectFrom('accounts')
    .select('id')
    .where('deletedAt', 'is', null)
    .where('network', '=', network)
    .where(engineOf(db).caselessEquals('handle', handle));
  if (exceptId !== undefined) qb = qb.where('id', '!=', exceptId);
  return (await qb.executeTakeFirst()) !== undefined;
}

/** Every rule a save checks beyond the field schemas; throws one validation error listing them all. */
async function checkSave(db: Db, d: AccountDraft): Promise<void> {
  const issues: FieldIssue[] = checkAccountRules(d);
  if (await handleTaken(db, d.network, d.handle, d.id)) issues.push({ path: 'handle', code: 'accounts.errors.duplicateHandle' });
  issues.push(...(await mergeIssues(db, d)));
  if (issues.length) throw AppError.validation(issues);
}

/**
 * A merge goes into the account that stays: the target must be live and not
 * itself to merge, and an account others merge into cannot be marked to merge
 * (the count says how many). Together these leave no chain or loop. The
 * no-chain part holds only when the change sets or changes the target or the
 * to-merge status, so a chain already in the data never blocks an unrelated
 * edit. Exported so any other writer of merges (audit actions) can apply the
 * same rule, with its own field paths.
 */
export async function mergeIssues(
  db: Db,
  next: { id?: number; status: AccountStatus; mergeIntoId: number | null },
  paths: { mergeIntoId: string; status: string } = { mergeIntoId: 'mergeIntoId', status: 'status' },
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const before = next.id === undefined ? undefined : await db.selectFrom('accounts').select(['status', 'mergeIntoId']).where('id', '=', next.id).executeTakeFirst();
  const merging = next.status === 'to_merge';
  const changed = !before || before.mergeIntoId !== next.mergeIntoId || (before.status === 'to_merge') !== merging;
  if (next.mergeIntoId !== null && next.mergeIntoId !== next.id) {
    const target = await db
      .selectFrom('accounts')
      .select(['status', 'handle'])
      .where('id', '=', next.mergeIntoId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    // A target deleted after it was chosen is kept (undo brings it back); only a new choice must be live.
    const kept = before !== undefined && before.mergeIntoId === next.mergeIntoId;
    if (!target) {
      if (!kept) issues.push({ path: paths.mergeIntoId, code: 'accounts.errors.mergeIntoMissing' });
    }
    else if (merging && changed && target.status === 'to_merge') {
      issues.push({ path: paths.mergeIntoId, code: 'accounts.errors.mergeTargetToMerge', params: { value: target.handle } });
    }
  }
  if (merging && changed && next.id !== undefined) {
    const count = await countMergingInto(db, next.id);
    if (count > 0) issues.push({ path: paths.status, code: 'accounts.errors.mergeTargetOfOthers', params: { count } });
  }
  return issues;
}

/** Live accounts marked to merge into this one (a search of the status index over `to_merge` rows). */
async function countMergingInto(db: Db, id: number): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .where('status', '=', 'to_merge')
    .where('mergeIntoId', '=', id)
    .where('id', '!=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function saveAccount(ctx: AppContext, draft: AccountDraft): Promise<Account> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const saved = await writeAccount(trx, draft, now);
    await recordProgress(ctx, trx, 'month');
    return saved;
  });
}

/**
 * Every rule of a save, inside the caller's transaction: the one path a form
 * save and a change to many accounts at once both take.
 */
export async function writeAccount(trx: Db, draft: AccountDraft, now: string): Promise<Account> {
  await checkSave(trx, draft);
  const before = draft.id === undefined ? undefined : (await trx.selectFrom('accounts').select('ownerTrainedOn').where('id', '=', draft.id).executeTakeFirst())?.ownerTrainedOn;
  const d = await resolvePeople(trx, draft, now);
  if (d.id === undefined) {
    const inserted = await trx
      .insertInto('accounts')
      .values({ ...draftValues(d), createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await applyOwnerTraining(trx, d, before, now);
    return getAccount(trx, inserted.id);
  }
  if (d.version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
  const live = await trx.selectFrom('accounts').select('deletedAt').where('id', '=', d.id).executeTakeFirst();
  if (!live || live.deletedAt !== null) throw new AppError('not_found', { id: d.id });
  await updateVersioned(trx, 'accounts', d.id, d.version, draftValues(d), now);
  await applyOwnerTraining(trx, d, before, now);
  return getAccount(trx, d.id);
}

/** The editable fields of an account, as a draft (what the form, the CSV and a change to many can write back). */
export function asDraft(a: Account): AccountDraft {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = a;
  return fields;
}

/**
 * Soft delete at the version the user saw. Only this row changes: accounts
 * set to merge into it keep their target, so undoing the delete brings the
 * whole proposal back as it was.
 */
export async function deleteAccount(ctx: AppContext, id: number, version: number): Promise<Account> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    await softDelete(trx, 'accounts', { id, version }, now);
    return getAccount(trx, id);
  });
}

export async function restoreAccount(ctx: AppContext, id: number): Promise<Account> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const row = await getAccount(trx, id);
    if (row.deletedAt === null) return row;
    if (await handleTaken(trx, row.network, row.handle, id)) throw AppError.validation([{ path: 'handle', code: 'accounts.errors.duplicateHandle' }]);
    await restore(trx, 'accounts', { id }, now);
    return getAccount(trx, id);
  });
}
