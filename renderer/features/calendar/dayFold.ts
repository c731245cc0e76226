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
