import { TZDate } from '@date-fns/tz';
import { format as fnsFormat, type Locale as DateLocale } from 'date-fns';
import { enGB, es as esLocale } from 'date-fns/locale';
import type { Locale } from '../ipc/schemas';

/** date-fns locales: Spanish, and British English so that weeks start on Monday like the office's. */
export const dateLocales: Record<Locale, DateLocale> = { es: esLocale, en: enGB };

/** Format an instant as seen in the office time zone. */
export function formatInZone(instant: string | Date, pattern: string, locale: Locale, timeZone: string): string {
  const d = new TZDate(typeof instant === 'string' ? Date.parse(instant) : instant.getTime(), timeZone);
  return fnsFormat(d, pattern, { locale: dateLocales[locale] });
}

/** Format a `YYYY-MM-DD` day (no time zone involved). */
export function formatDay(day: string, pattern: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return fnsFormat(new Date(y, m - 1, d), pattern, { locale: dateLocales[locale] });
}
