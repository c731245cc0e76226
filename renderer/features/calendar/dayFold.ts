import type { PostEvent } from '../../../shared/features/calendar/contract';
import { dayInZoneFn } from '../../../shared/domain/time';

/** A day of the month with more posts than its cell shows: all of them, for the list its "+N" opens, and how many are not drawn. */
export interface FoldedDay {
  day: string;
  posts: PostEvent[];
  hidden: number;
}

/**
 * What each month cell draws. FullCalendar lays out every event it is given,
 * even the ones it then folds behind "+N", and a city month has ~1,400
 * posts: so a day gets only the items its cell has room for (the day's marks
 * take room first), the last place going to a "+N" for the rest.
 */
export function foldDays(posts: PostEvent[], marksPerDay: ReadonlyMap<string, number>, room: number, timeZone: string): { shown: PostEvent[]; folded: FoldedDay[] } {
  const dayOf = dayInZoneFn(timeZone);
  const byDay = new Map<string, PostEvent[]>();
  for (const p of posts) {
    const day = p.scheduledDay ?? (p.scheduledAt ? dayOf(p.scheduledAt) : null);
    if (!day) continue;
    const list = byDay.get(day);
    if (list) list.push(p);
    else byDay.set(day, [p]);
  }
  const shown: PostEvent[] = [];
  const folded: FoldedDay[] = [];
  for (const [day, list] of byDay) {
    // As the cell orders them: whole-day posts first, then by time.
    list.sort((a, b) => (a.scheduledAt === null ? -1 : 0) - (b.scheduledAt === null ? -1 : 0) || (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '') || a.id - b.id);
    const free = Math.max(1, room - (marksPerDay.get(day) ?? 0));
    if (list.length <= free) {
      shown.push(...list);
      continue;
    }
    const drawn = Math.max(0, free - 1);
    shown.push(...list.slice(0, drawn));
    folded.push({ day, posts: list, hidden: list.length - drawn });
  }
  return { shown, folded };
}

/** Items a month cell of this height has room for: its day number on top, items of about this height each, the last place a shorter "+N". */
export function roomIn(cellPx: number, itemPx: number): number {
  return Math.max(2, Math.floor((cellPx - DAY_NUMBER_PX - MORE_PX) / itemPx) + 1);
}

/** The day number's line at the top of a month cell, and the "+N" line at its foot, in px. */
const DAY_NUMBER_PX = 26;
const MORE_PX = 22;

/** An office hour of a week's day with more timed posts than its column fits side by side: drawn as one box that lists them. */
export interface BusyHour {
  /** `YYYY-MM-DD` and the hour (0–23), office time. */
  day: string;
  hour: number;
  posts: PostEvent[];
}

/**
 * What a week's hours draw. A city plans forty posts a day, so an hour holds
 * four or five: side by side in a seventh of the screen they are slivers with
 * no words. Up to `perHour` posts of an hour are drawn as themselves; an hour
 * with more is one box that counts them and opens their list.
 */
export function groupHours(timed: readonly PostEvent[], perHour: number, timeZone: string): { shown: PostEvent[]; busy: BusyHour[] } {
  const dayOf = dayInZoneFn(timeZone);
  const hourOf = hourInZoneFn(timeZone);
  const byHour = new Map<string, BusyHour>();
  for (const p of timed) {
    if (!p.scheduledAt) continue;
    const day = dayOf(p.scheduledAt);
    const hour = hourOf(p.scheduledAt);
    const key = `${day} ${hour}`;
    const slot = byHour.get(key);
    if (slot) slot.posts.push(p);
    else byHour.set(key, { day, hour, posts: [p] });
  }
  const shown: PostEvent[] = [];
  const busy: BusyHour[] = [];
  for (const slot of byHour.values()) {
    if (slot.posts.length <= perHour) shown.push(...slot.posts);
    else busy.push({ ...slot, posts: slot.posts.sort((a, b) => a.scheduledAt!.localeCompare(b.scheduledAt!) || a.id - b.id) });
  }
  return { shown, busy };
}

/** The hour (0–23) an instant falls in, in a time zone (one formatter reused). */
function hourInZoneFn(timeZone: string): (instant: string) => number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
  return (instant) => Number(format.format(new Date(instant)));
}

const minuteFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The box of a timed post in the week: its whole office hour, its exact time
 * written on it. Posts of one hour then sit side by side in that hour (two
 * at most, see groupHours) and never run into the next hour and narrow it;
 * a post at 9:45 keeps a box tall enough for its time and title.
 */
export function weekItemBox(scheduledAt: string, timeZone: string): { start: string; end: string } {
  const at = new Date(scheduledAt);
  let format = minuteFormats.get(timeZone);
  if (!format) minuteFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, minute: '2-digit' })));
  const start = at.getTime() - (Number(format.format(at)) * 60 + at.getUTCSeconds()) * 1000 - at.getUTCMilliseconds();
  return { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
}
