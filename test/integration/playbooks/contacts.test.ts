import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { openTestApp, testEngine, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

describe('contacts', () => {
  it('keeps a directory with alternates and finds people without accents', async () => {
    const ana = await app.call('contacts.save', { name: 'Ana Martín', role: 'Jefa de gabinete', phone: '600 111 222', email: 'ana@villanueva.es' });
    const jose = await app.call('contacts.save', { name: 'José Peña', role: 'Policía Local', phone: '600 333 444', alternateId: ana.id });
    expect(jose.alternateName).toBe('Ana Martín');
    expect(jose.alternatePhone).toBe('600 111 222');
    expect((await app.call('contacts.list', {})).map((c) => c.name)).toEqual(['Ana Martín', 'José Peña']);
    expect((await app.call('contacts.list', { query: 'jose pena' })).map((c) => c.id)).toEqual([jose.id]);
    expect((await app.call('contacts.list', { query: 'policia' })).map((c) => c.id)).toEqual([jose.id]);
    expect((await app.call('contacts.list', { query: 'gabin' })).map((c) => c.id)).toEqual([ana.id]);

    const renamed = await app.call('contacts.save', { id: ana.id, version: ana.version, name: 'Ana Martín Ruiz', role: 'Alcaldía' });
    expect((await app.call('contacts.list', { query: 'alcaldia' })).map((c) => c.id)).toEqual([renamed.id]);
    expect(await app.call('contacts.list', { query: 'gabinete' })).toEqual([]);
  });

  it('refuses a bad email, a self alternate and a stale version', async () => {
    const bad = await app.call('contacts.save', { name: 'X', email: 'no-es-correo' }).catch((e: AppError) => e);
    expect((bad as AppError).code).toBe('validation');
    const c = await app.call('contacts.save', { name: 'Luis' });
    const self = await app.call('contacts.save', { id: c.id, version: c.version, name: 'Luis', alternateId: c.id }).catch((e: AppError) => e);
    expect((self as AppError).params?.issues).toEqual([{ path: 'alternateId', code: 'playbooks.errors.alternateSelf' }]);
    await app.call('contacts.save', { id: c.id, version: c.version, name: 'Luis G.' });
    const stale = await app.call('contacts.save', { id: c.id, version: c.version, name: 'Luis H.' }).catch((e: AppError) => e);
    expect((stale as AppError).code).toBe('conflict');
  });

  it('deletes softly and restores', async () => {
    const c = await app.call('contacts.save', { name: 'Marta' });
    await app.call('contacts.delete', { id: c.id, version: c.version });
    expect(await app.call('contacts.list', {})).toEqual([]);
    await app.call('contacts.restore', { id: c.id });
    expect((await app.call('contacts.list', { query: 'marta' })).map((x) => x.id)).toEqual([c.id]);
  });

  // SQLite's query planner and its FTS table: the server's plans are its own.
  it.runIf(testEngine() === 'sqlite')('searches by the FTS index, never a scan of contacts', () => {
    const plan = (app.ctx.raw.prepare("explain query plan select * from contacts c left join contacts a on a.id = c.alternate_id where c.deleted_at is null and c.id in (select rowid from contacts_fts where contacts_fts match '\"m\"*') order by c.name collate nocase").all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).not.toMatch(/SCAN c\b(?! USING)/);
  });
});
