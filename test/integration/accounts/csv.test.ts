import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAccountsCsv } from '../../../shared/features/accounts/csv';
import { openTestApp, type TestApp } from '../../support/context';
import { csvOf, manyAccounts } from '../../support/accounts';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const count = async () => (await app.call('accounts.list', { limit: 1 })).total;

describe('accounts CSV import', () => {
  it('writes nothing from a 600-row file with one bad row, and lists that row and column', async () => {
    const rows = manyAccounts(600);
    const csv = writeAccountsCsv(rows, 'en', ',').replace(/\r\nmastodon,cuenta0008_x63352,/u, '\r\nmastodn,cuenta0008_x63352,');
    for (const dryRun of [true, false]) {
      const r = await app.call('accounts.importCsv', { csv, dryRun });
      expect(r).toMatchObject({ rows: 600, written: false });
      expect(r.errors).toEqual([{ row: 10, column: 'network', code: 'accounts.csv.unknown.network', params: { value: 'mastodn' } }]);
      expect(await count()).toBe(0);
    }
    const fixed = await app.call('accounts.importCsv', { csv: writeAccountsCsv(rows, 'en', ','), dryRun: false });
    expect(fixed).toMatchObject({ rows: 600, created: 600, updated: 0, written: true, errors: [] });
    expect(await count()).toBe(600);
  });

  it('reads semicolons, a BOM, Spanish headers and Spanish values', async () => {
    const csv = csvOf(
      ['Red', 'Usuario', 'Nombre', 'Departamento', 'Función', 'Estado', 'Horario atención', 'Doble factor', 'Última actividad', 'Etiquetas'],
      [
        ['Instagram', '@turismovillanueva', 'Turismo de Villanueva', 'Turismo', 'medio', 'activa', '', 'sí', '15/10/2026', 'fiestas, verano'],
        ['WhatsApp', '600123123', 'Atención ciudadana', 'Alcaldía', 'canal', 'cerrar', 'L-V 9:00-14:00', 'no se sabe', '2026-09-01', ''],
      ],
      { delimiter: ';', bom: true },
    );
    const dry = await app.call('accounts.importCsv', { csv, dryRun: true });
    expect(dry).toMatchObject({ rows: 2, created: 2, written: false, errors: [] });
    expect(await count()).toBe(0);
    await app.call('accounts.importCsv', { csv, dryRun: false });
    const { items } = await app.call('accounts.list', { sort: 'network' });
    expect(items.map((a) => [a.network, a.handle, a.role, a.status, a.twoFactor, a.lastActivityOn, a.tags, a.serviceHours])).toEqual([
      ['instagram', '@turismovillanueva', 'medium', 'active', 'yes', '2026-10-15', ['fiestas', 'verano'], []],
      ['whatsapp', '600123123', 'channel', 'to_close', 'unknown', '2026-09-01', [], [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }]],
    ]);
  });

  it('lists every bad row and column in a dry run', async () => {
    const csv = csvOf(
      ['network', 'handle', 'role', 'service_hours', 'credentials_location', 'last_activity', 'posts_per_week', 'colour'],
      [
        ['facebook', 'ok1', 'medium', '', 'Bitwarden', '', '3', ''],
        ['myspace', '', 'boss', '', 'pass: hunter22', 'ayer', 'tres', ''],
        ['facebook', 'OK1', 'medium', 'L-V 9-14', '', '', '', ''],
      ],
    );
    const r = await app.call('accounts.importCsv', { csv, dryRun: true });
    // An unknown column stops the file at its header.
    expect(r.errors).toEqual([{ row: 1, column: 'colour', code: 'accounts.csv.unknownColumn' }]);

    const csv2 = csv.replace(',colour', '').replace(/,\r\n/gu, '\r\n');
    const r2 = await app.call('accounts.importCsv', { csv: csv2, dryRun: true });
    expect(r2.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'network', 'accounts.csv.unknown.network'],
      [3, 'handle', 'validation.required'],
      [3, 'role', 'accounts.csv.unknown.role'],
      [3, 'credentials_location', 'accounts.errors.passwordLike'],
      [3, 'last_activity', 'accounts.csv.badDate'],
      [3, 'posts_per_week', 'accounts.csv.badNumber'],
      [4, 'service_hours', 'accounts.errors.serviceOnlyForChannels'],
    ]);
    expect(await count()).toBe(0);
  });

  it('flags the same account twice in one file', async () => {
    const csv = csvOf(['network', 'handle'], [['x', 'Ayto'], ['x', 'ayto']]);
    const r = await app.call('accounts.importCsv', { csv, dryRun: true });
    expect(r.errors).toEqual([{ row: 3, column: 'handle', code: 'accounts.csv.duplicateInFile', params: { first: 2 } }]);
  });

  it('refuses a file without the network or handle column', async () => {
    const r = await app.call('accounts.importCsv', { csv: 'usuario;nombre\r\nayto;Ayuntamiento\r\n', dryRun: true });
    expect(r.errors).toEqual([{ row: 1, column: 'red / network', code: 'accounts.csv.missingColumn' }]);
  });

  it('updates on re-import (network + handle, any case) instead of duplicating, keeping columns the file lacks', async () => {
    const a = await app.call('accounts.save', { network: 'facebook', handle: 'CulturaVilla', notes: 'Lleva la agenda cultural', department: 'Cultura' });
    const csv = csvOf(['network', 'handle', 'department', 'status'], [['facebook', 'culturavilla', 'Cultura y Festejos', 'to_merge'], ['x', 'nueva', '', 'active']]);
    const first = await app.call('accounts.importCsv', { csv, dryRun: false });
    expect(first).toMatchObject({ created: 1, updated: 1, unchanged: 0, written: true });
    const again = await app.call('accounts.importCsv', { csv, dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await count()).toBe(2);
    const b = await app.call('accounts.get', { id: a.id });
    // The file's spelling of the handle wins; what it lacks (notes) is kept.
    expect(b).toMatchObject({ handle: 'culturavilla', department: 'Cultura y Festejos', status: 'to_merge', notes: 'Lleva la agenda cultural', version: 1 });
  });

  it('exports what import reads back unchanged, in both languages and delimiters', async () => {
    await app.call('accounts.importCsv', { csv: writeAccountsCsv(manyAccounts(40), 'en', ','), dryRun: false });
    await app.call('accounts.save', {
      network: 'instagram',
      handle: 'juventud.villa',
      displayName: 'Juventud; "Villanueva"',
      notes: 'Dos líneas,\ncon comas; y punto y coma',
      purpose: '  espacios al principio',
      tags: ['verano', 'jóvenes'],
      role: 'both',
      responseTargetHours: 48,
      serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }],
      ownerTrainedOn: '2026-03-01',
      brandingCheckedOn: '2026-04-02',
      twoFactor: 'no',
      credentialsLocation: 'Caja fuerte de Alcaldía',
      postsPerWeekTarget: 5,
      listed: false,
      closedDays: ['2026-12-25', '2027-01-06'],
    });
    await app.call('accounts.save', { network: 'x', handle: '@turismo', ownerContact: '+34 600 000 000', notes: '=HYPERLINK("http://x")' });
    const before = (await app.call('accounts.list', { limit: 500 })).items;
    for (const [language, delimiter] of [['es', ';'], ['en', ','], ['es', ','], ['en', ';']] as const) {
      const { csv, rows } = await app.call('accounts.exportCsv', { language, delimiter });
      expect(rows).toBe(42);
      expect(csv).toContain("'@turismo");
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const again = await app.call('accounts.importCsv', { csv, dryRun: false });
      expect(again, language + delimiter).toMatchObject({ rows: 42, created: 0, updated: 0, unchanged: 42, errors: [] });
      // Into an empty file: the same accounts, and the same export.
      const other = await openTestApp();
      try {
        expect(await other.call('accounts.importCsv', { csv, dryRun: false })).toMatchObject({ created: 42, errors: [] });
        expect((await other.call('accounts.exportCsv', { language, delimiter })).csv).toBe(csv);
        expect((await other.call('accounts.list', { limit: 500 })).items.filter((a) => !a.listed).map((a) => [a.handle, a.closedDays])).toEqual([['juventud.villa', ['2026-12-25', '2027-01-06']]]);
      } finally {
        await other.close();
      }
    }
    expect((await app.call('accounts.list', { limit: 500 })).items).toEqual(before);
    expect(before.filter((a) => !a.listed).map((a) => a.handle)).toEqual(['juventud.villa']);
  });

  it('reads and writes whether an account is in the public directory, in both languages', async () => {
    const csv = csvOf(
      ['red', 'usuario', 'en directorio'],
      [
        ['instagram', 'turismo', 'no'],
        ['facebook', 'ayto', 'Sí'],
        ['x', 'cultura', ''],
        ['tiktok', 'juventud', 'tal vez'],
      ],
      { delimiter: ';' },
    );
    const bad = await app.call('accounts.importCsv', { csv, dryRun: true });
    expect(bad.errors).toEqual([{ row: 5, column: 'en directorio', code: 'accounts.csv.badYesNo', params: { value: 'tal vez' } }]);
    const good = await app.call('accounts.importCsv', { csv: csv.replace(';tal vez', ';yes'), dryRun: false });
    expect(good).toMatchObject({ created: 4, errors: [] });
    const listed = Object.fromEntries((await app.call('accounts.list', {})).items.map((a) => [a.handle, a.listed]));
    expect(listed).toEqual({ ayto: true, cultura: true, juventud: true, turismo: false });
    // The export says it in the file's language, in its own column.
    const es = (await app.call('accounts.exportCsv', { language: 'es', delimiter: ';' })).csv.replace('\uFEFF', '').split('\r\n');
    const esColumn = es[0]!.split(';').indexOf('en_directorio');
    expect(es.slice(1, 5).map((line) => [line.split(';')[1], line.split(';')[esColumn]])).toEqual([
      ['ayto', 'sí'],
      ['turismo', 'no'],
      ['juventud', 'sí'],
      ['cultura', 'sí'],
    ]);
    const en = (await app.call('accounts.exportCsv', { language: 'en', delimiter: ',' })).csv.split('\r\n');
    const enColumn = en[0]!.split(',').indexOf('listed');
    expect(en.slice(1, 5).map((line) => line.split(',')[enColumn])).toEqual(['yes', 'no', 'yes', 'yes']);
    // An update without the column keeps what the account had.
    expect(await app.call('accounts.importCsv', { csv: 'red;usuario;nombre\r\ninstagram;turismo;Turismo\r\n', dryRun: false })).toMatchObject({ updated: 1 });
    expect((await app.call('accounts.list', { search: 'turismo' })).items.map((a) => a.listed)).toEqual([false]);
  });

  it('exports in the office language by default: Spanish headers with semicolons', async () => {
    await app.call('accounts.save', { network: 'other', handle: 'radio', status: 'dormant' });
    const { csv } = await app.call('accounts.exportCsv', {});
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header!.startsWith('red;usuario;nombre;')).toBe(true);
    expect(row!.startsWith('otra;radio;')).toBe(true);
    expect(row).toContain(';inactiva;');
  });

  it('writes commas for an English file unless told otherwise, and follows an English office by default', async () => {
    await app.call('accounts.save', { network: 'x', handle: 'beta' });
    await app.call('accounts.save', { network: 'x', handle: 'Alfa' });
    await app.call('accounts.save', { network: 'facebook', handle: 'zeta' });
    const lines = (csv: string) => csv.replace('\uFEFF', '').split('\r\n').map((l) => l.split(/[,;]/u).slice(0, 2).join(' '));
    const english = await app.call('accounts.exportCsv', { language: 'en' });
    expect(english.csv.replace('\uFEFF', '').startsWith('network,handle,display_name,')).toBe(true);
    // By network, then by handle whatever its case.
    expect(lines(english.csv)).toEqual(['network handle', 'facebook zeta', 'x Alfa', 'x beta', '']);
    expect((await app.call('accounts.exportCsv', { language: 'en', delimiter: ';' })).csv.replace('\uFEFF', '').startsWith('network;handle;')).toBe(true);
    await app.call('settings.save', { locale: 'en' });
    expect((await app.call('accounts.exportCsv', {})).csv).toBe(english.csv);
  });

  it('lists a file\'s problems by row, whether found reading a row or checking the file as a whole', async () => {
    const main = await app.call('accounts.save', { network: 'x', handle: 'ayto' });
    await app.call('accounts.save', { network: 'x', handle: 'vieja', status: 'to_merge', mergeIntoId: main.id });
    const csv = csvOf(['network', 'handle', 'status', 'merge_into'], [['x', 'nueva', 'to_merge', 'x:vieja'], ['myspace', 'rota', 'active', '']]);
    const r = await app.call('accounts.importCsv', { csv, dryRun: true });
    expect(r.errors).toEqual([
      { row: 2, column: 'merge_into', code: 'accounts.errors.mergeTargetToMerge', params: { value: 'x:vieja' } },
      { row: 3, column: 'network', code: 'accounts.csv.unknown.network', params: { value: 'myspace' } },
    ]);
  });
});

describe('accounts CSV re-import rules', () => {
  let app2: TestApp;
  beforeEach(async () => {
    app2 = await openTestApp();
  });
  afterEach(() => app2.close());

  it('checks the merged account: service hours kept from before clash with a file that makes it a medium', async () => {
    await app2.call('accounts.save', { network: 'whatsapp', handle: '600123123', role: 'channel', serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }] });
    const r = await app2.call('accounts.importCsv', { csv: 'red;usuario;función\r\nwhatsapp;600123123;medio\r\n', dryRun: true });
    expect(r.errors).toEqual([{ row: 2, column: 'función', code: 'accounts.errors.serviceOnlyForChannels' }]);
    expect(r.written).toBe(false);
  });

  it('takes new service hours for a channel from a file without a role column, and still refuses them for a new account, a medium', async () => {
    const channel = await app2.call('accounts.save', { network: 'whatsapp', handle: '600123123', role: 'channel' });
    const r = await app2.call('accounts.importCsv', { csv: 'red;usuario;horario_atencion\r\nwhatsapp;600123123;L-V 9:00-14:00\r\nx;nueva;L-V 9:00-14:00\r\n', dryRun: false });
    expect(r.errors).toEqual([{ row: 3, column: 'horario_atencion', code: 'accounts.errors.serviceOnlyForChannels' }]);
    expect(r.written).toBe(false);
    const fixed = await app2.call('accounts.importCsv', { csv: 'red;usuario;horario_atencion\r\nwhatsapp;600123123;L-V 9:00-14:00\r\n', dryRun: false });
    expect([fixed.errors, fixed.updated, fixed.created]).toEqual([[], 1, 0]);
    const after = await app2.call('accounts.get', { id: channel.id });
    expect([after.role, after.serviceHours]).toEqual(['channel', [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }]]);
  });
});
