import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0013 from './0013_media';
import { migrations } from './index';

describe('0013_media', () => {
  it('adds the library and the ordered attachments over a schema-12 file, keeping its posts', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0013')));
    raw.prepare("insert into posts (title) values ('Feria')").run();
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0013.up(db);
    const sha = 'a'.repeat(64);
    raw.prepare("insert into media (sha256, name, mime, width, height, bytes) values (?, 'feria.jpg', 'image/jpeg', 4000, 3000, 123456)").run(sha);
    expect(raw.prepare('select name, tags, has_location as hasLocation, alt, version, deleted_at as deletedAt from media').get()).toEqual({
      name: 'feria.jpg',
      tags: '[]',
      hasLocation: 0,
      alt: '',
      version: 0,
      deletedAt: null,
    });
    // The same file twice is one row.
    expect(() => raw.prepare("insert into media (sha256, name, mime, width, height, bytes) values (?, 'otra.jpg', 'image/jpeg', 1, 1, 1)").run(sha)).toThrow(/UNIQUE/);
    raw.prepare("insert into post_media (post_id, media_id, position, alt) values (1, 1, 0, 'Casetas de la feria')").run();
    expect(() => raw.prepare('insert into post_media (post_id, media_id, position) values (1, 99, 1)').run()).toThrow(/FOREIGN KEY/);
    expect(raw.prepare('select title from posts').pluck().all()).toEqual(['Feria']);
    await m0013.down(db);
    expect(raw.prepare("select name from sqlite_master where name in ('media', 'post_media')").all()).toEqual([]);
    raw.close();
  });
});
