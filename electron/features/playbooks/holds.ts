import { sql } from 'kysely';
import { type OfficeRange, rangeOfInstants } from '../../../shared/domain/time';
import type { HeldPost } from '../../../shared/features/playbooks/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nextVersion, nowIso } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { appendEvent, holdsOf, toIso } from './incidents';
import { engineOf } from '../../db/engine/index';
import { idsInRange } from '../calendar/range';

/** Statuses of a post that is still planned and could go out beside bad news. */
export const plannedStatuses = ['idea', 'draft', 'in_review', 'approved'] as const;

export type HoldWindow = OfficeRange;

/**
 * The office days a window [from, to) touches, first and last.
 *
 * A post planned only for a day has no hour: it may go out at any moment of
 * that day, so if the crisis window covers any part of the day it could land
 * beside the bad news, and it is held. Holding one post too many costs the
 * officer a click on resume; letting one cheerful post out costs the town
 * hall its credibility. The day is the office's (its time zone setting), not
 * UTC's, because "Saturday" in the plan means the town's Saturday; the end is
 * open, so a window that stops at midnight does not take the next day. This
 * is also how the calendar places day-only posts in a range, so what the
 * officer sees in the calendar for the window is what goes on hold.
 */
export const holdWindow = (from: string, to: string, timeZone: string): HoldWindow => rangeOfInstants(from, to, timeZone);

/**
 * Planned posts in the window: timed ones by instant, day-only ones by day,
 * each side through its own partial index (SQLite will not combine partial
 * indexes for an OR, so the two are a union, as in the calendar's range
 * query). The status test is written `+status` so SQLite never walks
 * posts_status instead: nearly every post of a city is in a planned status,
 * while a window holds a few days of them.
 */
export function plannedInWindow(db: Db, w: HoldWindow) {
  return db
    .selectFrom('posts')
    .select(['id', 'status'])
    .where('id', 'in', idsInRange(db, w))
    .where((eb) => eb(engineOf(db).unindexed('status'), 'in', plannedStatuses));
}

/**
 * A hold changes a post's status, not what the superior saw: a post that was
 * unchanged since its approval stays so through the pause and the resume.
 */
const keepApproval = sql<number | null>`case when ${sql.ref('approvedVersion')} = ${sql.ref('version')} then ${nextVersion} else ${sql.ref('approvedVersion')} end`;

/**
 * One action: every planned post in [from, to), timed or day-only (see
 * holdWindow), goes on hold, each one's former status remembered against the
 * incident. Nothing is deleted.
 */
export async function pausePlanned(ctx: AppContext, input: { id: number; from: string; to: string }): Promise<HeldPost[]> {
  const from = toIso(input.from);
  const to = toIso(input.to);
  if (from >= to) throw AppError.validation([{ path: 'to', code: 'playbooks.errors.windowOrder' }]);
  const window = holdWindow(from, to, (await getSettings(ctx)).timeZone);
  const now = nowIso(ctx.now());
  const ids = await inTransaction(ctx.db, async (trx) => {
    const inc = await trx.selectFrom('incidents').select(['id', 'endedAt']).where('id', '=', input.id).executeTakeFirst();
    if (!inc) throw new AppError('not_found', { id: input.id });
    if (inc.endedAt) throw new AppError('playbooks.errors.incidentEnded');
    const posts = await plannedInWindow(trx, window).execute();
    for (const p of posts) {
      const former = p.status as (typeof plannedStatuses)[number];
      await trx
        .updateTable('posts')
        .set({ status: 'on_hold', version: nextVersion, approvedVersion: keepApproval, updatedAt: now })
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
        .set({ status: h.formerStatus, version: nextVersion, approvedVersion: keepApproval, updatedAt: now })
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
