import fs from 'node:fs';
import path from 'node:path';
import type { RawDb } from './open';

export interface BackupFile {
  path: string;
  name: string;
  createdAt: string;
  bytes: number;
}

export const backupDir = (dataDir: string): string => path.join(dataDir, 'backups');

const stamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

/** SQLite's online backup: a consistent copy even while the app writes. */
export async function backupTo(raw: RawDb, dataDir: string, reason: string, now = new Date()): Promise<BackupFile> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const name = `pregonero-${stamp(now)}-${reason.replace(/[^a-z0-9_-]/gi, '_')}.sqlite`;
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
