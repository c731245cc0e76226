import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const state = async () =>
  (await app.call('accounts.list', { sort: 'handle' })).items.map((a) => [a.handle, a.status, a.department, a.ownerName, a.ownerTrainedOn, a.mergeIntoId, a.version]);

describe('accounts.bulkUpdate', () => {
  it('changes the status, department and owner of the chosen accounts, each through the save rules', async () => {
    const ayto = await app.call('accounts.save', { network: 'facebook', handle: 'ayto', department: 'Alcaldía' });
    const vieja = await app.call('accounts.save', { network: 'facebook', handle: 'vieja', status: 'to_merge', mergeIntoId: ayto.id });
    const fiestas = await app.call('accounts.save', { network: 'x', handle: 'fiestas', department: 'cultura' });
    const items = [vieja, fiestas].map((a) => ({ id: a.id, version: a.version }));

    expect(await app.call('accounts.bulkUpdate', { items, change: { status: 'to_close', department: 'Cultura' } })).toEqual({ updated: 2 });
    // Leaving "to merge" drops the target, as the form does.
    expect(await state()).toEqual([
      ['ayto', 'active', 'Alcaldía', '', null, null, 0],
      ['fiestas', 'to_close', 'Cultura', '', null, null, 1],
      ['vieja', 'to_close', 'Cultura', '', null, null, 1],
    ]);

    // The owner is a person: their name, and their own training.
    const ana = await app.call('people.save', { name: 'Ana Ruiz' });
    await app.call('people.addTraining', { personId: ana.id, topic: 'Redes municipales', on: '2026-10-05' });
    await app.call('accounts.bulkUpdate', { items: [{ id: vieja.id, version: 1 }, { id: fiestas.id, version: 1 }], change: { ownerPersonId: ana.id } });
    expect((await state()).map((r) => r.slice(0, 5))).toEqual([
      ['ayto', 'active', 'Alcaldía', '', null],
      ['fiestas', 'to_close', 'Cultura', 'Ana Ruiz', '2026-10-05'],
      ['vieja', 'to_close', 'Cultura', 'Ana Ruiz', '2026-10-05'],
    ]);
    expect((await app.call('people.get', { id: ana.id })).owns.map((a) => a.handle)).toEqual(['vieja', 'fiestas']);
    await app.call('accounts.bulkUpdate', { items: [{ id: fiestas.id, version: 2 }], change: { ownerPersonId: null } });
    expect((await app.call('accounts.get', { id: fiestas.id })).ownerName).toBe('');
  });

  it('writes nothing when one account changed since it was read, or when any is refused', async () => {
    const a = await app.call('accounts.save', { network: 'facebook', handle: 'a' });
    const b = await app.call('accounts.save', { network: 'facebook', handle: 'b' });
    await app.call('accounts.save', { id: b.id, version: b.version, network: 'facebook', handle: 'b', displayName: 'B' });
    const before = await state();

    const stale = await app.invoke('accounts.bulkUpdate', { items: [{ id: a.id, version: 0 }, { id: b.id, version: 0 }], change: { status: 'dormant' } });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', params: { id: b.id, version: 1 } } });
    expect(await state()).toEqual(before);

    const nobody = await app.invoke('accounts.bulkUpdate', { items: [{ id: a.id, version: 0 }, { id: b.id, version: 1 }], change: { ownerPersonId: 99 } });
    expect(nobody).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: {
          issues: [
            { path: 'items.0.ownerPersonId', code: 'strategy.errors.personMissing' },
            { path: 'items.1.ownerPersonId', code: 'strategy.errors.personMissing' },
          ],
        },
      },
    });
    expect(await state()).toEqual(before);
  });

  it('refuses an empty change, "to merge" (it needs a target each) and unknown fields', async () => {
    const a = await app.call('accounts.save', { network: 'facebook', handle: 'a' });
    const items = [{ id: a.id, version: a.version }];
    expect(await app.invoke('accounts.bulkUpdate', { items, change: {} })).toEqual({
      ok: false,
      error: { code: 'validation', params: { issues: [{ path: 'change', code: 'accounts.errors.bulkNothing' }] } },
    });
    const merge = await app.invoke('accounts.bulkUpdate', { items, change: { status: 'to_merge' } } as never);
    expect(merge.ok || merge.error.code).toBe('validation');
    const extra = await app.invoke('accounts.bulkUpdate', { items, change: { notes: 'x' } } as never);
    expect(extra.ok || extra.error.code).toBe('validation');
    expect((await app.call('accounts.get', { id: a.id })).version).toBe(0);
  });
});
