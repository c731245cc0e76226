import { sql } from 'kysely';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { nowIso, updateVersioned } from '../../db/transaction';

/**
 * Soft delete or restore a playbook or a contact (the row stays; `deleted_at`
 * says whether it shows). A delete names the version the user saw.
 */
export async function markDeleted(ctx: AppContext, table: 'playbooks' | 'contacts', id: number, deleted: boolean, version?: number): Promise<void> {
  const now = nowIso(ctx.now());
  if (deleted) {
    if (version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
    await updateVersioned(ctx.db, table, id, version, { deletedAt: now }, now);
    return;
  }
  const res = await ctx.db
    .updateTable(table)
    .set({ deletedAt: deleted ? now : null, updatedAt: now, version: sql`version + 1` })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('not_found', { id });
}
