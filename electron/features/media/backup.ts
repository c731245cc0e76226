import fs from 'node:fs';
import path from 'node:path';
import { backupDir } from '../../db/backup';
import { mediaDir } from './files';

/**
 * Media in backups. Files are named by their SHA-256 and never change, so
 * every backup shares one copy of each under backups/media/ (the same layout
 * as media/): backing up copies only files not there yet, and opening any
 * backup puts back whichever of them are missing from media/. A file the
 * sweep removed from the library stays in backups/media/ for older backups.
 */
export const backupMediaDir = (dataDir: string): string => path.join(backupDir(dataDir), 'media');

function copyMissing(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  let copied = 0;
  for (const rel of fs.readdirSync(from, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (rel.split(path.sep)[0] === 'incoming') continue;
    const source = path.join(from, rel);
    if (!fs.statSync(source).isFile()) continue;
    const target = path.join(to, rel);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Through a temporary name: a backup interrupted half-way never leaves a short file under the real name.
    const tmp = `${target}.part`;
    fs.copyFileSync(source, tmp, fs.constants.COPYFILE_FICLONE);
    fs.renameSync(tmp, target);
    copied++;
  }
  return copied;
}

/** Back up now: the library's files not yet in the backups folder. */
export const backUpMedia = (dataDir: string): number => copyMissing(mediaDir(dataDir), backupMediaDir(dataDir));

/** Opening a backup: its media come back into the library's folder. */
export const restoreMedia = (dataDir: string): number => copyMissing(backupMediaDir(dataDir), mediaDir(dataDir));
