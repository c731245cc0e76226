import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { runsListQuery } from '../../../electron/features/audits/runs';
import { listTemplates } from '../../../electron/features/audits/templates';
import { insertAccounts } from '../../support/audits';
import { openTestApp, type TestApp, testEngine } from '../../support/context';

let app: TestApp;
let clock = Date.UTC(2026, 0, 10, 9);
let presenceId: number;
let healthId: number;
let accounts: number[];

beforeAll(async () => {
  app = await openTestApp({ clock: () => new Date((clock += 60_000)) });
  const templates = await app.call('audits.templates', {});
  presenceId = templates.find((t) => t.builtin === 'presence')!.id;
  healthId = templates.find((t) => t.builtin === 'accountHealth')!.id;
  accounts = await insertAccounts(app.ctx, [
    { network: 'facebook', handle: 'ayto.villanueva', department: 'Alcaldía' },
    { network: 'instagram', handle: 'cultura_villanueva', department: 'Cultura' },
    { network: 'x', handle: 'deportesvva', department: 'Deportes' },
  ]);
});
afterAll(() => app.close());

const expectError = async (p: Promise<unknown>, code: string) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
};

type Answers = Input<'audits.answer'>['answers'];
const all = (keys: string[], value: 'yes' | 'partly' | 'no' | 'na', accountId = 0): Answers => keys.map((itemKey) => ({ itemKey, value, accountId }));

describe('audit templates', () => {
  it('ships the presence audit and the per-account health check, read-only', async () => {
    const templates = await app.call('audits.templates', {});
    const presence = templates.find((t) => t.id === presenceId)!;
    const health = templates.find((t) => t.id === healthId)!;
    expect(presence.kind).toBe('presence');
    expect(presence.items.map((i) => i.key)).toEqual(expect.arrayContaining(['networksFit', 'teamPerProfile', 'peersReviewed', 'measurement', 'staffTrained']));
    expect(health.kind).toBe('account');
    expect(health.items.map((i) => i.key)).toEqual(
      expect.arrayContaining(['branding', 'cadence', 'serviceHours', 'responseTarget', 'twoFactor', 'credentialsPlace', 'ownerTrained', 'purposeWritten']),
    );
    await expectError(app.call('audits.saveTemplate', { id: presenceId, version: 0, name: 'Mía', items: [{ text: 'x' }] }), 'audits.errors.builtinReadOnly');
  });

  it('copies a template and edits the copy: rename, reword, add and remove items', async () => {
    const copy = await app.call('audits.copyTemplate', { id: presenceId, name: 'Auditoría 2026' });
    expect(copy).toMatchObject({ builtin: null, kind: 'presence', name: 'Auditoría 2026', copiedFromId: presenceId });
    const [first, second, ...rest] = copy.items;
    const saved = await app.call('audits.saveTemplate', {
      id: copy.id,
      version: copy.version,
      name: 'Auditoría anual',
      items: [{ key: first!.key, text: '¿Estamos en las redes adecuadas?' }, { key: second!.key, text: null }, ...rest.slice(1).map((i) => ({ key: i.key, text: i.text })), { text: '¿Hay cuenta en la lengua cooficial?' }],
    });
    expect(saved.name).toBe('Auditoría anual');
    expect(saved.version).toBe(copy.version + 1);
    expect(saved.items[0]).toEqual({ key: first!.key, text: '¿Estamos en las redes adecuadas?' });
    expect(saved.items[1]).toEqual({ key: second!.key, text: null });
    expect(saved.items).toHaveLength(copy.items.length);
    expect(saved.items.at(-1)!.text).toBe('¿Hay cuenta en la lengua cooficial?');
    expect(saved.items.map((i) => i.key)).not.toContain(rest[0]!.key);
    // A stale version is a conflict, not a silent overwrite.
    await expectError(app.call('audits.saveTemplate', { id: copy.id, version: copy.version, name: 'Otra', items: [{ text: 'x' }] }), 'conflict');
    // A new item needs its own text.
    const e = await expectError(app.call('audits.saveTemplate', { id: copy.id, version: saved.version, name: 'Otra', items: [{ text: null }] }), 'validation');
    expect(e.params).toMatchObject({ issues: [{ path: 'items.0.text', code: 'required' }] });
  });

  it('keeps the past runs of a template intact when the template changes', async () => {
    const copy = await app.call('audits.copyTemplate', { id: presenceId, name: 'Para editar' });
    const keys = copy.items.map((i) => i.key);
    const run = await app.call('audits.start', { templateId: copy.id, scope: 'presence' });
    await app.call('audits.answer', { runId: run.id, answers: all(keys, 'yes') });
    const done = await app.call('audits.finish', { runId: run.id });
    await app.call('audits.saveTemplate', { id: copy.id, version: copy.version, name: 'Editada', items: [{ text: 'Una sola pregunta nueva' }] });
    const again = await app.call('audits.get', { id: run.id });
    expect(again.items).toEqual(copy.items);
    expect(again.templateName).toBe('Para editar');
    expect(again.answers).toHaveLength(keys.length);
    expect(again.score).toBe(1);
    expect(again).toEqual(done);
    // Deleting the template keeps its audits too.
    await app.call('audits.deleteTemplate', { id: copy.id, version: (await app.call('audits.templates', {})).find((t) => t.id === copy.id)!.version });
    expect((await app.call('audits.templates', {})).map((t) => t.id)).not.toContain(copy.id);
    expect(await app.call('audits.get', { id: run.id })).toEqual(done);
    await expectError(app.call('audits.start', { templateId: copy.id, scope: 'presence' }), 'audits.errors.templateDeleted');
    await app.call('audits.restoreTemplate', { id: copy.id });
  });
});

describe('audit runs', () => {
  it('saves some answers, comes back to them, and finishes only when all are answered', async () => {
    const run = await app.call('audits.start', { templateId: presenceId, scope: 'presence' });
    expect(run).toMatchObject({ status: 'open', answered: 0, total: run.items.length, score: null });
    const keys = run.items.map((i) => i.key);
    await app.call('audits.answer', { runId: run.id, answers: [{ itemKey: keys[0]!, value: 'partly', note: 'Falta TikTok para jóvenes' }] });
    const open = await app.call('audits.runs', { status: 'open' });
    expect(open.find((r) => r.id === run.id)).toMatchObject({ answered: 1, total: keys.length });
    const resumed = await app.call('audits.get', { id: run.id });
    expect(resumed.answers).toEqual([{ accountId: 0, itemKey: keys[0], value: 'partly', note: 'Falta TikTok para jóvenes' }]);
    // Changing an answer replaces it.
    await app.call('audits.answer', { runId: run.id, answers: [{ itemKey: keys[0]!, value: 'yes', note: '' }] });
    expect((await app.call('audits.get', { id: run.id })).answers).toHaveLength(1);
    const missing = await expectError(app.call('audits.finish', { runId: run.id }), 'audits.errors.unanswered');
    expect(missing.params).toEqual({ count: keys.length - 1 });
    await app.call('audits.answer', { runId: run.id, answers: all(keys.slice(1), 'na') });
    const done = await app.call('audits.finish', { runId: run.id });
    expect(done.status).toBe('finished');
    // The clock ticks a minute per read: the finish is the last instant it gave.
    expect(done.finishedAt).toBe(new Date(clock).toISOString());
  });

  it('freezes a finished run: answering or finishing again is a typed error', async () => {
    const run = await app.call('audits.start', { templateId: presenceId, scope: 'presence' });
    const keys = run.items.map((i) => i.key);
    await app.call('audits.answer', { runId: run.id, answers: all(keys, 'no') });
    const done = await app.call('audits.finish', { runId: run.id });
    await expectError(app.call('audits.answer', { runId: run.id, answers: [{ itemKey: keys[0]!, value: 'yes' }] }), 'audits.errors.finished');
    await expectError(app.call('audits.finish', { runId: run.id }), 'audits.errors.finished');
    expect(await app.call('audits.get', { id: run.id })).toEqual(done);
  });

  it('scores yes 1, partly ½, no 0 and leaves out not applicable', async () => {
    const run = await app.call('audits.start', { templateId: presenceId, scope: 'presence' });
    const keys = run.items.map((i) => i.key);
    // yes, partly, no, then n/a for the rest: (1 + 0.5 + 0) / 3.
    const answers: Answers = keys.map((itemKey, i) => ({ itemKey, value: i === 0 ? 'yes' : i === 1 ? 'partly' : i === 2 ? 'no' : 'na' }));
    await app.call('audits.answer', { runId: run.id, answers });
    const done = await app.call('audits.finish', { runId: run.id });
    expect(done.score).toBeCloseTo(0.5);
  });

  it('checks health per account, with a score for each account', async () => {
    await expectError(app.call('audits.start', { templateId: healthId, scope: 'presence' }), 'validation');
    await expectError(app.call('audits.start', { templateId: healthId, scope: 'accounts', accountIds: [] }), 'validation');
    const run = await app.call('audits.start', { templateId: healthId, scope: 'accounts', accountIds: [accounts[0]!, accounts[1]!] });
    expect(run.accounts.map((a) => a.handle).sort()).toEqual(['ayto.villanueva', 'cultura_villanueva']);
    expect(run.total).toBe(run.items.length * 2);
    const keys = run.items.map((i) => i.key);
    await expectError(app.call('audits.answer', { runId: run.id, answers: all(keys, 'yes', accounts[2]!) }), 'validation');
    await expectError(app.call('audits.answer', { runId: run.id, answers: all(keys, 'yes', 0) }), 'validation');
    await expectError(app.call('audits.answer', { runId: run.id, answers: [{ itemKey: 'nope', value: 'yes', accountId: accounts[0]! }] }), 'validation');
    await app.call('audits.answer', { runId: run.id, answers: [...all(keys, 'yes', accounts[0]!), ...all(keys, 'no', accounts[1]!)] });
    const done = await app.call('audits.finish', { runId: run.id });
    expect(done.score).toBe(0.5);
    expect(new Map(done.accountScores.map((s) => [s.accountId, s.score]))).toEqual(new Map([[accounts[0]!, 1], [accounts[1]!, 0]]));
  });
});

describe('audit history', () => {
  it('lists scores over time and compares a run with the previous one', async () => {
    const tpl = await app.call('audits.copyTemplate', { id: presenceId, name: 'Comparable' });
    const [a, b, c, d] = tpl.items.map((i) => i.key);
    const rest = tpl.items.slice(4).map((i) => i.key);
    const first = await app.call('audits.start', { templateId: tpl.id, scope: 'presence' });
    await app.call('audits.answer', {
      runId: first.id,
      answers: [{ itemKey: a!, value: 'no' }, { itemKey: b!, value: 'yes' }, { itemKey: c!, value: 'partly' }, { itemKey: d!, value: 'na' }, ...all(rest, 'yes')],
    });
    await app.call('audits.finish', { runId: first.id });
    expect((await app.call('audits.history', { templateId: tpl.id })).comparison).toBeNull();

    const second = await app.call('audits.start', { templateId: tpl.id, scope: 'presence' });
    await app.call('audits.answer', {
      runId: second.id,
      answers: [{ itemKey: a!, value: 'yes' }, { itemKey: b!, value: 'partly' }, { itemKey: c!, value: 'partly' }, { itemKey: d!, value: 'yes' }, ...all(rest, 'yes')],
    });
    await app.call('audits.finish', { runId: second.id });

    const h = await app.call('audits.history', { templateId: tpl.id });
    expect(h.points.map((p) => p.runId)).toEqual([first.id, second.id]);
    expect(h.comparison).toMatchObject({
      runId: second.id,
      previousRunId: first.id,
      improved: [{ key: a, before: 0, after: 1 }],
      worse: [{ key: b, before: 1, after: 0.5 }],
      onlyAfter: [d],
    });
    expect(h.comparison!.unchanged).toContain(c);
    // Asking for the first run: nothing before it.
    expect((await app.call('audits.history', { templateId: tpl.id, runId: first.id })).comparison).toBeNull();
    // The list shows the latest score.
    const listed = (await app.call('audits.templates', {})).find((t) => t.id === tpl.id)!;
    expect(listed).toMatchObject({ runCount: 2, lastScore: h.points[1]!.score });
  });
});

describe('audit history per account', () => {
  it('says which accounts got better or worse between two health checks', async () => {
    const ids = [accounts[0]!, accounts[1]!];
    const scores: number[][] = [];
    for (const [first, second] of [['yes', 'no'], ['partly', 'yes']] as const) {
      const run = await app.call('audits.start', { templateId: healthId, scope: 'accounts', accountIds: ids });
      const keys = run.items.map((i) => i.key);
      await app.call('audits.answer', { runId: run.id, answers: [...all(keys, first, ids[0]), ...all(keys, second, ids[1])] });
      const done = await app.call('audits.finish', { runId: run.id });
      scores.push(ids.map((id) => done.accountScores.find((s) => s.accountId === id)!.score!));
    }
    const h = await app.call('audits.history', { templateId: healthId });
    expect(h.comparison!.accountChanges).toEqual({
      improved: [{ key: String(ids[1]), before: 0, after: 1 }],
      worse: [{ key: String(ids[0]), before: 1, after: 0.5 }],
    });
    expect(h.comparison!.accounts.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(scores).toEqual([[1, 0], [0.5, 1]]);
  });
});

describe('actions from a finished audit', () => {
  /** Three accounts of their own and a finished health check of them, so no test here leans on another's data. */
  let own = 0;
  async function finishedRun() {
    own++;
    const accounts = await insertAccounts(app.ctx, [
      { network: 'facebook', handle: `alcaldia.acciones${own}`, department: 'Alcaldía' },
      { network: 'instagram', handle: `cultura.acciones${own}`, department: 'Cultura' },
      { network: 'x', handle: `deportes_acciones${own}`, department: 'Deportes' },
    ]);
    const run = await app.call('audits.start', { templateId: healthId, scope: 'accounts', accountIds: accounts });
    const keys = run.items.map((i) => i.key);
    await expectError(
      app.call('audits.applyActions', { runId: run.id, actions: [{ accountId: accounts[0]!, version: 0, action: 'to_close' }] }),
      'audits.errors.notFinished',
    );
    await app.call('audits.answer', { runId: run.id, answers: accounts.flatMap((id) => all(keys, 'partly', id)) });
    await app.call('audits.finish', { runId: run.id });
    return { run, accounts };
  }
  /** accounts[1] merges into accounts[0]; accounts[2] is to close and trained. */
  async function acted() {
    const { run, accounts } = await finishedRun();
    const before = (await app.call('audits.get', { id: run.id })).accounts;
    const v = (id: number) => before.find((a) => a.id === id)!.version;
    const done = await app.call('audits.applyActions', {
      runId: run.id,
      actions: [
        { accountId: accounts[1]!, version: v(accounts[1]!), action: 'to_merge', mergeIntoId: accounts[0]! },
        { accountId: accounts[2]!, version: v(accounts[2]!), action: 'to_close', note: 'Sin actividad desde 2023' },
        { accountId: accounts[0]!, version: v(accounts[0]!), action: 'trained', trainedOn: '2026-01-15' },
        // A second action on the same account in one batch builds on the first.
        { accountId: accounts[2]!, version: v(accounts[2]!), action: 'trained', trainedOn: '2026-01-16' },
      ],
    });
    return { run, accounts, v, done };
  }

  it('marks accounts to merge or close and records training, with versions, and keeps the record with the run', async () => {
    const { accounts, v, done } = await acted();
    const rows = await app.ctx.db.selectFrom('accounts').select(['id', 'status', 'mergeIntoId', 'ownerTrainedOn', 'version']).orderBy('id').execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(accounts[1]!)).toMatchObject({ status: 'to_merge', mergeIntoId: accounts[0], version: v(accounts[1]!) + 1 });
    expect(byId.get(accounts[2]!)).toMatchObject({ status: 'to_close', ownerTrainedOn: '2026-01-16', version: v(accounts[2]!) + 2 });
    expect(byId.get(accounts[0]!)).toMatchObject({ status: 'active', ownerTrainedOn: '2026-01-15', version: v(accounts[0]!) + 1 });
    expect(done.actions.map((a) => [a.accountId, a.action])).toEqual([
      [accounts[1], 'to_merge'],
      [accounts[2], 'to_close'],
      [accounts[0], 'trained'],
      [accounts[2], 'trained'],
    ]);
    expect(done.actions[1]!.note).toBe('Sin actividad desde 2023');
  });

  it('writes nothing when one action is stale or invalid', async () => {
    // After the actions, accounts[1] is past version 0: 0 is stale.
    const { run, accounts } = await acted();
    const before = await app.ctx.db.selectFrom('accounts').selectAll().orderBy('id').execute();
    const first = before.find((a) => a.id === accounts[0])!;
    const actionsBefore = (await app.call('audits.get', { id: run.id })).actions.length;
    await expectError(
      app.call('audits.applyActions', {
        runId: run.id,
        actions: [
          { accountId: accounts[0]!, version: first.version, action: 'to_close' },
          { accountId: accounts[1]!, version: 0, action: 'to_close' },
        ],
      }),
      'conflict',
    );
    const e = await expectError(
      app.call('audits.applyActions', { runId: run.id, actions: [{ accountId: accounts[0]!, version: first.version, action: 'trained' }] }),
      'validation',
    );
    expect(e.params).toMatchObject({ issues: [{ path: 'actions.0.trainedOn', code: 'audits.errors.trainedOnRequired' }] });
    expect(await app.ctx.db.selectFrom('accounts').selectAll().orderBy('id').execute()).toEqual(before);
    expect((await app.call('audits.get', { id: run.id })).actions).toHaveLength(actionsBefore);
  });
  it('refuses a merge chain or loop as the account form does, and writes nothing', async () => {
    const { run, accounts } = await acted();
    const before = await app.ctx.db.selectFrom('accounts').selectAll().orderBy('id').execute();
    const version = (id: number) => before.find((a) => a.id === id)!.version;
    const intoMerging = await expectError(
      app.call('audits.applyActions', { runId: run.id, actions: [{ accountId: accounts[2]!, version: version(accounts[2]!), action: 'to_merge', mergeIntoId: accounts[1]! }] }),
      'validation',
    );
    expect(intoMerging.params).toMatchObject({ issues: [{ path: 'actions.0.mergeIntoId', code: 'accounts.errors.mergeTargetToMerge' }] });
    const keptOne = await expectError(
      app.call('audits.applyActions', {
        runId: run.id,
        actions: [
          { accountId: accounts[2]!, version: version(accounts[2]!), action: 'trained', trainedOn: '2026-01-20' },
          { accountId: accounts[0]!, version: version(accounts[0]!), action: 'to_merge', mergeIntoId: accounts[2]! },
        ],
      }),
      'validation',
    );
    expect(keptOne.params).toMatchObject({ issues: [{ path: 'actions.1.action', code: 'accounts.errors.mergeTargetOfOthers', params: { count: 1 } }] });
    expect(await app.ctx.db.selectFrom('accounts').selectAll().orderBy('id').execute()).toEqual(before);
  });
});

// SQLite's query planner and its index names: the server plans with its own.
describe.runIf(testEngine() === 'sqlite')('audit queries use indexes', () => {
  const plan = (sqlText: string, params: unknown[] = []) =>
    (app.ctx.raw.prepare(`explain query plan ${sqlText}`).all(...params) as { detail: string }[]).map((r) => r.detail);

  it('reads history and run lists without scanning whole tables', async () => {
    const cases: [string, string, unknown[]][] = [
      ['history', 'select id from audit_runs where template_id = ? and status = ? order by finished_at, id', [1, 'finished']],
      ['runs of a template', 'select id from audit_runs where template_id = ? order by started_at desc', [1]],
      ['answers of runs', 'select * from audit_answers where run_id in (?, ?)', [1, 2]],
      ['accounts of a run', 'select account_id from audit_run_accounts where run_id = ?', [1]],
      ['actions of a run', 'select * from audit_actions where run_id = ?', [1]],
      ['answer count', 'select count(*) from audit_answers a where a.run_id = ?', [1]],
    ];
    for (const [label, q, params] of cases) {
      const details = plan(q, params);
      expect(details.some((d) => /SCAN (audit_\w+|a)\b(?! USING)/.test(d)), `${label}: ${details.join(' | ')}`).toBe(false);
    }
  });

  it('lists runs and templates, as the screens ask for them, through indexes', async () => {
    const queries = [
      runsListQuery(app.ctx.db, {}).compile(),
      runsListQuery(app.ctx.db, { status: 'open' }).compile(),
      runsListQuery(app.ctx.db, { templateId: presenceId }).compile(),
    ];
    for (const q of queries) {
      const details = plan(q.sql, [...q.parameters]);
      // Runs come from an index in date order; each count is an index lookup.
      expect(details.some((d) => /^SCAN r\b(?! USING)/.test(d) || /SCAN (a|ra)\b/.test(d)), details.join(' | ')).toBe(false);
    }
    // Template rows are few (shipped plus copies); their run counts are index lookups.
    const copy = await app.call('audits.copyTemplate', { id: presenceId, name: 'Para la lista' });
    expect((await listTemplates(app.ctx.db)).map((t) => t.id)).toEqual(expect.arrayContaining([presenceId, healthId, copy.id]));
  });
});
