import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0006 from './0006_exports';
import { migrations } from './index';

describe('0006_exports', () => {
  it('adds the approvals table with its index, on top of the calendar, and takes it away again', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0006'));
    await migrateToLatest(raw, before);
    await m0006.up(new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never);
    const columns = (raw.prepare('pragma table_info(approvals)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'from_day', 'to_day', 'account_ids', 'campaign_id', 'approver', 'role', 'comments', 'approved_at', 'fingerprint', 'post_count', 'created_at']);
    const plan = raw.prepare('explain query plan select * from approvals order by approved_at desc limit 10').all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toContain('approvals_approved_at');
    // A deleted campaign leaves the approval, without its campaign.
    raw.prepare("insert into campaigns (name) values ('Navidad')").run();
    raw.prepare("insert into approvals (from_day, to_day, campaign_id, approver, approved_at, fingerprint) values ('2026-11-23', '2026-11-29', 1, 'Alcaldía', '2026-11-23T12:00:00Z', 'abcdefabcdef')").run();
    raw.prepare('delete from campaigns where id = 1').run();
    expect(raw.prepare('select campaign_id, account_ids, role, post_count from approvals').get()).toEqual({ campaign_id: null, account_ids: '[]', role: '', post_count: 0 });
    await m0006.down(new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never);
    expect(raw.prepare("select name from sqlite_master where name = 'approvals'").get()).toBeUndefined();
    raw.close();
  });
});
