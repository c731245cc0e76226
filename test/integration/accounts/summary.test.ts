import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/context';
import { seed } from '../../support/accounts';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  // The office's day decides what is dormant: pin the zone, not the machine's.
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
});
afterEach(() => app.close());

const handles = (list: { handle: string }[]) => list.map((a) => a.handle).sort();

describe('accounts summary', () => {
  it('counts, finds what needs attention, and plans the trim', async () => {
    const save = (d: Parameters<TestApp['call']>[1]) => app.call('accounts.save', d as never);
    await save({ network: 'facebook', handle: 'ayto.villanueva', department: 'Alcaldía', ownerName: 'Ana', ownerTrainedOn: '2026-01-10', lastActivityOn: '2026-11-20' });
    await save({ network: 'facebook', handle: 'alcaldia', department: 'Alcaldía', ownerName: 'Luis', lastActivityOn: '2026-08-01', status: 'to_merge' });
    await save({ network: 'instagram', handle: '@Turismo_Villanueva', department: 'Turismo', ownerName: 'Eva', ownerTrainedOn: '2025-05-05', lastActivityOn: '2026-11-01' });
    await save({ network: 'instagram', handle: 'turismovillanueva1', department: 'Turismo y Fiestas', status: 'to_close' });
    await save({ network: 'whatsapp', handle: '600123123', department: 'Alcaldía', role: 'channel', ownerName: 'Ana', ownerTrainedOn: '2026-01-10', lastActivityOn: '2026-11-22' });
    await save({ network: 'x', handle: 'policia', department: 'Policía', role: 'both', serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' }], ownerName: 'Marta', ownerTrainedOn: '2026-02-02', lastActivityOn: '2026-08-25' });
    await save({ network: 'tiktok', handle: 'juventud_old', department: 'Juventud', status: 'closed' });
    const gone = await save({ network: 'x', handle: 'borrada' });
    await app.call('accounts.delete', { id: gone.id, version: gone.version });

    const s = await app.call('accounts.summary', {});
    expect(s.total).toBe(7);
    expect(s.byNetwork).toEqual([
      { key: 'facebook', count: 2 },
      { key: 'instagram', count: 2 },
      { key: 'tiktok', count: 1 },
      { key: 'whatsapp', count: 1 },
      { key: 'x', count: 1 },
    ]);
    expect(s.byStatus).toEqual([
      { key: 'active', count: 4 },
      { key: 'closed', count: 1 },
      { key: 'to_close', count: 1 },
      { key: 'to_merge', count: 1 },
    ]);
    expect(s.byRole).toEqual([
      { key: 'medium', count: 5 },
      { key: 'both', count: 1 },
      { key: 'channel', count: 1 },
    ]);
    expect(s.byDepartment[0]).toEqual({ key: 'Alcaldía', count: 3 });
    expect(s.dormantAfterDays).toBe(90);
    // 90 days before 2026-11-23 is 2026-08-25: that day still counts as recent. An account with no activity yet
    // counts from the day it was added, and all of these were added today.
    expect(handles(s.looksDormant)).toEqual(['alcaldia']);
    expect(s.duplicates.map((d) => [d.reason, handles(d.accounts)])).toEqual([
      ['sameNetworkDepartment', ['alcaldia', 'ayto.villanueva']],
      ['similarHandle', ['@Turismo_Villanueva', 'turismovillanueva1']],
    ]);
    expect(handles(s.noOwner)).toEqual(['turismovillanueva1']);
    expect(handles(s.ownerNotTrained)).toEqual(['alcaldia']);
    expect(handles(s.channelsWithoutHours)).toEqual(['600123123']);
    expect(s.trimPlan).toEqual({ from: 6, to: 4, toMerge: 1, toClose: 1 });

    await app.call('settings.save', { dormantAfterDays: 30 });
    const s30 = await app.call('accounts.summary', {});
    expect(handles(s30.looksDormant)).toEqual(['alcaldia', 'policia']);
  });

  it('counts an account with no activity from the day it was added, and lists a pair of near-duplicates once', async () => {
    let now = new Date('2026-08-24T10:00:00Z');
    const timed = await openTestApp({ clock: () => now });
    try {
      const save = (d: Parameters<TestApp['call']>[1]) => timed.call('accounts.save', d as never);
      await save({ network: 'facebook', handle: 'antigua_sin_uso', department: 'Cultura' });
      now = new Date('2026-08-25T10:00:00Z');
      await save({ network: 'facebook', handle: 'de_agosto', department: 'Cultura' });
      now = new Date('2026-11-23T10:00:00Z');
      await save({ network: 'facebook', handle: 'nueva_hoy', department: 'Juventud' });
      // Same network and department, and similar handles too: one group, not two.
      await save({ network: 'instagram', handle: 'deportes.villa', department: 'Deportes' });
      await save({ network: 'instagram', handle: 'deportesvilla1', department: 'Deportes' });
      const areas = ['obras', 'fiestas', 'mercado', 'policia_local', 'bomberos', 'biblioteca', 'museo', 'teatro', 'piscina', 'mayores', 'igualdad', 'empleo'];
      for (const [i, handle] of areas.entries()) await save({ network: 'x', handle, department: `Área ${String(i + 1).padStart(2, '0')}` });
      const s = await timed.call('accounts.summary', {});
      // Added 91 days ago and never used: dormant. Added exactly 90 days ago, or today: not yet.
      expect(handles(s.looksDormant)).toEqual(['antigua_sin_uso']);
      expect(s.duplicates.map((d) => [d.reason, handles(d.accounts)])).toEqual([
        ['sameNetworkDepartment', ['antigua_sin_uso', 'de_agosto']],
        ['sameNetworkDepartment', ['deportes.villa', 'deportesvilla1']],
      ]);
      // Every department is counted, not the first ten.
      expect(s.byDepartment.length).toBe(15);
      expect(s.byDepartment.slice(0, 2)).toEqual([
        { key: 'Cultura', count: 2 },
        { key: 'Deportes', count: 2 },
      ]);
    } finally {
      timed.close();
    }
  });

  it('follows handle changes in the near-duplicate list, summary after summary', async () => {
    const a = await app.call('accounts.save', { network: 'instagram', handle: 'deportes.villa' });
    const b = await app.call('accounts.save', { network: 'instagram', handle: 'cultura' });
    const similar = async () => (await app.call('accounts.summary', {})).duplicates.filter((d) => d.reason === 'similarHandle').map((d) => handles(d.accounts));
    expect(await similar()).toEqual([]);
    const renamed = await app.call('accounts.save', { id: b.id, version: b.version, network: 'instagram', handle: 'deportesvilla1' });
    expect(await similar()).toEqual([['deportes.villa', 'deportesvilla1']]);
    await app.call('accounts.save', { id: b.id, version: renamed.version, network: 'instagram', handle: 'cultura' });
    expect(await similar()).toEqual([]);
    await app.call('accounts.save', { network: 'instagram', handle: 'deportes_villa' });
    await app.call('accounts.delete', { id: a.id, version: a.version });
    expect(await similar()).toEqual([]);
  });

  it('counts a department once however its accounts spell it, under the spelling most of them use', async () => {
    for (const [handle, department] of [
      ['cultura.villa', 'Cultura'],
      ['biblioteca', 'cultura '],
      ['teatro', 'Cultúra'],
      ['museo', 'Cultura'],
      ['ayto', 'Alcaldía'],
    ] as const)
      await app.call('accounts.save', { network: 'instagram', handle, department });
    const s = await app.call('accounts.summary', {});
    expect(s.byDepartment).toEqual([
      { key: 'Cultura', count: 4 },
      { key: 'Alcaldía', count: 1 },
    ]);
    // Two Instagram accounts of one department, however spelled, are a possible duplicate.
    expect(s.duplicates.filter((d) => d.reason === 'sameNetworkDepartment').map((d) => handles(d.accounts))).toEqual([['biblioteca', 'cultura.villa', 'museo', 'teatro']]);
  });

  // How fast is the bench's job (test/bench, 'accounts summary').
  it('plans the trim at 600 accounts', async () => {
    await seed(app, 600);
    const s = await app.call('accounts.summary', {});
    expect(s.total).toBe(600);
    expect(s.trimPlan.from).toBe(500);
    expect(s.trimPlan.to).toBe(300);
  });
});
