import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import type { AppError, FieldIssue } from '../../../shared/ipc/errors';
import { csvOf, mergeTargets, saveAccount, writeTargetInStore } from '../../support/accounts';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const save = (draft: Parameters<typeof saveAccount>[1]) => saveAccount(app.ctx, draft);
/** The field issues of a refused save. */
async function refused(draft: Parameters<typeof saveAccount>[1]): Promise<FieldIssue[]> {
  const err = (await saveAccount(app.ctx, draft).then(
    () => null,
    (e: unknown) => e,
  )) as AppError | null;
  expect(err?.code, 'the save should be refused').toBe('validation');
  return err!.params!.issues as FieldIssue[];
}
const get = (id: number) => app.call('accounts.get', { id });
const targets = () => mergeTargets(app);
const setTarget = (id: number, mergeIntoId: number) => writeTargetInStore(app, id, mergeIntoId);

async function translator(lng: 'es' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { es: { translation: es }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (issue: { code: string; params?: Record<string, unknown> }) => t(issue.code, issue.params ?? {});
}

describe('accounts.save: a merge goes into the account that stays', () => {
  it('refuses a target that is itself to merge (a chain), new account or edit, and names it', async () => {
    const main = await save({ network: 'facebook', handle: 'AytoVillanueva' });
    const middle = await save({ network: 'facebook', handle: 'cultura.villa', status: 'to_merge', mergeIntoId: main });
    expect(await refused({ network: 'facebook', handle: 'cultura.vieja', status: 'to_merge', mergeIntoId: middle })).toEqual([
      { path: 'mergeIntoId', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'cultura.villa' } },
    ]);
    const old = await save({ network: 'facebook', handle: 'cultura.vieja', status: 'to_merge' });
    expect(await refused({ id: old, version: 0, network: 'facebook', handle: 'cultura.vieja', status: 'to_merge', mergeIntoId: middle })).toEqual([
      { path: 'mergeIntoId', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'cultura.villa' } },
    ]);
    // Into the account that stays, it is fine.
    await save({ id: old, version: 0, network: 'facebook', handle: 'cultura.vieja', status: 'to_merge', mergeIntoId: main });
    expect(await targets()).toEqual({ 'facebook:cultura.villa': 'facebook:AytoVillanueva', 'facebook:cultura.vieja': 'facebook:AytoVillanueva' });
  });

  it('refuses a loop: the target cannot come back to merge into the account pointing at it', async () => {
    const a = await save({ network: 'x', handle: 'deportes_villa' });
    const b = await save({ network: 'x', handle: 'DeportesVillanueva', status: 'to_merge', mergeIntoId: a });
    const issues = await refused({ id: a, version: 0, network: 'x', handle: 'deportes_villa', status: 'to_merge', mergeIntoId: b });
    expect(issues).toEqual([
      { path: 'mergeIntoId', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'DeportesVillanueva' } },
      { path: 'status', code: 'accounts.errors.mergeTargetOfOthers', params: { count: 1 } },
    ]);
    // Naming itself stays its own error.
    expect(await refused({ id: a, version: 0, network: 'x', handle: 'deportes_villa', status: 'to_merge', mergeIntoId: a })).toEqual([
      { path: 'mergeIntoId', code: 'accounts.errors.mergeIntoSelf' },
      { path: 'status', code: 'accounts.errors.mergeTargetOfOthers', params: { count: 1 } },
    ]);
    expect(await get(a)).toMatchObject({ status: 'active', mergeIntoId: null, version: 0 });
  });

  it('refuses marking to merge an account others merge into, saying how many, in Spanish and English', async () => {
    const main = await save({ network: 'instagram', handle: '@turismovillanueva' });
    for (const handle of ['@turismo.villa', '@visitvillanueva']) await save({ network: 'instagram', handle, status: 'to_merge', mergeIntoId: main });
    const gone = await save({ network: 'instagram', handle: '@turismo_viejo', status: 'to_merge', mergeIntoId: main });
    await app.call('accounts.delete', { id: gone, version: 0 });
    const issues = await refused({ id: main, version: 0, network: 'instagram', handle: '@turismovillanueva', status: 'to_merge' });
    // The deleted one no longer counts.
    expect(issues).toEqual([{ path: 'status', code: 'accounts.errors.mergeTargetOfOthers', params: { count: 2 } }]);
    expect((await translator('es'))(issues[0]!)).toBe('Hay 2 cuentas que se fusionan con esta, así que esta se queda: cambia antes su destino.');
    expect((await translator('en'))(issues[0]!)).toBe('2 accounts are set to merge into this one, so it stays: point them elsewhere first.');
    expect((await translator('es'))({ code: 'accounts.errors.mergeTargetOfOthers', params: { count: 1 } })).toBe(
      'Hay 1 cuenta que se fusiona con esta, así que esta se queda: cambia antes su destino.',
    );
    expect((await translator('en'))({ code: 'accounts.errors.mergeTargetToMerge', params: { value: '@x' } })).toBe(
      '"@x" is itself marked "To merge": choose the account that stays as the target.',
    );
    // Other statuses are fine: closing the account that stays is the officer's call.
    await save({ id: main, version: 0, network: 'instagram', handle: '@turismovillanueva', status: 'to_close' });
  });

  it('lets an unrelated save through on an account of a chain already in the data', async () => {
    const c = await save({ network: 'youtube', handle: 'AytoVillanueva' });
    const b = await save({ network: 'youtube', handle: 'AytoVillanuevaTV' });
    const a = await save({ network: 'youtube', handle: 'VillanuevaTV' });
    await setTarget(b, c);
    await setTarget(a, b);
    await save({ id: a, version: 0, network: 'youtube', handle: 'VillanuevaTV', status: 'to_merge', mergeIntoId: b, notes: 'Preguntar a Juventud' });
    await save({ id: b, version: 0, network: 'youtube', handle: 'AytoVillanuevaTV', status: 'to_merge', mergeIntoId: c, ownerName: 'Lucía' });
    expect(await get(a)).toMatchObject({ version: 1, notes: 'Preguntar a Juventud', mergeIntoId: b });
    expect(await get(b)).toMatchObject({ version: 1, ownerName: 'Lucía', mergeIntoId: c });
    // Changing a link of the chain is held to the rule, and untying it is always allowed.
    const d = await save({ network: 'youtube', handle: 'Villanueva' });
    expect(await refused({ id: b, version: 1, network: 'youtube', handle: 'AytoVillanuevaTV', status: 'to_merge', mergeIntoId: d })).toEqual([
      { path: 'status', code: 'accounts.errors.mergeTargetOfOthers', params: { count: 1 } },
    ]);
    await save({ id: a, version: 1, network: 'youtube', handle: 'VillanuevaTV', status: 'to_merge', mergeIntoId: c });
    await save({ id: b, version: 1, network: 'youtube', handle: 'AytoVillanuevaTV', status: 'to_merge', mergeIntoId: d });
    expect(await targets()).toEqual({ 'youtube:VillanuevaTV': 'youtube:AytoVillanueva', 'youtube:AytoVillanuevaTV': 'youtube:Villanueva' });
  });
});

describe('accounts CSV import: no merge chains', () => {
  it('refuses a row whose target is to merge in the inventory, with its row, and writes nothing', async () => {
    const main = await save({ network: 'facebook', handle: 'AytoVillanueva' });
    await save({ network: 'facebook', handle: 'cultura.villa', status: 'to_merge', mergeIntoId: main });
    const csv = csvOf(
      ['Red', 'Usuario', 'Estado', 'Fusionar con'],
      [
        ['Facebook', 'juventud.villa', 'por fusionar', 'facebook:AytoVillanueva'],
        ['Facebook', 'cultura.vieja', 'por fusionar', 'facebook:Cultura.Villa'],
      ],
      { delimiter: ';', bom: true },
    );
    const expected = [{ row: 3, column: 'Fusionar con', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'facebook:Cultura.Villa' } }];
    for (const dryRun of [true, false]) {
      const r = await app.call('accounts.importCsv', { csv, dryRun });
      expect(r.written).toBe(false);
      expect(r.errors).toEqual(expected);
    }
    expect(await targets()).toEqual({ 'facebook:cultura.villa': 'facebook:AytoVillanueva' });
    expect((await app.call('accounts.list', { limit: 500 })).total).toBe(2);
  });

  it('judges targets as the file leaves them: chains and loops inside the file, in any row order', async () => {
    const town = await save({ network: 'x', handle: 'ayto' });
    const csv = csvOf(
      ['network', 'handle', 'status', 'merge_into'],
      [
        ['x', 'a', 'to_merge', 'x:b'], // 2: b is to merge (row 3)
        ['x', 'b', 'to_merge', 'x:ayto'], // 3: fine, ayto stays
        ['x', 'loop1', 'to_merge', 'x:loop2'], // 4: a loop
        ['x', 'loop2', 'to_merge', 'x:loop1'], // 5: the other half
        ['x', 'ayto', 'to_merge', ''], // 6: the file marks the target of row 3 to merge...
        ['x', 'c', 'to_merge', 'x:ayto'], // 7: ...so this target is to merge after the import
      ],
    );
    const r = await app.call('accounts.importCsv', { csv, dryRun: false });
    expect(r.written).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column, e.code, e.params?.value])).toEqual([
      [2, 'merge_into', 'accounts.errors.mergeTargetToMerge', 'x:b'],
      [3, 'merge_into', 'accounts.errors.mergeTargetToMerge', 'x:ayto'],
      [4, 'merge_into', 'accounts.errors.mergeTargetToMerge', 'x:loop2'],
      [5, 'merge_into', 'accounts.errors.mergeTargetToMerge', 'x:loop1'],
      [7, 'merge_into', 'accounts.errors.mergeTargetToMerge', 'x:ayto'],
    ]);
    expect(await get(town)).toMatchObject({ status: 'active', version: 0 });
    expect((await app.call('accounts.list', { limit: 500 })).total).toBe(1);
  });

  it('refuses marking to merge an account the inventory merges into, with the count on the status column', async () => {
    const main = await save({ network: 'instagram', handle: '@turismovillanueva' });
    await save({ network: 'instagram', handle: '@turismo.villa', status: 'to_merge', mergeIntoId: main });
    await save({ network: 'instagram', handle: '@visitvillanueva', status: 'to_merge', mergeIntoId: main });
    const csv = csvOf(['usuario', 'red', 'estado'], [['@turismovillanueva', 'instagram', 'por fusionar']], { delimiter: ';' });
    const r = await app.call('accounts.importCsv', { csv, dryRun: false });
    expect(r).toMatchObject({ written: false, errors: [{ row: 2, column: 'estado', code: 'accounts.errors.mergeTargetOfOthers', params: { count: 2 } }] });
    expect(await get(main)).toMatchObject({ status: 'active', version: 0 });
    // Pointing those two elsewhere in the same file makes it valid.
    const fixed = csvOf(
      ['usuario', 'red', 'estado', 'fusionar con'],
      [
        ['@turismovillanueva', 'instagram', 'por fusionar', 'instagram:@villanueva'],
        ['@turismo.villa', 'instagram', 'por fusionar', 'instagram:@villanueva'],
        ['@visitvillanueva', 'instagram', 'por fusionar', 'instagram:@villanueva'],
        ['@villanueva', 'instagram', 'activa', ''],
      ],
      { delimiter: ';' },
    );
    expect(await app.call('accounts.importCsv', { csv: fixed, dryRun: false })).toMatchObject({ written: true, created: 1, updated: 3, errors: [] });
    expect(await targets()).toEqual({
      'instagram:@turismovillanueva': 'instagram:@villanueva',
      'instagram:@turismo.villa': 'instagram:@villanueva',
      'instagram:@visitvillanueva': 'instagram:@villanueva',
    });
  });

  it('re-imports the export of a chain already in the data, and updates its other fields', async () => {
    const c = await save({ network: 'tiktok', handle: 'aytovillanueva' });
    const b = await save({ network: 'tiktok', handle: 'aytovilla' });
    const a = await save({ network: 'tiktok', handle: 'villa' });
    await setTarget(b, c);
    await setTarget(a, b);
    const { csv } = await app.call('accounts.exportCsv', { language: 'es' });
    expect(await app.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ written: true, unchanged: 3, errors: [] });
    const notes = csvOf(['network', 'handle', 'notes'], [['tiktok', 'villa', 'Cerrar en enero'], ['tiktok', 'aytovilla', 'Pasar a Alcaldía']]);
    expect(await app.call('accounts.importCsv', { csv: notes, dryRun: false })).toMatchObject({ written: true, updated: 2, errors: [] });
    expect(await get(a)).toMatchObject({ notes: 'Cerrar en enero', mergeIntoId: b });
    expect(await get(b)).toMatchObject({ notes: 'Pasar a Alcaldía', mergeIntoId: c });
  });
});
