import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { versionOf } from '../../../migrations/index';
import { attachEngine, type Engine } from '../engine/index';
import { sqliteEngine } from '../engine/sqlite';
import { appliedMigrations, pendingMigrations } from '../migrate';
import { kyselyFor, type RawDb } from '../open';
import type { Database } from '../schema';
import { inspect } from '../store';
import { ABOUT_TABLE, SNAPSHOT_FILE, type SnapshotAbout } from './take';

/** The local copy, open for reading only. */
export interface Snapshot extends SnapshotAbout {
  raw: RawDb;
  db: Kysely<Database>;
  engine: Engine;
  schemaVersion: number;
}

/**
 * Open the copy of `server` kept in the data folder, read-only (SQLite
 * itself refuses every write on this handle), or null when there is none to
 * trust: no copy yet, a damaged one, one of another server (the officer
 * changed servers since), or one made by an older or newer app, whose
 * tables this build does not read.
 */
export function openSnapshot(dataDir: string, server: string): Snapshot | null {
  const file = path.join(dataDir, SNAPSHOT_FILE);
  if (!fs.existsSync(file) || inspect(file) !== null) return null;
  let raw: RawDb | undefined;
  try {
    raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const about = raw.prepare(`select taken_at as takenAt, server from ${ABOUT_TABLE}`).get() as SnapshotAbout | undefined;
    if (!about || about.server !== server || pendingMigrations(raw).length > 0) {
      raw.close();
      return null;
    }
    const db = kyselyFor(raw);
    const engine = sqliteEngine(raw);
    attachEngine(db, engine);
    return { ...about, raw, db, engine, schemaVersion: versionOf(appliedMigrations(raw).at(-1) ?? '0000') };
  } catch {
    raw?.close();
    return null;
  }
}

/** SQLite refused a write because the handle is read-only: on the copy, that is "the server is away". */
export const isReadOnlyRefusal = (e: unknown): boolean => String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_READONLY');
