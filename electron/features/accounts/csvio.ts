
import type { AccountDraft, ImportResult } from '../../../shared/features/accounts/contract';
import {
  accountKey,
  checkAccountRules,
  type CsvField,
  type CsvLanguage,
  type ParsedRow,
  parseAccountsCsv,
  writeAccountsCsv,
} from '../../../shared/features/accounts/csv';
import type { AppContext } from '../../context';
import { inTransaction, nextVersion, nowIso } from '../../db/transaction';
import { applyOwnerTraining, knownPeople, personNamed, resolvePeople } from '../strategy/people';
import { recordProgress } from '../strategy/progress';
import { getSettings } from '../settings/service';
import { asDraft, draftValues, toAccount } from './service';

const same = (a: AccountDraft, b: AccountDraft) => JSON.stringify(draftValues(a)) === JSON.stringify(draftValues(b));

/**
 * The merge target a row asks for: an account id, the key of an account this
 * same file creates (its id is known once inserted), or the reason it cannot
 * be one. Without the column an update keeps its target while it stays to
 * merge (a status change clears it, as the form does).
 */
function mergeTargetOf(
  { mergeInto }: ParsedRow,
  draft: AccountDraft,
  before: AccountDraft | undefined,
  existing: Map<string, { id: number }>,
  named: Map<string, number>,
): { id: number | null } | { pending: string } | { code: string } {
  if (mergeInto === undefined) return { id: before && draft.status === 'to_merge' ? before.mergeIntoId : null };
  if (mergeInto === null) return { id: null };
  if (draft.status !== 'to_merge') return { code: 'accounts.errors.mergeOnlyToMerge' };
  const key = accountKey(mergeInto);
  const target = existing.get(key);
  if (target) return { id: target.id };
  return named.has(key) ? { pending: key } : { code: 'accounts.csv.mergeTargetUnknown' };
}

/** What a row leaves of an account's merge: its status, its target's key and whether the row sets or changes either. */
type MergePlan = { row: number; key: string; status: AccountDraft['status']; target: string | null; text: string; changed: boolean };

/**
 * A merge goes into the account that stays, as accounts.save requires: with
 * the file applied, a row that sets or changes a merge may neither name an
 * account left to merge (in the inventory or by another row) nor mark to merge
 * an account that others, untouched by the file, merge into (the file's own
 * pointers are reported on their rows). Rows that change nothing of a merge
 * pass, so a chain already in the inventory does not refuse its own export.
 */
function mergeChainErrors(
  merges: MergePlan[],
  existing: Map<string, ReturnType<typeof toAccount>>,
  keyOfId: Map<number, string>,
  columnOf: (field: string) => string,
): ImportResult['errors'] {
  const after = new Map<string, { status: string; target: string | null; checked: boolean }>();
  for (const [key, a] of existing) after.set(key, { status: a.status, target: a.mergeIntoId === null ? null : (keyOfId.get(a.mergeIntoId) ?? null), checked: false });
  for (const m of merges) after.set(m.key, { status: m.status, target: m.target, checked: m.changed });
  const unchecked = new Map<string, number>();
  for (const [key, a] of after) {
    if (a.checked || a.status !== 'to_merge' || a.target === null || a.target === key) continue;
    unchecked.set(a.target, (unchecked.get(a.target) ?? 0) + 1);
  }
  const errors: ImportResult['errors'] = [];
  for (const m of merges) {
    if (!m.changed || m.status !== 'to_merge') continue;
    if (m.target !== null && after.get(m.target)?.status === 'to_merge') {
      errors.push({ row: m.row, column: columnOf('mergeInto'), code: 'accounts.errors.mergeTargetToMerge', params: { value: m.text } });
    }
    const count = unchecked.get(m.key);
    if (count) errors.push({ row: m.row, column: columnOf('status'), code: 'accounts.errors.mergeTargetOfOthers', params: { count } });
  }
  return errors;
}

/**
 * All or nothing: every row is checked first (and every problem reported);
 * only a clean file is written, in one transaction. A row whose network and
 * handle (any case) match a live account updates it, so importing the same
 * file twice changes nothing the second time. A merge target (`network:handle`)
 * names a live account or one the file creates, on any row.
 */
export async function importAccountsCsv(ctx: AppContext, input: { csv: string; dryRun: boolean }): Promise<ImportResult> {
  const parsed = parseAccountsCsv(input.csv);
  const errors = [...parsed.errors];
  const existing = new Map<string, ReturnType<typeof toAccount>>();
  const keyOfId = new Map<number, string>();
  for (const row of await ctx.db.selectFrom('accounts').selectAll().where('deletedAt', 'is', null).execute()) {
    const a = toAccount(row);
    existing.set(accountKey(a), a);
    keyOfId.set(a.id, accountKey(a));
  }
  // A row's owner is a person by name: an existing one is kept as is, a new name becomes a person when written.
  // Names are matched as people.save keeps them unique (personNamed): case ignored as the database ignores it.
  const personById = new Map<number, Awaited<ReturnType<typeof knownPeople>>[number]>();
  for (const p of await knownPeople(ctx.db)) personById.set(p.id, p);
  const ownerIds = new Map<string, number | undefined>();
  const personOf = async (name: string) => {
    if (!ownerIds.has(name)) ownerIds.set(name, (await personNamed(ctx.db, name))?.id);
    const id = ownerIds.get(name);
    return id === undefined ? undefined : personById.get(id);
  };

  /** Rows to write; `pending` is the key of a target this file creates. */
  const creates: { draft: AccountDraft; pending?: string }[] = [];
  const updates: { id: number; draft: AccountDraft; pending?: string; trainedBefore: string | null }[] = [];
  const merges: MergePlan[] = [];
  let unchanged = 0;
  for (const parsedRow of parsed.rows) {
    const { row, draft, present } = parsedRow;
    const found = existing.get(accountKey(draft));
    const before = found && asDraft(found);
    const merged: AccountDraft = { ...(before ?? draft) };
    if (before) for (const field of present) (merged as Record<string, unknown>)[field] = draft[field];
    if (!before || present.includes('ownerName')) {
      const person = merged.ownerName.trim() ? await personOf(merged.ownerName.trim()) : undefined;
      merged.ownerPersonId = person?.id ?? null;
      if (person) merged.ownerName = person.name;
    }
    // Training is the person's: a blank "trained on" cell leaves a known owner as trained as they are, with or without an owner column.
    const owner = merged.ownerPersonId === null ? undefined : personById.get(merged.ownerPersonId);
    if (owner) merged.ownerTrainedOn ??= owner.trainedOn;
    const target = mergeTargetOf(parsedRow, merged, before, existing, parsed.named);
    const bad = 'code' in target;
    if (bad) errors.push({ row, column: parsed.columnOf('mergeInto'), code: target.code, params: { value: parsedRow.mergeInto?.text ?? '' } });
    const pending = 'pending' in target ? target.pending : undefined;
    merged.mergeIntoId = 'id' in target ? target.id : null;
    const targetKey = pending ?? (merged.mergeIntoId === null ? null : (keyOfId.get(merged.mergeIntoId) ?? null));
    merges.push({
      row,
      key: accountKey(merged),
      status: merged.status,
      target: targetKey,
      text: parsedRow.mergeInto?.text ?? targetKey ?? '',
      changed: !before || pending !== undefined || before.mergeIntoId !== merged.mergeIntoId || (before.status === 'to_merge') !== (merged.status === 'to_merge'),
    });
    const problems = checkAccountRules(merged);
    for (const problem of problems) {
      // The clash comes from a value kept from before: point at the column that changed the role.
      const column = present.includes(problem.path as CsvField) ? problem.path : 'role';
      errors.push({ row, column: parsed.columnOf(column), code: problem.code });
    }
    if (!before) {
      if (!bad && problems.length === 0) creates.push({ draft: merged, pending });
      continue;
    }
    if (bad || problems.length) continue;
    if (pending === undefined && same(before, merged)) unchanged++;
    else updates.push({ id: found!.id, draft: merged, pending, trainedBefore: found!.ownerTrainedOn });
  }
  errors.push(...mergeChainErrors(merges, existing, keyOfId, parsed.columnOf));
  // Stable: within a row, the parser's column order is kept.
  errors.sort((a, b) => a.row - b.row);

  const result: ImportResult = {
    dryRun: input.dryRun,
    rows: parsed.count,
    created: creates.length,
    updated: updates.length,
    unchanged,
    written: false,
    errors,
  };
  if (input.dryRun || errors.length > 0) return result;

  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const createdIds = new Map<string, number>();
    for (const c of creates) {
      const draft = await resolvePeople(trx, c.draft, now);
      const { id } = await trx.insertInto('accounts').values({ ...draftValues(draft), createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow();
      await applyOwnerTraining(trx, draft, undefined, now);
      createdIds.set(accountKey(c.draft), id);
    }
    // Targets created by this file, now that they have ids (in any order of the rows).
    const idOf = (pending: string) => createdIds.get(pending)!;
    for (const c of creates) {
      if (c.pending === undefined) continue;
      await trx.updateTable('accounts').set({ mergeIntoId: idOf(c.pending) }).where('id', '=', createdIds.get(accountKey(c.draft))!).execute();
    }
    for (const u of updates) {
      const draft = await resolvePeople(trx, u.pending === undefined ? u.draft : { ...u.draft, mergeIntoId: idOf(u.pending) }, now);
      await trx
        .updateTable('accounts')
        .set({ ...draftValues(draft), updatedAt: now, version: nextVersion })
        .where('id', '=', u.id)
        .execute();
      await applyOwnerTraining(trx, draft, u.trainedBefore, now);
    }
    await recordProgress(ctx, trx, 'month');
  });
  return { ...result, written: true };
}

/** Every live account (closed ones too), by network and handle, in the office's language unless asked. */
export async function exportAccountsCsv(
  ctx: AppContext,
  input: { delimiter?: ',' | ';'; language?: CsvLanguage },
): Promise<{ csv: string; rows: number }> {
  const language = input.language ?? (await getSettings(ctx)).locale;
  const delimiter = input.delimiter ?? (language === 'es' ? ';' : ',');
  const rows = await ctx.db
    .selectFrom('accounts')
    .selectAll()
    .where('deletedAt', 'is', null)
    .orderBy('network')
    .orderBy(ctx.engine.caseless('handle'))
    .execute();
  return { csv: writeAccountsCsv(rows.map(toAccount), language, delimiter), rows: rows.length };
}
