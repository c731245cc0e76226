import type { AccountDraft, BulkUpdateInput } from '../../../shared/features/accounts/contract';
import { AppError, type FieldIssue } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { inTransaction, nowIso } from '../../db/transaction';
import { recordProgress } from '../strategy/progress';
import { asDraft, getAccount, writeAccount } from './service';

/**
 * One change to the accounts chosen in the list, all or nothing: each account
 * is saved through the same rules as the form, at the version the user saw,
 * in one transaction. Every refused account is reported (its field paths
 * under `items.N`), and then nothing is written.
 */
export async function bulkUpdateAccounts(ctx: AppContext, input: BulkUpdateInput): Promise<{ updated: number }> {
  const now = nowIso(ctx.now());
  const { change } = input;
  return inTransaction(ctx.db, async (trx) => {
    const issues: FieldIssue[] = [];
    for (const [i, item] of input.items.entries()) {
      const account = await getAccount(trx, item.id);
      if (account.deletedAt !== null) throw new AppError('not_found', { id: item.id });
      const draft: AccountDraft = { ...asDraft(account), id: item.id, version: item.version };
      if (change.status !== undefined) {
        draft.status = change.status;
        // As in the form: a merge target only means something while the account is to merge.
        draft.mergeIntoId = null;
      }
      if (change.department !== undefined) draft.department = change.department;
      if (change.ownerPersonId !== undefined) {
        // The person names the owner; their own training, not the previous owner's, says whether it is trained.
        draft.ownerPersonId = change.ownerPersonId;
        draft.ownerName = '';
      }
      try {
        await writeAccount(trx, draft, now);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'validation') throw err;
        const found = (err.params as { issues?: FieldIssue[] }).issues ?? [];
        issues.push(...found.map((issue) => ({ ...issue, path: `items.${i}.${issue.path}` })));
      }
    }
    if (issues.length > 0) throw AppError.validation(issues);
    await recordProgress(ctx, trx, 'month');
    return { updated: input.items.length };
  });
}
