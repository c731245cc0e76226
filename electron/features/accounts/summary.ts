import { TZDate } from '@date-fns/tz';
import type { AccountRef, AccountSummary } from '../../../shared/features/accounts/contract';
import { groupSimilar, normalizeHandle } from '../../../shared/features/accounts/handles';
import type { AppContext } from '../../context';
import type { Db } from '../../db/transaction';
import { getSettings } from '../settings/service';

/** One read of the live accounts, the few columns the summary needs. */
export function summaryQuery(db: Db) {
  return db
    .selectFrom('accounts')
    .select(['id', 'network', 'handle', 'displayName', 'department', 'status', 'role', 'ownerName', 'ownerTrainedOn', 'serviceHours', 'lastActivityOn'])
    .where('deletedAt', 'is', null)
    .orderBy('network')
    .orderBy('handle');
}

/** Today in the office time zone, minus n days, as `YYYY-MM-DD`. */
export function dayMinus(now: Date, timeZone: string, days: number): string {
  const local = new TZDate(now.getTime(), timeZone);
  const utc = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) - days * 86_400_000;
  return new Date(utc).toISOString().slice(0, 10);
}

const countBy = <T>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};

export async function accountsSummary(ctx: AppContext): Promise<AccountSummary> {
  const settings = await getSettings(ctx);
  const rows = await summaryQuery(ctx.db).execute();
  const ref = (r: (typeof rows)[number]): AccountRef => ({
    id: r.id,
    network: r.network,
    handle: r.handle,
    displayName: r.displayName,
    department: r.department,
    status: r.status,
  });
  // Closed accounts count in the totals only: nothing is left to fix on them.
  const open = rows.filter((r) => r.status !== 'closed');
  const cutoff = dayMinus(ctx.now(), settings.timeZone, settings.dormantAfterDays);

  const duplicates: AccountSummary['duplicates'] = [];
  const byNetDept = new Map<string, typeof open>();
  for (const r of open) {
    if (r.department.trim() === '') continue;
    const k = `${r.network}\u0000${r.department.trim().toLowerCase()}`;
    const list = byNetDept.get(k) ?? [];
    list.push(r);
    byNetDept.set(k, list);
  }
  for (const group of byNetDept.values()) if (group.length > 1) duplicates.push({ reason: 'sameNetworkDepartment', accounts: group.map(ref) });
  const byNetwork = new Map<string, { row: (typeof open)[number]; norm: string }[]>();
  for (const r of open) {
    const list = byNetwork.get(r.network) ?? [];
    list.push({ row: r, norm: normalizeHandle(r.handle) });
    byNetwork.set(r.network, list);
  }
  for (const list of byNetwork.values()) {
    for (const group of groupSimilar(list, (a) => a.norm)) {
      duplicates.push({ reason: 'similarHandle', accounts: group.map((g) => ref(g.row)) });
    }
  }

  const toMerge = open.filter((r) => r.status === 'to_merge').length;
  const toClose = open.filter((r) => r.status === 'to_close').length;
  return {
    total: rows.length,
    byNetwork: countBy(rows, (r) => r.network),
    byDepartment: countBy(rows, (r) => r.department.trim()),
    byStatus: countBy(rows, (r) => r.status),
    byRole: countBy(rows, (r) => r.role),
    dormantAfterDays: settings.dormantAfterDays,
    looksDormant: open
      .filter((r) => r.lastActivityOn === null || r.lastActivityOn < cutoff)
      .map((r) => ({ ...ref(r), lastActivityOn: r.lastActivityOn })),
    duplicates,
    noOwner: open.filter((r) => r.ownerName.trim() === '').map(ref),
    ownerNotTrained: open.filter((r) => r.ownerName.trim() !== '' && r.ownerTrainedOn === null).map(ref),
    channelsWithoutHours: open.filter((r) => r.role !== 'medium' && r.serviceHours.trim() === '').map(ref),
    trimPlan: { from: open.length, to: open.length - toMerge - toClose, toMerge, toClose },
  };
}
