import { sql } from 'kysely';
import type { AccountDraft, ImportResult } from '../../../shared/features/accounts/contract';
import { checkAccountRules, type CsvField, type CsvLanguage, parseAccountsCsv, writeAccountsCsv } from '../../../shared/features/accounts/csv';
import type { AppContext } from '../../context';
import { inTransaction, nowIso } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { draftValues, toAccount } from './service';

const keyOf = (network: string, handle: string) => `${network}\u0000${handle.toLowerCase()}`;

/** The editable fields of an account, as a draft (what the CSV can hold). */
function asDraft(a: ReturnType<typeof toAccount>): AccountDraft {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = a;
  return fields;
}

const same = (a: AccountDraft, b: AccountDraft) => JSON.stringify(draftValues(a)) === JSON.stringify(draftValues(b));

/**
 * All or nothing: every row is checked first (and every problem reported);
 * only a clean file is written, in one transaction. A row whose network and
 * handle (any case) match a live account updates it, so importing the same
 * file twice changes nothing the second time.
 */
export async function importAccountsCsv(ctx: AppContext, input: { csv: string; dryRun: boolean }): Promise<ImportResult> {
  const parsed = parseAccountsCsv(input.csv);
  const errors = [...parsed.errors];
  const existing = new Map<string, ReturnType<typeof toAccount>>();
  for (const row of await ctx.db.selectFrom('accounts').selectAll().where('deletedAt', 'is', null).execute()) {
    const a = toAccount(row);
    existing.set(keyOf(a.network, a.handle), a);
  }

  const creates: AccountDraft[] = [];
  const updates: { id: number; draft: AccountDraft }[] = [];
  let unchanged = 0;
  for (const { row, draft, present } of parsed.rows) {
    const found = existing.get(keyOf(draft.network, draft.handle));
    if (!found) {
      creates.push(draft);
      continue;
    }
    const before = asDraft(found);
    const merged: AccountDraft = { ...before };
    for (const field of present) (merged as Record<string, unknown>)[field] = draft[field];
    const problems = checkAccountRules(merged);
    for (const problem of problems) {
      // The clash comes from a value kept from before: point at the column that changed the role.
      const column = present.includes(problem.path as CsvField) ? problem.path : 'role';
      errors.push({ row, column: parsed.columnOf(column), code: problem.code });
    }
    if (problems.length) continue;
    if (same(before, merged)) unchanged++;
    else updates.push({ id: found.id, draft: merged });
  }
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
    for (const d of creates) await trx.insertInto('accounts').values({ ...draftValues(d), createdAt: now, updatedAt: now }).execute();
    for (const u of updates) {
      await trx
        .updateTable('accounts')
        .set({ ...draftValues(u.draft), updatedAt: now, version: sql`version + 1` })
        .where('id', '=', u.id)
        .execute();
    }
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
    .orderBy(sql`handle collate nocase`)
    .execute();
  return { csv: writeAccountsCsv(rows.map((r) => asDraft(toAccount(r))), language, delimiter), rows: rows.length };
}
