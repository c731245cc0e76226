import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { openServerStore, type ServerStore } from '../../../electron/db/server-store';
import { latestSchemaVersion, migrations } from '../../../migrations/index';
import { postgresForSuite } from '../../support/postgres';
import { migrationsThrough } from '../../support/sqlite-schema';

// Opening the team's database follows the local file's rules: someone
// else's database and a newer app's are refused and left as they were, and
// pending migrations run only after the data is copied aside on the server.
const pg = postgresForSuite();
let n = 0;
const freshPool = (): Pool => pg.pool(pg.server().createDatabase(`store_${++n}`));

const plain = (pool: Pool) => new Kysely<Record<string, Record<string, unknown>>>({ dialect: new PostgresDialect({ pool }) });
const ready = (s: ServerStore) => {
  if (s.state !== 'ready') throw new Error(`expected ready, got ${s.state}: ${s.detail}`);
  return s;
};
const NOW = new Date('2026-12-01T10:00:00.000Z');

describe('opening the shared PostgreSQL store', () => {
  it('migrates an empty database to the latest schema, with nothing to copy aside', async () => {
    const pool = freshPool();
    const store = ready(await openServerStore(pool, migrations, NOW));
    expect(store).toMatchObject({ schemaVersion: latestSchemaVersion(), backup: null });
    // The store answers through the app's camelCase mapping.
    await store.db.insertInto('settings').values({ key: 'officeName', value: '"Ayuntamiento"', updatedAt: '2026-12-01T10:00:00.000Z' }).execute();
    expect(await store.db.selectFrom('settings').select(['key', 'updatedAt']).execute()).toEqual([{ key: 'officeName', updatedAt: '2026-12-01T10:00:00.000Z' }]);
    // Opening again finds nothing pending.
    expect(ready(await openServerStore(pool, migrations, NOW)).backup).toBeNull();
  });

  it('copies every table aside on the server before pending migrations run', async () => {
    const pool = freshPool();
    ready(await openServerStore(pool, migrationsThrough('0011_service_promises'), NOW));
    await sql`insert into accounts (network, handle, status) values ('instagram', 'turismo', 'closed')`.execute(plain(pool));
    const store = ready(await openServerStore(pool, migrations, NOW));
    expect(store.backup).toBe('pregonero_backup_0011_20261201100000');
    const copied = await sql<{ handle: string; status: string }>`select handle, status from pregonero_backup_0011_20261201100000.accounts`.execute(plain(pool));
    expect(copied.rows).toEqual([{ handle: 'turismo', status: 'closed' }]);
    // The copy has the schema as it was (0011 had no `listed`); the live table moved on.
    const live = await sql<{ listed: number }>`select listed from accounts`.execute(plain(pool));
    expect(live.rows).toEqual([{ listed: 0 }]);
  });

  it('refuses a database written by a newer app and changes nothing in it', async () => {
    const pool = freshPool();
    ready(await openServerStore(pool, migrationsThrough('0011_service_promises'), NOW));
    await sql`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`.execute(plain(pool));
    expect(await openServerStore(pool, migrations, NOW)).toEqual({ state: 'too_new', detail: '9999_future' });
    const { rows } = await sql<{ n: string }>`select count(*) as n from information_schema.columns where table_name = 'accounts' and column_name = 'listed'`.execute(plain(pool));
    expect(rows).toEqual([{ n: 0 }]);
    const schemas = await sql<{ name: string }>`select schema_name as name from information_schema.schemata where schema_name like 'pregonero_backup_%'`.execute(plain(pool));
    expect(schemas.rows).toEqual([]);
  });

  it('refuses a database that holds someone else’s tables and creates nothing in it', async () => {
    const pool = freshPool();
    await sql`create table facturas (id serial primary key, importe numeric)`.execute(plain(pool));
    expect(await openServerStore(pool, migrations, NOW)).toEqual({ state: 'not_pregonero', detail: 'facturas' });
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(plain(pool));
    expect(rows).toEqual([{ name: 'facturas' }]);
  });

  it('lets two instances open a new database at the same moment: each migration runs once', async () => {
    const url = pg.server().createDatabase('store_together');
    const [a, b] = [pg.pool(url), pg.pool(url)];
    const [first, second] = await Promise.all([openServerStore(a, migrations, NOW), openServerStore(b, migrations, NOW)]);
    expect(ready(first).schemaVersion).toBe(latestSchemaVersion());
    expect(ready(second).schemaVersion).toBe(latestSchemaVersion());
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(plain(a));
    expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations));
  });
});
