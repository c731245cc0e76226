import { commonSpellings, departmentKey } from '../../../shared/features/accounts/departments';
import { addDays, dayInZone, todayIn } from '../../../shared/domain/time';
import type { AccountRef, AccountSummary } from '../../../shared/features/accounts/contract';
import { groupSimilar, normalizeHandle } from '../../../shared/features/accounts/handles';
import type { AppContext } from '../../context';
import type { Db } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { hasSlots } from '../strategy/inventory';

/** One read of the live accounts, the few columns the summary needs. */
export const summaryQuery = (db: Db) =>
  db
    .selectFrom('accounts')
    .select([
      'id',
      'network',
      'handle',
      'displayName',
      'department',
      'status',
      'role',
      'ownerName',
      'ownerTrainedOn',
      'serviceHours',
      'lastActivityOn',
      'responseTargetHours',
      'coveredByPersonId',
      'twoFactor',
      'createdAt',
    ])
    .where('deletedAt', 'is', null)
    .orderBy('network')
    .orderBy('handle');

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/**
 * The near-duplicate groups of the last summary, per database and network.
 * Comparing every pair of handles is most of the summary's work and its
 * answer only changes when a network's handles do, so it is kept under a
 * key made of that network's ids and handles (normalized only on a miss).
 */
const similarMemo = new WeakMap<object, Map<string, { key: string; groups: number[][] }>>();

function similarGroups(db: object, network: string, list: { id: number; handle: string }[]): number[][] {
  let memo = similarMemo.get(db);
  if (!memo) similarMemo.set(db, (memo = new Map()));
  const key = list.map((a) => `${a.id}:${a.handle}`).join('\n');
  const hit = memo.get(network);
  if (hit?.key === key) return hit.groups;
  const norms = list.map((a, i) => ({ i, norm: normalizeHandle(a.handle) }));
  const groups = groupSimilar(norms, (a) => a.norm).map((g) => g.map((a) => a.i));
  memo.set(network, { key, groups });
  return groups;
}

const countBy = <T>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) {
    const k = key(i);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};

export async function accountsSummary(ctx: AppContext): Promise<AccountSummary> {
  const settings = await getSettings(ctx);
  const rows = await ctx.engine.rows(() => summaryQuery(ctx.db), 'accountsSummary');
  const ref = (r: SummaryRow): AccountRef => ({
    id: r.id,
    network: r.network,
    handle: r.handle,
    displayName: r.displayName,
    department: r.department,
    status: r.status,
  });
  // Closed accounts count in the totals only: nothing is left to fix on them.
  const open = rows.filter((r) => r.status !== 'closed');
  const cutoff = addDays(todayIn(settings.timeZone, ctx.now()), -settings.dormantAfterDays);

  const duplicates: AccountSummary['duplicates'] = [];
  const byNetDept = new Map<string, typeof open>();
  for (const r of open) {
    if (r.department.trim() === '') continue;
    const k = `${r.network}\u0000${departmentKey(r.department)}`;
    const list = byNetDept.get(k) ?? [];
    list.push(r);
    byNetDept.set(k, list);
  }
  for (const group of byNetDept.values()) if (group.length > 1) duplicates.push({ reason: 'sameNetworkDepartment', accounts: group.map(ref) });
  const byNetwork = new Map<string, SummaryRow[]>();
  for (const r of open) {
    const list = byNetwork.get(r.network) ?? [];
    list.push(r);
    byNetwork.set(r.network, list);
  }
  // Each pair is listed once: a group of similar handles that a same-department group already holds says nothing new.
  const listed = new Map<number, number>();
  duplicates.forEach((d, g) => d.accounts.forEach((a) => listed.set(a.id, g)));
  for (const [network, list] of byNetwork) {
    for (const group of similarGroups(ctx.db, network, list)) {
      const ids = group.map((i) => list[i]!.id);
      const first = listed.get(ids[0]!);
      if (first !== undefined && ids.every((id) => listed.get(id) === first)) continue;
      duplicates.push({ reason: 'similarHandle', accounts: group.map((i) => ref(list[i]!)) });
    }
  }

  // "Cultura" and "cultura " are one department, counted under the spelling most of its accounts use.
  const spelling = commonSpellings(rows.map((r) => r.department));
  const toMerge = open.filter((r) => r.status === 'to_merge').length;
  const toClose = open.filter((r) => r.status === 'to_close').length;
  return {
    total: rows.length,
    byNetwork: countBy(rows, (r) => r.network),
    byDepartment: countBy(rows, (r) => spelling.get(departmentKey(r.department)) ?? ''),
    byStatus: countBy(rows, (r) => r.status),
    byRole: countBy(rows, (r) => r.role),
    dormantAfterDays: settings.dormantAfterDays,
    // An account with no activity yet is counted from the day it was added: a new one is not abandoned on day one.
    looksDormant: open
      .filter((r) => (r.lastActivityOn ?? dayInZone(r.createdAt, settings.timeZone)) < cutoff)
      .map((r) => ({ ...ref(r), lastActivityOn: r.lastActivityOn })),
    duplicates,
    noOwner: open.filter((r) => r.ownerName.trim() === '').map(ref),
    ownerNotTrained: open.filter((r) => r.ownerName.trim() !== '' && r.ownerTrainedOn === null).map(ref),
    channelsWithoutHours: open.filter((r) => r.role !== 'medium' && !hasSlots(r.serviceHours)).map(ref),
    channelsWithoutResponseTarget: open.filter((r) => r.role !== 'medium' && r.responseTargetHours === null).map(ref),
    channelsWithoutCover: open.filter((r) => r.role !== 'medium' && r.coveredByPersonId === null).map(ref),
    twoFactorOff: open.filter((r) => r.twoFactor === 'no').map(ref),
    trimPlan: { from: open.length, to: open.length - toMerge - toClose, toMerge, toClose },
  };
}
