import { describe, expect, it } from 'vitest';
import { AccountQuery } from '../../../shared/features/accounts/contract';
import { writeAccountsCsv } from '../../../shared/features/accounts/csv';
import { listBase, listQuery, toAccount } from '../../../electron/features/accounts/service';
import { manyAccounts } from '../../support/accounts';
import { openTestApp } from '../../support/context';

describe('accounts list page', () => {
  it('returns the same accounts and total as the plain Kysely read, on every page and filter', async () => {
    const app = await openTestApp();
    try {
      await app.call('accounts.importCsv', { csv: writeAccountsCsv(manyAccounts(130), 'es', ';'), dryRun: false });
      const inputs = [
        {},
        { limit: 50, offset: 100 },
        { offset: 500 },
        { search: 'cuenta0001' },
        { department: 'Turismo', sort: 'department', direction: 'desc' },
        { sort: 'lastActivityOn', direction: 'desc', offset: 20, limit: 10 },
        { network: 'x', limit: 5 },
      ] as const;
      for (const input of inputs) {
        const q = AccountQuery.parse(input);
        const rows = await listQuery(app.ctx.db, q).execute();
        const count = await listBase(app.ctx.db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        const page = await app.call('accounts.list', input);
        expect(page).toEqual({ items: rows.map(toAccount), total: Number(count.n) });
      }
      const first = await app.call('accounts.list', {});
      expect(first.items[0]).toMatchObject({ displayName: expect.any(String), tags: expect.any(Array) });
      expect(Object.keys(first.items[0]!)).not.toContain('display_name');
    } finally {
      await app.close();
    }
  });
});
