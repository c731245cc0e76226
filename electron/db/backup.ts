import fs from 'node:fs';
import path from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { RawDb } from './open';

export interface BackupFile {
  path: string;
  name: string;
  createdAt: string;
  bytes: number;
}

export const backupDir = (dataDir: string): string => path.join(dataDir, 'backups');

/**
 * The office's time zone as the file says (a valid saved setting), else the
 * laptop's: read straight from the file, because a backup is also made before
 * the migrations that the settings service needs have run.
 */
export function officeZoneOf(raw: RawDb): string {
  const system = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  try {
    const row = raw.prepare("select value from settings where key = 'timeZone'").get() as { value: string } | undefined;
    const zone: unknown = row ? JSON.parse(row.value) : undefined;
    if (typeof zone !== 'string') return system;
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return system;
  }
}

/** The office's wall-clock time, so the name reads as the time the officer saw: 2026-12-01_11-00-05. */
const stamp = (d: Date, timeZone: string): string => format(new TZDate(d.getTime(), timeZone), 'yyyy-MM-dd_HH-mm-ss');

/** SQLite's online backup: a consistent copy even while the app writes. Named in the office's local time. */
export async function backupTo(raw: RawDb, dataDir: string, reason: string, now = new Date(), timeZone = officeZoneOf(raw)): Promise<BackupFile> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const base = `pregonero-${stamp(now, timeZone)}`;
  const tail = `-${reason.replace(/[^a-z0-9_-]/gi, '_')}.sqlite`;
  // Two backups in the same second (or an hour repeated when the clocks go back) get a number, never overwrite.
  let name = `${base}${tail}`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `${base}-${n}${tail}`;
  const target = path.join(dir, name);
  await raw.backup(target);
  return describe(target);
}

export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.sqlite'))
    .map((n) => describe(path.join(dir, n)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function describe(file: string): BackupFile {
  const st = fs.statSync(file);
  return { path: file, name: path.basename(file), createdAt: st.mtime.toISOString(), bytes: st.size };
}
