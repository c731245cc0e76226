import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAccountsCsv } from '../../../shared/features/accounts/csv';
import { manyAccounts } from '../../support/accounts';
import { openTestApp, type TestApp } from '../../support/context';
import { columnOf, run, valueOf } from '../../support/sql';

/**
 * accounts.list against expectations written here: a few pages by hand, the
 * rest against plain SQL in this file (never the handler's own query
 * builders, which would agree with themselves whatever they did).
 */
const rows = manyAccounts(130);
let app: TestApp;
beforeAll(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  await app.call('accounts.importCsv', { csv: writeAccountsCsv(rows, 'es', ';'), dryRun: false });
  // One deleted account never shows.
  await run(app, `update accounts set deleted_at = '2026-11-23T10:00:00.000Z' where id = 4`);
});
afterAll(() => app.close());

const ids = (sql: string, ...params: unknown[]) => columnOf<number>(app, sql, ...params);
const count = (sql: string, ...params: unknown[]) => valueOf<number>(app, sql, ...params);
const live = 'from accounts where deleted_at is null';

describe('accounts list page', () => {
  it('reads every field of an account the way it was imported', async () => {
    const page = await app.call('accounts.list', { search: 'cuenta0001' });
    expect(page).toEqual({
      total: 1,
      items: [
        {
          id: 2,
          ...{ network: 'instagram', handle: 'cuenta0001_q7919', displayName: 'Cuenta 1 de Cultura', url: '', department: 'Cultura' },
          ...{ ownerName: 'Persona 1', ownerPersonId: 1, deputyPersonId: null, ownerContact: '', role: 'channel', purpose: '', audience: '', tone: '', serviceHours: [] },
          ...{ postsPerWeekTarget: 3, responseTargetHours: null, closedDays: [], coveredByPersonId: null, listed: true, brandingCheckedOn: null, status: 'active', lastActivityOn: '2026-10-01', ownerTrainedOn: null, twoFactor: 'unknown' },
          ...{ credentialsLocation: '', notes: '', tags: [], mergeIntoId: null, version: 0, deletedAt: null },
          createdAt: '2026-11-23T10:00:00.000Z',
          updatedAt: '2026-11-23T10:00:00.000Z',
        },
      ],
    });
  });

  it('pages by handle, ignoring case, with the total of the whole filter', async () => {
    const first = await app.call('accounts.list', { limit: 3 });
    expect(first.items.map((a) => a.handle)).toEqual(['cuenta0000_x0', 'cuenta0001_q7919', 'cuenta0002_z15838']);
    expect(first.total).toBe(129);

    const page = await app.call('accounts.list', { limit: 50, offset: 100 });
    expect(page.items.map((a) => a.id)).toEqual(await ids(`select id ${live} order by lower(handle), id limit 50 offset 100`));
    expect(page.items).toHaveLength(29);
    expect(page.total).toBe(129);

    expect(await app.call('accounts.list', { offset: 500 })).toEqual({ items: [], total: 129 });
  });

  it('filters by department (any case) and sorts it descending', async () => {
    const page = await app.call('accounts.list', { department: 'turismo', sort: 'department', direction: 'desc' });
    // Turismo is every tenth account: 120, 110, … 0, by handle descending.
    expect(page.items.map((a) => a.handle)).toEqual([120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0].map((i) => rows[i]!.handle));
    expect(page.total).toBe(13);
  });

  it('sorts by last activity descending, never-active last, and pages inside it', async () => {
    const page = await app.call('accounts.list', { sort: 'lastActivityOn', direction: 'desc', offset: 90, limit: 10 });
    // 96 live accounts were active on 2026-10-01 (ids descending), then the 33 never active.
    expect(page.items.map((a) => [a.id, a.lastActivityOn])).toEqual(
      (await ids(`select id ${live} order by last_activity_on is null, last_activity_on desc, id desc limit 10 offset 90`)).map((id, i) => [id, i < 6 ? '2026-10-01' : null]),
    );
    expect(page.total).toBe(129);
  });

  it('filters by network and by status, with their totals', async () => {
    const x = await app.call('accounts.list', { network: 'x', limit: 5 });
    expect(x.items.map((a) => a.id)).toEqual(await ids(`select id ${live} and network = 'x' order by lower(handle), id limit 5`));
    expect(x.total).toBe(await count(`select count(*) ${live} and network = 'x'`));
    expect(x.items.every((a) => a.network === 'x')).toBe(true);

    const closed = await app.call('accounts.list', { status: 'closed', limit: 500 });
    // Every sixth account from the sixth (index 5) is closed.
    expect(closed.items.map((a) => a.handle)).toEqual(Array.from({ length: 21 }, (_, k) => rows[5 + 6 * k]!.handle));
    expect(closed.total).toBe(21);
  });
});
