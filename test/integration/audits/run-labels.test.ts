import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccountsQuery } from '../../../electron/features/audits/actionAccounts';
import { namedAccountsQuery, runAccountsQuery } from '../../../electron/features/audits/runs';
import { AppError } from '../../../shared/ipc/errors';
import { planOf, seed } from '../../support/accounts';
import { openTestApp, testEngine, type TestApp } from '../../support/context';
import { run, valueOf } from '../../support/sql';

/** A city's inventory: a run labels its own accounts, and the pickers page through the rest. */
let app: TestApp;
type Row = { id: number; version: number; handle: string; displayName: string; department: string; network: string; status: string; ownerName: string; twoFactor: 'yes' | 'no' | 'unknown'; brandingCheckedOn: string | null };
let all: Row[];
let deletedId: number;

beforeAll(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  await seed(app, 600);
  all = (await app.call('accounts.list', { limit: 500, sort: 'handle' })).items;
  deletedId = all[0]!.id;
  await app.call('accounts.delete', { id: deletedId, version: all[0]!.version });
});
afterAll(() => app.close());

async function templateId(builtin: 'presence' | 'accountHealth') {
  return (await app.call('audits.templates', {})).find((t) => t.builtin === builtin)!.id;
}

describe('audits.get carries the labels the run screen shows', () => {
  it("a health check: its own accounts with network, handle, name and department, kept after one is deleted; the actions' accounts named", async () => {
    const scope = all.slice(1, 4);
    const tpl = await templateId('accountHealth');
    const started = await app.call('audits.start', { templateId: tpl, scope: 'accounts', accountIds: scope.map((a) => a.id) });
    expect(started.accounts.map((a) => a.id).sort((a, b) => a - b)).toEqual(scope.map((a) => a.id).sort((a, b) => a - b));
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    // Each label as the inventory has it (accounts.list), none left to chance.
    expect([...started.accounts].sort(byId)).toEqual(
      [...scope].sort(byId).map((a) => ({
        id: a.id,
        version: a.version,
        network: a.network,
        handle: a.handle,
        displayName: a.displayName,
        department: a.department,
        status: a.status,
        ownerTrainedOn: null,
        // What the inventory knows, for the answers a health check starts from.
        ownerName: a.ownerName,
        twoFactor: a.twoFactor,
        brandingCheckedOn: a.brandingCheckedOn,
      })),
    );
    expect(started.accounts.map((a) => a.displayName).sort()).toEqual(['Cuenta 1 de Cultura', 'Cuenta 2 de Deportes', 'Cuenta 3 de Juventud']);
    expect(started.named).toEqual([]);

    const items = started.items.map((i) => i.key);
    await app.call('audits.answer', { runId: started.id, answers: scope.flatMap((a) => items.map((itemKey) => ({ accountId: a.id, itemKey, value: 'no' as const }))) });
    await app.call('audits.finish', { runId: started.id });
    // Merged into an account outside the run: the run still names it.
    const target = all[300]!;
    const done = await app.call('audits.applyActions', {
      runId: started.id,
      actions: [{ accountId: scope[0]!.id, version: scope[0]!.version, action: 'to_merge', mergeIntoId: target.id }],
    });
    expect(done.named.map((a) => a.id).sort((a, b) => a - b)).toEqual([scope[0]!.id, target.id].sort((a, b) => a - b));
    expect(done.named.find((a) => a.id === target.id)).toMatchObject({ handle: target.handle, department: target.department, network: target.network });

    // A deleted account keeps its label in the run that reviewed it.
    await app.call('accounts.delete', { id: scope[2]!.id, version: (await app.call('accounts.get', { id: scope[2]!.id })).version });
    const again = await app.call('audits.get', { id: started.id });
    expect(again.accounts.map((a) => a.handle)).toContain(scope[2]!.handle);
    expect(again.accounts).toHaveLength(3);
    await app.call('accounts.restore', { id: scope[2]!.id });
  });

  it('a presence audit has no accounts of its own; the accounts its actions touch are named', async () => {
    const tpl = await templateId('presence');
    const run = await app.call('audits.start', { templateId: tpl, scope: 'presence', accountIds: [] });
    await app.call('audits.answer', { runId: run.id, answers: run.items.map((i) => ({ accountId: 0, itemKey: i.key, value: 'yes' as const })) });
    await app.call('audits.finish', { runId: run.id });
    const a = all[400]!;
    const done = await app.call('audits.applyActions', { runId: run.id, actions: [{ accountId: a.id, version: a.version, action: 'to_close' }] });
    expect(done.accounts).toEqual([]);
    expect(done.named.map((x) => x.handle)).toEqual([a.handle]);
  });
});

describe('audits.findAccounts', () => {
  it('pages every live account, searched by handle, name or department with accents ignored', async () => {
    const first = await app.call('audits.findAccounts', {});
    expect(first.total).toBe(599);
    expect(first.items).toHaveLength(50);
    expect(first.ids).toBeNull();
    expect(first.items.map((a) => a.id)).not.toContain(deletedId);
    const next = await app.call('audits.findAccounts', { offset: 50 });
    expect(next.items.map((a) => a.id)).not.toContain(first.items[0]!.id);

    const police = await app.call('audits.findAccounts', { search: 'policia', limit: 200 });
    expect(police.total).toBe(60);
    expect(police.items.every((a) => a.department === 'Policía Local')).toBe(true);
    const byName = await app.call('audits.findAccounts', { search: 'Cuenta 12 de' });
    expect(byName.items.map((a) => a.displayName)).toContain('Cuenta 12 de Deportes');
  });

  it('gives every matching id on request, for "choose all that match"', async () => {
    const page = await app.call('audits.findAccounts', { search: 'educacion', limit: 10, allIds: true });
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(60);
    expect(page.ids).toHaveLength(60);
    expect(page.ids).toEqual(expect.arrayContaining(page.items.map((a) => a.id)));
    expect(page.ids).not.toContain(deletedId);
  });

  it('narrows to a department (any case) and a network, and leaves closed accounts out when asked', async () => {
    await run(app, "update accounts set status = 'closed' where id in (select id from accounts where department = 'Policía Local' and deleted_at is null order by id limit 3)");
    const count = async (where: string) => Number(await valueOf(app, `select count(*) from accounts where deleted_at is null and ${where}`));
    const policeOpen = await count("department = 'Policía Local' and status != 'closed'");
    const policeClosed = await count("department = 'Policía Local' and status = 'closed'");
    expect([policeOpen + policeClosed, policeClosed]).toEqual([60, 3]);
    const police = await app.call('audits.findAccounts', { department: 'policía local', openOnly: true, limit: 200, allIds: true });
    expect([police.total, police.ids!.length]).toEqual([policeOpen, policeOpen]);
    expect(police.items.every((a) => a.department === 'Policía Local' && a.status !== 'closed')).toBe(true);
    const policeX = await app.call('audits.findAccounts', { department: 'Policía Local', network: 'x', limit: 200 });
    expect(policeX.total).toBe(await count("department = 'Policía Local' and network = 'x'"));
    expect(new Set(policeX.items.map((a) => a.network))).toEqual(new Set(['x']));
    expect((await app.call('audits.findAccounts', { department: 'Policía Local', limit: 200 })).total).toBe(60);
  });

  it('refuses bad pages and unknown fields', async () => {
    const fail = (input: unknown) =>
      app.call('audits.findAccounts', input as never).then(
        () => null,
        (e: unknown) => (e as AppError).code,
      );
    expect(await fail({ limit: 201 })).toBe('validation');
    expect(await fail({ offset: -1 })).toBe('validation');
    expect(await fail({ runId: 1 })).toBe('validation');
  });
});

// SQLite's query planner and its index names: the server plans with its own.
describe.runIf(testEngine() === 'sqlite')('run labels and pickers read through indexes', () => {
  it('never scans the accounts, a run’s accounts or its actions', () => {
    const queries = {
      runAccounts: runAccountsQuery(app.ctx.db, 1).compile(),
      named: namedAccountsQuery(app.ctx.db, 1).compile(),
      find: findAccountsQuery(app.ctx.db, { search: '', offset: 0, limit: 50 }).compile(),
      findSearch: findAccountsQuery(app.ctx.db, { search: 'policia', offset: 0, limit: 50 }).compile(),
    };
    const usesIndex: Record<keyof typeof queries, RegExp> = {
      runAccounts: /audit_run_accounts/,
      named: /USING (INTEGER PRIMARY KEY|INDEX)/,
      find: /accounts_live_department/,
      findSearch: /accounts_fts/,
    };
    for (const [name, q] of Object.entries(queries)) {
      const plan = planOf(app.ctx.raw, q);
      expect(plan.filter((l) => /^SCAN (accounts|audit_run_accounts|audit_actions)$/.test(l)), `${name}\n${plan.join('\n')}`).toEqual([]);
      expect(plan.join('\n'), name).toMatch(usesIndex[name as keyof typeof queries]);
    }
  });
});
