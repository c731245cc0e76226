import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backup';
import { APPLICATION_ID } from '../../electron/db/open';
import { openStore, startNewFile, type StoreStatus } from '../../electron/db/store';
import { migrations } from '../../migrations/index';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';
import { StoreState } from '../../shared/features/app/contract';
import { openTestApp, type TestApp, tempDir } from '../support/context';

const opened: StoreStatus[] = [];
let app: TestApp | undefined;
const open = async (dir: string) => {
  const s = await openStore(dir);
  opened.push(s);
  return s;
};
afterEach(async () => {
  for (const s of opened.splice(0)) if (s.state === 'ready') await s.db.destroy();
  await app?.close();
  app = undefined;
});

/** Every byte of every file in the folder, so "untouched" means untouched. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')];
      }),
  );
}

/** A SQLite file another program made, at the data path. */
function foreignFile(dir: string, sqlText: string, applicationId = 0): string {
  const file = path.join(dir, 'pregonero.sqlite');
  const db = new BetterSqlite3(file);
  db.exec(sqlText);
  if (applicationId) db.pragma(`application_id = ${applicationId}`);
  db.close();
  return file;
}

describe('a SQLite file that is not Pregonero', () => {
  it.each([
    ['unrelated tables', 'create table facturas (id integer primary key, importe real); insert into facturas (importe) values (12.5);', 0],
    ['its own accounts table', "create table accounts (id integer primary key, usuario text, clave text); insert into accounts (usuario, clave) values ('ana', 'x');", 0],
    ['another application id', 'create table t (x);', 0x46534c31],
    ['no tables at all', 'vacuum;', 0],
    ['a migrations table of another program', "create table kysely_migration (name varchar primary key, timestamp varchar); insert into kysely_migration values ('2024_init', 'x');", 0],
  ])('with %s is refused as not_pregonero, byte for byte untouched, on every start', async (_what, sqlText, id) => {
    const dir = tempDir();
    foreignFile(dir, sqlText, id);
    const before = snapshot(dir);
    for (let start = 0; start < 3; start++) {
      app = await openTestApp({ dataDir: dir });
      expect(await app.call('app.info', {})).toMatchObject({ store: 'not_pregonero', dataPath: path.join(dir, 'pregonero.sqlite') });
      await expect(app.call('accounts.list', {})).rejects.toMatchObject({ code: 'store_unavailable', params: { state: 'not_pregonero' } });
      await app.ctx.close();
      app = undefined;
    }
    expect(snapshot(dir)).toEqual(before);
    expect(listBackups(dir)).toEqual([]);
  });

  it('stamps a new file with the application id before its first table, and the new file from the recovery screen too', async () => {
    const dir = tempDir();
    const s = await open(dir);
    expect(s.state).toBe('ready');
    if (s.state !== 'ready') return;
    expect(s.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    await s.db.destroy();
    opened.length = 0;
    const fresh = startNewFile(dir, new Date('2026-12-01T10:00:00.000Z'));
    const ro = new BetterSqlite3(fresh, { readonly: true });
    expect(ro.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    ro.close();
    const again = await open(dir);
    expect(again).toMatchObject({ state: 'ready', file: fresh });
  });

  it('opens a file made before the application id existed (our migrations, no id) and stamps it', async () => {
    const dir = tempDir();
    const s = await open(dir);
    if (s.state !== 'ready') throw new Error('not ready');
    s.raw.pragma('application_id = 0');
    await s.db.destroy();
    opened.length = 0;
    const again = await open(dir);
    expect(again.state).toBe('ready');
    if (again.state !== 'ready') return;
    expect(again.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(Object.keys(migrations)[0]).toMatch(/^0001_/);
  });
});

describe('what store.json and the data path point at', () => {
  it('refuses a folder at the data path as not_a_file, through the router, without touching it', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'pregonero.sqlite'));
    fs.writeFileSync(path.join(dir, 'pregonero.sqlite', 'nota.txt'), 'no borrar');
    const before = snapshot(dir);
    app = await openTestApp({ dataDir: dir });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'not_a_file' });
    await app.ctx.close();
    app = undefined;
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['the parent folder', JSON.stringify({ file: '..' })],
    ['the folder itself', JSON.stringify({ file: '.' })],
    ['a path outside', JSON.stringify({ file: '../otra/pregonero.sqlite' })],
    ['a name with NUL', JSON.stringify({ file: 'a\u0000b' })],
    ['damaged JSON', '{"file": "pregonero-2026'],
  ])('refuses store.json pointing at %s as bad_pointer and opens no file', async (_what, pointer) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'store.json'), pointer);
    const before = snapshot(dir);
    app = await openTestApp({ dataDir: dir });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'bad_pointer', dataPath: path.join(dir, 'store.json') });
    await app.ctx.close();
    app = undefined;
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a folder named store.json, and a new file moves it aside with what it holds', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'store.json'));
    fs.writeFileSync(path.join(dir, 'store.json', 'nota.txt'), 'no borrar');
    app = await openTestApp({ dataDir: dir });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'bad_pointer', dataPath: path.join(dir, 'store.json') });
    const info = await app.call('store.createNew', {});
    expect(info.store).toBe('ready');
    const aside = fs.readdirSync(dir).filter((n) => n.startsWith('store.json.set-aside-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!, 'nota.txt'), 'utf8')).toBe('no borrar');
    const pointer = JSON.parse(fs.readFileSync(path.join(dir, 'store.json'), 'utf8')) as { file: string };
    expect(pointer.file).toMatch(/^pregonero-\d{4}-\d{2}-\d{2}T.*\.sqlite$/);
    expect(fs.existsSync(path.join(dir, pointer.file))).toBe(true);
  });

  it('reports the current file missing, and never puts an empty one in its place', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'store.json'), JSON.stringify({ file: 'pregonero-restored-2026-11-30.sqlite' }));
    app = await openTestApp({ dataDir: dir });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'missing', dataPath: path.join(dir, 'pregonero-restored-2026-11-30.sqlite') });
    expect(fs.existsSync(path.join(dir, 'pregonero-restored-2026-11-30.sqlite'))).toBe(false);
    // The recovery screen's way out still works: a new file, chosen by the user.
    const info = await app.call('store.createNew', {});
    expect(info.store).toBe('ready');
  });

  it('has a message for every refused state in both languages', () => {
    for (const state of StoreState.options.filter((s) => s !== 'ready')) {
      expect(es.store[state], state).toContain('{{file}}');
      expect(en.store[state], state).toContain('{{file}}');
    }
  });
});
