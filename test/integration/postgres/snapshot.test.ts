import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../../electron/context';
import { latestSchemaVersion } from '../../../migrations/index';
import { SNAPSHOT_FILE } from '../../../electron/db/snapshot/take';
import { importBody } from '../../../electron/features/media/upload';
import { answersOnCopy, underServerRules } from '../../../electron/offline';
import { createRouter } from '../../../electron/router';
import type { ChannelName, Input, Output } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { TEST_NOW, TestPlatform, tempDir } from '../../support/context';
import { importBytes, png } from '../../support/media';
import { postgresForSuite } from '../../support/postgres';

/**
 * The local read-only copy of the team's server: what it holds after a
 * session, reading from it when the server stops (the app that was running
 * and one opened afterwards), every write refused as `offline` with the copy
 * left as it was, a copy that fails part-way never replacing a good one, and
 * the return to the server by itself.
 */
const pg = postgresForSuite();
let n = 0;
const opened: { ctx: AppContext; dir: string }[] = [];

afterEach(async () => {
  for (const { ctx } of opened.splice(0).reverse()) await ctx.close();
});

/** The app at a fixed instant (Tuesday 1 December 2026, 11:00 in Madrid). */
async function instance(database: string, dir = tempDir('pregonero-snap-')) {
  const platform = new TestPlatform(dir);
  const ctx = await AppContext.open(dir, platform, () => TEST_NOW, { database, person: 'Ana Ruiz', retryEveryMs: 0 });
  opened.push({ ctx, dir });
  const invoke = createRouter(ctx, { checkOutputs: true, log: (event, detail) => console.error(event, detail) });
  return {
    ctx,
    dir,
    dataDir: dir,
    invoke,
    async call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> {
      const result = await invoke(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.params);
      return result.value as Output<C>;
    },
  };
}
type App = Awaited<ReturnType<typeof instance>>;

/**
 * A session's work: the plan around today (a week back to six weeks ahead,
 * in Madrid: 24 November 2026 to 12 January 2027), posts just outside it, a
 * deleted one and an undated idea; accounts, a person, contacts, a playbook,
 * an incident and a photo.
 */
async function session(app: App) {
  await app.call('settings.save', { timeZone: 'Europe/Madrid', officeName: 'Ayuntamiento de Villanueva' });
  const turismo = await app.call('accounts.save', { network: 'instagram', handle: 'turismo_villa', displayName: 'Turismo', role: 'medium', status: 'active', postsPerWeekTarget: 3 });
  const policia = await app.call('accounts.save', { network: 'x', handle: 'policia_villa', displayName: 'Policía Local', role: 'channel', status: 'active', postsPerWeekTarget: 5 });
  const marta = await app.call('people.save', { name: 'Marta Soler', department: 'Comunicación' });
  const photo = await importBytes(app as never, 'plaza.png', await png());
  const post = (title: string, when: { scheduledAt?: string; scheduledDay?: string }, extra: Partial<Input<'posts.save'>> = {}) =>
    app.call('posts.save', { title, ...when, targets: [{ accountId: turismo.id }], ...extra });
  const market = await post('Mercado de Navidad', { scheduledAt: '2026-12-05T10:00:00.000Z' }, {
    targets: [{ accountId: turismo.id, text: 'Este sábado, mercado en la plaza' }, { accountId: policia.id }],
    hashtags: ['navidad', 'villanueva'],
    checklist: { wording: true, links: true },
    media: [{ mediaId: photo.id, alt: 'La plaza con luces' }],
  });
  await post('Balance de la semana', { scheduledAt: '2026-11-24T09:00:00.000Z' });
  await post('Reyes Magos', { scheduledDay: '2027-01-12' });
  await post('Demasiado pronto', { scheduledAt: '2026-11-23T09:00:00.000Z' });
  await post('Demasiado lejos', { scheduledDay: '2027-01-13' });
  const gone = await post('Borrado', { scheduledAt: '2026-12-03T10:00:00.000Z' });
  await app.call('posts.delete', { id: gone.id, version: gone.version });
  await app.call('posts.save', { title: 'Idea: concurso de belenes' });
  const ana = await app.call('contacts.save', { name: 'Ana Martín', role: 'Jefa de gabinete', phone: '600 111 222' });
  const jose = await app.call('contacts.save', { name: 'José Peña', role: 'Policía Local', phone: '600 333 444', alternateId: ana.id });
  const starter = (await app.call('playbooks.list', { locale: 'es' })).find((p) => p.starterKey !== null)!;
  const flood = await app.call('playbooks.copy', { id: starter.id, name: 'Inundación en la Vega' });
  const incident = await app.call('incidents.start', { playbookId: flood.id, severity: 'high', title: 'Crecida del río' });
  return { turismo, policia, marta, photo, market, ana, jose, flood, incident };
}

const week = { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' };
const snapshotFile = (app: App) => path.join(app.dir, SNAPSHOT_FILE);

/** The copy's rows, read with plain SQL on its own file. */
function copyRows(app: App, query: string): unknown[] {
  const db = new BetterSqlite3(snapshotFile(app), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
}

describe('the local copy of the team server', () => {
  it('holds the coming weeks’ plan with every row its posts have, and the inventory, playbooks, contacts and settings whole', async () => {
    const url = pg.server().createDatabase(`snap_${++n}`);
    const app = await instance(url);
    const s = await session(app);
    await app.ctx.snapshots.flush();
    expect(app.ctx.snapshots.lastFailure).toBeNull();

    expect(copyRows(app, 'select taken_at as takenAt, server from team_snapshot')).toEqual([{ takenAt: TEST_NOW.toISOString(), server: url }]);
    expect(copyRows(app, 'select title, scheduled_at as at, scheduled_day as day from posts order by title')).toEqual([
      { title: 'Balance de la semana', at: '2026-11-24T09:00:00.000Z', day: null },
      { title: 'Idea: concurso de belenes', at: null, day: null },
      { title: 'Mercado de Navidad', at: '2026-12-05T10:00:00.000Z', day: null },
      { title: 'Reyes Magos', at: null, day: '2027-01-12' },
    ]);
    expect(copyRows(app, `select post_id as postId, account_id as accountId, text from post_targets where post_id = ${s.market.id} order by account_id`)).toEqual([
      { postId: s.market.id, accountId: s.turismo.id, text: 'Este sábado, mercado en la plaza' },
      { postId: s.market.id, accountId: s.policia.id, text: null },
    ]);
    expect(copyRows(app, 'select tag from post_hashtags order by tag')).toEqual([{ tag: 'navidad' }, { tag: 'villanueva' }]);
    expect(copyRows(app, 'select post_id as postId, media_id as mediaId, alt from post_media')).toEqual([{ postId: s.market.id, mediaId: s.photo.id, alt: 'La plaza con luces' }]);
    // The photo's file stays on the server (and on this computer): its parts are far too big for the copy.
    expect(copyRows(app, 'select count(*) as n from media_parts')).toEqual([{ n: 0 }]);
    expect(copyRows(app, `select checklist, changed_by as who from posts where id = ${s.market.id}`)).toEqual([{ checklist: '{"wording":true,"links":true}', who: 'Ana Ruiz' }]);
    expect(copyRows(app, 'select handle from accounts order by handle')).toEqual([{ handle: 'policia_villa' }, { handle: 'turismo_villa' }]);
    expect(copyRows(app, 'select name from people')).toEqual([{ name: 'Marta Soler' }]);
    expect(copyRows(app, 'select name, alternate_id as alternateId from contacts order by name')).toEqual([
      { name: 'Ana Martín', alternateId: null },
      { name: 'José Peña', alternateId: s.ana.id },
    ]);
    // Every playbook and every saved version, as on the server.
    const server = async (q: string) => (await sql.raw(q).execute(app.ctx.db)).rows;
    expect(copyRows(app, 'select id, name, current_version as v from playbooks order by id')).toEqual(await server('select id, name, current_version as v from playbooks order by id'));
    expect(copyRows(app, 'select count(*) as n from playbook_versions')).toEqual(await server('select count(*) as n from playbook_versions'));
    expect(copyRows(app, 'select title, severity from incidents')).toEqual([{ title: 'Crecida del río', severity: 'high' }]);
    expect(copyRows(app, "select value from settings where key = 'timeZone'")).toEqual([{ value: '"Europe/Madrid"' }]);
    // Left out: audits are work for a calm day (the shipped templates come with the migrations, as in any new file).
    const presence = (await app.call('audits.templates', {})).find((t) => t.builtin === 'presence')!;
    await app.call('audits.start', { templateId: presence.id, scope: 'presence' });
    await app.ctx.snapshots.flush();
    expect(copyRows(app, 'select count(*) as n from audit_runs')).toEqual([{ n: 0 }]);
    expect(copyRows(app, 'select builtin from audit_templates order by builtin')).toEqual([{ builtin: 'accountHealth' }, { builtin: 'presence' }]);
    // A real store file: ours, every migration, search built as the local file's is.
    expect(copyRows(app, 'pragma application_id')).toEqual([{ application_id: 0x50524547 }]);
    expect(copyRows(app, "select rowid from posts_fts where posts_fts match 'mercado'")).toEqual([{ rowid: s.market.id }]);
    expect(copyRows(app, 'pragma foreign_key_check')).toEqual([]);
  });

  it('answers reads from the copy when the server stops, in the running app and in one opened then; refuses every write as offline; returns by itself', async () => {
    const url = pg.server().createDatabase(`snap_${++n}`);
    const app = await instance(url);
    const s = await session(app);
    await app.ctx.snapshots.flush();
    const before = { bytes: fs.readFileSync(snapshotFile(app)), mtime: fs.statSync(snapshotFile(app)).mtimeMs };
    const titles = async (a: App) => (await a.call('posts.listRange', week)).posts.map((p) => p.title);
    const screens: Record<string, unknown> = {
      'posts.listRange': week,
      'posts.get': { id: s.market.id },
      'posts.backlog': {},
      'accounts.list': {},
      'people.list': {},
      'playbooks.list': { locale: 'es' },
      'playbooks.get': { id: s.flood.id },
      'contacts.list': {},
      'incidents.get': { id: s.incident.id },
      'settings.get': {},
    };
    const live: Record<string, unknown> = {};
    for (const [channel, input] of Object.entries(screens)) live[channel] = await app.call(channel as ChannelName, input as never);

    pg.server().pause();
    let later: App;
    try {
      // The running app: the call that finds the server gone is answered from the copy.
      expect(await titles(app)).toEqual(['Mercado de Navidad']);
      const info = await app.call('app.info', {});
      expect(info).toMatchObject({ store: 'offline', engine: 'postgres', locale: 'es', snapshotAt: TEST_NOW.toISOString(), offlineSince: TEST_NOW.toISOString() });

      // An app opened while the server is away: the normal screens, on the copy.
      later = await instance(url, app.dir);
      // Opened on the copy alone, it still says which schema it reads.
      expect(await later.call('app.info', {})).toMatchObject({ store: 'offline', offlineSince: TEST_NOW.toISOString(), snapshotAt: TEST_NOW.toISOString(), schemaVersion: latestSchemaVersion() });

      // What the screens read, exactly as the server answered it before it stopped.
      for (const a of [app, later]) {
        for (const [channel, input] of Object.entries(screens)) expect({ channel, answer: await a.call(channel as ChannelName, input as never) }).toEqual({ channel, answer: live[channel] });
      }

      // Every read the copy answers, answered (none of them writes on the way).
      const reads: { [C in ChannelName]?: Input<C> } = {
        'app.info': {}, 'app.channels': {}, 'store.backups': {}, 'team.get': {}, 'settings.get': {},
        'accounts.list': {}, 'accounts.get': { id: s.turismo.id }, 'accounts.summary': {}, 'accounts.departments': {}, 'accounts.exportCsv': {},
        'posts.listRange': week, 'posts.get': { id: s.market.id }, 'posts.backlog': {}, 'posts.search': { q: 'mercado' }, 'posts.accountOptions': {},
        'campaigns.list': {}, 'hashtagSets.list': {}, 'hashtags.suggest': { prefix: 'nav' }, 'specialDays.listRange': { from: '2026-12-01', to: '2026-12-31' }, 'specialDays.listLocal': {},
        'cadence.report': { from: week.from, to: week.to },
        'playbooks.list': { locale: 'es' }, 'playbooks.get': { id: s.flood.id }, 'contacts.list': {}, 'incidents.list': {}, 'incidents.get': { id: s.incident.id }, 'incidents.report': { id: s.incident.id },
        'exports.filters': {}, 'exports.preview': { from: '2026-11-30', to: '2026-12-06' }, 'people.list': {}, 'people.get': { id: s.marta.id },
        'media.list': {}, 'media.get': { id: s.photo.id }, 'media.tags': {},
      };
      expect(Object.keys(reads).sort()).toEqual([...answersOnCopy].filter((c) => c !== 'team.save').sort());
      for (const [channel, input] of Object.entries(reads)) expect({ channel, ok: (await later.invoke(channel, input)).ok }).toEqual({ channel, ok: true });
      expect((await later.call('posts.search', { q: 'mercado' })).map((h) => h.title)).toEqual(['Mercado de Navidad']);

      // Writes, files and backups: offline, before anything is done.
      const offline = { ok: false, error: { code: 'offline', params: { since: TEST_NOW.toISOString() } } };
      expect(await app.invoke('posts.save', { title: 'Aviso: cortes de tráfico', scheduledAt: '2026-12-02T08:00:00.000Z' })).toEqual(offline);
      expect(await app.invoke('accounts.save', { network: 'facebook', handle: 'villa', role: 'medium', status: 'active', postsPerWeekTarget: 1 })).toEqual(offline);
      expect(await later.invoke('contacts.save', { name: 'Protección Civil' })).toEqual(offline);
      expect(await later.invoke('settings.save', { officeName: 'Otro' })).toEqual(offline);
      expect(await later.invoke('store.backup', {})).toEqual(offline);
      expect(await later.invoke('exports.ics', { from: '2026-11-30', to: '2026-12-06' })).toEqual(offline);
      expect(await later.invoke('playbooks.card', { id: s.flood.id })).toEqual(offline);
      expect(await later.invoke('audits.templates', {})).toEqual(offline);
      const exportsDir = path.join(app.dir, 'exports');
      expect(fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : []).toEqual([]);
      const mediaBefore = fs.readdirSync(path.join(app.dir, 'media'), { recursive: true });
      const { Readable } = await import('node:stream');
      expect(await importBody(later.ctx, 'otra.png', Readable.from([await png('#27ae60')]))).toEqual(offline);
      expect(fs.readdirSync(path.join(app.dir, 'media'), { recursive: true })).toEqual(mediaBefore);
      // SQLite itself refuses a write on the copy, whatever path it came by.
      const write = () => later.ctx.db.insertInto('campaigns').values({ name: 'Carnaval' }).execute();
      await expect(write()).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
      // …and a read that wrote on the way would answer offline, like any write.
      await expect(underServerRules(later.ctx, true, write)).rejects.toMatchObject({ code: 'offline', params: { since: TEST_NOW.toISOString() } });
      expect(fs.readFileSync(snapshotFile(app)).equals(before.bytes)).toBe(true);
      expect(fs.statSync(snapshotFile(app)).mtimeMs).toBe(before.mtime);
    } finally {
      pg.server().resume();
    }

    // Meanwhile on the server: a colleague adds a post (a third app, on the server itself).
    const colleague = await instance(url);
    await colleague.call('posts.save', { title: 'Cortes de tráfico por la cabalgata', scheduledAt: '2026-12-04T17:00:00.000Z' });

    // A save made once the server is back goes to it, even before the screen looked again.
    expect((await app.call('campaigns.save', { name: 'Reyes', color: '#8e44ad' })).name).toBe('Reyes');
    // Back by itself on the next look (the screen asks every few seconds): live data, no restart.
    for (const a of [app, later!]) {
      expect(await a.call('app.info', {})).toMatchObject({ store: 'ready', offlineSince: null, snapshotAt: null });
      expect(await titles(a)).toEqual(['Cortes de tráfico por la cabalgata', 'Mercado de Navidad']);
      expect((await a.call('campaigns.save', { name: 'Navidad', color: '#c0392b' })).name).toBe('Navidad');
    }
  });

  it('never replaces a good copy with one that failed part-way', async () => {
    const url = pg.server().createDatabase(`snap_${++n}`);
    const app = await instance(url);
    await session(app);
    await app.ctx.snapshots.flush();
    const good = fs.readFileSync(snapshotFile(app));

    // The copy reads posts, accounts… and then cannot read contacts.
    const admin = pg.pool(url);
    await admin.query('alter table contacts rename to contacts_aside');
    await app.call('posts.save', { title: 'Nueva publicación', scheduledAt: '2026-12-02T09:00:00.000Z' });
    await app.ctx.snapshots.flush();
    expect(app.ctx.snapshots.lastFailure).toMatch(/contacts/u);
    expect(fs.readFileSync(snapshotFile(app)).equals(good)).toBe(true);
    expect(fs.readdirSync(app.dir).filter((f) => f.startsWith(SNAPSHOT_FILE))).toEqual([SNAPSHOT_FILE]);

    await admin.query('alter table contacts_aside rename to contacts');
    await app.call('posts.save', { title: 'Otra más', scheduledAt: '2026-12-02T10:00:00.000Z' });
    await app.ctx.snapshots.flush();
    expect(app.ctx.snapshots.lastFailure).toBeNull();
    expect(copyRows(app, "select title from posts where title in ('Nueva publicación', 'Otra más') order by title")).toEqual([{ title: 'Nueva publicación' }, { title: 'Otra más' }]);
  });

  it('without a copy to read, answers offline while the server is away and takes one as soon as it is back', async () => {
    const url = pg.server().createDatabase(`snap_${++n}`);
    const app = await instance(url);
    await session(app);
    await app.ctx.snapshots.flush();
    fs.rmSync(snapshotFile(app));
    pg.server().pause();
    try {
      expect(await app.invoke('posts.listRange', week)).toEqual({ ok: false, error: { code: 'offline', params: { since: TEST_NOW.toISOString() } } });
      expect(await app.call('app.info', {})).toMatchObject({ store: 'offline', offlineSince: TEST_NOW.toISOString(), snapshotAt: null });
    } finally {
      pg.server().resume();
    }
    expect((await app.call('posts.listRange', week)).posts.map((p) => p.title)).toEqual(['Mercado de Navidad']);
    await app.ctx.snapshots.flush();
    expect(copyRows(app, "select title from posts where title = 'Mercado de Navidad'")).toEqual([{ title: 'Mercado de Navidad' }]);
  });

  it('reads no copy of another server, and without one an app opened offline keeps the problem screen', async () => {
    const url = pg.server().createDatabase(`snap_${++n}`);
    const app = await instance(url);
    await session(app);
    await app.ctx.snapshots.flush();
    const other = pg.server().createDatabase(`snap_${++n}`);
    pg.server().pause();
    try {
      const elsewhere = await instance(other, app.dir);
      expect(await elsewhere.call('app.info', {})).toMatchObject({ store: 'offline', offlineSince: null, snapshotAt: null });
      expect(await elsewhere.invoke('posts.listRange', week)).toEqual({ ok: false, error: { code: 'store_unavailable', params: { state: 'offline' } } });
    } finally {
      pg.server().resume();
    }
  });
});
