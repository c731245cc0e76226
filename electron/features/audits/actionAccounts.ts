import type { z } from 'zod';
import type { ActionAccountsPage, ActionAccountsQuery, FindAccountsPage, FindAccountsQuery } from '../../../shared/features/audits/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { Db } from '../../db/transaction';
import { labelColumns } from './runs';
import { engineOf } from '../../db/engine/index';
import { departmentIn, departmentSpellings } from '../accounts/departments';

type Query = z.output<typeof ActionAccountsQuery>;
/** Narrowing the start dialog offers: a department (its spellings in use, `departmentSpellings`), a network, closed accounts left out. */
type Filters = Partial<Pick<z.output<typeof FindAccountsQuery>, 'network' | 'openOnly'>> & { departments?: readonly string[] };
type Paging = Pick<Query, 'search' | 'offset' | 'limit'> & Filters;

/**
 * Live accounts, searched by handle, display name and department only
 * (accents ignored), filtered but not paged: all of them, or only a run's own
 * accounts when `runId` is given.
 */
function liveAccountsBase(db: Db, runId: number | null, search: string, filters: Filters = {}) {
  let qb = db.selectFrom('accounts').where('deletedAt', 'is', null);
  if (filters.departments) qb = qb.where(departmentIn(db, filters.departments));
  if (filters.network !== undefined) qb = qb.where('network', '=', filters.network);
  if (filters.openOnly) qb = qb.where('status', '!=', 'closed');
  if (runId !== null) qb = qb.where('id', 'in', db.selectFrom('auditRunAccounts').select('accountId').where('runId', '=', runId));
  const match = engineOf(db).matches('accounts', 'id', search, ['handle', 'display_name', 'department']);
  if (match) qb = qb.where(match);
  return qb;
}

/** One page in the order of the live department index (department, handle), so it stops at the page. */
function livePageQuery(db: Db, runId: number | null, q: Paging) {
  const engine = engineOf(db);
  return liveAccountsBase(db, runId, q.search, q)
    .select(labelColumns)
    .orderBy(engine.caseless('department'))
    .orderBy(engine.caseless('handle'))
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset);
}

async function livePage(db: Db, runId: number | null, q: Paging): Promise<ActionAccountsPage> {
  const items = await livePageQuery(db, runId, q).execute();
  const total =
    q.offset === 0 && items.length < q.limit
      ? items.length
      : Number((await liveAccountsBase(db, runId, q.search, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { items, total };
}

/**
 * The live accounts a finished run can act on: a health check's own
 * accounts, or any account after a presence audit.
 */
export function actionAccountsBase(db: Db, kind: 'presence' | 'account', q: Pick<Query, 'runId' | 'search'>) {
  return liveAccountsBase(db, kind === 'account' ? q.runId : null, q.search);
}

export function actionAccountsQuery(db: Db, kind: 'presence' | 'account', q: Query) {
  return livePageQuery(db, kind === 'account' ? q.runId : null, q);
}

export async function actionAccounts(db: Db, q: Query): Promise<ActionAccountsPage> {
  const run = await db.selectFrom('auditRuns').select('kind').where('id', '=', q.runId).executeTakeFirst();
  if (!run) throw new AppError('not_found', { id: q.runId });
  return livePage(db, run.kind === 'account' ? q.runId : null, q);
}

/** Any live account, a page at a time (the start dialog and the merge targets); all matching ids on request. */
export function findAccountsQuery(db: Db, q: Paging) {
  return livePageQuery(db, null, q);
}

export async function findAccounts(db: Db, input: z.output<typeof FindAccountsQuery>): Promise<FindAccountsPage> {
  const { department, ...rest } = input;
  const q = { ...rest, ...(department !== undefined && { departments: await departmentSpellings(db, department) }) };
  const page = await livePage(db, null, q);
  if (!q.allIds) return { ...page, ids: null };
  const ids = (await liveAccountsBase(db, null, q.search, q).select('id').execute()).map((r) => r.id);
  return { ...page, ids };
}
