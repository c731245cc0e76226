import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/context';
import { run } from '../support/sql';

/**
 * The three account lists the screens pick from, each with its own rule:
 * a post goes to active media (posts.accountOptions), an audit covers any
 * live account (audits.scopeAccounts), an export filters by any live
 * account or campaign (exports.filters). Deleted ones are in none of them.
 */
let app: TestApp;
const id: Record<string, number> = {};
beforeAll(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  const save = async (key: string, draft: Record<string, unknown>) => (id[key] = (await app.call('accounts.save', draft as never)).id);
  await save('policia', { network: 'x', handle: 'policia', role: 'both', status: 'to_close', department: 'Policía', serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' }] });
  await save('ayto', { network: 'facebook', handle: 'ayto', displayName: 'Ayuntamiento', department: 'Alcaldía' });
  await save('whatsapp', { network: 'whatsapp', handle: '600123123', role: 'channel', department: 'Alcaldía', serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }] });
  await save('cultura', { network: 'instagram', handle: 'cultura', displayName: 'Cultura Villanueva', role: 'both', department: 'Cultura', postsPerWeekTarget: 5 });
  await save('deportes', { network: 'x', handle: 'deportes', status: 'dormant', department: 'Deportes', ownerTrainedOn: '2026-02-02' });
  await save('borrada', { network: 'tiktok', handle: 'juventud', department: 'Juventud' });
  await run(app, `update accounts set deleted_at = '2026-11-20T09:00:00.000Z' where id = ?`, id.borrada);
  for (const name of ['Navidad', 'Fiestas de San Roque', 'Campaña borrada']) await app.call('campaigns.save', { name });
  await run(app, `update campaigns set deleted_at = '2026-11-20T09:00:00.000Z' where name = 'Campaña borrada'`);
});
afterAll(() => app.close());

describe('account pickers', () => {
  it('posts.accountOptions: active accounts that publish (medium or both), by network and handle, with their department', async () => {
    expect(await app.call('posts.accountOptions', {})).toEqual([
      { id: id.ayto, network: 'facebook', handle: 'ayto', displayName: 'Ayuntamiento', department: 'Alcaldía', role: 'medium', status: 'active', postsPerWeekTarget: 3 },
      { id: id.cultura, network: 'instagram', handle: 'cultura', displayName: 'Cultura Villanueva', department: 'Cultura', role: 'both', status: 'active', postsPerWeekTarget: 5 },
    ]);
  });

  it('audits.scopeAccounts: every live account whatever its status or role, by department, network and handle', async () => {
    const label = (key: string, network: string, handle: string, displayName: string, department: string, status: string, ownerTrainedOn: string | null = null) => ({
      id: id[key],
      version: 0,
      network,
      handle,
      displayName,
      department,
      status,
      ownerTrainedOn,
      // What a health check starts from: nothing recorded for these.
      ownerName: '',
      twoFactor: 'unknown',
      brandingCheckedOn: null,
    });
    expect(await app.call('audits.scopeAccounts', {})).toEqual([
      label('ayto', 'facebook', 'ayto', 'Ayuntamiento', 'Alcaldía', 'active'),
      label('whatsapp', 'whatsapp', '600123123', '', 'Alcaldía', 'active'),
      label('cultura', 'instagram', 'cultura', 'Cultura Villanueva', 'Cultura', 'active'),
      label('deportes', 'x', 'deportes', '', 'Deportes', 'dormant', '2026-02-02'),
      label('policia', 'x', 'policia', '', 'Policía', 'to_close'),
    ]);
  });

  it('exports.filters: every live account by network and handle, and the live campaigns by name', async () => {
    const filters = await app.call('exports.filters', {});
    expect(filters.accounts).toEqual([
      { id: id.ayto, network: 'facebook', handle: 'ayto', displayName: 'Ayuntamiento' },
      { id: id.cultura, network: 'instagram', handle: 'cultura', displayName: 'Cultura Villanueva' },
      { id: id.whatsapp, network: 'whatsapp', handle: '600123123', displayName: '' },
      { id: id.deportes, network: 'x', handle: 'deportes', displayName: '' },
      { id: id.policia, network: 'x', handle: 'policia', displayName: '' },
    ]);
    expect(filters.campaigns.map((c) => c.name)).toEqual(['Fiestas de San Roque', 'Navidad']);
  });
});
