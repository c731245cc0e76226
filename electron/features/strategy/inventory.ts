import type { InventoryAccount } from '../../../shared/features/strategy/targets';
import type { Db } from '../../db/transaction';

/** The accounts the targets count: live and not closed, reduced to what the rules read. */
export async function inventory(db: Db): Promise<InventoryAccount[]> {
  const rows = await db
    .selectFrom('accounts')
    .select(['role', 'ownerName', 'ownerTrainedOn', 'serviceHours', 'responseTargetMinutes', 'twoFactor', 'brandingCheckedOn'])
    .where('deletedAt', 'is', null)
    .where('status', '!=', 'closed')
    .execute();
  return rows.map((r) => ({
    role: r.role,
    ownerTrained: r.ownerName.trim() !== '' && r.ownerTrainedOn !== null,
    hasServiceHours: r.serviceHours.trim() !== '',
    hasResponseTarget: r.responseTargetMinutes !== null,
    twoFactor: r.twoFactor,
    brandingCheckedOn: r.brandingCheckedOn,
  }));
}
