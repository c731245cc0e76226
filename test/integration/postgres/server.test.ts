import fs from 'node:fs';
import { type Generated, Kysely, PostgresDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresForSuite, startPostgres } from '../../support/postgres';

// The server the team-mode tests run against: a real PostgreSQL that the
// suite starts and stops itself, with the extension accent-blind search needs.
interface Schema {
  notes: { id: Generated<number>; body: string };
}
const pg = postgresForSuite();
const server = () => pg.server();

function connect(url: string): Kysely<Schema> {
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool: pg.pool(url) }) });
}

describe('a test PostgreSQL server', () => {
  it('answers on its URL, and unaccent makes «camion» match «camión»', async () => {
    const db = connect(server().url);
    await sql`create extension if not exists unaccent`.execute(db);
    const { rows } = await sql<{ same: boolean; version: string }>`select unaccent('camión') = unaccent('camion') as same, current_setting('server_version') as version`.execute(db);
    expect(rows[0]!.same).toBe(true);
    expect(Number(rows[0]!.version.split('.')[0])).toBeGreaterThanOrEqual(13);
  });

  it('shows one connection the rows another committed, as two app instances on one server would see them', async () => {
    const a = connect(server().url);
    const b = connect(server().url);
    await a.schema.createTable('notes').addColumn('id', 'serial', (c) => c.primaryKey()).addColumn('body', 'text', (c) => c.notNull()).execute();
    await a.insertInto('notes').values({ body: 'Corte de agua en la calle Mayor' }).execute();
    expect(await b.selectFrom('notes').select('body').execute()).toEqual([{ body: 'Corte de agua en la calle Mayor' }]);
  });

  it('stops when told, refuses connections after, and leaves no data folder behind', async () => {
    const other = await startPostgres();
    const db = connect(other.url);
    await sql`select 1`.execute(db);
    await db.destroy();
    expect(fs.existsSync(other.dir)).toBe(true);
    other.stop();
    expect(fs.existsSync(other.dir)).toBe(false);
    await expect(sql`select 1`.execute(connect(other.url))).rejects.toThrow(/ECONNREFUSED/);
  });
});
