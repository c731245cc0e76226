import { TZDate } from '@date-fns/tz';

/**
 * Dates as the office sees them, in one place for the app, the interface and
 * the tests. Days are `YYYY-MM-DD` strings with no zone; instants are UTC ISO
 * strings; the office time zone (a setting) turns one into the other through
 * @date-fns/tz.
 */

// ---- days: pure arithmetic on `YYYY-MM-DD` (no time zone) ----

const DAY_MS = 86_400_000;

export const dayToUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);
export const utcToDay = (d: Date): string => d.toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => {
  const d = dayToUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return utcToDay(d);
};

/** Days since 1970-01-01: the difference of two is the number of days between them. */
export const dayNumber = (day: string): number => dayToUtc(day).getTime() / DAY_MS;

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Monday of the ISO week that contains the day. */
export const mondayOf = (day: string): string => {
  const dow = (dayToUtc(day).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
};

/** ISO week label, e.g. `2026-W14`. */
export function isoWeek(day: string): string {
  const dow = (dayToUtc(day).getUTCDay() + 6) % 7;
  const thursday = addDays(day, 3 - dow);
  const year = Number(thursday.slice(0, 4));
  const week1Monday = mondayOf(`${year}-01-04`);
  const week = Math.round((dayNumber(mondayOf(day)) - dayNumber(week1Monday)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

// ---- days and instants in the office time zone ----

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs about 0.1 ms,
 * far more than using one, and every range read needs several.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** A fast "which day is this instant in the zone" function (one formatter reused). */
export function dayInZoneFn(timeZone: string): (instant: string | Date) => string {
  let fmt = dayFormatters.get(timeZone);
  if (!fmt) dayFormatters.set(timeZone, (fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const format = fmt;
  return (instant) => {
    const parts = format.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  };
}

/** The day an instant falls on in a time zone. */
export const dayInZone = (instant: string | Date, timeZone: string): string => dayInZoneFn(timeZone)(instant);

/** Today in the office time zone. */
export const todayIn = (timeZone: string, now = new Date()): string => dayInZone(now, timeZone);

/** A wall-clock time of a day in a time zone as a UTC ISO instant (a clock change moves the hour it lands on). */
function wallClockInstant(day: string, hour: number, minute: number, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, minute, 0, timeZone).getTime()).toISOString();
}

/** The UTC instant of the midnight that starts a day in a time zone. */
export const startOfDayInZone = (day: string, timeZone: string): string => wallClockInstant(day, 0, 0, timeZone);

// ---- days and instants in the computer's own zone ----

/**
 * The day and the midnights of the zone the computer's clock is set to, from
 * Date's local fields. They need no Intl time zone data, whose first use
 * costs tens of milliseconds as the app starts; where the computer's zone is
 * the office's they give what the office-zone functions above give.
 */
export const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export const localMidnight = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
};

/** What a `datetime-local` input holds (`YYYY-MM-DDTHH:mm`, seconds allowed), read in the office time zone, as a UTC instant; null when incomplete. */
export function localToInstant(value: string, timeZone: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!m) return null;
  return wallClockInstant(m[1]!, Number(m[2]), Number(m[3]), timeZone);
}

/** Now in the office time zone as a `datetime-local` value. */
export function nowLocal(timeZone: string, now = new Date()): string {
  const d = new TZDate(now.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * A range as the office sees it: timed things by instant in [from, to), things
 * planned for a whole day by day in [fromDay, toDay].
 */
export interface OfficeRange {
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
}

/** The range of instants [from, to) and the office days it touches (an end at midnight does not take the next day). */
export function rangeOfInstants(from: string, to: string, timeZone: string): OfficeRange {
  const toDay = dayInZoneFn(timeZone);
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  return { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(), fromDay: toDay(new Date(fromMs)), toDay: toDay(new Date(Math.max(fromMs, toMs - 1))) };
}

/** The office days from `fromDay` to `toDay`, both included, and the instants from the first one's midnight to the midnight after the last. */
export const rangeOfDays = (fromDay: string, toDay: string, timeZone: string): OfficeRange => ({
  from: startOfDayInZone(fromDay, timeZone),
  to: startOfDayInZone(addDays(toDay, 1), timeZone),
  fromDay,
  toDay,
});
