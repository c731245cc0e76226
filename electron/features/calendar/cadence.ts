import type { CadenceReport } from '../../../shared/features/calendar/contract';
import { addDays, cadenceState, cadenceStatuses, dayInZoneFn, isoWeek, mondayOf, startOfDayInZone } from '../../../shared/features/calendar/rules';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { getSettings } from '../settings/service';

/** Cadence looks at a few weeks at a time: a calendar view or the "next 4 weeks" overview. */
const MAX_WEEKS = 26;

const STATUS_LIST = cadenceStatuses.map((s) => `'${s}'`).join(',');

/** Posts that count towards an account's cadence in a range of instants and days. */
export const CADENCE_POSTS_SQL = `select t.account_id as accountId, p.scheduled_at as scheduledAt, p.scheduled_day as scheduledDay
  from posts p join post_targets t on t.post_id = p.id
  where +p.status in (${STATUS_LIST}) and p.id in (
    select id from posts where deleted_at is null and scheduled_at >= @from and scheduled_at < @to
    union all
    select id from posts where deleted_at is null and scheduled_day >= @fromDay and scheduled_day < @toDay)`;

export const CADENCE_ACCOUNTS_SQL = `select id as accountId, network, handle, display_name as displayName, posts_per_week_target as target
  from accounts where status = 'active' and deleted_at is null and role in ('medium','both')
  order by network, handle`;

/**
 * Posts per ISO week (Monday to Sunday in the office time zone) against each
 * active medium account's target: `silent` with none, `below` under target.
 */
export async function cadenceReport(ctx: AppContext, from: string, to: string): Promise<CadenceReport> {
  const { timeZone } = await getSettings(ctx);
  const toDay = dayInZoneFn(timeZone);
  const firstMonday = mondayOf(toDay(from));
  const lastDay = toDay(new Date(Math.max(Date.parse(from), Date.parse(to) - 1)));
  const weeks: CadenceReport['weeks'] = [];
  for (let monday = firstMonday; monday <= lastDay; monday = addDays(monday, 7)) {
    weeks.push({ week: isoWeek(monday), startDay: monday, endDay: addDays(monday, 6) });
    if (weeks.length > MAX_WEEKS) throw AppError.validation([{ path: 'to', code: 'calendar.errors.rangeTooLong' }]);
  }
  const endDay = addDays(weeks.at(-1)?.startDay ?? firstMonday, 7);
  const accounts = ctx.raw.prepare(CADENCE_ACCOUNTS_SQL).all() as { accountId: number; network: string; handle: string; displayName: string; target: number }[];
  const rows = ctx.raw
    .prepare(CADENCE_POSTS_SQL)
    .all({ from: startOfDayInZone(firstMonday, timeZone), to: startOfDayInZone(endDay, timeZone), fromDay: firstMonday, toDay: endDay }) as {
    accountId: number;
    scheduledAt: string | null;
    scheduledDay: string | null;
  }[];
  // Week edges as instants once, so each post is placed by comparing numbers
  // (a time-zone conversion per post was most of the report's time).
  const edges = [...weeks.map((w) => Date.parse(startOfDayInZone(w.startDay, timeZone))), Date.parse(startOfDayInZone(endDay, timeZone))];
  const dayEdges = [...weeks.map((w) => w.startDay), endDay];
  const weekOf = <T>(value: T, bounds: T[]): number => {
    for (let i = 0; i < bounds.length - 1; i++) if (value >= bounds[i]! && value < bounds[i + 1]!) return i;
    return -1;
  };
  const counts = new Map<string, number>();
  for (const r of rows) {
    const i = r.scheduledAt ? weekOf(Date.parse(r.scheduledAt), edges) : weekOf(r.scheduledDay!, dayEdges);
    if (i < 0) continue;
    const key = `${r.accountId}|${weeks[i]!.startDay}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    weeks,
    accounts: accounts.map((a) => ({
      ...a,
      weeks: weeks.map((w) => {
        const count = counts.get(`${a.accountId}|${w.startDay}`) ?? 0;
        return { week: w.week, startDay: w.startDay, count, target: a.target, state: cadenceState(count, a.target) };
      }),
    })),
  };
}
