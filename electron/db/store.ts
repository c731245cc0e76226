import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { migrations as registry, versionOf } from '../../migrations/index';
import type { StoreState } from '../../shared/features/app/contract';
import { AppError } from '../../shared/ipc/errors';
import { backupDir, backupTo } from './backup';
import { appliedMigrations, migrateToLatest, pendingMigrations, unknownMigrations } from './migrate';
import { APPLICATION_ID, createStoreFile, kyselyFor, looksLikeSqlite, openRaw, sqliteLoadFailure, type RawDb } from './open';
import type { Author } from './changed-by';
import type { Database } from './schema';
import { attachEngine, type Engine } from './engine/index';
import { sqliteEngine } from './engine/sqlite';

export const DEFAULT_FILE = 'pregonero.sqlite';
const POINTER = 'store.json';

export interface OpenStore {
  state: 'ready';
  /** The data file, or the shared server's address (without its password). */
  file: string;
  /** The SQLite handle; null on a shared server. */
  raw: RawDb | null;
  db: Kysely<Database>;
  engine: Engine;
  schemaVersion: number;
}
/** The local file, open. */
export type FileStore = OpenStore & { raw: RawDb };
export interface RefusedStore {
  state: Exclude<StoreState, 'ready'>;
  file: string;
  detail: string;
}
export type StoreStatus = OpenStore | RefusedStore;
export type FileStatus = FileStore | RefusedStore;

type Pointer = { file: string; pointed: boolean } | { file: string; refused: 'bad_pointer' };

/**
 * Which file is current: the default one, or the one store.json names (a
 * backup copy or a new file). A store.json that cannot be read, or that names
 * anything but a plain file name in the data folder, is refused rather than
 * guessed around: falling back to the default file would open the wrong data.
 */
function readPointer(dataDir: string): Pointer {
  const fallback = path.join(dataDir, DEFAULT_FILE);
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, POINTER), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file: fallback, pointed: false };
    return { file: path.join(dataDir, POINTER), refused: 'bad_pointer' };
  }
  try {
    const { file } = JSON.parse(text) as { file?: unknown };
    if (typeof file === 'string' && /^[^/\\\0]+$/.test(file) && file !== '.' && file !== '..') return { file: path.join(dataDir, file), pointed: true };
  } catch {
    // Damaged JSON: refused below.
  }
  return { file: path.join(dataDir, POINTER), refused: 'bad_pointer' };
}

export const currentFile = (dataDir: string): string => readPointer(dataDir).file;

const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

function pointTo(dataDir: string, file: string, now: Date): void {
  const pointer = path.join(dataDir, POINTER);
  const tmp = `${pointer}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ file: path.basename(file) }));
  // Something that is not a file sits where the pointer goes (a folder someone
  // made): a rename cannot replace it, and it is not ours to delete, so it is
  // moved aside under a name that says when.
  const there = fs.lstatSync(pointer, { throwIfNoEntry: false });
  if (there && !there.isFile()) fs.renameSync(pointer, `${pointer}.set-aside-${stamp(now)}`);
  fs.renameSync(tmp, pointer);
}


/**
 * Why a SQLite file is not Pregonero's, or null when it is: it carries our
 * application id, or (files made before the id existed) no id at all but the
 * migrations table with our first migration in it.
 */
function notOurs(ro: RawDb, list: Record<string, Migration>): string | null {
  const id = Number(ro.pragma('application_id', { simple: true }));
  if (id === APPLICATION_ID) return null;
  if (id !== 0) return `application_id ${id}`;
  const first = Object.keys(list)[0];
  try {
    return first !== undefined && appliedMigrations(ro).includes(first) ? null : 'no_migrations';
  } catch {
    return 'foreign_migrations';
  }
}

/**
 * Check a file before anything writes to it. A file that is not SQLite, is
 * damaged, or was written by a newer app is refused and left untouched.
 */
export function inspect(file: string, list: Record<string, Migration> = registry): RefusedStore | null {
  const kind = looksLikeSqlite(file);
  if (kind === 'absent') return null;
  if (kind === 'not_file') return { state: 'not_a_file', file, detail: 'not_file' };
  if (kind === 'other') return { state: 'not_sqlite', file, detail: 'header' };
  let ro: RawDb | undefined;
  try {
    ro = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = ro.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { state: 'corrupt', file, detail: String(check).slice(0, 200) };
    const foreign = notOurs(ro, list);
    if (foreign) return { state: 'not_pregonero', file, detail: foreign };
    const unknown = unknownMigrations(ro, list);
    if (unknown.length > 0) return { state: 'too_new', file, detail: unknown.join(',') };
    return null;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') return { state: 'not_sqlite', file, detail: code };
    return { state: 'corrupt', file, detail: code || 'open_failed' };
  } finally {
    ro?.close();
  }
}

/** Open the current file: inspect, back up if migrations are pending, migrate. */
export async function openStore(
  dataDir: string,
  file = currentFile(dataDir),
  list: Record<string, Migration> = registry,
  author: Author = () => null,
): Promise<FileStatus> {
  fs.mkdirSync(dataDir, { recursive: true });
  const loadFailure = sqliteLoadFailure();
  if (loadFailure) return { state: 'sqlite_unavailable', file, detail: loadFailure };
  const pointer = readPointer(dataDir);
  if ('refused' in pointer) return { state: pointer.refused, file: pointer.file, detail: 'pointer' };
  const kind = looksLikeSqlite(file);
  // The file store.json names is the user's current data: if it is gone, say so; an empty one in its place would hide the loss.
  if (pointer.pointed && file === pointer.file && kind === 'absent') return { state: 'missing', file, detail: 'pointer' };
  const refused = inspect(file, list);
  if (refused) return refused;
  if (kind === 'absent') createStoreFile(file);
  const raw = openRaw(file);
  try {
    if (Number(raw.pragma('application_id', { simple: true })) !== APPLICATION_ID) raw.pragma(`application_id = ${APPLICATION_ID}`);
    const pending = pendingMigrations(raw, list);
    if (pending.length > 0 && appliedMigrations(raw).length > 0) {
      await backupTo(raw, dataDir, `before-${pending[0]}`);
    }
    const schemaVersion = pending.length > 0 ? await migrateToLatest(raw, list) : versionOf(appliedMigrations(raw).at(-1) ?? '0000');
    const db = kyselyFor(raw, author);
    const engine = sqliteEngine(raw);
    attachEngine(db, engine);
    return { state: 'ready', file, raw, db, engine, schemaVersion };
  } catch (e) {
    raw.close();
    throw e;
  }
}

/** Copy a backup beside the data file and make the copy current; the backup itself stays as it was. */
export function restoreCopyOf(dataDir: string, backupName: string, now = new Date()): string {
  const source = path.join(backupDir(dataDir), path.basename(backupName));
  if (!fs.existsSync(source)) throw new AppError('not_found', { what: 'backup' });
  const target = path.join(dataDir, `pregonero-restored-${stamp(now)}.sqlite`);
  fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
  pointTo(dataDir, target, now);
  return target;
}

/** Point at a fresh, empty file; the refused one stays where it is for whoever can mend it. */
export function startNewFile(dataDir: string, now = new Date()): string {
  const target = path.join(dataDir, `pregonero-${stamp(now)}.sqlite`);
  createStoreFile(target);
  pointTo(dataDir, target, now);
  return target;
}
