import fs from 'node:fs';
import { type Generated, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../support/postgres';

// The server the team-mode tests run against: a real PostgreSQL that the
// suite starts and stops itself, with the extension accent-blind search needs.
let server: TestPostgres;
interface Schema {
  notes: { id: Generated<number>; body: string };
}
const open: Kysely<Schema>[] = [];

function connect(url: string): Kysely<Schema> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // A server that stops ends its idle connections with an error event; unheard, it would end the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  open.push(db);
  return db;
}

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const db of open) await db.destroy().catch(() => undefined);
  server?.stop();
});

describe('a test PostgreSQL server', () => {
  it('answers on its URL, and unaccent makes «camion» match «camión»', async () => {
    const db = connect(server.url);
    await sql`create extension if not exists unaccent`.execute(db);
    const { rows } = await sql<{ same: boolean; version: string }>`select unaccent('camión') = unaccent('camion') as same, current_setting('server_version') as version`.execute(db);
    expect(rows[0]!.same).toBe(true);
    expect(Number(rows[0]!.version.split('.')[0])).toBeGreaterThanOrEqual(13);
  });

  it('shows one connection the rows another committed, as two app instances on one server would see them', async () => {
    const a = connect(server.url);
    const b = connect(server.url);
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
