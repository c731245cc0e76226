import type { CadenceReport } from '../../../shared/features/calendar/contract';
import { addDays, cadenceEndedStatuses, cadencePlannedStatuses, cadenceState, dayInZoneFn, isoWeek, mondayOf, startOfDayInZone } from '../../../shared/features/calendar/rules';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { cachedStatement } from '../../db/statements';
import { getSettings } from '../settings/service';

/** Cadence looks at a few weeks at a time: a calendar view or the "next 4 weeks" overview. */
const MAX_WEEKS = 26;

const inList = (statuses: readonly string[]): string => statuses.map((s) => `'${s}'`).join(',');
const STATUS_LIST = inList([...new Set([...cadencePlannedStatuses, ...cadenceEndedStatuses])]);

/**
 * Posts that count towards each account's cadence, counted per account and
 * week in SQL (one row per pair instead of one per post and target). A CASE
 * places each post in its week by the weeks' ends, `@end0`… as instants for
 * timed posts and `@endDay0`… as days for day-only ones, so a week that
 * crosses a clock change keeps its true local-midnight edges. `n` counts
 * what is planned to go out, `done` what went out (see cadenceCount).
 */
export function cadencePostsSql(weekCount: number): string {
  const ends = (column: string, param: string) =>
    Array.from({ length: weekCount }, (_, i) => `when p.${column} < @${param}${i} then ${i}`).join(' ');
  return `select t.account_id as accountId,
    case when p.scheduled_at is not null then case ${ends('scheduled_at', 'end')} end else case ${ends('scheduled_day', 'endDay')} end end as week,
    count(*) as n,
    count(case when p.status in (${inList(cadenceEndedStatuses)}) then 1 end) as done
  from posts p join post_targets t on t.post_id = p.id
  where +p.status in (${STATUS_LIST}) and p.id in (
    select id from posts where deleted_at is null and scheduled_at >= @from and scheduled_at < @to
    union all
    select id from posts where deleted_at is null and scheduled_day >= @fromDay and scheduled_day < @toDay)
  group by 1, 2`;
}

/** The Mondays (office time zone) of the whole weeks that cover [from, to). */
export function cadenceMondays(from: string, to: string, timeZone: string): string[] {
  const toDay = dayInZoneFn(timeZone);
  const lastDay = toDay(new Date(Math.max(Date.parse(from), Date.parse(to) - 1)));
  const mondays: string[] = [];
  for (let monday = mondayOf(toDay(from)); monday <= lastDay; monday = addDays(monday, 7)) {
    mondays.push(monday);
    if (mondays.length > MAX_WEEKS) throw AppError.validation([{ path: 'to', code: 'calendar.errors.rangeTooLong' }]);
  }
  return mondays;
}

/** The named parameters of cadencePostsSql for whole weeks starting on these Mondays. */
export function cadenceParams(mondays: string[], timeZone: string): Record<string, string> {
  const named: Record<string, string> = {};
  mondays.forEach((monday, i) => {
    const next = addDays(monday, 7);
    named[`end${i}`] = startOfDayInZone(next, timeZone);
    named[`endDay${i}`] = next;
  });
  const last = mondays.length - 1;
  return { ...named, from: startOfDayInZone(mondays[0]!, timeZone), to: named[`end${last}`]!, fromDay: mondays[0]!, toDay: named[`endDay${last}`]! };
}

export const CADENCE_ACCOUNTS_SQL = `select id as accountId, network, handle, display_name as displayName, posts_per_week_target as target
  from accounts where status = 'active' and deleted_at is null and role in ('medium','both')
  order by network, handle`;

/**
 * Posts per ISO week (Monday to Sunday in the office time zone) against each
 * active medium account's target: `silent` with none, `below` under target.
 * Ended weeks count published posts only; the current and later weeks count
 * the planned ones (see cadencePlannedStatuses).
 */
export async function cadenceReport(ctx: AppContext, from: string, to: string): Promise<CadenceReport> {
  const { timeZone } = await getSettings(ctx);
  const mondays = cadenceMondays(from, to, timeZone);
  const weeks: CadenceReport['weeks'] = mondays.map((monday) => ({ week: isoWeek(monday), startDay: monday, endDay: addDays(monday, 6) }));
  const accounts = cachedStatement(ctx.raw, CADENCE_ACCOUNTS_SQL).all() as { accountId: number; network: string; handle: string; displayName: string; target: number }[];
  const params = cadenceParams(mondays, timeZone);
  const rows = cachedStatement(ctx.raw, cadencePostsSql(mondays.length)).all(params) as { accountId: number; week: number; n: number; done: number }[];
  // A week has ended once the clock reaches its next Monday's midnight: from then on only what went out counts.
  const now = ctx.now().getTime();
  const ended = mondays.map((_, i) => Date.parse(params[`end${i}`]!) <= now);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.accountId}|${r.week}`, ended[r.week] ? r.done : r.n);
  return {
    weeks,
    accounts: accounts.map((a) => ({
      ...a,
      weeks: weeks.map((w, i) => {
        const count = counts.get(`${a.accountId}|${i}`) ?? 0;
        return { week: w.week, startDay: w.startDay, count, target: a.target, state: cadenceState(count, a.target) };
      }),
    })),
  };
}
