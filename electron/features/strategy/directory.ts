import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { networkName } from '../../../shared/domain/networks';
import { commonSpellings, departmentKey } from '../../../shared/features/accounts/departments';
import { formatServiceHours, ServiceHours } from '../../../shared/features/strategy/hours';
import { formatDay } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { isSafeExternalUrl } from '../../../shared/security/csp';
import type { AppContext } from '../../context';
import { esc } from '../exports/pdf';
import { translator, type Translate } from '../exports/i18n';
import { getSettings } from '../settings/service';
import { officeToday } from './progress';

/**
 * What the public directory may say about an account, and nothing more:
 * the one place its columns are chosen, so owner contacts, credentials,
 * two-factor state, notes and tags never reach a file meant for the web.
 */
export interface DirectoryEntry {
  department: string;
  network: string;
  handle: string;
  url: string;
  purpose: string;
  serviceHours: string;
  /** Days it is closed from the day of the export on, as the office writes dates. */
  closedDays: string[];
  responseTargetHours: number | null;
}

/** Closed days still to come, in order; a damaged cell publishes none. */
function upcomingClosedDays(cell: string, today: string, locale: Locale): string[] {
  try {
    const days: unknown = JSON.parse(cell);
    if (!Array.isArray(days)) return [];
    return days
      .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(d) && d >= today)
      .sort()
      .map((d) => formatDay(d, locale === 'es' ? 'dd/MM/yyyy' : 'd MMM yyyy', locale));
  } catch {
    return [];
  }
}

async function directoryEntries(ctx: AppContext, locale: Locale, today: string): Promise<DirectoryEntry[]> {
  const rows = await ctx.db
    .selectFrom('accounts')
    .select(['department', 'network', 'handle', 'url', 'purpose', 'role', 'serviceHours', 'closedDays', 'responseTargetHours'])
    .where('deletedAt', 'is', null)
    .where('status', '=', 'active')
    .where('listed', '=', 1)
    .orderBy('network')
    .orderBy(ctx.engine.caseless('handle'))
    .execute();
  const entries = rows.map((r) => {
    const serves = r.role !== 'medium';
    let hours = '';
    try {
      const slots = ServiceHours.safeParse(JSON.parse(r.serviceHours));
      if (serves && slots.success) hours = formatServiceHours(slots.data, locale);
    } catch {
      // A damaged cell publishes no hours.
    }
    return {
      department: r.department.trim(),
      network: networkName(r.network, locale),
      handle: r.handle,
      url: isSafeExternalUrl(r.url) && /^https?:/iu.test(r.url) ? r.url : '',
      // One line: what it is for.
      purpose: (r.purpose.split(/\r?\n/u).find((l) => l.trim() !== '') ?? '').trim().slice(0, 200),
      serviceHours: hours,
      closedDays: serves ? upcomingClosedDays(r.closedDays, today, locale) : [],
      responseTargetHours: serves ? r.responseTargetHours : null,
    };
  });
  // One group per department however each account spells it, named as most of them do; no department last.
  const spelling = commonSpellings(entries.map((e) => e.department));
  for (const e of entries) e.department = spelling.get(departmentKey(e.department))!;
  const key = (e: DirectoryEntry) => departmentKey(e.department);
  // Stable: within a department, the query's order by network and handle stays.
  return entries.sort((a, b) => Number(a.department === '') - Number(b.department === '') || key(a).localeCompare(key(b), 'es'));
}

/** Static, so its hash can go in the file's CSP instead of allowing any inline style; no data inside. */
const STYLE = `@page { size: A4; margin: 16mm 14mm; }
html { font: 11pt/1.45 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #777; break-after: avoid; }
table { border-collapse: collapse; width: 100%; break-inside: auto; }
tr { break-inside: avoid; }
th, td { border: 1px solid #999; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
a { color: #0645ad; }
.note { color: #333; }
@media print { body { padding: 0; max-width: none; } a { color: #111; } }`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

function directoryHtml(entries: DirectoryEntry[], t: Translate, locale: Locale, office: string, day: string): string {
  const title = office ? t('strategy.directory.titleOf', { office }) : t('strategy.directory.title');
  const groups = new Map<string, DirectoryEntry[]>();
  for (const e of entries) groups.set(e.department, [...(groups.get(e.department) ?? []), e]);
  const sections = [...groups.entries()]
    .map(([dept, list], i) => {
      const heading = dept || t('strategy.directory.otherDepartment');
      const rows = list
        .map((e) => {
          const account = e.url ? `<a href="${esc(e.url)}">${esc(e.handle)}</a>` : esc(e.handle);
          const service = [
            e.serviceHours && t('strategy.directory.hours', { hours: e.serviceHours }),
            e.closedDays.length > 0 ? t('strategy.directory.closed', { count: e.closedDays.length, days: e.closedDays.join(', ') }) : '',
            e.responseTargetHours !== null ? t('strategy.directory.response', { hours: e.responseTargetHours }) : '',
          ]
            .filter(Boolean)
            .map(esc)
            .join('<br>');
          return `<tr><td>${esc(e.network)}</td><td>${account}</td><td>${esc(e.purpose)}</td><td>${service}</td></tr>`;
        })
        .join('\n');
      const id = `d${i + 1}`;
      return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>
<table><thead><tr><th scope="col">${esc(t('strategy.directory.network'))}</th><th scope="col">${esc(t('strategy.directory.account'))}</th><th scope="col">${esc(t('strategy.directory.purpose'))}</th><th scope="col">${esc(t('strategy.directory.service'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
    })
    .join('\n');
  const csp = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="note">${esc(t('strategy.directory.intro'))} ${esc(t('strategy.directory.updated', { day: formatDay(day, locale === 'es' ? "d 'de' MMMM 'de' yyyy" : 'd MMMM yyyy', locale) }))}</p>
${sections || `<p>${esc(t('strategy.directory.empty'))}</p>`}
</main>
</body>
</html>
`;
}

function directoryCsv(entries: DirectoryEntry[], t: Translate, locale: Locale): string {
  const fields = ['department', 'network', 'account', 'url', 'purpose', 'hours', 'closed_days', 'response'];
  const header = locale === 'es' ? ['departamento', 'red', 'cuenta', 'enlace', 'para_que_sirve', 'horario_atencion', 'dias_cerrado', 'respuesta_en_horas'] : fields;
  const data = entries.map((e) => [e.department || t('strategy.directory.otherDepartment'), e.network, e.handle, e.url, e.purpose, e.serviceHours, e.closedDays.join(', '), e.responseTargetHours ?? '']);
  return `\uFEFF${Papa.unparse({ fields: header, data }, { delimiter: locale === 'es' ? ';' : ',', newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** The directory a town hall publishes so citizens find the real accounts: saved as one file, in the office language unless asked. */
export async function exportDirectory(ctx: AppContext, input: { format: 'html' | 'csv'; locale?: Locale }): Promise<{ path: string | null; accounts: number }> {
  const settings = await getSettings(ctx);
  const locale = input.locale ?? settings.locale;
  const t = translator(locale);
  const day = await officeToday(ctx);
  const entries = await directoryEntries(ctx, locale, day);
  const body = input.format === 'html' ? directoryHtml(entries, t, locale, settings.officeName, day) : directoryCsv(entries, t, locale);
  const path = await ctx.platform.saveFile(`${t('strategy.directory.fileName')}-${day}.${input.format}`, body);
  return { path, accounts: entries.length };
}
