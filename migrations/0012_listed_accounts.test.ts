import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0012 from './0012_listed_accounts';
import { migrations } from './index';

describe('0012_listed_accounts', () => {
  it('lists the active accounts in the public directory, and no other', async () => {
    const raw = new BetterSqlite3(':memory:');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0012')));
    const insert = raw.prepare("insert into accounts (network, handle, status) values ('x', ?, ?)");
    for (const status of ['active', 'dormant', 'to_close']) insert.run(status, status);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0012.up(db);
    expect(raw.prepare('select handle, listed from accounts order by id').all()).toEqual([
      { handle: 'active', listed: 1 },
      { handle: 'dormant', listed: 0 },
      { handle: 'to_close', listed: 0 },
    ]);
    await m0012.down(db);
    expect((raw.prepare('pragma table_info(accounts)').all() as { name: string }[]).map((c) => c.name)).not.toContain('listed');
    raw.close();
  });
});
