import type { Network } from '../../shared/domain/networks';
import type { AppContext } from '../../electron/context';

/** Insert inventory accounts straight into the table the accounts feature owns, for audit scopes. */
export async function insertAccounts(
  ctx: AppContext,
  rows: { network: Network; handle: string; displayName?: string; department?: string }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) {
    const row = await ctx.db
      .insertInto('accounts')
      .values({
        network: r.network,
        handle: r.handle,
        displayName: r.displayName ?? r.handle,
        department: r.department ?? '',
        responseTargetMinutes: null,
        lastActivityOn: null,
        ownerTrainedOn: null,
        brandingCheckedOn: null,
        mergeIntoId: null,
        deletedAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}
