import type { Network } from '../../shared/domain/networks';
import type { AppContext } from '../../electron/context';
import { saveAccount } from './accounts';

/** Inventory accounts for audit scopes, through the accounts feature's own channel. */
export async function insertAccounts(
  ctx: AppContext,
  rows: { network: Network; handle: string; displayName?: string; department?: string }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) ids.push(await saveAccount(ctx, { network: r.network, handle: r.handle, displayName: r.displayName ?? r.handle, department: r.department ?? '' }));
  return ids;
}
