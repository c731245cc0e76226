import type { z } from 'zod';
import type { Campaign, CampaignDraft, HashtagSet, HashtagSetDraft, SpecialDay, SpecialDayDraft } from '../../../shared/features/calendar/contract';
import { builtinSpecialDays } from '../../../shared/features/calendar/specialDays';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, restore, softDelete, updateVersioned } from '../../db/transaction';

type LibraryTable = 'campaigns' | 'hashtagSets' | 'specialDays';

/** An edit or delete of a row someone already deleted reads as gone, not as a silent write to a hidden row. */
async function assertLive(db: Db, table: LibraryTable, id: number): Promise<void> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
}


// ---- campaigns ----

export async function listCampaigns(ctx: AppContext): Promise<Campaign[]> {
  const rows = await ctx.db.selectFrom('campaigns').selectAll().where('deletedAt', 'is', null).orderBy('name').execute();
  const links = await ctx.db
    .selectFrom('campaignAccounts as ca')
    .innerJoin('campaigns as c', 'c.id', 'ca.campaignId')
    .select(['ca.campaignId', 'ca.accountId'])
    .where('c.deletedAt', 'is', null)
    .execute();
  const byCampaign = new Map<number, number[]>();
  for (const l of links) byCampaign.set(l.campaignId, [...(byCampaign.get(l.campaignId) ?? []), l.accountId]);
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    name: r.name,
    color: r.color,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    notes: r.notes,
    accountIds: byCampaign.get(r.id) ?? [],
  }));
}

export async function saveCampaign(ctx: AppContext, d: z.output<typeof CampaignDraft>): Promise<Campaign> {
  if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) throw AppError.validation([{ path: 'endsOn', code: 'calendar.errors.endBeforeStart' }]);
  const now = nowIso(ctx.now());
  const id = await inTransaction(ctx.db, async (trx) => {
    const values = { name: d.name, color: d.color, startsOn: d.startsOn, endsOn: d.endsOn, notes: d.notes };
    let id: number;
    if (d.id === undefined) {
      id = (await trx.insertInto('campaigns').values({ ...values, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      id = d.id;
      await assertLive(trx, 'campaigns', id);
      await updateVersioned(trx, 'campaigns', id, d.version ?? -1, values, now);
      await trx.deleteFrom('campaignAccounts').where('campaignId', '=', id).execute();
    }
    const accountIds = [...new Set(d.accountIds)];
    if (accountIds.length) {
      const found = await trx.selectFrom('accounts').select('id').where('id', 'in', accountIds).where('deletedAt', 'is', null).execute();
      if (found.length !== accountIds.length) throw AppError.validation([{ path: 'accountIds', code: 'calendar.errors.unknownAccount' }]);
      await trx.insertInto('campaignAccounts').values(accountIds.map((accountId) => ({ campaignId: id, accountId }))).execute();
    }
    return id;
  });
  return campaignById(ctx, id);
}

async function campaignById(ctx: AppContext, id: number): Promise<Campaign> {
  const saved = (await listCampaigns(ctx)).find((c) => c.id === id);
  if (!saved) throw new AppError('not_found', { id });
  return saved;
}

/**
 * Soft delete. Its posts keep their link (hidden while the campaign is
 * deleted: no colour, no filter entry) so Undo brings everything back; the
 * count tells the officer how many posts stop showing it.
 */
export async function deleteCampaign(ctx: AppContext, id: number, version: number): Promise<{ id: number; posts: number }> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    await softDelete(trx, 'campaigns', { id, version }, now);
    const { n } = await trx
      .selectFrom('posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('campaignId', '=', id)
      .where('deletedAt', 'is', null)
      .executeTakeFirstOrThrow();
    return { id, posts: Number(n) };
  });
}

export async function restoreCampaign(ctx: AppContext, id: number): Promise<Campaign> {
  await restore(ctx.db, 'campaigns', { id }, nowIso(ctx.now()));
  return campaignById(ctx, id);
}

// ---- hashtag sets and suggestions ----

const toSet = (r: { id: number; version: number; createdAt: string; updatedAt: string; name: string; tags: string }): HashtagSet => ({
  id: r.id,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  name: r.name,
  tags: JSON.parse(r.tags) as string[],
});

export async function listHashtagSets(ctx: AppContext): Promise<HashtagSet[]> {
  const rows = await ctx.db.selectFrom('hashtagSets').selectAll().where('deletedAt', 'is', null).orderBy('name').execute();
  return rows.map(toSet);
}

export async function saveHashtagSet(ctx: AppContext, d: z.output<typeof HashtagSetDraft>): Promise<HashtagSet> {
  const now = nowIso(ctx.now());
  const values = { name: d.name, tags: JSON.stringify([...new Set(d.tags)]) };
  let id: number;
  if (d.id === undefined) {
    id = (await ctx.db.insertInto('hashtagSets').values({ ...values, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow()).id;
  } else {
    id = d.id;
    await assertLive(ctx.db, 'hashtagSets', id);
    await updateVersioned(ctx.db, 'hashtagSets', id, d.version ?? -1, values, now);
  }
  return toSet(await ctx.db.selectFrom('hashtagSets').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

export async function deleteHashtagSet(ctx: AppContext, id: number, version: number): Promise<{ id: number }> {
  await softDelete(ctx.db, 'hashtagSets', { id, version }, nowIso(ctx.now()));
  return { id };
}

export async function restoreHashtagSet(ctx: AppContext, id: number): Promise<HashtagSet> {
  await restore(ctx.db, 'hashtagSets', { id }, nowIso(ctx.now()));
  return toSet(await ctx.db.selectFrom('hashtagSets').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

/** Hashtags already used in posts, most used first, starting with what is typed. */
export function suggestHashtags(ctx: AppContext, prefix: string): Promise<{ tag: string; uses: number }[]> {
  return ctx.engine.rows(
    ctx.db
      .selectFrom('postHashtags as h')
      .innerJoin('posts as p', 'p.id', 'h.postId')
      .select((eb) => ['h.tag', eb.fn.countAll<number>().as('uses')])
      .where('p.deletedAt', 'is', null)
      .where(ctx.engine.startsWith('h.tag', prefix.replace(/^#+/, '')))
      .groupBy('h.tag')
      .orderBy('uses', 'desc')
      .orderBy('h.tag')
      .limit(12),
  );
}

// ---- special days ----

interface LocalRow {
  id: number;
  version: number;
  name: string;
  day: string;
  recurring: number;
  monthDay: string;
  notes: string;
}

const localDay = (r: LocalRow, day: string): SpecialDay => ({
  key: `local:${r.id}`,
  localId: r.id,
  version: r.version,
  day,
  kind: 'local',
  name: { es: r.name, en: r.name },
  recurring: r.recurring === 1,
  notes: r.notes,
});

/** Shipped days (computed for each year) and the officer's own, between two days inclusive. */
export async function listSpecialDays(ctx: AppContext, from: string, to: string): Promise<SpecialDay[]> {
  if (to < from) return [];
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 5) throw AppError.validation([{ path: 'to', code: 'calendar.errors.rangeTooLong' }]);
  const out: SpecialDay[] = builtinSpecialDays(from, to).map(({ def, day }) => ({
    key: `builtin:${def.key}`,
    localId: null,
    version: null,
    day,
    kind: def.kind,
    name: { es: def.es, en: def.en },
    recurring: true,
    notes: '',
  }));
  const once = await ctx.db
    .selectFrom('specialDays')
    .select(['id', 'version', 'name', 'day', 'recurring', 'monthDay', 'notes'])
    .where('deletedAt', 'is', null)
    .where('recurring', '=', 0)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  for (const r of once) out.push(localDay(r, r.day));
  const yearly = await ctx.db
    .selectFrom('specialDays')
    .select(['id', 'version', 'name', 'day', 'recurring', 'monthDay', 'notes'])
    .where('deletedAt', 'is', null)
    .where('recurring', '=', 1)
    .where('day', '<=', to)
    .execute();
  for (const r of yearly) {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      const day = `${y}-${r.monthDay}`;
      if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) continue;
      if (day >= from && day <= to && day >= r.day) out.push(localDay(r, day));
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
}

export async function saveSpecialDay(ctx: AppContext, d: z.output<typeof SpecialDayDraft>): Promise<SpecialDay> {
  const now = nowIso(ctx.now());
  const values = { name: d.name, day: d.day, recurring: d.recurring ? 1 : 0, monthDay: d.day.slice(5), notes: d.notes };
  let id: number;
  if (d.id === undefined) {
    id = (await ctx.db.insertInto('specialDays').values({ ...values, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow()).id;
  } else {
    id = d.id;
    await assertLive(ctx.db, 'specialDays', id);
    await updateVersioned(ctx.db, 'specialDays', id, d.version ?? -1, values, now);
  }
  return localDayById(ctx, id);
}

async function localDayById(ctx: AppContext, id: number): Promise<SpecialDay> {
  const r = await ctx.db.selectFrom('specialDays').select(['id', 'version', 'name', 'day', 'recurring', 'monthDay', 'notes']).where('id', '=', id).executeTakeFirstOrThrow();
  return localDay(r, r.day);
}

/** The officer's own days as saved, in the order of the year (a small table: a town has tens of them). */
export async function listLocalSpecialDays(ctx: AppContext): Promise<SpecialDay[]> {
  const rows = await ctx.db
    .selectFrom('specialDays')
    .select(['id', 'version', 'name', 'day', 'recurring', 'monthDay', 'notes'])
    .where('deletedAt', 'is', null)
    .orderBy('monthDay')
    .orderBy('day')
    .orderBy('name')
    .execute();
  return rows.map((r) => localDay(r, r.day));
}

export async function deleteSpecialDay(ctx: AppContext, id: number, version: number): Promise<{ id: number }> {
  await softDelete(ctx.db, 'specialDays', { id, version }, nowIso(ctx.now()));
  return { id };
}

export async function restoreSpecialDay(ctx: AppContext, id: number): Promise<SpecialDay> {
  await restore(ctx.db, 'specialDays', { id }, nowIso(ctx.now()));
  return localDayById(ctx, id);
}
