import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { currentFile } from '../../electron/db/store';
import { latestSchemaVersion } from '../../migrations/index';
import { openTestApp, type TestApp, tempDir } from '../support/context';

/**
 * Backups and the way back from a refused file: store.backup copies the live
 * file, store.backups lists the copies newest first, store.openBackup and
 * store.createNew make another file the live one (the app opens it next
 * time too) and never touch the file they leave.
 */
let clock = new Date('2026-11-23T10:00:00Z');
const apps: TestApp[] = [];
const open = async (dataDir?: string) => {
  const app = await openTestApp({ clock: () => clock, ...(dataDir ? { dataDir } : {}) });
  apps.push(app);
  return app;
};
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  clock = new Date('2026-11-23T10:00:00Z');
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const officeNameIn = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return JSON.parse(db.prepare(`select value from settings where key = 'officeName'`).pluck().get() as string) as string;
  } finally {
    db.close();
  }
};

describe('store.backup and store.backups', () => {
  it('copies the live file as it is now, named for the moment, and lists copies newest first', async () => {
    const app = await open();
    expect(await app.call('store.backups', {})).toEqual([]);
    // Named in the office's wall-clock time: 10:00 UTC is 11:00 in Madrid.
    await app.call('settings.save', { officeName: 'Ayuntamiento de Villanueva', timeZone: 'Europe/Madrid' });
    const first = await app.call('store.backup', {});
    expect(first).toEqual({
      name: 'pregonero-2026-11-23_11-00-00-manual.sqlite',
      path: path.join(app.dataDir, 'backups', 'pregonero-2026-11-23_11-00-00-manual.sqlite'),
      createdAt: fs.statSync(first.path).mtime.toISOString(),
      bytes: fs.statSync(first.path).size,
    });

    await app.call('settings.save', { officeName: 'Ayuntamiento de Villanueva del Río' });
    clock = new Date('2026-11-23T11:30:00Z');
    const second = await app.call('store.backup', {});
    expect(second.name).toBe('pregonero-2026-11-23_12-30-00-manual.sqlite');
    // The files' times are the file system's, not the test clock's: pin them to the backups' own moments.
    fs.utimesSync(first.path, new Date('2026-11-23T10:00:00Z'), new Date('2026-11-23T10:00:00Z'));
    fs.utimesSync(second.path, new Date('2026-11-23T11:30:00Z'), new Date('2026-11-23T11:30:00Z'));

    expect((await app.call('store.backups', {})).map((b) => b.name)).toEqual([second.name, first.name]);
    expect(officeNameIn(first.path)).toBe('Ayuntamiento de Villanueva');
    expect(officeNameIn(second.path)).toBe('Ayuntamiento de Villanueva del Río');
  });
});

describe('store.openBackup', () => {
  it('works on a copy of the backup, makes it the live file, and leaves the backup and the old file as they were', async () => {
    const app = await open();
    await app.call('settings.save', { officeName: 'Antes del error' });
    const backup = await app.call('store.backup', {});
    await app.call('settings.save', { officeName: 'Después del error' });
    const oldFile = currentFile(app.dataDir);
    const backupSha = sha(backup.path);

    clock = new Date('2026-11-24T08:15:00Z');
    const info = await app.call('store.openBackup', { name: backup.name });
    const restored = path.join(app.dataDir, 'pregonero-restored-2026-11-24T08-15-00-000Z.sqlite');
    expect(info).toMatchObject({ store: 'ready', dataPath: restored, schemaVersion: latestSchemaVersion() });
    expect((await app.call('settings.get', {})).officeName).toBe('Antes del error');
    expect(sha(backup.path)).toBe(backupSha);
    expect(officeNameIn(oldFile)).toBe('Después del error');

    // The next start opens the restored copy.
    await app.ctx.close();
    const again = await open(app.dataDir);
    expect((await again.call('app.info', {})).dataPath).toBe(restored);
    expect((await again.call('settings.get', {})).officeName).toBe('Antes del error');
    apps.splice(apps.indexOf(app), 1);
  });

  it('refuses a name that is not one of the backups, and stays on the live file', async () => {
    const app = await open();
    const before = currentFile(app.dataDir);
    for (const name of ['no-existe.sqlite', '../pregonero.sqlite']) {
      expect(await app.invoke('store.openBackup', { name })).toEqual({ ok: false, error: { code: 'not_found', params: { what: 'backup' } } });
    }
    expect(currentFile(app.dataDir)).toBe(before);
  });
});

describe('recovering from a refused file', () => {
  const refusedFolder = () => {
    const dir = tempDir();
    const file = path.join(dir, 'pregonero.sqlite');
    fs.writeFileSync(file, 'Nombre;Red\nAyuntamiento;facebook\n');
    return { dir, file, before: sha(file) };
  };

  it('store.createNew starts an empty live file and the refused one stays for whoever can mend it', async () => {
    const { dir, file, before } = refusedFolder();
    const app = await open(dir);
    expect(await app.call('app.info', {})).toMatchObject({ store: 'not_sqlite', dataPath: file, schemaVersion: 0 });
    expect(await app.invoke('settings.get', {})).toEqual({ ok: false, error: { code: 'store_unavailable', params: { state: 'not_sqlite' } } });

    const info = await app.call('store.createNew', {});
    const fresh = path.join(dir, 'pregonero-2026-11-23T10-00-00-000Z.sqlite');
    expect(info).toMatchObject({ store: 'ready', dataPath: fresh, schemaVersion: latestSchemaVersion() });
    expect(sha(file)).toBe(before);
    await app.call('settings.save', { officeName: 'Ayuntamiento nuevo' });

    // The live file is the new one from now on.
    await app.ctx.close();
    apps.splice(apps.indexOf(app), 1);
    const again = await open(dir);
    expect(await again.call('app.info', {})).toMatchObject({ store: 'ready', dataPath: fresh });
    expect((await again.call('settings.get', {})).officeName).toBe('Ayuntamiento nuevo');
    expect(sha(file)).toBe(before);
  });

  it('store.openBackup brings back a backup made before the file was damaged', async () => {
    const healthy = await open();
    await healthy.call('settings.save', { officeName: 'Ayuntamiento de Villanueva' });
    const backup = await healthy.call('store.backup', {});
    const dir = healthy.dataDir;
    await healthy.ctx.close();
    apps.splice(apps.indexOf(healthy), 1);
    fs.writeFileSync(currentFile(dir), 'esto ya no es una base de datos');
    const damaged = sha(currentFile(dir));

    const app = await open(dir);
    expect((await app.call('app.info', {})).store).toBe('not_sqlite');
    expect((await app.call('store.backups', {})).map((b) => b.name)).toEqual([backup.name]);
    const info = await app.call('store.openBackup', { name: backup.name });
    expect(info.store).toBe('ready');
    expect((await app.call('settings.get', {})).officeName).toBe('Ayuntamiento de Villanueva');
    expect(sha(path.join(dir, 'pregonero.sqlite'))).toBe(damaged);
  });
});
