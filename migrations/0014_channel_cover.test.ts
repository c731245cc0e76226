import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0014 from './0014_channel_cover';
import { migrations } from './index';

describe('0014_channel_cover', () => {
  it('gives every account no closed days and nobody covering it, keeps its promise, and can be undone', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0014')));
    raw
      .prepare("insert into accounts (network, handle, role, service_hours, response_target_hours) values ('whatsapp', 'atencion', 'channel', ?, 24)")
      .run('[{"days":["mon","tue","wed","thu","fri"],"from":"09:00","to":"14:00"}]');
    raw.prepare("insert into accounts (network, handle) values ('instagram', 'turismo')").run();
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0014.up(db);
    expect(raw.prepare('select handle, service_hours, response_target_hours, closed_days, covered_by_person_id from accounts order by id').all()).toEqual([
      { handle: 'atencion', service_hours: '[{"days":["mon","tue","wed","thu","fri"],"from":"09:00","to":"14:00"}]', response_target_hours: 24, closed_days: '[]', covered_by_person_id: null },
      { handle: 'turismo', service_hours: '', response_target_hours: null, closed_days: '[]', covered_by_person_id: null },
    ]);
    // The cover points at a person: an unknown one is refused by the file itself.
    expect(() => raw.prepare('update accounts set covered_by_person_id = 99 where id = 1').run()).toThrow(/FOREIGN KEY/u);
    raw.prepare("insert into people (name) values ('Ana Ruiz')").run();
    raw.prepare('update accounts set covered_by_person_id = 1 where id = 1').run();
    await m0014.down(db);
    const columns = (raw.prepare('pragma table_info(accounts)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('closed_days');
    expect(columns).not.toContain('covered_by_person_id');
    raw.close();
  });
});
