import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import { tablesWithAuthor } from '../electron/db/changed-by';
import * as m0015 from './0015_changed_by';
import { migrations } from './index';

const columns = (raw: BetterSqlite3.Database, table: string) => (raw.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('0015_changed_by', () => {
  it('gives every table users edit an empty "changed by", keeps the rows, and can be undone', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0015')));
    raw.prepare("insert into campaigns (name, color) values ('Navidad', '#c0392b')").run();
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0015.up(db);
    expect(raw.prepare('select name, color, changed_by from campaigns').all()).toEqual([{ name: 'Navidad', color: '#c0392b', changed_by: null }]);
    // Exactly the tables the app names an author on, no more and no fewer.
    const tables = (raw.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]).filter((t) => columns(raw, t).includes('changed_by'));
    expect(new Set(tables)).toEqual(tablesWithAuthor);
    await m0015.down(db);
    expect(columns(raw, 'campaigns')).not.toContain('changed_by');
    raw.close();
  });
});
