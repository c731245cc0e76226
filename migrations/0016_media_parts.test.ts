import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0016 from './0016_media_parts';
import { migrations } from './index';

describe('0016_media_parts', () => {
  it('adds a strict table of numbered parts per file and kind over a schema-15 file, keeping its media, and can be undone', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0016')));
    const sha = 'b'.repeat(64);
    raw.prepare("insert into media (sha256, name, mime, width, height, bytes) values (?, 'feria.jpg', 'image/jpeg', 4000, 3000, 3)").run(sha);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0016.up(db);
    const insert = raw.prepare('insert into media_parts (sha256, kind, part, data) values (?, ?, ?, ?)');
    insert.run(sha, 'original', 0, Buffer.from([1, 2, 3]));
    expect(raw.prepare('select kind, part, data from media_parts').all()).toEqual([{ kind: 'original', part: 0, data: Buffer.from([1, 2, 3]) }]);
    // One part per number, of a known kind, holding bytes (STRICT: text is not bytes).
    expect(() => insert.run(sha, 'original', 0, Buffer.from([4]))).toThrow(/UNIQUE/);
    expect(() => insert.run(sha, 'poster', 0, Buffer.from([4]))).toThrow(/CHECK/);
    expect(() => insert.run(sha, 'thumb', -1, Buffer.from([4]))).toThrow(/CHECK/);
    expect(() => insert.run(sha, 'thumb', 0, 'texto')).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => insert.run('corto', 'thumb', 0, Buffer.from([4]))).toThrow(/CHECK/);
    expect(raw.prepare('select name from media').pluck().all()).toEqual(['feria.jpg']);
    await m0016.down(db);
    expect(raw.prepare("select name from sqlite_master where name = 'media_parts'").all()).toEqual([]);
    raw.close();
  });
});
