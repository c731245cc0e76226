import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionAccountsQuery } from '../../../electron/features/audits/actionAccounts';
import { AppError } from '../../../shared/ipc/errors';
import { planOf, seed } from '../../support/accounts';
import { openTestApp, type TestApp, testEngine } from '../../support/context';

let app: TestApp;
let presenceRun: number;
let healthRun: number;
let healthIds: number[];

/** Start a run of a shipped template and answer every item "not applicable", then finish it. */
async function finishedRun(builtin: 'presence' | 'accountHealth', accountIds: number[] = []): Promise<number> {
  const template = (await app.call('audits.templates', {})).find((t) => t.builtin === builtin)!;
  const run = await app.call('audits.start', { templateId: template.id, scope: builtin === 'presence' ? 'presence' : 'accounts', accountIds });
  const subjects = builtin === 'presence' ? [0] : accountIds;
  await app.call('audits.answer', {
    runId: run.id,
    answers: subjects.flatMap((accountId) => template.items.map((i) => ({ accountId, itemKey: i.key, value: 'na' as const }))),
  });
  await app.call('audits.finish', { runId: run.id });
  return run.id;
}

beforeAll(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  await seed(app, 600);
  const all = await app.call('accounts.list', { limit: 500, sort: 'handle' });
  // One deleted account: never offered for an action.
  await app.call('accounts.delete', { id: all.items[0]!.id, version: all.items[0]!.version });
  healthIds = all.items.slice(1, 4).map((a) => a.id);
  presenceRun = await finishedRun('presence');
  healthRun = await finishedRun('accountHealth', healthIds);
});
afterAll(() => app.close());

describe('audits.actionAccounts', () => {
  it('pages every live account after a presence audit, in department then handle order', async () => {
    const first = await app.call('audits.actionAccounts', { runId: presenceRun, limit: 50 });
    expect(first.total).toBe(599);
    expect(first.items).toHaveLength(50);
    const next = await app.call('audits.actionAccounts', { runId: presenceRun, offset: 50, limit: 50 });
    expect(next.total).toBe(599);
    expect(next.items.map((a) => a.id)).not.toContain(first.items[0]!.id);
    const key = (a: { department: string; handle: string }) => [a.department.toLocaleLowerCase(), a.handle.toLocaleLowerCase()];
    const keys = [...first.items, ...next.items].map(key);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]!.localeCompare(b[0]!, 'en') || a[1]!.localeCompare(b[1]!, 'en')));
    // The last page is short and still counts everything.
    const last = await app.call('audits.actionAccounts', { runId: presenceRun, offset: 580, limit: 50 });
    expect(last.items).toHaveLength(19);
    expect(last.total).toBe(599);
  });

  it('searches handle, display name and department, accents ignored, and nothing else', async () => {
    const police = await app.call('audits.actionAccounts', { runId: presenceRun, search: 'policia', limit: 200 });
    expect(police.total).toBe(60);
    expect(police.items.every((a) => a.department === 'Policía Local')).toBe(true);
    const handle = await app.call('audits.actionAccounts', { runId: presenceRun, search: 'cuenta0007' });
    expect(handle.items.map((a) => a.handle)).toEqual([expect.stringMatching(/^cuenta0007_/)]);
    const name = await app.call('audits.actionAccounts', { runId: presenceRun, search: 'Cuenta 12 de' });
    expect(name.items.map((a) => a.displayName)).toContain('Cuenta 12 de Deportes');
    // Owners are not part of this search.
    expect((await app.call('audits.actionAccounts', { runId: presenceRun, search: 'Persona' })).total).toBe(0);
  });

  it("offers a health check's own accounts only", async () => {
    const page = await app.call('audits.actionAccounts', { runId: healthRun });
    expect(page.items.map((a) => a.id).sort((a, b) => a - b)).toEqual([...healthIds].sort((a, b) => a - b));
    expect(page.total).toBe(3);
  });

  it('refuses unknown runs and bad pages', async () => {
    const fail = (input: unknown) =>
      app.call('audits.actionAccounts', input as never).then(
        () => null,
        (e: unknown) => (e as AppError).code,
      );
    expect(await fail({ runId: 999_999 })).toBe('not_found');
    expect(await fail({ runId: presenceRun, limit: 0 })).toBe('validation');
    expect(await fail({ runId: presenceRun, limit: 201 })).toBe('validation');
    expect(await fail({ runId: presenceRun, offset: -1 })).toBe('validation');
    expect(await fail({ runId: presenceRun, search: 'x'.repeat(201) })).toBe('validation');
    expect(await fail({ runId: presenceRun, extra: 1 })).toBe('validation');
  });

  // SQLite's query planner and its index names: the server plans with its own.
  it.runIf(testEngine() === 'sqlite')('reads a page through indexes, never a full scan of the accounts', () => {
    for (const [kind, search, index] of [
      ['presence', '', /accounts_live_department/],
      ['presence', 'policia', /accounts_fts/],
      ['account', '', /audit_run_accounts/],
      ['account', 'cuenta', /accounts_fts/],
    ] as const) {
      const plan = planOf(app.ctx.raw, actionAccountsQuery(app.ctx.db, kind, { runId: healthRun, search, offset: 0, limit: 50 }).compile());
      expect(plan.filter((l) => /^SCAN (accounts|audit_run_accounts)$/.test(l)), `${kind} ${search}\n${plan.join('\n')}`).toEqual([]);
      expect(plan.join('\n'), `${kind} ${search}`).toMatch(index);
    }
  });
});
