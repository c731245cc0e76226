
import type { Target, TargetDraft } from '../../../shared/features/strategy/contract';
import { currentValue, isOnTrack } from '../../../shared/features/strategy/targets';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, restore, softDelete, updateVersioned } from '../../db/transaction';
import { inventory } from './inventory';
import { officeToday, recordProgress } from './progress';

const columns = ['id', 'version', 'kind', 'value', 'dueOn', 'note', 'deletedAt'] as const;

/** Targets with where they stand now and how they moved; live ones, by due day, unless ids are given. */
async function withProgress(ctx: AppContext, db: Db, ids?: number[]): Promise<Target[]> {
  let qb = db.selectFrom('strategyTargets').select([...columns]);
  qb = ids ? qb.where('id', 'in', ids) : qb.where('deletedAt', 'is', null);
  const rows = await qb.orderBy('dueOn').orderBy('id').execute();
  if (rows.length === 0) return [];
  const points = await db
    .selectFrom('strategyTargetPoints')
    .select(['targetId', 'onDay', 'value'])
    .where(
      'targetId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('onDay')
    .execute();
  const [accounts, today] = [await inventory(db), await officeToday(ctx)];
  return rows.map(({ deletedAt: _d, ...r }) => {
    const history = points.filter((p) => p.targetId === r.id).map((p) => ({ on: p.onDay, value: p.value }));
    const current = currentValue(r.kind, accounts, today);
    return { ...r, current, history, onTrack: isOnTrack(r, current, history, today) };
  });
}

export const listTargets = (ctx: AppContext): Promise<Target[]> => withProgress(ctx, ctx.db);

async function getTarget(ctx: AppContext, db: Db, id: number): Promise<Target & { deleted: boolean }> {
  const row = await db.selectFrom('strategyTargets').select('deletedAt').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  const [target] = await withProgress(ctx, db, [id]);
  return { ...target!, deleted: row.deletedAt !== null };
}

const strip = ({ deleted: _d, ...t }: Target & { deleted: boolean }): Target => t;

export async function saveTarget(ctx: AppContext, d: TargetDraft): Promise<Target> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const values = { kind: d.kind, value: d.value, dueOn: d.dueOn, note: d.note };
    let id = d.id;
    if (id === undefined) {
      id = (await trx.insertInto('strategyTargets').values({ ...values, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      if (d.version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
      if ((await getTarget(ctx, trx, id)).deleted) throw new AppError('not_found', { id });
      await updateVersioned(trx, 'strategyTargets', id, d.version, values, now);
    }
    await recordProgress(ctx, trx, 'month');
    return strip(await getTarget(ctx, trx, id));
  });
}

/** Soft delete against the version the user saw; restorable with targets.restore (the Undo). */
export async function deleteTarget(ctx: AppContext, id: number, version: number): Promise<Target> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    await softDelete(trx, 'strategyTargets', { id, version }, now);
    return strip(await getTarget(ctx, trx, id));
  });
}

export async function restoreTarget(ctx: AppContext, id: number): Promise<Target> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    await restore(trx, 'strategyTargets', { id }, now);
    return strip(await getTarget(ctx, trx, id));
  });
}
