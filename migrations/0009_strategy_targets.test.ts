import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0009 from './0009_strategy_targets';
import { migrations } from './index';

describe('0009_strategy_targets', () => {
  it('adds targets and their points (one per day, gone with the target), and takes them away again', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0009')));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0009.up(db);
    raw.prepare("insert into strategy_targets (kind, value, due_on) values ('max_profiles', 20, '2027-06-30')").run();
    expect(raw.prepare('select note, deleted_at, version from strategy_targets').get()).toEqual({ note: '', deleted_at: null, version: 0 });
    expect(() => raw.prepare("insert into strategy_targets (kind, value, due_on) values ('followers', 1, '2027-06-30')").run()).toThrow(/CHECK/);
    const point = raw.prepare("insert into strategy_target_points (target_id, on_day, value, reason, recorded_at) values (1, ?, 23, ?, 'x')");
    point.run('2026-11-02', 'month');
    expect(() => point.run('2026-11-02', 'audit')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => point.run('2026-11-03', 'typed')).toThrow(/CHECK/);
    raw.prepare('delete from strategy_targets where id = 1').run();
    expect(raw.prepare('select count(*) as n from strategy_target_points').get()).toEqual({ n: 0 });
    await m0009.down(db);
    expect(raw.prepare("select name from sqlite_master where name like 'strategy_%'").all()).toEqual([]);
    raw.close();
  });
});
