import { type Expression, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { ActionAccountsPage, ActionAccountsQuery } from '../../../shared/features/audits/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { Db } from '../../db/transaction';
import { ftsQuery } from '../../db/fts';

type Query = z.output<typeof ActionAccountsQuery>;

/**
 * The live accounts a finished run can act on, filtered but not paged: a
 * health check's own accounts, or any account after a presence audit. The
 * search looks at handle, display name and department only (accents ignored).
 */
export function actionAccountsBase(db: Db, kind: 'presence' | 'account', q: Pick<Query, 'runId' | 'search'>) {
  let qb = db.selectFrom('accounts').where('deletedAt', 'is', null);
  if (kind === 'account') qb = qb.where('id', 'in', db.selectFrom('auditRunAccounts').select('accountId').where('runId', '=', q.runId));
  const match = ftsQuery(q.search);
  if (match) {
    const scoped = `{handle display_name department} : (${match})`;
    qb = qb.where(sql<SqlBool>`id in (select rowid from accounts_fts where accounts_fts match ${scoped})`);
  }
  return qb;
}

/** One page in the order of the live department index (department, handle), so it stops at the page. */
export function actionAccountsQuery(db: Db, kind: 'presence' | 'account', q: Query) {
  const order = sql.raw('department collate nocase, handle collate nocase, id') as unknown as Expression<unknown>;
  return actionAccountsBase(db, kind, q)
    .select(['id', 'version', 'network', 'handle', 'displayName', 'department', 'status', 'ownerTrainedOn'])
    .orderBy(order)
    .limit(q.limit)
    .offset(q.offset);
}

export async function actionAccounts(db: Db, q: Query): Promise<ActionAccountsPage> {
  const run = await db.selectFrom('auditRuns').select('kind').where('id', '=', q.runId).executeTakeFirst();
  if (!run) throw new AppError('not_found', { id: q.runId });
  const kind = run.kind === 'account' ? 'account' : 'presence';
  const items = await actionAccountsQuery(db, kind, q).execute();
  const total =
    q.offset === 0 && items.length < q.limit
      ? items.length
      : Number((await actionAccountsBase(db, kind, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { items, total };
}
