import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { openTestApp, type TestApp } from '../support/context';
import { starterId } from '../support/playbooks';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-12-01T10:00:00.000Z') });
});
afterEach(() => app.close());

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

/** Another window saves the row: its version moves on. */
async function editElsewhere(table: 'playbooks' | 'auditTemplates', id: number): Promise<void> {
  await app.ctx.db.updateTable(table).set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', id).execute();
}

describe('a delete names the version the user saw', () => {
  it('accounts.delete: a stale version is a conflict and the account stays', async () => {
    const a = await app.call('accounts.save', { network: 'facebook', handle: 'cultura.villanueva' });
    const edited = await app.call('accounts.save', { id: a.id, version: a.version, network: 'facebook', handle: 'cultura.villanueva', displayName: 'Cultura' });
    expect(await failure(app.call('accounts.delete', { id: a.id, version: a.version }))).toMatchObject({ code: 'conflict', params: { id: a.id, version: edited.version } });
    expect(await app.call('accounts.get', { id: a.id })).toMatchObject({ deletedAt: null, displayName: 'Cultura', version: edited.version });
    expect((await app.call('accounts.delete', { id: a.id, version: edited.version })).deletedAt).not.toBeNull();
  });

  it('contacts.delete: a stale version is a conflict and the contact stays', async () => {
    const c = await app.call('contacts.save', { name: 'Marta Suárez', phone: '985 84 80 05' });
    const edited = await app.call('contacts.save', { id: c.id, version: c.version, name: 'Marta Suárez', phone: '600 12 34 56' });
    expect(await failure(app.call('contacts.delete', { id: c.id, version: c.version }))).toMatchObject({ code: 'conflict' });
    expect((await app.call('contacts.list', {})).map((x) => x.phone)).toEqual(['600 12 34 56']);
    await app.call('contacts.delete', { id: c.id, version: edited.version });
    expect(await app.call('contacts.list', {})).toEqual([]);
  });

  it('playbooks.delete: a stale version is a conflict and the playbook stays', async () => {
    const copy = await app.call('playbooks.copy', { id: await starterId(app, 'road') });
    await editElsewhere('playbooks', copy.id);
    expect(await failure(app.call('playbooks.delete', { id: copy.id, version: copy.version }))).toMatchObject({ code: 'conflict' });
    expect((await app.call('playbooks.list', {})).some((p) => p.id === copy.id)).toBe(true);
    await app.call('playbooks.delete', { id: copy.id, version: copy.version + 1 });
    expect((await app.call('playbooks.list', {})).some((p) => p.id === copy.id)).toBe(false);
  });

  it('audits.deleteTemplate: a stale version is a conflict, the template stays, and restore bumps the version', async () => {
    const builtin = (await app.call('audits.templates', {})).find((t) => t.builtin === 'presence')!;
    const copy = await app.call('audits.copyTemplate', { id: builtin.id, name: 'Revisión de otoño' });
    await editElsewhere('auditTemplates', copy.id);
    expect(await failure(app.call('audits.deleteTemplate', { id: copy.id, version: copy.version }))).toMatchObject({ code: 'conflict' });
    expect((await app.call('audits.templates', {})).map((t) => t.id)).toContain(copy.id);
    await app.call('audits.deleteTemplate', { id: copy.id, version: copy.version + 1 });
    expect((await app.call('audits.templates', {})).map((t) => t.id)).not.toContain(copy.id);
    expect((await app.call('audits.restoreTemplate', { id: copy.id })).version).toBe(copy.version + 3);
  });

  it('refuses a delete without a version at the boundary', async () => {
    for (const channel of ['accounts.delete', 'contacts.delete', 'playbooks.delete', 'audits.deleteTemplate'] as const) {
      const res = await app.invoke(channel, { id: 1 });
      expect(res, channel).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'version' }] } } });
    }
  });
});

describe('undoing an account delete', () => {
  it('leaves the accounts that merge into it untouched, so restore brings the proposal back', async () => {
    const b = await app.call('accounts.save', { network: 'instagram', handle: '@turismovillanueva' });
    const a = await app.call('accounts.save', { network: 'instagram', handle: '@turismo.villa', status: 'to_merge', mergeIntoId: b.id });
    await app.call('accounts.delete', { id: b.id, version: b.version });
    // A's row is not rewritten by someone else's delete: same target, same version.
    expect(await app.call('accounts.get', { id: a.id })).toMatchObject({ mergeIntoId: b.id, version: a.version, status: 'to_merge' });
    // An unrelated edit of A while B is deleted still goes through, keeping the target.
    const edited = await app.call('accounts.save', { id: a.id, version: a.version, network: 'instagram', handle: '@turismo.villa', status: 'to_merge', mergeIntoId: b.id, notes: 'Pedir la clave a Turismo' });
    expect(edited).toMatchObject({ mergeIntoId: b.id, version: a.version + 1 });
    // But a deleted account cannot be newly chosen as a target.
    const c = await app.call('accounts.save', { network: 'instagram', handle: '@villanueva.turismo' });
    const refused = await failure(app.call('accounts.save', { id: c.id, version: c.version, network: 'instagram', handle: '@villanueva.turismo', status: 'to_merge', mergeIntoId: b.id }));
    expect(refused).toMatchObject({ code: 'validation', params: { issues: [{ path: 'mergeIntoId', code: 'accounts.errors.mergeIntoMissing' }] } });

    await app.call('accounts.restore', { id: b.id });
    expect(await app.call('accounts.get', { id: a.id })).toMatchObject({ mergeIntoId: b.id, version: edited.version, status: 'to_merge' });
  });
});
