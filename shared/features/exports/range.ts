import { addDays } from '../../domain/time';

/** Ranges of office days the Exports page offers. Pure date arithmetic on `YYYY-MM-DD`. */
export type RangeKind = 'week' | 'month' | 'custom';

const parts = (day: string): [number, number, number] => day.split('-').map(Number) as [number, number, number];
const iso = (d: Date): string => d.toISOString().slice(0, 10);

export function startOfWeek(day: string, weekStart: 'monday' | 'sunday'): string {
  const [y, m, d] = parts(day);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -(weekStart === 'monday' ? (dow + 6) % 7 : dow));
}

export function monthRange(day: string): { from: string; to: string } {
  const [y, m] = parts(day);
  return { from: iso(new Date(Date.UTC(y, m - 1, 1))), to: iso(new Date(Date.UTC(y, m, 0))) };
}

export function rangeFor(kind: RangeKind, anchor: string, custom: { from: string; to: string }, weekStart: 'monday' | 'sunday'): { from: string; to: string } {
  if (kind === 'week') {
    const from = startOfWeek(anchor, weekStart);
    return { from, to: addDays(from, 6) };
  }
  if (kind === 'month') return monthRange(anchor);
  return custom;
}

/** The anchor a step back or forward: a week or a month. */
export function stepAnchor(kind: RangeKind, anchor: string, dir: 1 | -1): string {
  if (kind === 'week') return addDays(anchor, 7 * dir);
  const [y, m] = parts(anchor);
  return iso(new Date(Date.UTC(y, m - 1 + dir, 1)));
}
