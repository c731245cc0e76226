import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../electron/db/migrate';
import * as m0011 from './0011_service_promises';
import { migrations } from './index';

describe('0011_service_promises', () => {
  it('reads service hours written as text into days and times, keeps unreadable text in the notes, and turns minutes into hours', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    await migrateToLatest(raw, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0011')));
    const insert = raw.prepare("insert into accounts (network, handle, role, service_hours, response_target_minutes, notes) values ('whatsapp', ?, 'channel', ?, ?, ?)");
    insert.run('a', 'L-V 9:00-14:00', 1440, '');
    insert.run('b', 'mañanas, según el día', 90, 'Lo lleva Ana.');
    insert.run('c', '', null, '');
    await m0011.up(new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) as never);
    expect(raw.prepare('select handle, service_hours, response_target_hours, notes from accounts order by id').all()).toEqual([
      { handle: 'a', service_hours: '[{"days":["mon","tue","wed","thu","fri"],"from":"09:00","to":"14:00"}]', response_target_hours: 24, notes: '' },
      { handle: 'b', service_hours: '[]', response_target_hours: 2, notes: 'Lo lleva Ana.\n\nHorario de atención: mañanas, según el día' },
      { handle: 'c', service_hours: '[]', response_target_hours: null, notes: '' },
    ]);
    const columns = (raw.prepare('pragma table_info(accounts)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('response_target_minutes');
    raw.close();
  });

  it('reads with its own copy of the hours reader, so a later change to the app cannot rewrite history', () => {
    const source = fs.readFileSync(new URL('./0011_service_promises.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gmu)].map((m) => m[1]);
    expect(imports).toEqual(['kysely']);
  });
});
