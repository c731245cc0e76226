import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../../electron/context';
import { createRouter } from '../../../electron/router';
import { clockFrom } from '../../../electron/web/clock';
import type { ChannelName, Input, Output } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { TEST_NOW, TestPlatform, tempDir } from '../../support/context';
import { postgresForSuite } from '../../support/postgres';

/**
 * A comms team on the town hall's server: several instances of the app on
 * one PostgreSQL database, each with the name of who works at it. What one
 * saves the other reads on its next call; a save made on a version someone
 * else has replaced is `conflict`; every row says who changed it last; and a
 * server that goes away answers `offline` until it is back, with no restart.
 */
const pg = postgresForSuite();
let n = 0;
const opened: { ctx: AppContext; dir: string }[] = [];

afterEach(async () => {
  for (const { ctx, dir } of opened.splice(0)) {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function instance(options: { database?: string; person?: string; dir?: string; platform?: TestPlatform; retryEveryMs?: number; keepSnapshot?: boolean } = {}) {
  const dir = options.dir ?? tempDir('pregonero-team-');
  const platform = options.platform ?? new TestPlatform(dir);
  const ctx = await AppContext.open(dir, platform, clockFrom(TEST_NOW), {
    database: options.database,
    person: options.person,
    retryEveryMs: options.retryEveryMs,
    keepSnapshot: options.keepSnapshot,
  });
  opened.push({ ctx, dir });
  const invoke = createRouter(ctx, { checkOutputs: true, log: (event, detail) => console.error(event, detail) });
  return {
    ctx,
    dir,
    platform,
    invoke,
    async call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> {
      const result = await invoke(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.params);
      return result.value as Output<C>;
    },
  };
}

const newDatabase = () => pg.server().createDatabase(`team_${++n}`);
const week = { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' };

describe('two instances on one server', () => {
  it('each reads what the other saved, a stale save is conflict, and each row names who changed it last', async () => {
    const url = newDatabase();
    const ana = await instance({ database: url, person: 'Ana Ruiz' });
    const luis = await instance({ database: url, person: 'Luis Gómez' });

    const info = await ana.call('app.info', {});
    expect(info).toMatchObject({ store: 'ready', engine: 'postgres', offlineSince: null });
    expect(info.dataPath).toBe(url);

    const account = await ana.call('accounts.save', { network: 'instagram', handle: 'turismo_villa', displayName: 'Turismo', role: 'medium', status: 'active', postsPerWeekTarget: 3 });
    const draft = { title: 'Mercado de Navidad', body: 'Abre el sábado en la plaza.', scheduledAt: '2026-12-05T10:00:00.000Z', targets: [{ accountId: account.id }] };
    const post = await ana.call('posts.save', draft);
    // Luis's next read has it, with no reload and no cache to clear.
    expect((await luis.call('posts.listRange', week)).posts.map((p) => p.title)).toEqual(['Mercado de Navidad']);

    const edited = await luis.call('posts.save', { ...draft, id: post.id, version: post.version, title: 'Mercado de Navidad (horario nuevo)', targets: [{ accountId: account.id }] });
    expect(edited.version).toBe(post.version + 1);
    const stale = await ana.invoke('posts.save', { ...draft, id: post.id, version: post.version, title: 'Mercado de Navidad (versión de Ana)', targets: [{ accountId: account.id }] });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', params: { id: post.id, version: edited.version } } });
    expect((await ana.call('posts.get', { id: post.id })).title).toBe('Mercado de Navidad (horario nuevo)');

    const who = async (table: 'posts' | 'accounts', id: number) =>
      (await ana.ctx.db.selectFrom(table).select('changedBy' as never).where('id', '=', id).executeTakeFirstOrThrow()) as unknown as { changedBy: string | null };
    expect(await who('posts', post.id)).toEqual({ changedBy: 'Luis Gómez' });
    expect(await who('accounts', account.id)).toEqual({ changedBy: 'Ana Ruiz' });
    // A soft delete is a change too.
    await ana.call('accounts.delete', { id: account.id, version: account.version });
    await luis.call('accounts.restore', { id: account.id });
    expect(await who('accounts', account.id)).toEqual({ changedBy: 'Luis Gómez' });
  });

  it('a server stopped under a running app with no local copy answers offline, and the app is back by itself once the server is', async () => {
    const url = newDatabase();
    // No copy to read from (the first session whose copy never succeeded): every call answers offline. With one: snapshot.test.ts.
    const ana = await instance({ database: url, person: 'Ana Ruiz', keepSnapshot: false });
    await ana.call('campaigns.save', { name: 'Navidad', color: '#c0392b' });

    pg.server().pause();
    try {
    const write = await ana.invoke('campaigns.save', { name: 'Carnaval', color: '#8e44ad' });
    expect(write.ok ? null : write.error.code).toBe('offline');
    const since = write.ok ? '' : String(write.error.params?.since);
    const read = await ana.invoke('campaigns.list', {});
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.error.code).toBe('offline');
    const down = await ana.call('app.info', {});
    // Since the first call that failed, however many failed after it.
    expect(down).toMatchObject({ store: 'offline', offlineSince: since });
    expect(Date.parse(since)).toBeGreaterThanOrEqual(TEST_NOW.getTime());
    } finally {
      pg.server().resume();
    }
    // No restart: the next call goes through and the app says it is back.
    expect((await ana.call('campaigns.list', {})).map((c) => c.name)).toEqual(['Navidad']);
    expect(await ana.call('app.info', {})).toMatchObject({ store: 'ready', offlineSince: null });
  });
});

describe('opening on a server', () => {
  it('opens offline when the server cannot be reached, and moves to it when it answers', async () => {
    const url = newDatabase();
    pg.server().pause();
    let app;
    try {
      app = await instance({ database: url, retryEveryMs: 0 });
      expect(await app.call('app.info', {})).toMatchObject({ store: 'offline', engine: 'postgres' });
      expect(await app.invoke('posts.listRange', week)).toEqual({ ok: false, error: { code: 'store_unavailable', params: { state: 'offline' } } });
    } finally {
      pg.server().resume();
    }
    expect(await app.call('app.info', {})).toMatchObject({ store: 'ready', engine: 'postgres' });
    expect(await app.call('posts.listRange', week)).toEqual({ posts: [], accounts: [] });
  });

  it('says the server refused, not offline, when the database does not exist', async () => {
    const missing = pg.server().url.replace(/\/[^/]+$/u, '/no_such_database');
    const app = await instance({ database: missing });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'server_refused', dataPath: missing });
  });
});

describe('this computer in the team (team.get, team.save)', () => {
  it('keeps the name and the server, seals the password, never writes it in the clear, and moves the app to that server', async () => {
    const app = await instance();
    expect(await app.call('team.get', {})).toEqual({ personName: '', server: null, passwordKept: false, fixed: false });
    expect((await app.call('app.info', {})).engine).toBe('sqlite');

    const url = newDatabase();
    const saved = await app.call('team.save', { personName: 'Marta Soler', server: { url, password: 'S3creta-de-Marta' } });
    expect(saved).toEqual({ personName: 'Marta Soler', server: { url }, passwordKept: true, fixed: false });
    const file = fs.readFileSync(path.join(app.dir, 'team.json'), 'utf8');
    expect(file).not.toContain('S3creta-de-Marta');
    expect(JSON.parse(file)).toMatchObject({ personName: 'Marta Soler', server: { url, sealedPassword: expect.stringMatching(/^[A-Za-z0-9+/=]{40,}$/u) } });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'ready', engine: 'postgres', dataPath: url });

    // Her next change carries her name.
    const c = await app.call('campaigns.save', { name: 'Fiestas', color: '#2980b9' });
    expect(await app.ctx.db.selectFrom('campaigns').select('changedBy' as never).where('id', '=', c.id).executeTakeFirst()).toEqual({ changedBy: 'Marta Soler' });

    // Opened again on the same computer: the sealed password is opened by the same keychain.
    await app.ctx.close();
    const again = await instance({ dir: app.dir, platform: app.platform });
    expect(await again.call('app.info', {})).toMatchObject({ store: 'ready', engine: 'postgres' });
    expect((await again.call('campaigns.list', {})).map((x) => x.name)).toEqual(['Fiestas']);

    // Back to the local file: the server is forgotten, the name stays.
    expect(await again.call('team.save', { personName: 'Marta Soler', server: null })).toEqual({ personName: 'Marta Soler', server: null, passwordKept: false, fixed: false });
    expect((await again.call('app.info', {})).engine).toBe('sqlite');
  });

  it('keeps the sealed password and the open store when saved again with the password box left empty', async () => {
    const app = await instance();
    const url = newDatabase();
    await app.call('team.save', { personName: 'Marta Soler', server: { url, password: 'S3creta-de-Marta' } });
    const sealed = fs.readFileSync(path.join(app.dir, 'team.json'), 'utf8');
    const store = app.ctx.store;
    expect(await app.call('team.save', { personName: 'Marta Soler Vidal', server: { url, password: '' } })).toEqual({ personName: 'Marta Soler Vidal', server: { url }, passwordKept: true, fixed: false });
    // The same connection: the store was not closed and opened again.
    expect(app.ctx.store).toBe(store);
    expect(JSON.parse(fs.readFileSync(path.join(app.dir, 'team.json'), 'utf8'))).toEqual({ ...JSON.parse(sealed), personName: 'Marta Soler Vidal' });
  });

  it('refuses an address with the password in it, or not PostgreSQL, with a translated reason, and changes nothing', async () => {
    const app = await instance();
    for (const url of ['postgres://ana:secreta@servidor/pregonero', 'mysql://servidor/pregonero', 'postgres://servidor']) {
      const r = await app.invoke('team.save', { personName: 'Ana', server: { url } });
      expect(r).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'server.url', code: 'app.errors.serverUrl' }] } } });
    }
    expect(fs.existsSync(path.join(app.dir, 'team.json'))).toBe(false);
  });

  it('keeps no password where there is no keychain to trust', async () => {
    const dir = tempDir('pregonero-team-');
    const platform = new TestPlatform(dir);
    Object.defineProperty(platform, 'secrets', { value: undefined });
    const app = await instance({ dir, platform });
    const r = await app.invoke('team.save', { personName: 'Ana', server: { url: newDatabase(), password: 'secreta' } });
    expect(r).toEqual({ ok: false, error: { code: 'app.errors.noKeychain' } });
    expect(fs.existsSync(path.join(dir, 'team.json'))).toBe(false);
  });

  it('shows a server given at start as fixed, and refuses to change it', async () => {
    const url = newDatabase();
    const app = await instance({ database: url, person: 'Ana' });
    expect(await app.call('team.get', {})).toEqual({ personName: 'Ana', server: { url }, passwordKept: false, fixed: true });
    expect(await app.invoke('team.save', { personName: 'Ana', server: null })).toEqual({ ok: false, error: { code: 'app.errors.teamFixed' } });
    expect(await app.invoke('team.save', { personName: 'Ana', server: { url: newDatabase() } })).toEqual({ ok: false, error: { code: 'app.errors.teamFixed' } });
    // The name can still change.
    expect(await app.call('team.save', { personName: 'Ana Ruiz', server: { url } })).toEqual({ personName: 'Ana', server: { url }, passwordKept: false, fixed: true });
  });
});
