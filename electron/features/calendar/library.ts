import type { z } from 'zod';
import type { Campaign, CampaignDraft, HashtagSet, HashtagSetDraft, SpecialDay, SpecialDayDraft } from '../../../shared/features/calendar/contract';
import { builtinSpecialDays } from '../../../shared/features/calendar/specialDays';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { inTransaction, nowIso, updateVersioned } from '../../db/transaction';

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
  const saved = (await listCampaigns(ctx)).find((c) => c.id === id);
  if (!saved) throw new AppError('not_found', { id });
  return saved;
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
    await updateVersioned(ctx.db, 'hashtag_sets', id, d.version ?? -1, values, now);
  }
  return toSet(await ctx.db.selectFrom('hashtagSets').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

/** Hashtags already used in posts, most used first, starting with what is typed. */
export function suggestHashtags(ctx: AppContext, prefix: string): { tag: string; uses: number }[] {
  const p = prefix.replace(/^#+/, '').replace(/[%_\\]/g, (c) => `\\${c}`);
  return ctx.raw
    .prepare(
      `select h.tag as tag, count(*) as uses from post_hashtags h join posts p on p.id = h.post_id
       where p.deleted_at is null and h.tag like ? escape '\\' collate nocase
       group by h.tag order by uses desc, h.tag limit 12`,
    )
    .all(`${p}%`) as { tag: string; uses: number }[];
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
    await updateVersioned(ctx.db, 'special_days', id, d.version ?? -1, values, now);
  }
  const r = await ctx.db.selectFrom('specialDays').select(['id', 'version', 'name', 'day', 'recurring', 'monthDay', 'notes']).where('id', '=', id).executeTakeFirstOrThrow();
  return localDay(r, r.day);
}

export async function deleteSpecialDay(ctx: AppContext, id: number, version: number): Promise<{ id: number }> {
  const now = nowIso(ctx.now());
  await updateVersioned(ctx.db, 'special_days', id, version, { deletedAt: now }, now);
  return { id };
}
