import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAccountsCsv } from '../../../shared/features/accounts/csv';
import type { AppError } from '../../../shared/ipc/errors';
import { csvOf, manyAccounts, mergeTargets } from '../../support/accounts';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const all = async (a: TestApp = app) => (await a.call('accounts.list', { limit: 500 })).items;
const targets = (a: TestApp = app) => mergeTargets(a);

describe('accounts CSV: merge targets', () => {
  it('round-trips merge targets through export and import, in both languages and separators', async () => {
    await app.call('accounts.importCsv', { csv: writeAccountsCsv(manyAccounts(30), 'en', ','), dryRun: false });
    const main = await app.call('accounts.save', { network: 'facebook', handle: 'CulturaVillanueva', department: 'Cultura' });
    const radio = await app.call('accounts.save', { network: 'other', handle: 'radio-villanueva' });
    await app.call('accounts.save', { network: 'instagram', handle: '@cultura.villa', status: 'to_merge', mergeIntoId: main.id });
    await app.call('accounts.save', { network: 'x', handle: '@CulturaVilla', status: 'to_merge', mergeIntoId: main.id });
    await app.call('accounts.save', { network: 'other', handle: 'radio', status: 'to_merge', mergeIntoId: radio.id });
    const before = await all();
    const expected = {
      'instagram:@cultura.villa': 'facebook:CulturaVillanueva',
      'x:@CulturaVilla': 'facebook:CulturaVillanueva',
      'other:radio': 'other:radio-villanueva',
    };
    expect(await targets()).toEqual(expected);

    for (const [language, delimiter] of [['es', ';'], ['en', ','], ['es', ','], ['en', ';']] as const) {
      const { csv } = await app.call('accounts.exportCsv', { language, delimiter });
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain(language === 'es' ? `${delimiter}fusionar_con${delimiter}` : `${delimiter}merge_into${delimiter}`);
      expect(csv).toContain(language === 'es' ? 'otra:radio-villanueva' : 'other:radio-villanueva');
      expect(await app.call('accounts.importCsv', { csv, dryRun: false }), language + delimiter).toMatchObject({ created: 0, updated: 0, unchanged: 35, errors: [] });
      // Into an empty inventory: new ids, the same targets, the same file out.
      const other = await openTestApp();
      try {
        expect(await other.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ created: 35, errors: [], written: true });
        expect(await targets(other)).toEqual(expected);
        expect((await other.call('accounts.exportCsv', { language, delimiter })).csv).toBe(csv);
      } finally {
        await other.close();
      }
    }
    expect(await all()).toEqual(before);
  });

  it('resolves targets the same file creates, on any row, and targets already in the inventory', async () => {
    await app.call('accounts.save', { network: 'youtube', handle: 'AytoVillanueva' });
    const csv = csvOf(
      ['Red', 'Usuario', 'Estado', 'Fusionar con'],
      [
        // Before its target's row, and after it.
        ['Instagram', '@deportes_villa', 'por fusionar', 'instagram:@DeportesVillanueva'],
        ['Instagram', '@deportesvillanueva', 'activa', ''],
        ['Facebook', 'deportes.villa', 'por fusionar', 'Instagram:@deportesvillanueva'],
        ['TikTok', 'aytovilla', 'por fusionar', 'YouTube:aytovillanueva'],
      ],
      { delimiter: ';', bom: true },
    );
    const dry = await app.call('accounts.importCsv', { csv, dryRun: true });
    expect(dry).toMatchObject({ rows: 4, created: 4, written: false, errors: [] });
    expect(await targets()).toEqual({});
    expect(await app.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ created: 4, written: true, errors: [] });
    expect(await targets()).toEqual({
      'instagram:@deportes_villa': 'instagram:@deportesvillanueva',
      'facebook:deportes.villa': 'instagram:@deportesvillanueva',
      'tiktok:aytovilla': 'youtube:AytoVillanueva',
    });
    // The same file again changes nothing.
    expect(await app.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('updates an account to point at an account the same file creates', async () => {
    const old = await app.call('accounts.save', { network: 'facebook', handle: 'juventud.villa' });
    const csv = csvOf(['network', 'handle', 'status', 'merge_into'], [['facebook', 'juventud.villa', 'to_merge', 'facebook:juventudvillanueva'], ['facebook', 'juventudvillanueva', 'active', '']]);
    expect(await app.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ created: 1, updated: 1, errors: [] });
    expect(await targets()).toEqual({ 'facebook:juventud.villa': 'facebook:juventudvillanueva' });
    expect((await app.call('accounts.get', { id: old.id })).version).toBe(1);
  });

  it('lists every bad target with its row and column, the same in a dry run, and writes nothing', async () => {
    const kept = await app.call('accounts.save', { network: 'x', handle: 'ayto', status: 'to_merge' });
    const gone = await app.call('accounts.save', { network: 'x', handle: 'antigua' });
    await app.call('accounts.delete', { id: gone.id, version: gone.version });
    const csv = csvOf(
      ['red', 'usuario', 'estado', 'Fusionar con'],
      [
        ['x', 'ayto', 'por fusionar', 'x:noexiste'], // 2: unknown
        ['x', 'Nueva', 'por fusionar', 'x:nueva'], // 3: itself
        ['x', 'otra', 'activa', 'x:ayto'], // 4: not to merge
        ['facebook', 'ayto', '', 'x:ayto'], // 5: not to merge (a new account is active)
        ['x', 'borrada', 'por fusionar', 'x:antigua'], // 6: deleted
        ['x', 'mal', 'por fusionar', 'ayto'], // 7: not network:handle
        ['myspace', 'rota', 'por fusionar', ''], // 8: a bad row...
        ['x', 'apunta', 'por fusionar', 'myspace:rota'], // 9: ...unknown network in the target
        ['x', 'cadena', 'por fusionar', 'x:ayto'], // 10: ayto stays to merge (row 2): a chain
        ['x', 'bien', 'por fusionar', 'x:otra'], // 11: fine, otra stays active
      ],
    );
    const expected = [
      [2, 'Fusionar con', 'accounts.csv.mergeTargetUnknown', 'x:noexiste'],
      [3, 'Fusionar con', 'accounts.errors.mergeIntoSelf', undefined],
      [4, 'Fusionar con', 'accounts.errors.mergeOnlyToMerge', 'x:ayto'],
      [5, 'Fusionar con', 'accounts.errors.mergeOnlyToMerge', 'x:ayto'],
      [6, 'Fusionar con', 'accounts.csv.mergeTargetUnknown', 'x:antigua'],
      [7, 'Fusionar con', 'accounts.csv.badMergeTarget', 'ayto'],
      [8, 'red', 'accounts.csv.unknown.network', 'myspace'],
      [9, 'Fusionar con', 'accounts.csv.badMergeTarget', 'myspace:rota'],
      [10, 'Fusionar con', 'accounts.errors.mergeTargetToMerge', 'x:ayto'],
    ];
    for (const dryRun of [true, false]) {
      const r = await app.call('accounts.importCsv', { csv, dryRun });
      expect(r.written).toBe(false);
      expect(r.errors.map((e) => [e.row, e.column, e.code, e.params?.value])).toEqual(expected);
    }
    expect((await all()).map((a) => a.handle)).toEqual(['ayto']);
    expect(await app.call('accounts.get', { id: kept.id })).toMatchObject({ version: 0, mergeIntoId: null });
  });

  it('refuses a target on an account that stays active because the file has no status column', async () => {
    await app.call('accounts.save', { network: 'x', handle: 'ayto' });
    await app.call('accounts.save', { network: 'x', handle: 'vieja' });
    const r = await app.call('accounts.importCsv', { csv: 'network;handle;merge_into\r\nx;vieja;x:ayto\r\n', dryRun: true });
    expect(r.errors).toEqual([{ row: 2, column: 'merge_into', code: 'accounts.errors.mergeOnlyToMerge', params: { value: 'x:ayto' } }]);
  });

  it('without the column keeps a target while the account stays to merge, and drops it when the file changes the status', async () => {
    const main = await app.call('accounts.save', { network: 'x', handle: 'ayto' });
    const a = await app.call('accounts.save', { network: 'x', handle: 'a', status: 'to_merge', mergeIntoId: main.id });
    const b = await app.call('accounts.save', { network: 'x', handle: 'b', status: 'to_merge', mergeIntoId: main.id });
    const csv = csvOf(['network', 'handle', 'status', 'notes'], [['x', 'a', 'to_merge', 'ver con Alcaldía'], ['x', 'b', 'to_close', '']]);
    expect(await app.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ updated: 2, errors: [] });
    expect(await app.call('accounts.get', { id: a.id })).toMatchObject({ mergeIntoId: main.id, notes: 'ver con Alcaldía' });
    expect(await app.call('accounts.get', { id: b.id })).toMatchObject({ mergeIntoId: null, status: 'to_close' });
    // An empty cell in the column clears it.
    await app.call('accounts.importCsv', { csv: 'network,handle,merge_into\r\nx,a,\r\n', dryRun: false });
    expect(await app.call('accounts.get', { id: a.id })).toMatchObject({ mergeIntoId: null, status: 'to_merge' });
  });

  it('the save channel keeps the same rule: a target only for an account to merge', async () => {
    const main = await app.call('accounts.save', { network: 'x', handle: 'ayto' });
    const err = (await app.call('accounts.save', { network: 'x', handle: 'b', status: 'active', mergeIntoId: main.id }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe('validation');
    expect(err.params?.issues).toContainEqual({ path: 'mergeIntoId', code: 'accounts.errors.mergeOnlyToMerge' });
  });
});
