import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Kysely, type Transaction, Kysely as KyselyOf, SqliteDialect } from 'kysely';
import { addDays, rangeOfDays, todayIn } from '../../../shared/domain/time';
import { idsInRange } from '../../features/calendar/range';
import { engineOf } from '../engine/index';
import { migrateToLatest } from '../migrate';
import { createStoreFile } from '../open';
import type { Database } from '../schema';
import { DAYS_AHEAD, DAYS_BEFORE, type Selection, snapshotTables } from './contents';

/** The copy's file in the data folder, beside the local file (which it never touches). */
export const SNAPSHOT_FILE = 'team-snapshot.sqlite';
/** One row in the copy itself, so what it is and its data can never disagree. */
export const ABOUT_TABLE = 'team_snapshot';

export interface SnapshotAbout {
  /** When the copy was read from the server (UTC ISO). */
  takenAt: string;
  /** The server's address as the app shows it: never the password. */
  server: string;
}

// Rows are copied as the schema names them, whichever table: no per-table types to keep in step.
type Plain = Kysely<Record<string, Record<string, unknown>>>;

/** Rows per insert: well under SQLite's 32,766 parameters for the widest table (accounts, about 40 columns). */
const BATCH = 200;

/** Ids of the posts the copy holds: the window around today, and the undated backlog. */
async function plannedPosts(trx: Transaction<Database>, timeZone: string, now: Date): Promise<number[]> {
  const today = todayIn(timeZone, now);
  const bounds = rangeOfDays(addDays(today, -DAYS_BEFORE), addDays(today, DAYS_AHEAD), timeZone);
  const inWindow = await idsInRange(trx, bounds).execute();
  const backlog = await trx.selectFrom('posts').select('id').where('deletedAt', 'is', null).where('scheduledAt', 'is', null).where('scheduledDay', 'is', null).execute();
  return [...new Set([...inWindow, ...backlog].map((r) => r.id))].sort((a, b) => a - b);
}

async function copyTable(from: Transaction<Database>, to: Plain, table: string, rows: Selection, postIds: readonly number[]): Promise<void> {
  const engine = engineOf(from);
  // Without the app's plugins: rows keep their snake_case names and who changed them.
  let q = (from.withoutPlugins() as unknown as Plain).selectFrom(table).selectAll();
  if (rows === 'plannedPosts') q = q.where(engine.inIds('id', postIds));
  if (rows === 'ofPlannedPosts') q = q.where(engine.inIds('post_id', postIds));
  const found = await q.execute();
  for (let i = 0; i < found.length; i += BATCH) await to.insertInto(table).values(found.slice(i, i + BATCH)).execute();
}

function fsync(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch {
    // A folder cannot be opened for syncing on some systems (Windows); the rename is as safe as the system makes it.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Copy what the officer needs on a bad day from the team's server into the
 * local copy (see contents.ts). The copy is a Pregonero store file made by
 * the same code and migrations as the local file, filled in a temporary file
 * from one consistent read of the server (a repeatable-read, read-only
 * transaction), its references checked, and only then renamed over the
 * previous copy: a copy that fails part-way is removed and the good one stays.
 */
export async function takeSnapshot(server: Kysely<Database>, dataDir: string, about: SnapshotAbout, timeZone: string, now: Date): Promise<void> {
  const target = path.join(dataDir, SNAPSHOT_FILE);
  const tmp = `${target}.tmp`;
  fs.rmSync(tmp, { force: true });
  createStoreFile(tmp);
  const raw = new BetterSqlite3(tmp);
  let filled = false;
  try {
    // A temporary file: no journal to speak of until it is whole, then one sync before the rename.
    raw.pragma('journal_mode = MEMORY');
    raw.pragma('synchronous = OFF');
    await migrateToLatest(raw);
    // Rows arrive table by table, some pointing at rows of their own table still to come: checked once, at the end.
    raw.pragma('foreign_keys = OFF');
    raw.exec(`create table ${ABOUT_TABLE} (taken_at text not null, server text not null)`);
    raw.prepare(`insert into ${ABOUT_TABLE} (taken_at, server) values (?, ?)`).run(about.takenAt, about.server);
    const to = new KyselyOf<Record<string, Record<string, unknown>>>({ dialect: new SqliteDialect({ database: raw }) });
    await server
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const postIds = await plannedPosts(trx, timeZone, now);
        for (const { table, rows } of snapshotTables) await copyTable(trx, to, table, rows, postIds);
      });
    const dangling = raw.pragma('foreign_key_check') as { table: string }[];
    if (dangling.length > 0) throw new Error(`the copy points at rows it does not hold (${dangling[0]!.table})`);
    // A plain journal: the copy is opened read-only, and a read-only WAL file would need files beside it.
    raw.pragma('journal_mode = DELETE');
    filled = true;
  } finally {
    raw.close();
    if (!filled) fs.rmSync(tmp, { force: true });
  }
  fsync(tmp);
  fs.renameSync(tmp, target);
  fsync(dataDir);
}
