import { TZDate } from '@date-fns/tz';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';

/** The value a datetime-local input shows for an instant, in the office time zone. */
export const toInputValue = (iso: string, timeZone: string): string => formatInZone(iso, "yyyy-MM-dd'T'HH:mm", 'es', timeZone);

/** The instant a datetime-local value means in the office time zone; null when empty or invalid. */
export function fromInputValue(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime()).toISOString();
}

export const timeOf = (iso: string, locale: Locale, timeZone: string) => formatInZone(iso, 'HH:mm', locale, timeZone);
export const dateTimeOf = (iso: string, locale: Locale, timeZone: string) => formatInZone(iso, 'd MMM HH:mm', locale, timeZone);

/** A clock reading: H:MM:SS of a duration in milliseconds (absolute). */
export function clockText(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
