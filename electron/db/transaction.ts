import { type Kysely, type Transaction, sql } from 'kysely';
import { AppError } from '../../shared/ipc/errors';
import type { Database } from './schema';

export type Db = Kysely<Database> | Transaction<Database>;

/** The one way to write many rows: all of them or none. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

export const nowIso = (d = new Date()): string => d.toISOString();

/** A row's next version, for writes that bump it themselves (many rows at once). */
export const nextVersion = sql<number>`${sql.ref('version')} + 1`;

/** Tables whose rows carry a version for optimistic concurrency. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { version: unknown; updatedAt: unknown } ? T : never;
}[keyof Database];

/** Tables whose rows the user deletes softly (restorable). */
export type SoftDeletableTable = {
  [T in VersionedTable]: Database[T] extends { deletedAt: unknown } ? T : never;
}[VersionedTable];

/** What a versioned write, a soft delete or a restore answers: the row and the version it now has. */
export interface Versioned {
  id: number;
  version: number;
}

// Kysely's table typing cannot follow a table name chosen at run time; the callers pass typed names and values.
type AnyRow = { id: number; version: number; updatedAt: string; deletedAt: string | null };
const loose = (db: Db) => db as unknown as Kysely<Record<string, AnyRow>>;

async function current(db: Db, table: VersionedTable, id: number): Promise<{ version: number; deletedAt: string | null }> {
  const row = await loose(db).selectFrom(table).select(['version', 'deletedAt']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  return row;
}

/**
 * Optimistic concurrency: update a row only if it still has the version the
 * user read. Otherwise `conflict` (someone saved it since, with the version it
 * has now) or `not_found`. Returns the new version.
 */
export async function updateVersioned(
  db: Db,
  table: VersionedTable,
  id: number,
  expectedVersion: number,
  values: Record<string, unknown>,
  now = nowIso(),
): Promise<number> {
  const result = await loose(db)
    .updateTable(table)
    .set({ ...values, version: nextVersion, updatedAt: now } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expectedVersion + 1;
  const row = await loose(db).selectFrom(table).select(['version']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  throw new AppError('conflict', { id, version: row.version });
}

/**
 * Soft delete at the version the user saw: the row stays, hidden, and
 * `restore` brings it back. A stale version is `conflict`; a row already
 * deleted (a second click, or another window got there first) is left as it
 * is, since what the user asked for is done.
 */
export async function softDelete(db: Db, table: SoftDeletableTable, input: Versioned, now: string): Promise<Versioned> {
  const row = await current(db, table, input.id);
  if (row.deletedAt !== null) return { id: input.id, version: row.version };
  return { id: input.id, version: await updateVersioned(db, table, input.id, input.version, { deletedAt: now }, now) };
}

/**
 * Undo of a soft delete; it takes no version (the Undo button has only the
 * id). It bumps the version once, as the delete did, so a window still
 * holding the deleted row's version gets `conflict` on its next save. A row
 * that is already back (a second click on Undo) is left as it is.
 */
export async function restore(db: Db, table: SoftDeletableTable, input: { id: number }, now: string): Promise<Versioned> {
  const row = await current(db, table, input.id);
  if (row.deletedAt === null) return { id: input.id, version: row.version };
  return { id: input.id, version: await updateVersioned(db, table, input.id, row.version, { deletedAt: null }, now) };
}
