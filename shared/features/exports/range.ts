import { TZDate } from '@date-fns/tz';

/** Ranges of office days the Exports page offers. Pure date arithmetic on `YYYY-MM-DD`. */
export type RangeKind = 'week' | 'month' | 'custom';

const parts = (day: string): [number, number, number] => day.split('-').map(Number) as [number, number, number];
const iso = (d: Date): string => d.toISOString().slice(0, 10);

export function shiftDay(day: string, n: number): string {
  const [y, m, d] = parts(day);
  return iso(new Date(Date.UTC(y, m - 1, d + n)));
}

export function startOfWeek(day: string, weekStart: 'monday' | 'sunday'): string {
  const [y, m, d] = parts(day);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return shiftDay(day, -(weekStart === 'monday' ? (dow + 6) % 7 : dow));
}

export function monthRange(day: string): { from: string; to: string } {
  const [y, m] = parts(day);
  return { from: iso(new Date(Date.UTC(y, m - 1, 1))), to: iso(new Date(Date.UTC(y, m, 0))) };
}

export function rangeFor(kind: RangeKind, anchor: string, custom: { from: string; to: string }, weekStart: 'monday' | 'sunday'): { from: string; to: string } {
  if (kind === 'week') {
    const from = startOfWeek(anchor, weekStart);
    return { from, to: shiftDay(from, 6) };
  }
  if (kind === 'month') return monthRange(anchor);
  return custom;
}

/** The anchor a step back or forward: a week or a month. */
export function stepAnchor(kind: RangeKind, anchor: string, dir: 1 | -1): string {
  if (kind === 'week') return shiftDay(anchor, 7 * dir);
  const [y, m] = parts(anchor);
  return iso(new Date(Date.UTC(y, m - 1 + dir, 1)));
}

/** Today in the office time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  const d = new TZDate(now.getTime(), timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A `datetime-local` value read in the office time zone, as a UTC ISO instant; null when incomplete. */
export function localToInstant(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime()).toISOString();
}

/** Now in the office time zone as a `datetime-local` value. */
export function nowLocal(timeZone: string, now = new Date()): string {
  const d = new TZDate(now.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
