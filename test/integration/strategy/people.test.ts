import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { csvOf } from '../../support/accounts';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2027-01-01T10:00:00+01:00') });
});
afterEach(() => app.close());

const save = (d: Input<'accounts.save'>) => app.call('accounts.save', d);
const untrained = async () => (await app.call('accounts.summary', {})).ownerNotTrained.map((a) => a.handle).sort();
const names = async () => (await app.call('people.list', { limit: 100 })).items.map((p) => [p.name, p.trainedOn, p.accountCount]);

describe('people and training', () => {
  it('matches owners by name, follows the person’s training, and keeps anyone who still runs an account', async () => {
    const a = await save({ network: 'facebook', handle: 'ayto', ownerName: 'Ana Ruiz' });
    const b = await save({ network: 'instagram', handle: 'turismo', ownerName: ' ana ruiz ' });
    expect([a.ownerName, b.ownerName, a.ownerPersonId === b.ownerPersonId]).toEqual(['Ana Ruiz', 'Ana Ruiz', true]);
    expect(await untrained()).toEqual(['ayto', 'turismo']);

    // One training of the person trains every account they own.
    const ana = await app.call('people.addTraining', { personId: a.ownerPersonId!, topic: 'Protocolo de crisis', on: '2026-12-15', by: 'Diputación' });
    expect(ana.trainings).toEqual([{ id: ana.trainings[0]!.id, topic: 'Protocolo de crisis', on: '2026-12-15', by: 'Diputación' }]);
    expect(ana.owns.map((x) => x.handle)).toEqual(['ayto', 'turismo']);
    expect(await untrained()).toEqual([]);
    expect((await app.call('accounts.get', { id: a.id })).ownerTrainedOn).toBe('2026-12-15');

    // A new owner is untrained until their own training, even when the form still carries Ana's date.
    const luis = await app.call('people.save', { name: 'Luis Gil', jobTitle: 'Técnico de Deportes', department: 'Deportes', email: 'luis@villanueva.es', committee: true });
    const current = await app.call('accounts.get', { id: b.id });
    const moved = await save({ ...pick(current), ownerPersonId: luis.id, ownerName: 'Ana Ruiz', deputyPersonId: a.ownerPersonId });
    expect([moved.ownerName, moved.ownerTrainedOn, moved.deputyPersonId]).toEqual(['Luis Gil', null, a.ownerPersonId]);
    expect(await untrained()).toEqual(['turismo']);
    // A date written for the new owner is their training.
    await save({ ...pick(moved), ownerTrainedOn: '2026-12-20' });
    expect(await names()).toEqual([
      ['Ana Ruiz', '2026-12-15', 2],
      ['Luis Gil', '2026-12-20', 1],
    ]);

    // A person who owns or stands in for accounts stays; once free, they can go and come back.
    const refused = await app.invoke('people.delete', { id: a.ownerPersonId!, version: ana.version });
    expect(refused).toEqual({ ok: false, error: { code: 'strategy.errors.personOwnsAccounts', params: { count: 2 } } });
    const renamed = await app.call('people.save', { ...personFields(luis), id: luis.id, version: luis.version, name: 'Luis Gil Sanz' });
    expect((await app.call('accounts.get', { id: b.id })).ownerName).toBe('Luis Gil Sanz');
    expect((await app.call('people.list', { search: 'sanz' })).items.map((p) => p.name)).toEqual(['Luis Gil Sanz']);
    await expect(app.call('accounts.save', { network: 'x', handle: 'nadie', deputyPersonId: 999 })).rejects.toEqual(
      AppError.validation([{ path: 'deputyPersonId', code: 'strategy.errors.personMissing' }]),
    );
    const dup = await app.invoke('people.save', { name: 'ANA RUIZ' });
    expect(dup).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'name', code: 'strategy.errors.nameTaken' }] } } });
    const free = await app.call('people.save', { name: 'Eva Martín' });
    const gone = await app.call('people.delete', { id: free.id, version: free.version });
    expect(gone.deletedAt).not.toBeNull();
    expect((await app.call('people.list', { search: 'Eva' })).total).toBe(0);
    expect((await app.call('people.restore', { id: free.id })).deletedAt).toBeNull();
    expect(renamed.committee).toBe(true);
  });

  it('imports owners by name, creating each new person once, all or nothing; the export writes the name', async () => {
    await app.call('people.save', { name: 'Ana Ruiz' });
    const header = ['Red', 'Usuario', 'Responsable', 'Formación responsable'];
    const rows = [
      ['Facebook', 'ayto', 'ana ruiz', ''],
      ['Instagram', 'turismo', 'Eva Martín', '2026-11-03'],
      ['X', 'turismo_x', 'eva martín', ''],
    ];
    const bad = await app.call('accounts.importCsv', { csv: csvOf(header, [...rows, ['Myspace', 'viejo', 'Pedro', '']], { delimiter: ';' }), dryRun: false });
    expect(bad.written).toBe(false);
    expect(await names()).toEqual([['Ana Ruiz', null, 0]]);

    const good = await app.call('accounts.importCsv', { csv: csvOf(header, rows, { delimiter: ';' }), dryRun: false });
    expect(good).toMatchObject({ created: 3, written: true, errors: [] });
    expect(await names()).toEqual([
      ['Ana Ruiz', null, 1],
      ['Eva Martín', '2026-11-03', 2],
    ]);
    expect(await untrained()).toEqual(['ayto']);
    const again = await app.call('accounts.importCsv', { csv: csvOf(header, rows, { delimiter: ';' }), dryRun: true });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const { csv } = await app.call('accounts.exportCsv', { delimiter: ';', language: 'es' });
    expect(csv.split('\r\n').filter((l) => /ayto|turismo/u.test(l)).map((l) => l.split(';')[5])).toEqual(['Ana Ruiz', 'Eva Martín', 'Eva Martín']);
  });
});

/** The editable fields of an account read back, for saving it again. */
function pick(a: Awaited<ReturnType<TestApp['call']>> & object): Input<'accounts.save'> {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...draft } = a as Record<string, unknown>;
  return draft as Input<'accounts.save'>;
}

function personFields(p: { name: string; jobTitle: string; department: string; email: string; phone: string; committee: boolean }) {
  return { name: p.name, jobTitle: p.jobTitle, department: p.department, email: p.email, phone: p.phone, committee: p.committee };
}
