import { sql } from 'kysely';
import type { HeldPost } from '../../../shared/features/playbooks/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { inTransaction, nowIso } from '../../db/transaction';
import { appendEvent, holdsOf, toIso } from './incidents';

/** Statuses of a post that is still planned and could go out beside bad news. */
export const plannedStatuses = ['idea', 'draft', 'in_review', 'approved'] as const;

/**
 * One action: every planned post scheduled in [from, to) goes on hold, each
 * one's former status remembered against the incident. Nothing is deleted.
 */
export async function pausePlanned(ctx: AppContext, input: { id: number; from: string; to: string }): Promise<HeldPost[]> {
  const from = toIso(input.from);
  const to = toIso(input.to);
  if (from >= to) throw AppError.validation([{ path: 'to', code: 'playbooks.errors.windowOrder' }]);
  const now = nowIso(ctx.now());
  const ids = await inTransaction(ctx.db, async (trx) => {
    const inc = await trx.selectFrom('incidents').select(['id', 'endedAt']).where('id', '=', input.id).executeTakeFirst();
    if (!inc) throw new AppError('not_found', { id: input.id });
    if (inc.endedAt) throw new AppError('playbooks.errors.incidentEnded');
    const posts = await trx
      .selectFrom('posts')
      .select(['id', 'status'])
      .where('deletedAt', 'is', null)
      .where('scheduledAt', '>=', from)
      .where('scheduledAt', '<', to)
      .where('status', 'in', plannedStatuses)
      .execute();
    for (const p of posts) {
      const former = p.status as (typeof plannedStatuses)[number];
      await trx
        .updateTable('posts')
        .set({ status: 'on_hold', version: sql`version + 1`, updatedAt: now })
        .where('id', '=', p.id)
        .where('status', '=', former)
        .execute();
      await trx
        .insertInto('incidentHolds')
        .values({ incidentId: input.id, postId: p.id, formerStatus: former, heldAt: now, resumedAt: null })
        .onConflict((oc) => oc.columns(['incidentId', 'postId']).doUpdateSet({ formerStatus: former, heldAt: now, resumedAt: null }))
        .execute();
    }
    await appendEvent(trx, input.id, 'posts_paused', now, { text: String(posts.length), dueAt: null });
    return posts.map((p) => p.id);
  });
  const held = await holdsOf(ctx.db, input.id);
  return held.filter((h) => ids.includes(h.postId) && h.resumedAt === null);
}

/**
 * Put every post this incident held back to the status it had, in one
 * transaction. A post someone has changed since (no longer on hold) is left
 * as it is.
 */
export async function resumePlanned(ctx: AppContext, id: number): Promise<HeldPost[]> {
  const now = nowIso(ctx.now());
  const ids = await inTransaction(ctx.db, async (trx) => {
    const inc = await trx.selectFrom('incidents').select('id').where('id', '=', id).executeTakeFirst();
    if (!inc) throw new AppError('not_found', { id });
    const holds = await trx.selectFrom('incidentHolds').select(['postId', 'formerStatus']).where('incidentId', '=', id).where('resumedAt', 'is', null).execute();
    for (const h of holds) {
      await trx
        .updateTable('posts')
        .set({ status: h.formerStatus, version: sql`version + 1`, updatedAt: now })
        .where('id', '=', h.postId)
        .where('status', '=', 'on_hold')
        .execute();
      await trx.updateTable('incidentHolds').set({ resumedAt: now }).where('incidentId', '=', id).where('postId', '=', h.postId).execute();
    }
    await appendEvent(trx, id, 'posts_resumed', now, { text: String(holds.length) });
    return holds.map((h) => h.postId);
  });
  const held = await holdsOf(ctx.db, id);
  return held.filter((h) => ids.includes(h.postId));
}
