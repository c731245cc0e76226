import type { CadenceReport } from '../../../shared/features/calendar/contract';
import { addDays, dayInZoneFn, isoWeek, mondayOf, startOfDayInZone } from '../../../shared/domain/time';
import { cadenceEndedStatuses, cadencePlannedStatuses, cadenceState } from '../../../shared/features/calendar/rules';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { sql } from 'kysely';
import type { Engine } from '../../db/engine/index';
import type { Db } from '../../db/transaction';
import { idsInRange, type RangeBounds } from './range';
import { getSettings } from '../settings/service';

/** Cadence looks at a few weeks at a time: a calendar view or the "next 4 weeks" overview. */
const MAX_WEEKS = 26;
/** The first day past the dates the app accepts (IsoDay: before the year 2200). */
const LAST_DAY = '2200-01-01';

const countedStatuses = [...new Set([...cadencePlannedStatuses, ...cadenceEndedStatuses])];

/** Week ends of whole weeks starting on some Mondays: the next Monday's midnight as an instant, and as a day. */
export interface CadenceWeeks {
  ends: string[];
  endDays: string[];
  bounds: RangeBounds;
}

/**
 * Posts that count towards each account's cadence, counted per account and
 * week in SQL (one row per pair instead of one per post and target). A CASE
 * places each post in its week by the weeks' ends, as instants for timed
 * posts and as days for day-only ones, so a week that crosses a clock change
 * keeps its true local-midnight edges. `n` counts what is planned to go out,
 * `done` what went out (see cadenceCount).
 */
export function cadencePostsQuery(db: Db, engine: Engine, w: CadenceWeeks) {
  const weekOf = (column: string, ends: string[]) =>
    sql`case ${sql.join(
      ends.map((end, i) => sql`when ${sql.ref(column)} < ${end} then ${sql.lit(i)}`),
      sql` `,
    )} end`;
  return (
    db
      .selectFrom('posts as p')
      .innerJoin('postTargets as t', 't.postId', 'p.id')
      .select((eb) => [
        't.accountId',
        sql<number>`case when ${sql.ref('p.scheduledAt')} is not null then ${weekOf('p.scheduledAt', w.ends)} else ${weekOf('p.scheduledDay', w.endDays)} end`.as('week'),
        eb.fn.countAll<number>().as('n'),
        eb.fn.count<number>(eb.case().when('p.status', 'in', cadenceEndedStatuses).then(1).end()).as('done'),
      ])
      // The range index finds the posts; the status index would read every post of those statuses.
      .where((eb) => eb(engine.unindexed('p.status'), 'in', countedStatuses))
      .where('p.id', 'in', idsInRange(db, w.bounds))
      .groupBy(['t.accountId', sql.ref('week')])
  );
}

/** The Mondays (office time zone) of the whole weeks that cover [from, to). */
export function cadenceMondays(from: string, to: string, timeZone: string): string[] {
  if (Date.parse(to) < Date.parse(from)) throw AppError.validation([{ path: 'to', code: 'calendar.errors.endBeforeStart' }]);
  const toDay = dayInZoneFn(timeZone);
  const lastDay = toDay(new Date(Math.max(Date.parse(from), Date.parse(to) - 1)));
  const mondays: string[] = [];
  for (let monday = mondayOf(toDay(from)); monday <= lastDay; monday = addDays(monday, 7)) {
    mondays.push(monday);
    if (mondays.length > MAX_WEEKS) throw AppError.validation([{ path: 'to', code: 'calendar.errors.rangeTooLong' }]);
  }
  // Whole weeks: the last one may end past the last day the app writes dates for.
  if (addDays(mondays.at(-1)!, 6) >= LAST_DAY) throw AppError.validation([{ path: 'to', code: 'validation.date_out_of_range' }]);
  return mondays;
}

/** The week ends and the range of whole weeks starting on these Mondays. */
export function cadenceWeeks(mondays: string[], timeZone: string): CadenceWeeks {
  const endDays = mondays.map((monday) => addDays(monday, 7));
  const ends = endDays.map((day) => startOfDayInZone(day, timeZone));
  // Day-only posts up to the Sunday before the last end.
  return { ends, endDays, bounds: { from: startOfDayInZone(mondays[0]!, timeZone), to: ends.at(-1)!, fromDay: mondays[0]!, toDay: addDays(endDays.at(-1)!, -1) } };
}

/** The active medium accounts a cadence report lists. */
export const cadenceAccountsQuery = (db: Db) =>
  db
    .selectFrom('accounts')
    .select(['id as accountId', 'network', 'handle', 'displayName', 'postsPerWeekTarget as target'])
    .where('status', '=', 'active')
    .where('deletedAt', 'is', null)
    .where('role', 'in', ['medium', 'both'])
    .orderBy('network')
    .orderBy('handle');

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
  const accounts = await ctx.engine.rows(cadenceAccountsQuery(ctx.db), 'cadenceAccounts');
  const w = cadenceWeeks(mondays, timeZone);
  const rows = await ctx.engine.rows(cadencePostsQuery(ctx.db, ctx.engine, w), `cadence:${w.ends.join()}`);
  // A week has ended once the clock reaches its next Monday's midnight: from then on only what went out counts.
  const now = ctx.now().getTime();
  const ended = w.ends.map((end) => Date.parse(end) <= now);
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
