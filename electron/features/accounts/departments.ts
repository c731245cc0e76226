import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { departmentKey } from '../../../shared/features/accounts/departments';
import { engineOf } from '../../db/engine/index';
import type { Db } from '../../db/transaction';

/**
 * Every spelling in use of the department `name` names («Cultura»,
 * «cultura», «Cultúra »), so a filter on it finds the accounts the directory
 * and the summary count under it. A department nobody uses answers itself
 * (the filter then finds nothing). The spellings are read afresh each time
 * (one written a moment ago counts), by a statement kept compiled.
 */
export async function departmentSpellings(db: Db, name: string): Promise<string[]> {
  const key = departmentKey(name);
  const rows = await engineOf(db).rows(() => db.selectFrom('accounts').select('department').distinct().where('deletedAt', 'is', null), 'accounts.departmentSpellings');
  const spellings = rows.map((r) => r.department).filter((d) => departmentKey(d) === key);
  return spellings.length ? spellings.sort() : [name];
}

/** `department` is one of these spellings, compared as the live department index sorts, so the index serves it. */
export const departmentIn = (db: Db, spellings: readonly string[]): RawBuilder<SqlBool> => sql<SqlBool>`${engineOf(db).caseless('department')} in (${sql.join([...spellings])})`;
