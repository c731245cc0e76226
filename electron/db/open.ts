import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { type Author, ChangedByPlugin } from './changed-by';
import type { Database } from './schema';

export type RawDb = BetterSqlite3.Database;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Written into the SQLite header of every file Pregonero creates ("PREG"), so a
 * file is recognised as ours positively, not by the tables it happens to have.
 */
export const APPLICATION_ID = 0x50524547;

/** What is at the data path: nothing or an empty file (a new store), SQLite, other bytes, or not a file at all. */
export function looksLikeSqlite(file: string): 'absent' | 'sqlite' | 'other' | 'not_file' {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return 'not_file';
    if (stat.size === 0) return 'absent';
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    return n === 16 && head.equals(SQLITE_HEADER) ? 'sqlite' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Create a new data file stamped as Pregonero's before anything else is written to it. */
export function createStoreFile(file: string): void {
  const fresh = new BetterSqlite3(file);
  try {
    fresh.pragma(`application_id = ${APPLICATION_ID}`);
  } finally {
    fresh.close();
  }
}

/**
 * Whether SQLite itself works on this computer: an in-memory database can only
 * fail to open when better-sqlite3's native addon does not load (a system older
 * than the prebuild needs, such as glibc below 2.34, or a damaged install).
 * Null when it works, else the loader's message. Never the data file's fault.
 */
export function sqliteLoadFailure(): string | null {
  try {
    new BetterSqlite3(':memory:').close();
    return null;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).slice(0, 300);
  }
}

/** Open the file for reading and writing with the pragmas the app relies on. */
export function openRaw(file: string): RawDb {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  // FULL: a committed write survives power loss, which a killed laptop lid is.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return raw;
}

/** `author` names who changes rows through this handle (see changed-by.ts). */
export function kyselyFor(raw: RawDb, author: Author = () => null): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: raw }),
    plugins: [new CamelCasePlugin(), new ChangedByPlugin(author)],
  });
}
