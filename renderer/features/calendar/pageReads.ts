import type { CadenceReport, PostEvent, SpecialDay } from '../../../shared/features/calendar/contract';
import { rangeEvents } from '../../../shared/features/calendar/rangeEvents';
import { addDays, dayInZone, mondayOf, startOfDayInZone } from '../../../shared/domain/time';
import type { Input } from '../../../shared/ipc/contract';
import { api } from '../../api';

/** A range as the channels take it: instants [from, to) and the office days it covers, toDay included. */
export interface Span {
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
}

/** A day's first instant: the office zone's midnight (or, as the app starts, the computer's: see opening.ts). */
export type Midnight = (day: string) => string;

const officeMidnight =
  (timeZone: string): Midnight =>
  (day) =>
    startOfDayInZone(day, timeZone);

/** The side panel's "next 4 weeks": from the Monday of `today`'s week. */
export function sideSpanOn(today: string, midnight: Midnight): Span {
  const monday = mondayOf(today);
  const end = addDays(monday, 28);
  return { from: midnight(monday), to: midnight(end), fromDay: monday, toDay: addDays(end, -1) };
}

/** The month of `today`, as the grid asks for it (it shows no other month's days). */
export function monthSpanOn(today: string, midnight: Midnight): Span {
  const first = `${today.slice(0, 7)}-01`;
  const next = `${addDays(first, 31).slice(0, 7)}-01`;
  return { from: midnight(first), to: midnight(next), fromDay: first, toDay: addDays(next, -1) };
}

/** The side panel's four weeks from this week's Monday in the office zone. */
export const sideSpan = (timeZone: string, now: Date): Span => sideSpanOn(dayInZone(now, timeZone), officeMidnight(timeZone));

/** The office month of `now`. */
export const monthSpan = (timeZone: string, now: Date): Span => monthSpanOn(dayInZone(now, timeZone), officeMidnight(timeZone));

export const sameSpan = (a: Span, b: Span): boolean => a.from === b.from && a.to === b.to && a.fromDay === b.fromDay && a.toDay === b.toDay;

export interface PageData {
  posts: PostEvent[];
  cadence: CadenceReport;
  special: SpecialDay[];
  side: { backlog: PostEvent[]; report: CadenceReport; special: SpecialDay[] } | null;
}

/** A cadence report cut to the weeks that touch [fromDay, toDay]. */
export function weeksWithin(report: CadenceReport, fromDay: string, toDay: string): CadenceReport {
  // Decided once per week of the report, not once per account's week: a city has hundreds of accounts.
  const weeks = report.weeks.filter((w) => w.startDay <= toDay && addDays(w.startDay, 6) >= fromDay);
  const kept = new Set(weeks.map((w) => w.week));
  return { weeks, accounts: report.accounts.map((a) => ({ ...a, weeks: a.weeks.filter((w) => kept.has(w.week)) })) };
}

/** Weeks one cadence report may cover (the channel refuses longer ranges). */
const MAX_JOINED_DAYS = 24 * 7;

/**
 * What the calendar page shows, read in one round: the grid's range and,
 * after a change or on the first visit, the side panel's four weeks and the
 * backlog. When the two ranges are near (the month on screen is this one or
 * the next), each channel is asked once over both and the answer is cut for
 * each; a save used to send every read twice, from the grid and the panel.
 */
export async function readPage(grid: Span, filters: Omit<Input<'posts.listRange'>, 'from' | 'to'>, side: Span | null): Promise<PageData> {
  const posts = api('posts.listRange', { from: grid.from, to: grid.to, ...filters }).then(rangeEvents);
  const joined = side && (side.fromDay < grid.fromDay ? side.fromDay : grid.fromDay);
  const joinedTo = side && (side.toDay > grid.toDay ? side.toDay : grid.toDay);
  const near = side && joined && joinedTo && Date.parse(joinedTo) - Date.parse(joined) <= MAX_JOINED_DAYS * 86_400_000;
  if (!side) {
    const [p, cadence, special] = await Promise.all([posts, api('cadence.report', { from: grid.from, to: grid.to }), api('specialDays.listRange', { from: grid.fromDay, to: grid.toDay })]);
    return { posts: p, cadence, special, side: null };
  }
  const backlog = api('posts.backlog', {});
  if (near) {
    const from = side.from < grid.from ? side.from : grid.from;
    const to = side.to > grid.to ? side.to : grid.to;
    const [p, report, days, b] = await Promise.all([posts, api('cadence.report', { from, to }), api('specialDays.listRange', { from: joined, to: joinedTo }), backlog]);
    const within = (s: Span) => days.filter((d) => d.day >= s.fromDay && d.day <= s.toDay);
    return { posts: p, cadence: weeksWithin(report, grid.fromDay, grid.toDay), special: within(grid), side: { backlog: b, report: weeksWithin(report, side.fromDay, side.toDay), special: within(side) } };
  }
  const [p, cadence, special, b, report, sideDays] = await Promise.all([
    posts,
    api('cadence.report', { from: grid.from, to: grid.to }),
    api('specialDays.listRange', { from: grid.fromDay, to: grid.toDay }),
    backlog,
    api('cadence.report', { from: side.from, to: side.to }),
    api('specialDays.listRange', { from: side.fromDay, to: side.toDay }),
  ]);
  return { posts: p, cadence, special, side: { backlog: b, report, special: sideDays } };
}
