import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0017 from './0017_media_parts_stored';
import { migrations } from './index';

describe('0017_media_parts_stored', () => {
  it('gives the parts of a schema-16 file a time they were stored, empty for the parts already there, and can be undone', async () => {
    const raw = new BetterSqlite3(':memory:');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0017')));
    const sha = 'c'.repeat(64);
    raw.prepare("insert into media_parts (sha256, kind, part, data) values (?, 'original', 0, ?)").run(sha, Buffer.from([1]));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0017.up(db);
    raw.prepare("insert into media_parts (sha256, kind, part, data, stored_at) values (?, 'thumb', 0, ?, '2026-12-02T10:00:00.000Z')").run(sha, Buffer.from([2]));
    expect(raw.prepare('select kind, stored_at from media_parts order by kind').all()).toEqual([
      { kind: 'original', stored_at: null },
      { kind: 'thumb', stored_at: '2026-12-02T10:00:00.000Z' },
    ]);
    await m0017.down(db);
    expect(raw.prepare('select kind from media_parts order by kind').pluck().all()).toEqual(['original', 'thumb']);
    expect(raw.prepare("select count(*) from pragma_table_info('media_parts') where name = 'stored_at'").pluck().get()).toBe(0);
    raw.close();
  });
});
