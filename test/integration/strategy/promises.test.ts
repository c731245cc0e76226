import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvOf } from '../../support/accounts';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2027-01-01T10:00:00+01:00') });
});
afterEach(() => app.close());

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('channel promises', () => {
  it('imports service hours written in Spanish or English, and refuses the row it cannot read', async () => {
    const es = csvOf(
      ['Red', 'Usuario', 'Función', 'Horario atención', 'Respuesta en horas', 'Doble factor'],
      [
        ['WhatsApp', '600123123', 'canal', '"L-V 9:00-14:00; S 10-13"', '24', 'no'],
        ['Facebook', 'ayto', 'ambos', 'por las mañanas', '', 'sí'],
        ['X', 'policia', 'ambos', 'lunes a viernes de 8 a 15', '', 'no se sabe'],
      ],
      { delimiter: ';' },
    );
    const bad = await app.call('accounts.importCsv', { csv: es, dryRun: false });
    expect(bad.errors).toEqual([{ row: 3, column: 'Horario atención', code: 'strategy.errors.serviceHoursUnreadable', params: { value: 'por las mañanas' } }]);
    expect(bad.written).toBe(false);
    expect((await app.call('accounts.list', {})).total).toBe(0);

    const good = await app.call('accounts.importCsv', { csv: es.replace('por las mañanas', ''), dryRun: false });
    expect(good).toMatchObject({ created: 3, written: true });
    const en = csvOf(['network', 'handle', 'role', 'service_hours', 'response_target_hours'], [['telegram', 'villanueva', 'channel', 'Mon-Fri 9am-2pm', '48']]);
    expect((await app.call('accounts.importCsv', { csv: en, dryRun: true })).errors.map((e) => e.code)).toEqual(['strategy.errors.serviceHoursUnreadable']);
    await app.call('accounts.importCsv', { csv: en.replace('9am-2pm', '9:00-14:00'), dryRun: false });

    const items = (await app.call('accounts.list', { sort: 'network' })).items.map((a) => [a.handle, a.serviceHours, a.responseTargetHours]);
    expect(items).toEqual([
      ['ayto', [], null],
      ['villanueva', [{ days: weekdays, from: '09:00', to: '14:00' }], 48],
      ['600123123', [{ days: weekdays, from: '09:00', to: '14:00' }, { days: ['sat'], from: '10:00', to: '13:00' }], 24],
      ['policia', [{ days: weekdays, from: '08:00', to: '15:00' }], null],
    ]);

    // The summary flags channels without hours or a response time, and two-factor known to be off.
    const s = await app.call('accounts.summary', {});
    expect([s.channelsWithoutHours, s.channelsWithoutResponseTarget, s.twoFactorOff].map((l) => l.map((a) => a.handle))).toEqual([['ayto'], ['ayto', 'policia'], ['600123123']]);

    // The export writes the hours back as text in its language; the import reads it to the same hours.
    const { csv: out } = await app.call('accounts.exportCsv', { delimiter: ',', language: 'en' });
    expect(out).toContain(',Mon-Fri 9:00-14:00; Sat 10:00-13:00,24,');
    expect(await app.call('accounts.importCsv', { csv: out, dryRun: true })).toMatchObject({ unchanged: 4, errors: [] });
    const { csv: outEs } = await app.call('accounts.exportCsv', { delimiter: ';', language: 'es' });
    expect(outEs).toContain(';"L-V 9:00-14:00; S 10:00-13:00";24;');
  });

  it('refuses hours that end before they start, and a response time for a medium', async () => {
    const late = await app.invoke('accounts.save', { network: 'whatsapp', handle: '600', role: 'channel', serviceHours: [{ days: ['mon'], from: '14:00', to: '09:00' }] });
    expect(late).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'serviceHours.0.to', code: 'strategy.errors.timeOrder' }] } } });
    const medium = await app.invoke('accounts.save', { network: 'x', handle: 'ayto', responseTargetHours: 24 });
    expect(medium).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'responseTargetHours', code: 'accounts.errors.serviceOnlyForChannels' }] } } });
  });
  it("keeps a channel's closed days (in order, each once) and who covers it, and flags channels nobody covers", async () => {
    const ana = await app.call('people.save', { name: 'Ana Ruiz', jobTitle: 'Auxiliar de atención' });
    const channel = await app.call('accounts.save', {
      network: 'whatsapp',
      handle: '600123123',
      role: 'channel',
      serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }],
      responseTargetHours: 24,
      closedDays: ['2027-01-06', '2026-12-25', '2027-01-06', '2027-01-01'],
      coveredByPersonId: ana.id,
    });
    expect([channel.closedDays, channel.coveredByPersonId]).toEqual([['2026-12-25', '2027-01-01', '2027-01-06'], ana.id]);
    await app.call('accounts.save', { network: 'telegram', handle: 'villanueva', role: 'both' });
    await app.call('accounts.save', { network: 'instagram', handle: 'turismo' });
    expect((await app.call('accounts.summary', {})).channelsWithoutCover.map((a) => a.handle)).toEqual(['villanueva']);

    // The person sees the channel they cover, and cannot be deleted while they do.
    const detail = await app.call('people.get', { id: ana.id });
    expect([detail.accountCount, detail.covers.map((a) => a.handle), detail.owns, detail.deputyOf]).toEqual([1, ['600123123'], [], []]);
    expect(await app.invoke('people.delete', { id: ana.id, version: detail.version })).toEqual({ ok: false, error: { code: 'strategy.errors.personOwnsAccounts', params: { count: 1 } } });
  });

  it('refuses closed days or a cover for a medium, a cover nobody knows, and a date that is not one', async () => {
    const medium = await app.invoke('accounts.save', { network: 'x', handle: 'ayto', closedDays: ['2026-12-25'], coveredByPersonId: 1 });
    expect(medium).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: {
          issues: [
            { path: 'closedDays', code: 'accounts.errors.serviceOnlyForChannels' },
            { path: 'coveredByPersonId', code: 'accounts.errors.serviceOnlyForChannels' },
          ],
        },
      },
    });
    const unknown = await app.invoke('accounts.save', { network: 'whatsapp', handle: '600', role: 'channel', coveredByPersonId: 99 });
    expect(unknown).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'coveredByPersonId', code: 'strategy.errors.personMissing' }] } } });
    const bad = await app.invoke('accounts.save', { network: 'whatsapp', handle: '600', role: 'channel', closedDays: ['2026-02-30'] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && (bad.error.params as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['closedDays.0']);
    expect((await app.call('accounts.list', {})).total).toBe(0);
  });

  it('publishes the closed days still to come with the hours, and never who covers the channel', async () => {
    const ana = await app.call('people.save', { name: 'Ana Ruiz Secreta' });
    await app.call('accounts.save', {
      network: 'whatsapp',
      handle: '600123123',
      role: 'channel',
      serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }],
      closedDays: ['2026-12-25', '2027-01-06', '2027-04-02'],
      coveredByPersonId: ana.id,
    });
    await app.call('accounts.save', { network: 'telegram', handle: 'villanueva', role: 'channel', closedDays: ['2027-01-06'] });
    const html = fs.readFileSync((await app.call('exports.directory', { format: 'html', locale: 'es' })).path!, 'utf8');
    // Today is 1 January 2027: Christmas has gone.
    expect(html).toContain('<td>Horario: L-V 9:00-14:00<br>Cerrado los días 06/01/2027, 02/04/2027</td>');
    expect(html).toContain('<td>Cerrado el 06/01/2027</td>');
    expect(html).not.toContain('Secreta');
    const csv = fs.readFileSync((await app.call('exports.directory', { format: 'csv', locale: 'en' })).path!, 'utf8');
    expect(csv.replace(/^\uFEFF/u, '').split('\r\n')).toEqual([
      'department,network,account,url,purpose,hours,closed_days,response',
      'Other accounts,Telegram,villanueva,,,,6 Jan 2027,',
      'Other accounts,WhatsApp,600123123,,,Mon-Fri 9:00-14:00,"6 Jan 2027, 2 Apr 2027",',
      '',
    ]);
  });
  it('reads and writes closed days in the spreadsheet, in either date form', async () => {
    const csv = csvOf(
      ['Red', 'Usuario', 'Función', 'Días cerrado'],
      [
        ['WhatsApp', '600123123', 'canal', '06/01/2027, 2026-12-25, 25/12/2026'],
        ['Telegram', 'villanueva', 'canal', 'Navidad'],
      ],
      { delimiter: ';' },
    );
    const bad = await app.call('accounts.importCsv', { csv, dryRun: true });
    expect(bad.errors).toEqual([{ row: 3, column: 'Días cerrado', code: 'accounts.csv.badDate', params: { value: 'Navidad' } }]);
    expect(await app.call('accounts.importCsv', { csv: csv.replace('Navidad', ''), dryRun: false })).toMatchObject({ created: 2, errors: [] });
    expect((await app.call('accounts.list', { sort: 'network' })).items.map((a) => [a.handle, a.closedDays])).toEqual([
      ['villanueva', []],
      ['600123123', ['2026-12-25', '2027-01-06']],
    ]);
    const { csv: out } = await app.call('accounts.exportCsv', { delimiter: ',', language: 'en' });
    expect(out).toContain(',"2026-12-25, 2027-01-06"\r\n');
    expect(await app.call('accounts.importCsv', { csv: out, dryRun: true })).toMatchObject({ unchanged: 2, errors: [] });
  });
});
