import { type InventoryAccount, isOwnerTrained } from '../../../shared/features/strategy/targets';
import type { Db } from '../../db/transaction';

/** A stored service-hours cell with at least one slot (`[]`, or `''` from before 0011, is none). */
export const hasSlots = (cell: string): boolean => cell.trim().startsWith('[{');

/** The accounts the targets count: live and not closed, reduced to what the rules read. */
export async function inventory(db: Db): Promise<InventoryAccount[]> {
  const rows = await db
    .selectFrom('accounts')
    .select(['role', 'ownerName', 'ownerTrainedOn', 'serviceHours', 'responseTargetHours', 'twoFactor', 'brandingCheckedOn'])
    .where('deletedAt', 'is', null)
    .where('status', '!=', 'closed')
    .execute();
  return rows.map((r) => ({
    role: r.role,
    ownerTrained: isOwnerTrained(r),
    hasServiceHours: hasSlots(r.serviceHours),
    hasResponseTarget: r.responseTargetHours !== null,
    twoFactor: r.twoFactor,
    brandingCheckedOn: r.brandingCheckedOn,
  }));
}
