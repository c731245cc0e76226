import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAccountsCsv } from '../../../shared/features/accounts/csv';
import { openTestApp, type TestApp } from '../../support/context';
import { manyAccounts } from '../../support/accounts';

/**
 * A clean file is written in one transaction: a write that fails part-way
 * (the disk fills, the file locks) leaves the inventory exactly as it was,
 * search index included. The failure is made real with a temporary trigger
 * that aborts on the Nth row.
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

const snapshot = () => ({
  accounts: app.ctx.raw.prepare('select * from accounts order by id').all(),
  search: app.ctx.raw.prepare('select rowid, * from accounts_fts order by rowid').all(),
});

describe('accounts import failing part-way', () => {
  it('a file that would write cleanly is checked first: 10 created and 3 updated', async () => {
    const dry = await app.call('accounts.importCsv', { csv: fileOf(), dryRun: true });
    expect(dry).toEqual({ dryRun: true, rows: 13, created: 10, updated: 3, unchanged: 0, written: false, errors: [] });
  });

  it.each([
    ['the sixth new account', `before insert on accounts when (select count(*) from accounts) = 8`],
    ['the last update of an account already in', `before update on accounts when old.id = 3`],
  ])('an abort on %s writes nothing at all', async (_what, when) => {
    const before = snapshot();
    app.ctx.raw.exec(`create temp trigger fail_part_way ${when} begin select raise(abort, 'disco lleno'); end`);
    const r = await app.invoke('accounts.importCsv', { csv: fileOf(), dryRun: false });
    expect(r).toEqual({ ok: false, error: { code: 'internal' } });
    app.ctx.raw.exec('drop trigger fail_part_way');
    expect(snapshot()).toEqual(before);
    expect((await app.call('accounts.list', { limit: 50 })).items.map((a) => a.displayName).sort()).toEqual(
      manyAccounts(3).map((a) => a.displayName).sort(),
    );
  });
});
