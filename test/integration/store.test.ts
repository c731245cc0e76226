import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Migration } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backup';
import { appliedMigrations } from '../../electron/db/migrate';
import { currentFile, openStore, type StoreStatus } from '../../electron/db/store';
import { inTransaction, restore, softDelete, updateVersioned } from '../../electron/db/transaction';
import { latestSchemaVersion, migrations } from '../../migrations/index';
import { AppError } from '../../shared/ipc/errors';
import { tempDir } from '../support/context';

const opened: StoreStatus[] = [];
const open = async (...args: Parameters<typeof openStore>) => {
  const s = await openStore(...args);
  opened.push(s);
  return s;
};
afterEach(async () => {
  for (const s of opened.splice(0)) if (s.state === 'ready') await s.db.destroy();
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('store', () => {
  it('migrates an empty folder to the latest schema with the pragmas set', async () => {
    const dir = tempDir();
    const s = await open(dir);
    expect(s.state).toBe('ready');
    if (s.state !== 'ready') return;
    expect(s.schemaVersion).toBe(latestSchemaVersion());
    expect(appliedMigrations(s.raw)).toEqual(Object.keys(migrations));
    expect(s.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(s.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(s.raw.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(listBackups(dir)).toEqual([]);
  });

  it('backs the file up before running a pending migration, and the backup has the old schema', async () => {
    const dir = tempDir();
    const first = await open(dir);
    if (first.state !== 'ready') throw new Error('not ready');
    await first.db.insertInto('settings').values({ key: 'officeName', value: '"Ayuntamiento de Villanueva"', updatedAt: 'x' }).execute();
    await first.db.destroy();
    opened.length = 0;

    const next: Record<string, Migration> = {
      ...migrations,
      '9000_test_extra': { up: async (db) => void (await db.schema.createTable('extra').addColumn('id', 'integer').execute()) },
    };
    const second = await open(dir, currentFile(dir), next);
    expect(second.state).toBe('ready');
    const backups = listBackups(dir);
    expect(backups).toHaveLength(1);
    expect(backups[0]!.name).toContain('before-9000_test_extra');
    const copy = new BetterSqlite3(backups[0]!.path, { readonly: true });
    expect(appliedMigrations(copy)).toEqual(Object.keys(migrations));
    expect(copy.prepare("select value from settings where key='officeName'").get()).toEqual({ value: '"Ayuntamiento de Villanueva"' });
    copy.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pregonero.sqlite');
    fs.writeFileSync(file, 'Nombre;Red\nAyuntamiento;facebook\n');
    const before = sha(file);
    const s = await open(dir);
    expect(s.state).toBe('not_sqlite');
    expect(sha(file)).toBe(before);
  });

  it('refuses a damaged file and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pregonero.sqlite');
    const s0 = await open(dir);
    if (s0.state !== 'ready') throw new Error('not ready');
    s0.raw.exec('create table filler(x text); ');
    const fill = s0.raw.prepare('insert into filler values (?)');
    for (let i = 0; i < 500; i++) fill.run('x'.repeat(200));
    s0.raw.pragma('wal_checkpoint(TRUNCATE)');
    await s0.db.destroy();
    opened.length = 0;
    // Keep the header, scribble over the pages after it.
    const bytes = fs.readFileSync(file);
    crypto.randomFillSync(bytes, 4096 + 100, bytes.length - 4096 - 100);
    bytes.fill(0xff, 100, 4096);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    const s = await open(dir);
    expect(['corrupt', 'not_sqlite']).toContain(s.state);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file from a newer app (unknown migration) and leaves it untouched', async () => {
    const dir = tempDir();
    const s0 = await open(dir);
    if (s0.state !== 'ready') throw new Error('not ready');
    s0.raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999_from_the_future', '2026-11-23T10:00:00.000Z');
    s0.raw.pragma('wal_checkpoint(TRUNCATE)');
    await s0.db.destroy();
    opened.length = 0;
    const file = path.join(dir, 'pregonero.sqlite');
    const before = sha(file);
    const s = await open(dir);
    expect(s.state).toBe('too_new');
    expect(sha(file)).toBe(before);
  });
});

describe('writes', () => {
  it('rejects a stale version with conflict and a missing row with not_found', async () => {
    const s = await open(tempDir());
    if (s.state !== 'ready') throw new Error('not ready');
    const { id } = await s.db.insertInto('hashtagSets').values({ name: 'a' }).returning('id').executeTakeFirstOrThrow();
    // A new row has version 0.
    expect(await updateVersioned(s.db, 'hashtagSets', id, 0, { name: 'b' })).toBe(1);
    const stale = await updateVersioned(s.db, 'hashtagSets', id, 0, { name: 'c' }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect(stale).toMatchObject({ code: 'conflict', params: { id, version: 1 } });
    const missing = await updateVersioned(s.db, 'hashtagSets', 99, 0, { name: 'c' }).catch((e: unknown) => e);
    expect((missing as AppError).code).toBe('not_found');
    expect(s.raw.prepare('select name, version from hashtag_sets').get()).toEqual({ name: 'b', version: 1 });
  });

  it('soft deletes at the version read and restores by id, each bumping the version once', async () => {
    const s = await open(tempDir());
    if (s.state !== 'ready') throw new Error('not ready');
    const { id } = await s.db.insertInto('hashtagSets').values({ name: 'Fiestas' }).returning('id').executeTakeFirstOrThrow();
    const row = () => s.raw.prepare('select version, deleted_at as deletedAt from hashtag_sets where id = ?').get(id);
    await updateVersioned(s.db, 'hashtagSets', id, 0, { name: 'Fiestas 2027' });
    const stale = await softDelete(s.db, 'hashtagSets', { id, version: 0 }, '2026-12-01T10:00:00.000Z').catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: 'conflict', params: { id, version: 1 } });
    expect(row()).toEqual({ version: 1, deletedAt: null });
    expect(await softDelete(s.db, 'hashtagSets', { id, version: 1 }, '2026-12-01T10:00:00.000Z')).toEqual({ id, version: 2 });
    // A second delete (another window, a second click) leaves it as it is.
    expect(await softDelete(s.db, 'hashtagSets', { id, version: 1 }, '2026-12-01T10:05:00.000Z')).toEqual({ id, version: 2 });
    expect(row()).toEqual({ version: 2, deletedAt: '2026-12-01T10:00:00.000Z' });
    expect(await restore(s.db, 'hashtagSets', { id }, '2026-12-01T10:06:00.000Z')).toEqual({ id, version: 3 });
    expect(await restore(s.db, 'hashtagSets', { id }, '2026-12-01T10:07:00.000Z')).toEqual({ id, version: 3 });
    expect(row()).toEqual({ version: 3, deletedAt: null });
    for (const missing of [softDelete(s.db, 'hashtagSets', { id: 99, version: 1 }, ''), restore(s.db, 'hashtagSets', { id: 99 }, '')]) {
      expect(await missing.catch((e: unknown) => e)).toMatchObject({ code: 'not_found', params: { id: 99 } });
    }
  });

  it('writes many rows in one transaction: all or none', async () => {
    const s = await open(tempDir());
    if (s.state !== 'ready') throw new Error('not ready');
    const failing = inTransaction(s.db, async (trx) => {
      for (let i = 0; i < 10; i++) await trx.insertInto('settings').values({ key: `k${i}`, value: '1', updatedAt: 'x' }).execute();
      throw new Error('row 10 is bad');
    });
    await expect(failing).rejects.toThrow('row 10 is bad');
    expect(await s.db.selectFrom('settings').selectAll().execute()).toEqual([]);
  });
});
