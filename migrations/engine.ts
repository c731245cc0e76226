import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

/**
 * The few places where the two engines' SQL differs, for the migrations only.
 * Each migration writes its schema once; where SQLite and PostgreSQL need
 * different words for the same thing, it asks here. What SQLite gets is
 * exactly what it got before PostgreSQL existed (a test compares the schema
 * of a new file with a snapshot), so files already in use never drift from
 * new ones.
 *
 * Kept apart from the app's own engine code on purpose: a migration is
 * history and must keep producing the same schema when the app changes.
 */

// Migrations run on a plain Kysely whose schema they describe themselves.
type Db = Kysely<any>;

export const onPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** The current instant as the app writes it everywhere: ISO 8601 in UTC with milliseconds. */
export const nowText = (db: Db): RawBuilder<string> =>
  onPostgres(db) ? sql`(to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** A row id the engine assigns: SQLite's autoincrement (ids never reused), PostgreSQL's identity. */
export const rowId =
  (db: Db) =>
  (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    onPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

/** A floating-point column: SQLite's `real` is 8 bytes; PostgreSQL's `real` is 4, so it gets `double precision`. */
export const floatType = (db: Db): 'real' | 'double precision' => (onPostgres(db) ? 'double precision' : 'real');

/** A column of raw bytes: SQLite's `blob`, PostgreSQL's `bytea`. */
export const bytesType = (db: Db): 'blob' | 'bytea' => (onPostgres(db) ? 'bytea' : 'blob');

/**
 * On PostgreSQL, what SQLite has built in: a `nocase` collation (so
 * `name collate nocase` means the same on both engines: case aside, here
 * through ICU), accent folding for search (`unaccent`, a trusted extension a
 * database owner may create), and the folding function the search index and
 * the search queries share. The function is immutable so indexes may use it.
 */
export async function postgresBasics(db: Db): Promise<void> {
  await sql`create collation if not exists nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`.execute(db);
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create or replace function pregonero_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`.execute(db);
}

/**
 * A search index on PostgreSQL shaped like SQLite's FTS5 tables: one row per
 * searched row (`rowid`), its text folded (case and accents aside) into a
 * `document` with a GIN index, so a search on either engine is
 * "rowid in (rows whose document matches)".
 */
export async function postgresSearchTable(db: Db, table: string, source: string): Promise<void> {
  await sql`create table ${sql.id(table)} (
    rowid integer primary key references ${sql.id(source)} (id) on delete cascade,
    document tsvector not null
  )`.execute(db);
  await sql`create index ${sql.id(`${table}_document`)} on ${sql.id(table)} using gin (document)`.execute(db);
}

/** The folded text search reads on PostgreSQL, from the searched fields. */
export const postgresDocument = (fields: string): string => `to_tsvector('simple', pregonero_fold(concat_ws(' ', ${fields})))`;

/** A PostgreSQL trigger that refuses to change or remove rows: some records are kept as they were written. */
export async function postgresKeepAsWritten(db: Db, table: string, message: string): Promise<void> {
  const fn = `${table}_kept_as_written`;
  await sql`create function ${sql.id(fn)}() returns trigger language plpgsql as ${sql.lit(`begin raise exception '${message}'; end`)}`.execute(db);
  await sql`create trigger ${sql.id(`${table}_no_change`)} before update or delete on ${sql.id(table)} for each row execute function ${sql.id(fn)}()`.execute(db);
}
