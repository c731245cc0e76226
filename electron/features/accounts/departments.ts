import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { departmentKey } from '../../../shared/features/accounts/departments';
import { engineOf } from '../../db/engine/index';
import type { Db } from '../../db/transaction';

/** Keys of the spellings already seen: a town hall types a few dozen, and every filtered read looks at them all. */
const keys = new Map<string, string>();
const MAX_KEYS = 4096;
function keyOf(spelling: string): string {
  let key = keys.get(spelling);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(spelling, (key = departmentKey(spelling)));
  }
  return key;
}

/**
 * Every spelling in use of the department `name` names («Cultura»,
 * «cultura», «Cultúra »), so a filter on it finds the accounts the directory
 * and the summary count under it. A department nobody uses answers itself
 * (the filter then finds nothing). The spellings are read afresh each time
 * (one written a moment ago counts), by a statement kept compiled.
 */
export async function departmentSpellings(db: Db, name: string): Promise<string[]> {
  const key = departmentKey(name);
  const query = db.selectFrom('accounts').select('department').distinct().where('deletedAt', 'is', null);
  const rows = await engineOf(db).rows(query, 'accounts.departmentSpellings');
  const spellings = rows.map((r) => r.department).filter((d) => keyOf(d) === key);
  return spellings.length ? spellings.sort() : [name];
}

/** `department` is one of these spellings, compared as the live department index sorts, so the index serves it. */
export const departmentIn = (db: Db, spellings: readonly string[]): RawBuilder<SqlBool> => sql<SqlBool>`${engineOf(db).caseless('department')} in (${sql.join([...spellings])})`;
