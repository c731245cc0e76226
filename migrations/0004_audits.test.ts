import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_accounts';
import * as m0004 from './0004_audits';

const tables = (raw: BetterSqlite3.Database) =>
  (raw.prepare("select name from sqlite_master where type = 'table' and name like 'audit_%' order by name").all() as { name: string }[]).map((r) => r.name);

describe('migration 0004_audits', () => {
  it('creates the audit tables with the two shipped templates, and drops them again', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    await m0001.up(db);
    await m0002.up(db);
    await m0004.up(db);
    expect(tables(raw)).toEqual(['audit_actions', 'audit_answers', 'audit_run_accounts', 'audit_runs', 'audit_templates']);
    const shipped = raw.prepare('select builtin, kind, items from audit_templates order by id').all() as { builtin: string; kind: string; items: string }[];
    expect(shipped.map((t) => [t.builtin, t.kind])).toEqual([
      ['presence', 'presence'],
      ['accountHealth', 'account'],
    ]);
    for (const t of shipped) expect((JSON.parse(t.items) as unknown[]).length).toBeGreaterThan(5);
    // One answer per item, account and run.
    raw.prepare("insert into audit_runs (template_id, kind, items, scope, started_at) values (1, 'presence', '[]', 'presence', 'x')").run();
    raw.prepare("insert into audit_answers (run_id, item_key, value, answered_at) values (1, 'a', 'yes', 'x')").run();
    expect(() => raw.prepare("insert into audit_answers (run_id, item_key, value, answered_at) values (1, 'a', 'no', 'x')").run()).toThrow(/UNIQUE/);
    expect(() => raw.prepare("insert into audit_answers (run_id, item_key, value, answered_at) values (1, 'b', 'maybe', 'x')").run()).toThrow(/CHECK/);
    await m0004.down(db);
    expect(tables(raw)).toEqual([]);
    await db.destroy();
  });
});
