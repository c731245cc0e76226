import { currentValue } from '../../../shared/features/strategy/targets';
import type { AppContext } from '../../context';
import { type Db, nowIso } from '../../db/transaction';
import { todayIn } from '../../../shared/domain/time';
import { getSettings } from '../settings/service';
import { inventory } from './inventory';

/** Today in the office time zone, `YYYY-MM-DD`. */
export async function officeToday(ctx: AppContext): Promise<string> {
  return todayIn((await getSettings(ctx)).timeZone, ctx.now());
}

/**
 * Record where every live target stands today. An audit finish always
 * writes its point (the last of a day wins); any other save writes one only
 * for targets with no point yet this month, so the history gains a point a
 * month without a row per edit. Runs inside the caller's transaction, after
 * its write, so the point sees what was just saved.
 */
export async function recordProgress(ctx: AppContext, trx: Db, reason: 'audit' | 'month'): Promise<void> {
  const targets = await trx.selectFrom('strategyTargets').select(['id', 'kind']).where('deletedAt', 'is', null).execute();
  if (targets.length === 0) return;
  const today = await officeToday(ctx);
  let pending = targets;
  if (reason === 'month') {
    const month = today.slice(0, 7);
    const done = await trx
      .selectFrom('strategyTargetPoints')
      .select('targetId')
      .distinct()
      .where('onDay', '>=', `${month}-01`)
      .where('onDay', '<=', `${month}-31`)
      .execute();
    const seen = new Set(done.map((d) => d.targetId));
    pending = targets.filter((t) => !seen.has(t.id));
    if (pending.length === 0) return;
  }
  const accounts = await inventory(trx);
  const recordedAt = nowIso(ctx.now());
  for (const t of pending) {
    const value = currentValue(t.kind, accounts, today);
    await trx
      .insertInto('strategyTargetPoints')
      .values({ targetId: t.id, onDay: today, value, reason, recordedAt })
      .onConflict((oc) => oc.columns(['targetId', 'onDay']).doUpdateSet({ value, reason, recordedAt }))
      .execute();
  }
}
