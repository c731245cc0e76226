import { formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';

/** The value a datetime-local input shows for an instant, in the office time zone. */
export const toInputValue = (iso: string, timeZone: string): string => formatInZone(iso, "yyyy-MM-dd'T'HH:mm", 'es', timeZone);


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
