import type { ServiceSlot } from '../../../shared/features/strategy/hours';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listQuery, listBase } from '../../../electron/features/accounts/service';
import { departmentSpellings } from '../../../electron/features/accounts/departments';
import { summaryQuery } from '../../../electron/features/accounts/summary';
import { type Account, type AccountDraftInput, AccountQuery } from '../../../shared/features/accounts/contract';
import { AppError } from '../../../shared/ipc/errors';
import { openTestApp, type TestApp, testEngine } from '../../support/context';
import { planOf, seed } from '../../support/accounts';
import { pgPlan } from '../../support/pg-plan';
import { run } from '../../support/sql';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
});
afterEach(() => app.close());

const fail = async (p: Promise<unknown>): Promise<AppError> => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};
const issues = (e: AppError) => (e.params?.issues ?? []) as { path: string; code: string }[];

describe('accounts: save, get, delete, restore', () => {
  it('creates with defaults (3 posts a week) and reads it back', async () => {
    const a = await app.call('accounts.save', { network: 'instagram', handle: '@turismovillanueva', department: 'Turismo' });
    expect(a).toMatchObject({ network: 'instagram', handle: '@turismovillanueva', postsPerWeekTarget: 3, role: 'medium', status: 'active', twoFactor: 'unknown', tags: [], version: 0 });
    expect(await app.call('accounts.get', { id: a.id })).toEqual(a);
  });

  it('gives a message per field for bad values', async () => {
    const e = await fail(app.call('accounts.save', { network: 'facebook', handle: '  ', url: 'villanueva.es', lastActivityOn: '2026-02-30' }));
    expect(e.code).toBe('validation');
    const byPath = Object.fromEntries(issues(e).map((i) => [i.path, i.code]));
    expect(byPath).toMatchObject({ handle: 'required', url: 'accounts.errors.url', lastActivityOn: 'invalid_format' });
  });

  it('rejects a password where the place of the credentials should be, with its own message', async () => {
    for (const secret of ['Ayto2024!', 'contraseña: fiestas2024', 'aZ9kfj3lqkd8Xw']) {
      const e = await fail(app.call('accounts.save', { network: 'x', handle: 'ayto', credentialsLocation: secret }));
      expect(issues(e)).toContainEqual({ path: 'credentialsLocation', code: 'accounts.errors.passwordLike' });
    }
    const ok = await app.call('accounts.save', { network: 'x', handle: 'ayto', credentialsLocation: 'Gestor de contraseñas (Bitwarden) de Comunicación' });
    expect(ok.credentialsLocation).toBe('Gestor de contraseñas (Bitwarden) de Comunicación');
  });

  it('keeps service hours and a response target for channels only', async () => {
    const hours: ServiceSlot[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }];
    const e = await fail(app.call('accounts.save', { network: 'whatsapp', handle: '600000000', role: 'medium', serviceHours: hours, responseTargetHours: 24 }));
    expect(issues(e).map((i) => i.path).sort()).toEqual(['responseTargetHours', 'serviceHours']);
    const ch = await app.call('accounts.save', { network: 'whatsapp', handle: '600000000', role: 'channel', serviceHours: hours, responseTargetHours: 24 });
    expect(ch).toMatchObject({ serviceHours: hours, responseTargetHours: 24 });
  });

  it('refuses a second live account with the same network and handle in any case', async () => {
    await app.call('accounts.save', { network: 'instagram', handle: 'TurismoVilla' });
    const e = await fail(app.call('accounts.save', { network: 'instagram', handle: 'turismovilla' }));
    expect(issues(e)).toEqual([{ path: 'handle', code: 'accounts.errors.duplicateHandle' }]);
    // Another network is another account.
    await app.call('accounts.save', { network: 'facebook', handle: 'turismovilla' });
  });

  it('saves with the version read, and a stale version is a conflict', async () => {
    const a = await app.call('accounts.save', { network: 'x', handle: 'deportes' });
    const b = await app.call('accounts.save', { ...draftOf(a), displayName: 'Deportes Villanueva' });
    expect(b.version).toBe(1);
    const e = await fail(app.call('accounts.save', { ...draftOf(a), displayName: 'Otra cosa' }));
    expect(e.code).toBe('conflict');
    expect((await app.call('accounts.get', { id: a.id })).displayName).toBe('Deportes Villanueva');
  });

  it('soft deletes, hides from the list, and restores (undo)', async () => {
    const a = await app.call('accounts.save', { network: 'tiktok', handle: 'juventud' });
    const gone = await app.call('accounts.delete', { id: a.id, version: a.version });
    expect(gone.deletedAt).toBe('2026-11-23T10:00:00.000Z');
    expect((await app.call('accounts.list', {})).total).toBe(0);
    const back = await app.call('accounts.restore', { id: a.id });
    expect(back.deletedAt).toBeNull();
    expect((await app.call('accounts.list', {})).items.map((i) => i.id)).toEqual([a.id]);
  });

  it('frees the handle when deleted, and will not restore over a new account with it', async () => {
    const a = await app.call('accounts.save', { network: 'tiktok', handle: 'juventud' });
    await app.call('accounts.delete', { id: a.id, version: a.version });
    await app.call('accounts.save', { network: 'tiktok', handle: 'Juventud' });
    const e = await fail(app.call('accounts.restore', { id: a.id }));
    expect(issues(e)).toEqual([{ path: 'handle', code: 'accounts.errors.duplicateHandle' }]);
  });

  it('checks the merge target', async () => {
    const a = await app.call('accounts.save', { network: 'facebook', handle: 'cultura' });
    const self = await fail(app.call('accounts.save', { ...draftOf(a), status: 'to_merge', mergeIntoId: a.id }));
    expect(issues(self)).toContainEqual({ path: 'mergeIntoId', code: 'accounts.errors.mergeIntoSelf' });
    const missing = await fail(app.call('accounts.save', { ...draftOf(a), status: 'to_merge', mergeIntoId: 999 }));
    expect(issues(missing)).toContainEqual({ path: 'mergeIntoId', code: 'accounts.errors.mergeIntoMissing' });
    const b = await app.call('accounts.save', { network: 'facebook', handle: 'cultura.villanueva' });
    expect((await app.call('accounts.save', { ...draftOf(a), status: 'to_merge', mergeIntoId: b.id })).mergeIntoId).toBe(b.id);
  });
});

describe('accounts: list', () => {
  it('filters, searches without accents, sorts and pages on the server', async () => {
    await app.call('accounts.save', { network: 'facebook', handle: 'policialocal', displayName: 'Policía Local de Villanueva', department: 'Policía Local', role: 'channel' });
    await app.call('accounts.save', { network: 'instagram', handle: 'cultura', displayName: 'Cultura', department: 'Cultura', notes: 'Camión del teatro' });
    await app.call('accounts.save', { network: 'facebook', handle: 'ayto', department: 'Alcaldía', status: 'dormant' });

    const search = await app.call('accounts.list', { search: 'policia' });
    expect(search.items.map((a) => a.handle)).toEqual(['policialocal']);
    expect((await app.call('accounts.list', { search: 'camion' })).items.map((a) => a.handle)).toEqual(['cultura']);
    expect((await app.call('accounts.list', { network: 'facebook' })).items.map((a) => a.handle)).toEqual(['ayto', 'policialocal']);
    expect((await app.call('accounts.list', { department: 'cultura' })).total).toBe(1);
    expect((await app.call('accounts.list', { status: 'dormant' })).items.map((a) => a.handle)).toEqual(['ayto']);
    expect((await app.call('accounts.list', { role: 'channel' })).items.map((a) => a.handle)).toEqual(['policialocal']);
    expect((await app.call('accounts.list', { sort: 'handle', direction: 'desc' })).items.map((a) => a.handle)).toEqual(['policialocal', 'cultura', 'ayto']);
    const page = await app.call('accounts.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.items.map((a) => a.handle)).toEqual(['policialocal']);
    expect(await app.call('accounts.departments', {})).toEqual(['Alcaldía', 'Cultura', 'Policía Local']);
    // One department however it is typed, under the spelling most accounts use.
    await app.call('accounts.save', { network: 'x', handle: 'policia_x', department: 'policía local' });
    await app.call('accounts.save', { network: 'tiktok', handle: 'policia_tt', department: 'policía local ' });
    expect(await app.call('accounts.departments', {})).toEqual(['Alcaldía', 'Cultura', 'policía local']);
  });

  it('filters by a department however its accounts spell it, as the summary counts it, on the list and the audit start', async () => {
    const save = (handle: string, department: string, status: Account['status'] = 'active') => app.call('accounts.save', { network: 'facebook', handle, department, status });
    await save('cultura', 'Cultura');
    await save('cultura2', 'cultura');
    await save('cultura3', 'Cultúra ');
    await save('cultura4', ' CULTURA  ');
    await save('cultura5', 'Cultura', 'closed');
    await save('culturayfiestas', 'Cultura y Fiestas');
    await save('deportes', 'Deportes');
    const summary = await app.call('accounts.summary', {});
    expect(summary.byDepartment.find((d) => d.key === 'Cultura')).toEqual({ key: 'Cultura', count: 5 });
    const handles = async (department: string) => (await app.call('accounts.list', { department, sort: 'handle' })).items.map((a) => a.handle);
    for (const spelling of ['Cultura', 'cultura', 'CULTÚRA', '  cultura ']) expect(await handles(spelling), spelling).toEqual(['cultura', 'cultura2', 'cultura3', 'cultura4', 'cultura5']);
    expect((await app.call('accounts.list', { department: 'Cultura', limit: 2 })).total).toBe(5);
    expect(await handles('Música')).toEqual([]);
    // The audit start dialog narrows the same way, closed accounts left out.
    const found = await app.call('audits.findAccounts', { department: 'cultúra', openOnly: true, allIds: true });
    expect(found.items.map((a) => a.handle).sort()).toEqual(['cultura', 'cultura2', 'cultura3', 'cultura4']);
    expect(found.total).toBe(4);
    expect(found.ids).toHaveLength(4);
    // A spelling written after a first read is found too (the read is not kept with the old spellings).
    await save('cultura6', 'cultura ');
    expect(await handles('Cultura')).toEqual(['cultura', 'cultura2', 'cultura3', 'cultura4', 'cultura5', 'cultura6']);
  });

  it('keeps search in step after an edit and a delete', async () => {
    const a = await app.call('accounts.save', { network: 'x', handle: 'fiestas', displayName: 'Fiestas de San Roque' });
    const edited = await app.call('accounts.save', { ...draftOf(a), displayName: 'Festejos' });
    expect((await app.call('accounts.list', { search: 'roque' })).total).toBe(0);
    expect((await app.call('accounts.list', { search: 'festejos' })).total).toBe(1);
    await app.call('accounts.delete', { id: a.id, version: edited.version });
    expect((await app.call('accounts.list', { search: 'festejos' })).total).toBe(0);
  });

  // SQLite's query planner and its index names: the server plans with its own.
  it.runIf(testEngine() === 'sqlite')('uses an index for every sort and filter at 600 accounts (no full table scan, no sort step)', async () => {
    await seed(app, 600);
    app.ctx.raw.exec('analyze');
    const queries = [
      ...(['handle', 'network', 'displayName', 'department', 'ownerName', 'role', 'status', 'lastActivityOn', 'updatedAt'] as const).flatMap((sort) => [
        { sort },
        { sort, direction: 'desc' as const },
      ]),
      { network: 'facebook' as const },
      { status: 'dormant' as const, sort: 'status' as const },
      { role: 'both' as const, sort: 'role' as const },
      { department: 'Turismo', sort: 'department' as const },
      { search: 'turismo' },
    ];
    for (const input of queries) {
      const q = AccountQuery.parse(input);
      const departments = q.department === undefined ? null : await departmentSpellings(app.ctx.db, q.department);
      for (const compiled of [listQuery(app.ctx.db, q, departments).compile(), listBase(app.ctx.db, q, departments).select((eb) => eb.fn.countAll().as('n')).compile()]) {
        const plan = planOf(app.ctx.raw, compiled);
        expect(plan.filter((l) => /^SCAN accounts$/.test(l)), `${JSON.stringify(input)}\n${plan.join('\n')}`).toEqual([]);
        if (process.env.SHOW_PLANS) console.log(JSON.stringify(input), plan);
      }
      const plan = planOf(app.ctx.raw, listQuery(app.ctx.db, q, departments).compile());
      if (!q.search) expect(plan.some((l) => l.includes('TEMP B-TREE')), `${JSON.stringify(input)}\n${plan.join('\n')}`).toBe(false);
    }
    const summaryPlan = planOf(app.ctx.raw, summaryQuery(app.ctx.db).compile());
    expect(summaryPlan.filter((l) => /^SCAN accounts$/.test(l)), summaryPlan.join('\n')).toEqual([]);

    // How fast is the bench's job (test/bench, 'accounts list, searched by department').
    const page = await app.call('accounts.list', { search: 'cuenta', sort: 'department', limit: 100 });
    expect(page.total).toBe(600);
  });

  // The server's planner and its index names.
  it.runIf(testEngine() === 'postgres')('reads each page of 600 accounts off an index on the server, with no sort step', async () => {
    await seed(app, 600);
    await run(app, 'analyze accounts');
    // The last activity can be empty: its order places the empty ones as SQLite does, which the server's index does not hold.
    const sorts = (['handle', 'network', 'displayName', 'department', 'ownerName', 'role', 'status', 'updatedAt'] as const).flatMap((sort) => [
      { sort },
      { sort, direction: 'desc' as const },
    ]);
    for (const input of [...sorts, { offset: 200 }]) {
      const plan = await pgPlan(app, listQuery(app.ctx.db, AccountQuery.parse(input), null), { seqscan: 'on' });
      expect(plan.filter((l) => /Sort|Seq Scan/.test(l)), `${JSON.stringify(input)}\n${plan.join('\n')}`).toEqual([]);
    }
    // One department's sixty accounts: found by the department index (the planner may sort so few itself).
    const q = AccountQuery.parse({ department: 'Turismo', sort: 'department' });
    const plan = await pgPlan(app, listQuery(app.ctx.db, q, await departmentSpellings(app.ctx.db, 'Turismo')), { seqscan: 'on' });
    expect(plan.join('\n')).toMatch(/Index Scan accounts_live_department/);
    expect(plan.filter((l) => l.startsWith('Seq Scan'))).toEqual([]);
    expect((await app.call('accounts.list', {})).items.map((a) => a.handle).slice(0, 2)).toEqual(['cuenta0000_x0', 'cuenta0001_q7919']);
  });
});

function draftOf(a: Account): AccountDraftInput {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = a;
  return rest;
}
