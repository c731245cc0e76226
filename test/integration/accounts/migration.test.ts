import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { currentFile, openStore } from '../../../electron/db/store';
import * as m0007 from '../../../migrations/0007_accounts_search';
import { migrations } from '../../../migrations/index';
import { tempDir } from '../../support/context';

describe('migration 0007_accounts_search', () => {
  it('indexes accounts that existed before it, keeps search in step, and goes down cleanly', async () => {
    const dir = tempDir();
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'));
    const old = await openStore(dir, currentFile(dir), before);
    if (old.state !== 'ready') throw new Error(old.state);
    old.raw.prepare("insert into accounts (network, handle, display_name) values ('facebook', 'policia', 'Policía Local')").run();
    await old.db.destroy();

    const s = await openStore(dir, currentFile(dir), migrations);
    if (s.state !== 'ready') throw new Error(s.state);
    const find = (q: string) => s.raw.prepare('select rowid from accounts_fts where accounts_fts match ?').all(q).length;
    expect(find('"policia"*')).toBe(1);
    s.raw.prepare("update accounts set display_name = 'Guardia Urbana' where handle = 'policia'").run();
    expect(find('"local"*')).toBe(0);
    expect(find('"guardia"*')).toBe(1);
    s.raw.prepare("delete from accounts where handle = 'policia'").run();
    expect(find('"guardia"*')).toBe(0);

    await m0007.down(s.db);
    const left = await sql<{ name: string }>`select name from sqlite_master where name like 'accounts_fts%' or name like 'accounts_live_%'`.execute(s.db);
    expect(left.rows).toEqual([]);
    await s.db.destroy();
  });
});
