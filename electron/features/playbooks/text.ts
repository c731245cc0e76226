import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { stripControls } from '../../../shared/domain/text';
import { DOCUMENT_CSP_META } from '../../../shared/security/csp';

/** The feature's catalog in one language, for documents made in the main process (cards, reports). */
export const catalogFor = (locale: Locale) => (locale === 'es' ? es : en).playbooks;

/** Fill `{{name}}` in a catalog string (documents only; React does it in the views). */
export const interpolate = (s: string, params: Record<string, string | number>): string =>
  s.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

export const escapeHtml = (s: string): string =>
  stripControls(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export const when = (instant: string, locale: Locale, timeZone: string): string => formatInZone(instant, 'dd/MM/yyyy HH:mm', locale, timeZone);

/** When a held post was planned: its time, or its day for a post planned for a whole day. */
export const heldWhen = (h: { scheduledAt: string | null; scheduledDay: string | null }, locale: Locale, timeZone: string): string =>
  h.scheduledAt
    ? when(h.scheduledAt, locale, timeZone)
    : h.scheduledDay
      ? interpolate(catalogFor(locale).incident.heldDay, { day: formatDay(h.scheduledDay, 'dd/MM/yyyy', locale) })
      : '';

/**
 * A self-contained printable page: no scripts, no remote resources, and a CSP
 * that says so to whatever opens the saved HTML file. `extraCss` is the
 * caller's own constant, never data: data is escaped text in the body.
 */
export function htmlDocument(lang: Locale, title: string, body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">${DOCUMENT_CSP_META}<title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 12mm; }
body { font: 10.5pt/1.35 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
li, p, .stmt { overflow-wrap: anywhere; }
th { background: #eee; } ul, ol { margin: 0; padding-left: 5mm; } .muted { color: #555; } .stmt { border: 1px solid #bbb; padding: 1.5mm; margin: 1mm 0; white-space: pre-wrap; }
${extraCss}
</style></head><body>${body}</body></html>`;
}
