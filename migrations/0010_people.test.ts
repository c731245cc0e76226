import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0010 from './0010_people';
import { migrations } from './index';

describe('0010_people', () => {
  it('turns each owner name into a person, and each trained-on date into that person’s training', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0010')));
    const insert = raw.prepare('insert into accounts (network, handle, owner_name, owner_trained_on) values (?, ?, ?, ?)');
    insert.run('facebook', 'ayto', 'Ana Ruiz', '2026-01-10');
    insert.run('instagram', 'turismo', ' ana ruiz ', '2025-05-05');
    insert.run('x', 'policia', 'Luis Gil', null);
    insert.run('x', 'cultura', '', '2026-02-02');
    insert.run('whatsapp', 'atencion', 'ANA RUIZ', '2026-01-10');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never;
    await m0010.up(db);

    expect(raw.prepare('select id, name, job_title, committee, version from people order by id').all()).toEqual([
      { id: 1, name: 'Ana Ruiz', job_title: '', committee: 0, version: 0 },
      { id: 2, name: 'Luis Gil', job_title: '', committee: 0, version: 0 },
    ]);
    // The same date on two of Ana's accounts is one training; the account with no owner gives none.
    expect(raw.prepare('select person_id, topic, on_day, given_by from person_trainings order by id').all()).toEqual([
      { person_id: 1, topic: '', on_day: '2025-05-05', given_by: '' },
      { person_id: 1, topic: '', on_day: '2026-01-10', given_by: '' },
    ]);
    // Every account of Ana now reads her latest training; Luis is untrained; the ownerless account keeps its date.
    expect(raw.prepare('select handle, owner_name, owner_person_id, deputy_person_id, owner_trained_on from accounts order by id').all()).toEqual([
      { handle: 'ayto', owner_name: 'Ana Ruiz', owner_person_id: 1, deputy_person_id: null, owner_trained_on: '2026-01-10' },
      { handle: 'turismo', owner_name: 'Ana Ruiz', owner_person_id: 1, deputy_person_id: null, owner_trained_on: '2026-01-10' },
      { handle: 'policia', owner_name: 'Luis Gil', owner_person_id: 2, deputy_person_id: null, owner_trained_on: null },
      { handle: 'cultura', owner_name: '', owner_person_id: null, deputy_person_id: null, owner_trained_on: '2026-02-02' },
      { handle: 'atencion', owner_name: 'Ana Ruiz', owner_person_id: 1, deputy_person_id: null, owner_trained_on: '2026-01-10' },
    ]);
    expect(() => raw.prepare("insert into people (name) values ('luis gil')").run()).toThrow(/UNIQUE/);

    await m0010.down(db);
    expect(raw.prepare("select name from sqlite_master where name in ('people', 'person_trainings')").all()).toEqual([]);
    const columns = (raw.prepare('pragma table_info(accounts)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('owner_person_id');
    raw.close();
  });
});
