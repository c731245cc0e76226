import type { z } from 'zod';
import type { ActionDraft, AnswerDraft, History, RunDetail, RunStatus, RunSummary, ScopeAccount } from '../../../shared/features/audits/contract';
import { accountScores, compareItems, itemScores, scoreOf } from '../../../shared/features/audits/scoring';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, updateVersioned } from '../../db/transaction';
import { getTemplate, parseItems } from './templates';
import { mergeIssues } from '../accounts/service';
import { recordTraining } from '../strategy/people';
import { recordProgress } from '../strategy/progress';

/** What labels an account on the audit screens (and its version, for actions). */
export const labelColumns = ['id', 'version', 'network', 'handle', 'displayName', 'department', 'status', 'ownerTrainedOn', 'ownerName', 'twoFactor', 'brandingCheckedOn'] as const;

/** Accounts that can be audited: every live (not deleted) account, in one indexed read. */
export async function scopeAccounts(db: Db, ids?: number[]): Promise<ScopeAccount[]> {
  let q = db.selectFrom('accounts').select(labelColumns);
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  } else {
    q = q.where('deletedAt', 'is', null);
  }
  return q.orderBy('department').orderBy('network').orderBy('handle').execute();
}

/** A run's own accounts (deleted ones too: the run keeps them), through the run's key, then each account by its id. */
export function runAccountsQuery(db: Db, runId: number) {
  return db
    .selectFrom('accounts')
    .select(labelColumns)
    .where('id', 'in', db.selectFrom('auditRunAccounts').select('accountId').where('runId', '=', runId))
    .orderBy('department')
    .orderBy('network')
    .orderBy('handle');
}

/** The accounts a run's actions name, acted on or merged into, so the run screen labels them without loading the inventory. */
export function namedAccountsQuery(db: Db, runId: number) {
  return db
    .selectFrom('accounts')
    .select(labelColumns)
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('auditActions').select('accountId').where('runId', '=', runId)),
        eb('id', 'in', eb.selectFrom('auditActions').select('mergeIntoId').where('runId', '=', runId).where('mergeIntoId', 'is not', null)),
      ]),
    );
}

const summaryColumns = [
  'r.id',
  'r.templateId',
  'r.templateName',
  'r.kind',
  'r.scope',
  'r.status',
  'r.startedAt',
  'r.finishedAt',
  'r.score',
  'r.items',
  'r.version',
  't.builtin',
] as const;

/** A run with its counts, in one statement (no query per row). */
function runSelect(db: Db) {
  return db
    .selectFrom('auditRuns as r')
    .innerJoin('auditTemplates as t', 't.id', 'r.templateId')
    .select((eb) => [
      ...summaryColumns,
      eb.selectFrom('auditAnswers as a').whereRef('a.runId', '=', 'r.id').select((e) => e.fn.countAll<number>().as('n')).as('answered'),
      eb.selectFrom('auditRunAccounts as ra').whereRef('ra.runId', '=', 'r.id').select((e) => e.fn.countAll<number>().as('n')).as('accountCount'),
    ]);
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runSelect>['executeTakeFirstOrThrow']>>;

function toSummary(r: RunRow): RunSummary & { version: number } {
  const items = parseItems(r.items);
  const subjects = r.kind === 'account' ? Number(r.accountCount ?? 0) : 1;
  return {
    id: r.id,
    version: r.version,
    templateId: r.templateId,
    templateName: r.templateName,
    builtin: r.builtin === 'presence' || r.builtin === 'accountHealth' ? r.builtin : null,
    kind: r.kind,
    scope: r.scope,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    score: r.score,
    answered: Number(r.answered ?? 0),
    total: items.length * subjects,
  };
}

type RunFilter = { templateId?: number; status?: z.infer<typeof RunStatus> };

/** The runs list, newest first (exported so a test can check its query plan). */
export function runsListQuery(db: Db, filter: RunFilter) {
  let q = runSelect(db);
  if (filter.templateId !== undefined) q = q.where('r.templateId', '=', filter.templateId);
  if (filter.status !== undefined) q = q.where('r.status', '=', filter.status);
  return q.orderBy('r.startedAt', 'desc').orderBy('r.id', 'desc').limit(500);
}

export async function listRuns(db: Db, filter: RunFilter): Promise<RunSummary[]> {
  const rows = await runsListQuery(db, filter).execute();
  return rows.map((r) => {
    const { version: _v, ...s } = toSummary(r);
    return s;
  });
}

export async function getRun(db: Db, id: number): Promise<RunDetail> {
  const row = await runSelect(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  const summary = toSummary(row);
  const [accounts, named, answers, actions] = await Promise.all([
    runAccountsQuery(db, id).execute(),
    namedAccountsQuery(db, id).execute(),
    db.selectFrom('auditAnswers').select(['accountId', 'itemKey', 'value', 'note']).where('runId', '=', id).execute(),
    db
      .selectFrom('auditActions')
      .select(['id', 'accountId', 'action', 'mergeIntoId', 'trainedOn', 'note', 'createdAt'])
      .where('runId', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  const items = parseItems(row.items);
  const itemKeys = new Set(items.map((i) => i.key));
  const counted = answers.filter((a) => itemKeys.has(a.itemKey));
  return {
    ...summary,
    items,
    accounts,
    named,
    answers,
    accountScores: summary.kind === 'account' ? [...accountScores(counted)].map(([accountId, score]) => ({ accountId, score })) : [],
    currentScore: scoreOf(counted.map((a) => a.value)),
    actions,
  };
}

/** Begin a run: the template's items are copied into it, so later edits of the template leave it alone. */
export async function startRun(
  ctx: AppContext,
  input: { templateId: number; scope: 'presence' | 'accounts'; accountIds: number[] },
): Promise<RunDetail> {
  const template = await getTemplate(ctx.db, input.templateId);
  if (template.deleted) throw new AppError('audits.errors.templateDeleted');
  const ids = [...new Set(input.accountIds)];
  if (input.scope === 'accounts' && ids.length === 0) {
    throw AppError.validation([{ path: 'accountIds', code: 'audits.errors.accountsRequired' }]);
  }
  if (template.kind === 'account' && input.scope !== 'accounts') {
    throw AppError.validation([{ path: 'scope', code: 'audits.errors.accountsRequired' }]);
  }
  if (input.scope === 'presence' && ids.length > 0) {
    throw AppError.validation([{ path: 'accountIds', code: 'invalid_value' }]);
  }
  const now = nowIso(ctx.now());
  const id = await inTransaction(ctx.db, async (trx) => {
    if (ids.length > 0) {
      const live = await trx.selectFrom('accounts').select('id').where('id', 'in', ids).where('deletedAt', 'is', null).execute();
      const liveIds = new Set(live.map((a) => a.id));
      const missing = ids.filter((i) => !liveIds.has(i));
      if (missing.length > 0) throw new AppError('audits.errors.accountGone', { ids: missing.join(', ') });
    }
    const run = await trx
      .insertInto('auditRuns')
      .values({
        templateId: template.id,
        kind: template.kind,
        templateName: template.name,
        items: JSON.stringify(template.items),
        scope: input.scope,
        startedAt: now,
        finishedAt: null,
        score: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (ids.length > 0) {
      await trx
        .insertInto('auditRunAccounts')
        .values(ids.map((accountId) => ({ runId: run.id, accountId })))
        .execute();
    }
    return run.id;
  });
  return getRun(ctx.db, id);
}

async function openRun(db: Db, runId: number) {
  const run = await db.selectFrom('auditRuns').select(['id', 'status', 'kind', 'items', 'version']).where('id', '=', runId).executeTakeFirst();
  if (!run) throw new AppError('not_found', { id: runId });
  return run;
}

/** Save some answers (all or a few: come back later for the rest). Refused once the run is finished. */
export async function answer(ctx: AppContext, runId: number, drafts: z.output<typeof AnswerDraft>[]): Promise<RunDetail> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const run = await openRun(trx, runId);
    if (run.status === 'finished') throw new AppError('audits.errors.finished', { id: runId });
    const keys = new Set(parseItems(run.items).map((i) => i.key));
    const scope = new Set((await trx.selectFrom('auditRunAccounts').select('accountId').where('runId', '=', runId).execute()).map((r) => r.accountId));
    drafts.forEach((d, i) => {
      if (!keys.has(d.itemKey)) throw AppError.validation([{ path: `answers.${i}.itemKey`, code: 'audits.errors.unknownItem' }]);
      if (run.kind === 'account' && !scope.has(d.accountId)) {
        throw AppError.validation([{ path: `answers.${i}.accountId`, code: 'audits.errors.accountNotInScope' }]);
      }
      if (run.kind === 'presence' && d.accountId !== 0) {
        throw AppError.validation([{ path: `answers.${i}.accountId`, code: 'audits.errors.presenceAnswerOnly' }]);
      }
    });
    for (const d of drafts) {
      await trx
        .insertInto('auditAnswers')
        .values({ runId, accountId: d.accountId, itemKey: d.itemKey, value: d.value, note: d.note, answeredAt: now })
        .onConflict((oc) => oc.columns(['runId', 'accountId', 'itemKey']).doUpdateSet({ value: d.value, note: d.note, answeredAt: now }))
        .execute();
    }
    await updateVersioned(trx, 'auditRuns', runId, run.version, {}, now);
  });
  return getRun(ctx.db, runId);
}

/** Close the run: every item answered (not applicable counts as an answer), score stored, nothing changes after. */
export async function finish(ctx: AppContext, runId: number): Promise<RunDetail> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const run = await openRun(trx, runId);
    if (run.status === 'finished') throw new AppError('audits.errors.finished', { id: runId });
    const detail = await getRun(trx, runId);
    const missing = detail.total - detail.answers.filter((a) => detail.items.some((i) => i.key === a.itemKey)).length;
    if (missing > 0) throw new AppError('audits.errors.unanswered', { count: missing });
    await updateVersioned(trx, 'auditRuns', runId, run.version, { status: 'finished', finishedAt: now, score: detail.currentScore }, now);
    await recordProgress(ctx, trx, 'audit');
  });
  return getRun(ctx.db, runId);
}

/** Finished runs of a template over time, and how one compares with the run before it. */
export async function history(db: Db, templateId: number, runId?: number): Promise<History> {
  await getTemplate(db, templateId);
  const runs = await db
    .selectFrom('auditRuns')
    .select(['id', 'finishedAt', 'score', 'items', 'kind'])
    .where('templateId', '=', templateId)
    .where('status', '=', 'finished')
    .orderBy('finishedAt')
    .orderBy('id')
    .execute();
  const points = runs.map((r) => ({ runId: r.id, finishedAt: r.finishedAt ?? '', score: r.score }));
  const at = runId === undefined ? runs.length - 1 : runs.findIndex((r) => r.id === runId);
  if (runId !== undefined && at < 0) throw new AppError('not_found', { id: runId });
  if (at < 1) return { templateId, points, comparison: null };
  const after = runs[at]!;
  const before = runs[at - 1]!;
  const answers = await db
    .selectFrom('auditAnswers')
    .select(['runId', 'accountId', 'itemKey', 'value'])
    .where('runId', 'in', [before.id, after.id])
    .execute();
  const counted = (run: typeof after) => {
    const keys = new Set(parseItems(run.items).map((i) => i.key));
    return answers.filter((a) => a.runId === run.id && keys.has(a.itemKey));
  };
  const c = compareItems(itemScores(counted(before)), itemScores(counted(after)));
  const byAccount = (run: typeof after) => new Map([...accountScores(counted(run))].map(([id, s]) => [String(id), s]));
  const perAccount = after.kind === 'account' ? compareItems(byAccount(before), byAccount(after)) : null;
  const accountIds = [...new Set(answers.filter((a) => a.accountId !== 0).map((a) => a.accountId))];
  return {
    templateId,
    points,
    comparison: {
      runId: after.id,
      previousRunId: before.id,
      items: parseItems(after.items),
      previousItems: parseItems(before.items),
      ...c,
      scoreBefore: before.score,
      scoreAfter: after.score,
      accountChanges: perAccount && { improved: perAccount.improved, worse: perAccount.worse },
      accounts: await scopeAccounts(db, accountIds),
    },
  };
}

/**
 * Turn a finished run's findings into changes on accounts, all or none:
 * mark to merge (optionally into another account) or to close, or record
 * that the owner was trained. Each account is updated against the version
 * the user saw, and every action is recorded with the run.
 */
export async function applyActions(ctx: AppContext, runId: number, actions: z.output<typeof ActionDraft>[]): Promise<RunDetail> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const run = await openRun(trx, runId);
    if (run.status !== 'finished') throw new AppError('audits.errors.notFinished', { id: runId });
    const versions = new Map<number, number>();
    for (const [i, a] of actions.entries()) {
      const account = await trx.selectFrom('accounts').select(['id', 'deletedAt', 'ownerPersonId']).where('id', '=', a.accountId).executeTakeFirst();
      if (!account || account.deletedAt !== null) {
        throw AppError.validation([{ path: `actions.${i}.accountId`, code: 'audits.errors.accountGone', params: { ids: a.accountId } }]);
      }
      if (a.action === 'to_merge' && a.mergeIntoId !== null) {
        const target = await trx.selectFrom('accounts').select('id').where('id', '=', a.mergeIntoId).where('deletedAt', 'is', null).executeTakeFirst();
        if (!target) throw AppError.validation([{ path: `actions.${i}.mergeIntoId`, code: 'audits.errors.mergeTargetGone' }]);
      }
      if (a.action === 'to_merge') {
        // The account form's rule: no chains or loops (checked against this batch's earlier actions too).
        const issues = await mergeIssues(trx, { id: a.accountId, status: 'to_merge', mergeIntoId: a.mergeIntoId }, { mergeIntoId: `actions.${i}.mergeIntoId`, status: `actions.${i}.action` });
        if (issues.length > 0) throw AppError.validation(issues);
      }
      // Two actions on one account in the same batch: the second builds on the first.
      const version = versions.get(a.accountId) ?? a.version;
      // Training belongs to the owner as a person (every account they own reads it); an account without one keeps the date itself.
      const values =
        a.action === 'trained'
          ? account.ownerPersonId === null
            ? { ownerTrainedOn: a.trainedOn }
            : {}
          : a.action === 'to_merge'
            ? { status: 'to_merge', mergeIntoId: a.mergeIntoId }
            : { status: 'to_close', mergeIntoId: null };
      versions.set(a.accountId, await updateVersioned(trx, 'accounts', a.accountId, version, values, now));
      if (a.action === 'trained' && account.ownerPersonId !== null && a.trainedOn !== null) {
        await recordTraining(trx, { personId: account.ownerPersonId, topic: a.note, on: a.trainedOn, by: '' }, now);
      }
      await trx
        .insertInto('auditActions')
        .values({
          runId,
          accountId: a.accountId,
          action: a.action,
          mergeIntoId: a.action === 'to_merge' ? a.mergeIntoId : null,
          trainedOn: a.action === 'trained' ? a.trainedOn : null,
          note: a.note,
          createdAt: now,
        })
        .execute();
    }
    await trx.updateTable('auditRuns').set({ updatedAt: now }).where('id', '=', runId).execute();
  });
  return getRun(ctx.db, runId);
}

