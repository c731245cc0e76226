import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAccountsCsv } from '../../../shared/features/accounts/csv';
import { openTestApp, testEngine, type TestApp } from '../../support/context';
import { rowsOf, run } from '../../support/sql';
import { manyAccounts } from '../../support/accounts';

/**
 * A clean file is written in one transaction: a write that fails part-way
 * (the disk fills, the file locks) leaves the inventory exactly as it was,
 * search index included. The failure is made real with a trigger that
 * aborts on the Nth row, written for each engine.
 */
let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  const first = await app.call('accounts.importCsv', { csv: writeAccountsCsv(manyAccounts(3), 'es', ';'), dryRun: false });
  expect(first).toMatchObject({ created: 3, written: true });
});
afterEach(() => app.close());

/** The three accounts already in, renamed, and ten new ones. */
function fileOf(): string {
  const rows = manyAccounts(13).map((a, i) => (i < 3 ? { ...a, displayName: `Renombrada ${i}` } : a));
  return writeAccountsCsv(rows, 'es', ';');
}

const snapshot = async () => ({
  accounts: await rowsOf(app, 'select * from accounts order by id'),
  search: await rowsOf(app, 'select rowid, * from accounts_fts order by rowid'),
});

/** A write that fails part-way: 'disco lleno' raised on the row the condition picks. */
async function failPartWay(event: string, condition: string): Promise<void> {
  if (testEngine() === 'sqlite') return run(app, `create temp trigger fail_part_way ${event} on accounts when ${condition} begin select raise(abort, 'disco lleno'); end`);
  // PostgreSQL allows no subquery in a trigger's WHEN: the function asks instead.
  await run(app, `create function fail_part_way() returns trigger language plpgsql as $$ begin if ${condition} then raise exception 'disco lleno'; end if; return new; end $$`);
  await run(app, `create trigger fail_part_way ${event} on accounts for each row execute function fail_part_way()`);
}

async function writeNormally(): Promise<void> {
  if (testEngine() === 'sqlite') return run(app, 'drop trigger fail_part_way');
  await run(app, 'drop trigger fail_part_way on accounts');
  await run(app, 'drop function fail_part_way()');
}

describe('accounts import failing part-way', () => {
  it('a file that would write cleanly is checked first: 10 created and 3 updated', async () => {
    const dry = await app.call('accounts.importCsv', { csv: fileOf(), dryRun: true });
    expect(dry).toEqual({ dryRun: true, rows: 13, created: 10, updated: 3, unchanged: 0, written: false, errors: [] });
  });

  it.each([
    ['the sixth new account', 'before insert', '(select count(*) from accounts) = 8'],
    ['the last update of an account already in', 'before update', 'old.id = 3'],
  ])('an abort on %s writes nothing at all', async (_what, event, condition) => {
    const before = await snapshot();
    await failPartWay(event, condition);
    const r = await app.invoke('accounts.importCsv', { csv: fileOf(), dryRun: false });
    expect(r).toEqual({ ok: false, error: { code: 'internal' } });
    await writeNormally();
    expect(await snapshot()).toEqual(before);
    expect((await app.call('accounts.list', { limit: 50 })).items.map((a) => a.displayName).sort()).toEqual(
      manyAccounts(3).map((a) => a.displayName).sort(),
    );
  });
});
