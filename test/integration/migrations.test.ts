import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, listBackups } from '../../electron/db/backup';
import { currentFile, openStore } from '../../electron/db/store';
import { latestSchemaVersion, migrations, versionOf } from '../../migrations/index';
import { openTestApp, type TestApp, tempDir } from '../support/context';

/**
 * An office that last opened the app at any earlier schema keeps everything
 * when it updates. Each fixture is made at test time by the migrations
 * themselves up to that version, then filled with the rows that schema can
 * hold, written with the columns it had; opening it with this build must
 * back it up, migrate it and show every row, 0007's and 0008's backfills
 * (account search, post hashtags and post search) included.
 */
type Raw = BetterSqlite3.Database;

/** Rows for the tables each migration created, in plain SQL of that schema. */
const writers: Record<number, (raw: Raw) => void> = {
  1: (raw) => raw.prepare(`insert into settings (key, value) values ('officeName', ?), ('timeZone', ?)`).run('"Ayuntamiento de Villanueva"', '"Europe/Madrid"'),
  2: (raw) => {
    raw.prepare(`insert into accounts (network, handle, display_name, department) values ('facebook', 'ayto.villanueva', 'Ayuntamiento de Villanueva', 'Alcaldía')`).run();
    raw.prepare(`insert into accounts (network, handle, display_name, department) values ('instagram', 'cultura_villanueva', 'Cultura Villanueva', 'Cultura')`).run();
  },
  3: (raw) => {
    raw.prepare(`insert into campaigns (name) values ('Navidad 2026')`).run();
    raw
      .prepare(`insert into posts (title, body, scheduled_at, status, campaign_id, hashtags) values (?, ?, ?, 'draft', 1, ?)`)
      .run('Encendido navideño', 'Encendido de las luces en la plaza Mayor', '2026-12-04T18:00:00.000Z', '["Navidad","Villanueva"]');
    raw.prepare(`insert into post_targets (post_id, account_id, text) values (1, 1, null), (1, 2, 'Luces y villancicos a las 19:00')`).run();
  },
  4: (raw) => {
    const template = raw.prepare(`select id, items from audit_templates where builtin = 'presence'`).get() as { id: number; items: string };
    raw
      .prepare(`insert into audit_runs (template_id, kind, template_name, items, scope, started_at) values (?, 'presence', 'Presencia', ?, 'presence', '2026-10-01T09:00:00.000Z')`)
      .run(template.id, template.items);
  },
  5: (raw) =>
    raw.prepare(`insert into incidents (title, locale, severity, started_at, ended_at) values ('Riada en la Vega', 'es', 'high', '2026-10-02T06:00:00.000Z', '2026-10-02T18:00:00.000Z')`).run(),
  6: (raw) =>
    raw
      .prepare(`insert into approvals (from_day, to_day, approver, role, approved_at, fingerprint, post_count) values ('2026-11-30', '2026-12-06', 'María Núñez', 'Alcaldesa', '2026-11-27T12:00:00.000Z', 'a1b2c3d4e5f6', 1)`)
      .run(),
  // 0007 and 0008 add indexes and search tables: the rows above are what they must pick up.
  13: (raw) => {
    raw
      .prepare(`insert into media (sha256, name, mime, width, height, bytes) values (?, 'luces.jpg', 'image/jpeg', 1200, 800, 48213)`)
      .run('ab'.repeat(32));
    raw.prepare(`insert into post_media (post_id, media_id, position, alt) values (1, 1, 0, 'Luces encendidas en la plaza Mayor')`).run();
  },
};

/** What each schema's rows must look like after the migration, by the version that first held them. */
const checks: { since: number; run: (app: TestApp) => Promise<void> }[] = [
  {
    since: 1,
    run: async (app) => expect((await app.call('settings.get', {})).officeName).toBe('Ayuntamiento de Villanueva'),
  },
  {
    since: 2,
    run: async (app) => {
      // 0007 indexed the accounts that were already there.
      expect((await app.call('accounts.list', { search: 'cultura' })).items.map((a) => a.handle)).toEqual(['cultura_villanueva']);
      expect((await app.call('accounts.list', {})).total).toBe(2);
    },
  },
  {
    since: 3,
    run: async (app) => {
      const post = await app.call('posts.get', { id: 1 });
      expect(post).toMatchObject({ title: 'Encendido navideño', status: 'draft', campaignId: 1, hashtags: ['Navidad', 'Villanueva'] });
      expect(post.targets.map((t) => [t.handle, t.text])).toEqual([
        ['ayto.villanueva', null],
        ['cultura_villanueva', 'Luces y villancicos a las 19:00'],
      ]);
      // 0008's backfill: the post's hashtags as suggestions, and the post in the search, by its body and by an account's own text.
      expect(app.ctx.raw.prepare('select tag from post_hashtags where post_id = 1 order by tag').pluck().all()).toEqual(['Navidad', 'Villanueva']);
      expect((await app.call('posts.search', { q: 'plaza mayor' })).map((h) => h.id)).toEqual([1]);
      expect((await app.call('posts.search', { q: 'villancicos' })).map((h) => h.id)).toEqual([1]);
    },
  },
  {
    since: 4,
    run: async (app) =>
      expect((await app.call('audits.runs', {})).map((r) => [r.kind, r.status, r.startedAt])).toEqual([['presence', 'open', '2026-10-01T09:00:00.000Z']]),
  },
  {
    since: 5,
    run: async (app) =>
      expect((await app.call('incidents.list', {})).map((i) => [i.title, i.severity, i.endedAt])).toEqual([['Riada en la Vega', 'high', '2026-10-02T18:00:00.000Z']]),
  },
  {
    since: 6,
    run: async (app) =>
      expect((await app.call('approvals.list', {})).map((a) => [a.approver, a.fingerprint, a.from, a.to])).toEqual([['María Núñez', 'a1b2c3d4e5f6', '2026-11-30', '2026-12-06']]),
  },
  {
    since: 13,
    run: async (app) =>
      expect((await app.call('posts.get', { id: 1 })).media).toMatchObject([{ mediaId: 1, alt: 'Luces encendidas en la plaza Mayor', mime: 'image/jpeg', width: 1200, height: 800 }]),
  },
];

/** A folder whose file is at schema `version`, with rows in every table that version has. */
async function fixtureAt(version: number): Promise<string> {
  const dir = tempDir('pregonero-migrate-');
  // As a real file grew: each schema's rows are written while it was the latest, and later steps ran over them.
  for (const v of versions.filter((n) => n <= version)) {
    const upTo = Object.fromEntries(Object.entries(migrations).filter(([name]) => versionOf(name) <= v));
    const old = await openStore(dir, currentFile(dir), upTo);
    if (old.state !== 'ready') throw new Error(old.state);
    expect(old.schemaVersion).toBe(v);
    writers[v]?.(old.raw);
    await old.db.destroy();
  }
  // Only the backup the app itself makes is under test.
  fs.rmSync(backupDir(dir), { recursive: true, force: true });
  return dir;
}

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** Every schema version this build knows (numbers are assigned ahead, so one may be missing until its step lands). */
const versions = Object.keys(migrations).map(versionOf);
const earlier = versions.slice(0, -1);

describe('migrating a file from every earlier schema', () => {
  it('covers every migration but the last', () => {
    expect(earlier).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it.each(earlier)('from schema %i: backed up first, migrated, and every row still there', async (version) => {
    const dir = await fixtureAt(version);
    const app = await openTestApp({ dataDir: dir, clock: () => new Date('2026-12-01T10:00:00Z') });
    apps.push(app);
    expect(await app.call('app.info', {})).toMatchObject({ store: 'ready', schemaVersion: latestSchemaVersion() });

    // The file as it was, kept before the first pending migration ran.
    const backups = listBackups(dir);
    expect(backups.map((b) => b.name)).toEqual([expect.stringMatching(new RegExp(`-before-${Object.keys(migrations).find((name) => versionOf(name) > version)}\\.sqlite$`))]);
    const kept = new BetterSqlite3(backups[0]!.path, { readonly: true });
    expect(kept.pragma('user_version', { simple: true })).toBe(version);
    kept.close();

    const due = checks.filter((c) => c.since <= version);
    // Every schema that added rows worth keeping has its check; none is skipped.
    expect(due.map((c) => c.since)).toEqual(Object.keys(writers).map(Number).filter((v) => v <= version));
    for (const check of due) await check.run(app);
  });

  it('a file already at the latest schema opens without a backup or a migration', async () => {
    const dir = await fixtureAt(latestSchemaVersion());
    const app = await openTestApp({ dataDir: dir });
    apps.push(app);
    expect(listBackups(dir)).toEqual([]);
    expect((await app.call('settings.get', {})).officeName).toBe('Ayuntamiento de Villanueva');
    expect(fs.existsSync(currentFile(dir))).toBe(true);
  });
});
