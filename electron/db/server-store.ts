import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import './pg-js-client';
import pg from 'pg';
import { migrations as registry, versionOf } from '../../migrations/index';
import { type Author, ChangedByPlugin } from './changed-by';
import type { Database } from './schema';
import type { BackupFile } from './backup';
import { attachEngine, type Engine } from './engine/index';
import { postgresEngine } from './engine/postgres';

/**
 * The team's shared store: a PostgreSQL database on the town hall's server.
 * Opening it follows the rules the local file follows: a database that holds
 * someone else's tables is refused and left alone, one written by a newer
 * app is refused and left alone, and before pending migrations run, the data
 * is copied aside first.
 *
 * The copy is made on the server itself (a schema per copy, every table's
 * rows), so it needs no client tools on the laptop and no rights beyond the
 * database's owner: `pregonero_backup_<version>_<stamp>`. Restoring one is
 * an administrator's job (README, team mode).
 */
export type ServerStore =
  | { state: 'ready'; db: Kysely<Database>; engine: Engine; schemaVersion: number; backup: string | null }
  | { state: 'too_new' | 'not_pregonero'; detail: string };

const LEDGER = 'kysely_migration';

const INT8 = 20;

/**
 * Counts come back from PostgreSQL as `bigint`, which node-postgres hands
 * over as text so no digit is lost. Ours never pass 2^53 (rows of one town
 * hall), and every feature expects the number SQLite answers.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * How the server should price reading a page out of order, for this app's
 * sessions only. PostgreSQL's default (4, a spinning disk's) makes it read
 * the whole search table rather than follow its index for a word in one post
 * of eight («fiestas» in a city's three years), though the index road is
 * faster: a town hall's database is small enough to stay in the server's
 * memory, where a page read out of order costs about what one in order does
 * (1.1, the usual value for memory and SSDs).
 */
const RANDOM_PAGE_COST = '1.1';

/** What each of the app's sessions on the server starts with (node-postgres `options`). */
export const sessionOptions = `-c random_page_cost=${RANDOM_PAGE_COST}`;

/** A pool for one server. A stopped server ends idle connections with an error event; unheard, it would end the app. */
export function serverPool(url: string, onError: (e: Error) => void = () => undefined): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5_000, types, options: sessionOptions });
  pool.on('error', onError);
  // A server that goes away mid-query ends the connection a query holds too; that client's error event would otherwise go unheard.
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

/** The server's address as the app shows and logs it: never the password. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'postgres://';
  }
}

// Migrations name their own snake_case columns: they get a Kysely without the app's camelCase mapping.
const plain = (pool: pg.Pool): Kysely<unknown> => new Kysely({ dialect: new PostgresDialect({ pool }) });

async function tablesOf(db: Kysely<unknown>, schema: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(db);
  return rows.map((r) => r.name);
}

async function applied(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(LEDGER)} order by name`.execute(db);
  return rows.map((r) => r.name);
}

const stamp = (now: Date): string => now.toISOString().replace(/\D/g, '').slice(0, 14);

/** Copy every table of the public schema, rows included, into a new schema; answers its name. */
async function copyAside(db: Kysely<unknown>, version: number, now: Date): Promise<string> {
  const base = `pregonero_backup_${String(version).padStart(4, '0')}_${stamp(now)}`;
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ name: string }>`select nspname as name from pg_namespace where nspname like ${`${base}%`}`.execute(trx);
    // Two copies in the same second get a number, never one over the other.
    let schema = base;
    for (let n = 2; rows.some((r) => r.name === schema); n++) schema = `${base}_${n}`;
    await sql`create schema ${sql.id(schema)}`.execute(trx);
    // Not the library's file parts: a file never changes once stored, so every copy shares the one the
    // server keeps, and the sweep keeps a file's parts while any copy names it (see sweepParts).
    for (const table of (await tablesOf(trx, 'public')).filter((t) => !SHARED_WITH_BACKUPS.has(t))) {
      await sql`create table ${sql.id(schema, table)} as table ${sql.id('public', table)}`.execute(trx);
    }
    return schema;
  });
}

const SHARED_WITH_BACKUPS = new Set(['media_parts']);

const BACKUP_SCHEMA = /^pregonero_backup_(\d{4})_(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:_\d+)?$/;

/** The copies kept on the server that have this table (a copy made before the table existed has not). */
export async function backupsHolding(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ schema: string }>`
    select table_schema as schema from information_schema.tables
    where table_name = ${table} and table_schema like 'pregonero\_backup\_%' order by table_schema`.execute(db);
  return rows.map((r) => r.schema).filter((s) => BACKUP_SCHEMA.test(s));
}

/**
 * The copies kept on the server, newest first: their schema, when they were
 * made (the stamp in the name, UTC) and how much room their tables take.
 */
export async function serverBackups(db: Kysely<Database>, url: string): Promise<BackupFile[]> {
  const { rows } = await sql<{ name: string; bytes: number | null }>`
    select n.nspname as name, sum(pg_total_relation_size(c.oid))::int8 as bytes
    from pg_namespace n left join pg_class c on c.relnamespace = n.oid and c.relkind = 'r'
    where n.nspname like 'pregonero\_backup\_%'
    group by n.nspname`.execute(db);
  const out: BackupFile[] = [];
  for (const r of rows) {
    const m = BACKUP_SCHEMA.exec(r.name);
    if (!m) continue;
    out.push({ path: `${url} (${r.name})`, name: r.name, createdAt: new Date(`${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}Z`).toISOString(), bytes: Number(r.bytes ?? 0) });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** "Back up now" on the server: the same copy aside that comes before migrations, of the schema as it is. */
export async function backUpServer(db: Kysely<Database>, url: string, schemaVersion: number, now: Date): Promise<BackupFile> {
  const name = await copyAside(db as unknown as Kysely<unknown>, schemaVersion, now);
  const made = (await serverBackups(db, url)).find((b) => b.name === name);
  if (!made) throw new Error(`backup ${name} not found`);
  return made;
}

export async function openServerStore(pool: pg.Pool, list: Record<string, Migration> = registry, now = new Date(), author: Author = () => null): Promise<ServerStore> {
  const db = plain(pool);
  const tables = await tablesOf(db, 'public');
  if (tables.length > 0 && !tables.includes(LEDGER)) return { state: 'not_pregonero', detail: tables.slice(0, 5).join(',') };
  const done = tables.includes(LEDGER) ? await applied(db) : [];
  const unknown = done.filter((n) => !(n in list));
  if (unknown.length > 0) return { state: 'too_new', detail: unknown.join(',') };
  const pending = Object.keys(list).filter((n) => !done.includes(n));
  let backup: string | null = null;
  if (pending.length > 0 && done.length > 0) backup = await copyAside(db, versionOf(done.at(-1)!), now);
  if (pending.length > 0) {
    // Two instances starting together: the migrator's lock row makes the second wait, then find nothing pending.
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => list } }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
  }
  const schemaVersion = versionOf((await applied(db)).at(-1) ?? '0000');
  const app = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin(), new ChangedByPlugin(author)] });
  const engine = postgresEngine();
  attachEngine(app, engine);
  return { state: 'ready', db: app, engine, schemaVersion, backup };
}
