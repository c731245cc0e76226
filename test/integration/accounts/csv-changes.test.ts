import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvOf, mergeTargets, saveAccount, writeTargetInStore } from '../../support/accounts';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const save = (draft: Parameters<typeof saveAccount>[1]) => saveAccount(app.ctx, draft);
const get = (id: number) => app.call('accounts.get', { id });
const targets = () => mergeTargets(app);
const header = ['red', 'usuario', 'estado', 'fusionar_con'];
const importCsv = (rows: string[][], dryRun = false, columns = header) => app.call('accounts.importCsv', { csv: csvOf(columns, rows, { delimiter: ';' }), dryRun });

describe('accounts CSV import: what each row counts as', () => {
  it('counts a refused row nowhere: not created, not updated, not unchanged, whether the problem is its merge target or a value kept from the inventory', async () => {
    await save({ network: 'x', handle: 'ayto' });
    await save({ network: 'x', handle: 'fijo' });
    await save({ network: 'x', handle: 'radio' });
    await save({ network: 'x', handle: 'viejo', status: 'to_merge' });
    const rows = [
      ['x', 'ayto', 'inactiva', '', ''], // 2: updated
      ['x', 'fijo', 'activa', '', ''], // 3: unchanged
      ['x', 'buena', 'activa', '', ''], // 4: created
      ['x', 'radio', 'activa', '', 'L-V 9:00-14:00'], // 5: an update refused: radio is a medium in the inventory
      ['x', 'nueva', 'activa', '', 'L-V 9:00-14:00'], // 6: a new account refused: a medium by default
      ['x', 'viejo', 'por fusionar', 'x:nadie', ''], // 7: an update refused: no such target
      ['x', 'otra', 'por fusionar', 'x:nadie', ''], // 8: a new account refused: no such target
    ];
    const r = await importCsv(rows, true, [...header, 'horario_atencion']);
    expect(r).toEqual({
      dryRun: true,
      rows: 7,
      created: 1,
      updated: 1,
      unchanged: 1,
      written: false,
      errors: [
        { row: 5, column: 'horario_atencion', code: 'accounts.errors.serviceOnlyForChannels' },
        { row: 6, column: 'horario_atencion', code: 'accounts.errors.serviceOnlyForChannels' },
        { row: 7, column: 'fusionar_con', code: 'accounts.csv.mergeTargetUnknown', params: { value: 'x:nadie' } },
        { row: 8, column: 'fusionar_con', code: 'accounts.csv.mergeTargetUnknown', params: { value: 'x:nadie' } },
      ],
    });
  });
});

describe('accounts CSV import: which rows change a merge', () => {
  it('writes the target an account already to merge gets from an account the same file creates: a change, not "unchanged"', async () => {
    const old = await save({ network: 'x', handle: 'vieja', status: 'to_merge' });
    const r = await importCsv([
      ['x', 'vieja', 'por fusionar', 'x:nueva'],
      ['x', 'nueva', 'activa', ''],
    ]);
    expect(r).toMatchObject({ written: true, created: 1, updated: 1, unchanged: 0, errors: [] });
    expect(await targets()).toEqual({ 'x:vieja': 'x:nueva' });
    expect(await get(old)).toMatchObject({ version: 1 });
  });

  it('holds a target the same file creates to the rule: it may not itself be to merge, and the error is on the row that points at it', async () => {
    await save({ network: 'x', handle: 'ayto' });
    await save({ network: 'x', handle: 'vieja', status: 'to_merge' });
    const r = await importCsv([
      ['x', 'vieja', 'por fusionar', 'x:nueva'],
      ['x', 'nueva', 'por fusionar', 'x:ayto'],
    ]);
    expect(r).toMatchObject({ written: false, errors: [{ row: 2, column: 'fusionar_con', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'x:nueva' } }] });
    expect(r.errors).toHaveLength(1);
    expect((await app.call('accounts.list', { limit: 500 })).total).toBe(2);
  });

  it('holds a merge moved to another target to the rule: into an account itself to merge is a chain', async () => {
    const town = await save({ network: 'x', handle: 'ayto' });
    const press = await save({ network: 'x', handle: 'prensa' });
    await save({ network: 'x', handle: 'cultura', status: 'to_merge', mergeIntoId: town });
    const old = await save({ network: 'x', handle: 'vieja', status: 'to_merge', mergeIntoId: press });
    const r = await importCsv([['x', 'vieja', 'por fusionar', 'x:cultura']]);
    expect(r).toMatchObject({ written: false, errors: [{ row: 2, column: 'fusionar_con', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'x:cultura' } }] });
    expect(r.errors).toHaveLength(1);
    expect(await get(old)).toMatchObject({ mergeIntoId: press, version: 0 });
  });

  it('always lets a file untie a chain already in the data: the middle account, no longer to merge, keeps the one merging into it', async () => {
    const c = await save({ network: 'x', handle: 'ayto' });
    const b = await save({ network: 'x', handle: 'aytovilla' });
    const a = await save({ network: 'x', handle: 'villa' });
    await writeTargetInStore(app, b, c);
    await writeTargetInStore(app, a, b);
    const r = await importCsv([['x', 'aytovilla', 'activa', '']]);
    expect(r).toMatchObject({ written: true, updated: 1, errors: [] });
    expect(await get(b)).toMatchObject({ status: 'active', mergeIntoId: null });
    expect(await targets()).toEqual({ 'x:villa': 'x:aytovilla' });
  });

  it('does not count a target kept on an account no longer to merge: its old target may still be marked to merge', async () => {
    const town = await save({ network: 'x', handle: 'ayto' });
    await save({ network: 'x', handle: 'prensa' });
    const kept = await save({ network: 'x', handle: 'antigua' });
    await writeTargetInStore(app, kept, town, 'active');
    const r = await importCsv([['x', 'ayto', 'por fusionar', 'x:prensa']]);
    expect(r).toMatchObject({ written: true, updated: 1, errors: [] });
    expect(await targets()).toEqual({ 'x:ayto': 'x:prensa', 'x:antigua': 'x:ayto' });
  });
});

describe('accounts CSV import: the owner’s training without an owner column', () => {
  const trained = ['red', 'usuario', 'formacion_responsable'];

  it('leaves a known owner as trained as they are on a blank "trained on" cell: the same file twice changes nothing', async () => {
    const first = await importCsv([['instagram', 'turismo', 'Eva Martín', '2026-11-03']], false, ['red', 'usuario', 'responsable', 'formacion_responsable']);
    expect(first).toMatchObject({ written: true, created: 1, errors: [] });
    const { id } = (await app.call('accounts.list', { limit: 5 })).items[0]!;
    for (const time of ['first', 'second']) {
      expect(await importCsv([['instagram', 'turismo', '']], false, trained), time).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 1, errors: [] });
    }
    expect(await get(id)).toMatchObject({ ownerName: 'Eva Martín', ownerTrainedOn: '2026-11-03', version: 0 });
  });

  it('records a date in the "trained on" cell as a training of the account’s owner', async () => {
    await importCsv([['instagram', 'turismo', 'Eva Martín', '']], false, ['red', 'usuario', 'responsable', 'formacion_responsable']);
    expect(await importCsv([['instagram', 'turismo', '2026-12-01']], false, trained)).toMatchObject({ written: true, updated: 1, errors: [] });
    const people = (await app.call('people.list', { limit: 10 })).items;
    expect(people.map((p) => [p.name, p.trainedOn, p.accountCount])).toEqual([['Eva Martín', '2026-12-01', 1]]);
    expect((await app.call('accounts.list', { limit: 5 })).items.map((a) => [a.handle, a.ownerTrainedOn, a.version])).toEqual([['turismo', '2026-12-01', 1]]);
  });
});
