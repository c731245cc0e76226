import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { type MigrationProvider, Migrator } from 'kysely/migration';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../electron/db/migrate';
import { openRaw } from '../../../electron/db/open';
import { migrations } from '../../../migrations/index';
import { postgresForSuite } from '../../support/postgres';

// The same migrations build the schema on PostgreSQL: the same tables and
// columns, and the behaviour SQLite gives for free (case-blind handles,
// accent-blind search, records kept as written, ISO timestamps).
const pg = postgresForSuite();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let db: Kysely<any>;

const provider: MigrationProvider = { getMigrations: async () => migrations };
const SHADOW = /_fts(_data|_idx|_content|_docsize|_config)?$/;

beforeAll(async () => {
  db = new Kysely({ dialect: new PostgresDialect({ pool: pg.pool(pg.server().url) }) });
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw new Error(`migrations failed on PostgreSQL at ${results?.find((r) => r.status === 'Error')?.migrationName}: ${String(error)}`);
}, 60_000);

async function sqliteColumns(): Promise<Record<string, string[]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-schema-'));
  const raw = openRaw(path.join(dir, 'a.sqlite'));
  try {
    await migrateToLatest(raw);
    const tables = (raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != 'kysely_migration_lock'").all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !SHADOW.test(t));
    return Object.fromEntries(
      // A primary key is required on PostgreSQL by definition; SQLite lets a declared key hold null, a quirk the app never relies on.
      tables.map((t) => [
        t,
        (raw.prepare(`select name, "notnull", pk from pragma_table_info(?) order by name`).all(t) as { name: string; notnull: number; pk: number }[]).map(
          (c) => `${c.name}${c.notnull || c.pk ? ' not null' : ''}`,
        ),
      ]),
    );
  } finally {
    raw.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the migrations on PostgreSQL', () => {
  it('record every migration as applied, in order', async () => {
    const applied = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
    expect(applied.map((r) => r.name)).toEqual(Object.keys(migrations));
  });

  it('build the tables and columns SQLite gets, with the same required columns', async () => {
    const rows = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
      select table_name, column_name, is_nullable from information_schema.columns
      where table_schema = 'public' and table_name not like 'kysely_migration%' order by table_name, column_name`.execute(db);
    const pgColumns: Record<string, string[]> = {};
    for (const r of rows.rows) {
      if (SHADOW.test(r.table_name)) continue;
      (pgColumns[r.table_name] ??= []).push(`${r.column_name}${r.is_nullable === 'NO' ? ' not null' : ''}`);
    }
    const expected = await sqliteColumns();
    delete expected.kysely_migration;
    expect(pgColumns).toEqual(expected);
    expect(pgColumns.accounts).toContain('handle not null');
    expect(pgColumns.posts).toContain('status not null');
  });

  it('writes the created time as the app writes instants, ISO 8601 in UTC with milliseconds', async () => {
    const row = await db.insertInto('settings').values({ key: 'probe', value: '1' }).returning('updated_at').executeTakeFirstOrThrow();
    expect(row.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('refuses a second live account with the same handle in another case, as SQLite does', async () => {
    await db.insertInto('accounts').values({ network: 'instagram', handle: 'TurismoVillavieja' }).execute();
    await expect(db.insertInto('accounts').values({ network: 'instagram', handle: 'turismovillavieja' }).execute()).rejects.toThrow(/accounts_network_handle/);
    // Once deleted, the handle is free again.
    await db.updateTable('accounts').set({ deleted_at: '2026-12-01T10:00:00.000Z' }).where('handle', '=', 'TurismoVillavieja').execute();
    await db.insertInto('accounts').values({ network: 'instagram', handle: 'turismovillavieja' }).execute();
  });

  it('keeps an accent-blind search index of accounts, contacts and posts in step with every write', async () => {
    const account = await db.insertInto('accounts').values({ network: 'x', handle: 'policialocal', display_name: 'Policía Local' }).returning('id').executeTakeFirstOrThrow();
    const contact = await db.insertInto('contacts').values({ name: 'Jefatura', role: 'Protección Civil' }).returning('id').executeTakeFirstOrThrow();
    const post = await db.insertInto('posts').values({ title: 'Corte de tráfico', body: 'Calle Mayor' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('post_targets').values({ post_id: post.id, account_id: account.id, text: 'Desvío por el camión de bomberos' }).execute();
    const find = async (table: string, words: string) =>
      (await sql<{ rowid: number }>`select rowid from ${sql.table(table)} where document @@ to_tsquery('simple', pregonero_fold(${words}))`.execute(db)).rows.map((r) => r.rowid);
    expect(await find('accounts_fts', 'policia')).toEqual([account.id]);
    expect(await find('contacts_fts', 'proteccion')).toEqual([contact.id]);
    expect(await find('posts_fts', 'camion')).toEqual([post.id]);
    expect(await find('posts_fts', 'trafico')).toEqual([post.id]);
    // An edit moves the index; a deleted post leaves it.
    await db.updateTable('post_targets').set({ text: 'Sin desvíos' }).where('post_id', '=', post.id).execute();
    expect(await find('posts_fts', 'camion')).toEqual([]);
    await db.updateTable('posts').set({ deleted_at: '2026-12-01T10:00:00.000Z' }).where('id', '=', post.id).execute();
    expect(await find('posts_fts', 'trafico')).toEqual([]);
    await db.updateTable('accounts').set({ display_name: 'Guardia Urbana' }).where('id', '=', account.id).execute();
    expect(await find('accounts_fts', 'policia')).toEqual([]);
    expect(await find('accounts_fts', 'guardia')).toEqual([account.id]);
  });

  it('keeps playbook versions and the incident timeline as written', async () => {
    const book = await db.insertInto('playbooks').values({ locale: 'es', name: 'Inundación' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('playbook_versions').values({ playbook_id: book.id, number: 1, content: '{}' }).execute();
    await expect(db.updateTable('playbook_versions').set({ content: '{"x":1}' }).execute()).rejects.toThrow(/playbook versions are kept as saved/);
    await expect(db.deleteFrom('playbook_versions').execute()).rejects.toThrow(/playbook versions are kept as saved/);
    const incident = await db
      .insertInto('incidents')
      .values({ title: 'Riada', locale: 'es', severity: 'high', started_at: '2026-12-01T10:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('incident_events').values({ incident_id: incident.id, kind: 'note', at: '2026-12-01T10:05:00.000Z', recorded_at: '2026-12-01T10:05:00.000Z' }).execute();
    await expect(db.updateTable('incident_events').set({ text: 'otra cosa' }).execute()).rejects.toThrow(/the incident timeline is append-only/);
    await expect(db.deleteFrom('incident_events').execute()).rejects.toThrow(/the incident timeline is append-only/);
  });

  it('orders names case-blind with the nocase collation, accented initials in their alphabetical place', async () => {
    await db.insertInto('people').values([{ name: 'beatriz' }, { name: 'Álvaro' }, { name: 'Ana' }, { name: 'Carmen' }]).execute();
    const names = await sql<{ name: string }>`select name from people order by name collate nocase`.execute(db);
    expect(names.rows.map((r) => r.name)).toEqual(['Álvaro', 'Ana', 'beatriz', 'Carmen']);
    await expect(db.insertInto('people').values({ name: 'ANA' }).execute()).rejects.toThrow(/people_name/);
  });
});
