import { type Kysely, type Transaction, sql } from 'kysely';
import { AppError } from '../../shared/ipc/errors';
import type { Database } from './schema';

export type Db = Kysely<Database> | Transaction<Database>;

/** The one way to write many rows: all of them or none. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

export const nowIso = (d = new Date()): string => d.toISOString();

/**
 * Optimistic concurrency: update a row only if it still has the version the
 * user read. Otherwise `conflict` (someone saved it since) or `not_found`.
 * Returns the new version.
 */
export async function updateVersioned(
  db: Db,
  table: string,
  id: number,
  expectedVersion: number,
  values: Record<string, unknown>,
  now = nowIso(),
): Promise<number> {
  // Kysely's table typing cannot follow a runtime table name; the callers pass typed values.
  const anyDb = db as unknown as Kysely<Record<string, { id: number; version: number; updatedAt: string }>>;
  const result = await anyDb
    .updateTable(table)
    .set({ ...values, version: sql`version + 1`, updatedAt: now } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expectedVersion + 1;
  const row = await anyDb.selectFrom(table).select(['version']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  throw new AppError('conflict', { id, version: row.version });
}
