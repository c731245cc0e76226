import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvOf } from '../../support/accounts';
import { openTestApp, type TestApp, testEngine } from '../../support/context';

/**
 * An owner named in an accounts file is the person people.save would say
 * already has that name: both ignore case as the database's `nocase` does.
 * SQLite folds ASCII letters only, so "ángela" and "Ángela" are two names
 * there; PostgreSQL's ICU collation folds every letter, so they are one.
 */
let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const columns = ['red', 'usuario', 'responsable'];
const importCsv = (rows: string[][], dryRun = false) => app.call('accounts.importCsv', { csv: csvOf(columns, rows, { delimiter: ';' }), dryRun });
const taken = async (name: string) => {
  const res = await app.invoke('people.save', { name });
  return res.ok ? false : res.error.params?.issues;
};

describe('owners in the accounts import and names of people', () => {
  it('match an owner exactly when people.save refuses the name as taken', async () => {
    const angela = await app.call('people.save', { name: 'Ángela Ruiz' });
    const rows = [
      ['instagram', 'cultura', 'ÁNGELA RUIZ'],
      ['x', 'cultura', 'ángela ruiz'],
      ['facebook', 'cultura', 'Ángela Ruiz'],
    ];
    const preview = await importCsv(rows, true);
    expect(preview).toMatchObject({ written: false, created: 3, errors: [] });
    expect(await importCsv(rows)).toMatchObject({ written: true, created: 3, errors: [] });
    const owners = Object.fromEntries((await app.call('accounts.list', { limit: 10 })).items.map((a) => [a.network, [a.ownerName, a.ownerPersonId === angela.id]]));
    const people = (await app.call('people.list', { limit: 10 })).items.map((p) => [p.name, p.accountCount]);
    if (testEngine() === 'sqlite') {
      // Only the Á differs from "ÁNGELA RUIZ": the same name. "ángela ruiz" starts with another letter to SQLite.
      expect(owners).toEqual({ facebook: ['Ángela Ruiz', true], instagram: ['Ángela Ruiz', true], x: ['ángela ruiz', false] });
      expect(people).toEqual([
        ['Ángela Ruiz', 2],
        ['ángela ruiz', 1],
      ]);
    } else {
      expect(owners).toEqual({ facebook: ['Ángela Ruiz', true], instagram: ['Ángela Ruiz', true], x: ['Ángela Ruiz', true] });
      expect(people).toEqual([['Ángela Ruiz', 3]]);
    }
    // people.save agrees with what the import did, on either engine.
    const nameTaken = [{ path: 'name', code: 'strategy.errors.nameTaken' }];
    expect(await taken('ÁNGELA RUIZ')).toEqual(nameTaken);
    expect(await taken('ángela ruiz')).toEqual(nameTaken);
    expect(await taken('Angela Ruiz')).toBe(false);
  });

  it('a new owner written twice in one file in two cases is one person where the database says one name', async () => {
    expect(await importCsv([
      ['instagram', 'deportes', 'Óscar Peña'],
      ['x', 'deportes', 'óscar peña'],
    ])).toMatchObject({ written: true, created: 2, errors: [] });
    const people = (await app.call('people.list', { limit: 10 })).items.map((p) => [p.name, p.accountCount]);
    expect(people).toEqual(
      testEngine() === 'sqlite'
        ? [
            ['Óscar Peña', 1],
            ['óscar peña', 1],
          ]
        : [['Óscar Peña', 2]],
    );
  });
});
