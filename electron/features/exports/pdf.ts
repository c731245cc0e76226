import { accountName, networkName } from '../../../shared/domain/networks';
import { addDays, daysOf } from '../../../shared/domain/time';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import { startOfWeek as weekStartOf } from '../../../shared/features/exports/range';
import type { Locale } from '../../../shared/ipc/schemas';
import { DOCUMENT_CSP_META } from '../../../shared/security/csp';
import type { Translate } from './i18n';
import { type PlanPost, type PlanTarget } from './plan';
import { checklistItems } from '../../../shared/features/calendar/rules';

/** Everything a printed document says around its posts. */
export interface DocInfo {
  locale: Locale;
  timeZone: string;
  weekStart: 'monday' | 'sunday';
  officeName: string;
  from: string;
  to: string;
  filters: string[];
  generatedAt: Date;
  fingerprint: string;
  t: Translate;
  /** Thumbnails of the posts' media as data: URLs, by SHA-256. */
  thumbs?: ReadonlyMap<string, string>;
  /** SHA-256 of the media whose original is gone from the data folder. */
  missing?: ReadonlySet<string>;
}

/** Thumbnails a printed post shows; the rest are counted as "+N". */
export const PRINTED_THUMBS = 3;

/** Up to three thumbnails of a post, then "+N"; a missing file is a grey box with its name, marked as missing. */
function thumbsHtml(p: PlanPost, doc: DocInfo): string {
  if (p.media.length === 0) return '';
  const shown = p.media.slice(0, PRINTED_THUMBS).map((m) => {
    const src = doc.thumbs?.get(m.sha256);
    if (doc.missing?.has(m.sha256)) return `<span class="thumb missing"><span>${esc(m.name)}</span><b>⚠ ${esc(doc.t('media.missing'))}</b></span>`;
    return src ? `<img class="thumb" src="${src}" alt="${esc(m.alt || m.name)}">` : `<span class="thumb missing"><span>${esc(m.name)}</span></span>`;
  });
  const more = p.media.length > PRINTED_THUMBS ? `<span class="thumb-more">+${p.media.length - PRINTED_THUMBS}</span>` : '';
  return `<span class="thumbs">${shown.join('')}${more}</span>`;
}

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A CSS string literal for an @page margin box. Only our own catalog text,
 * dates and the hex fingerprint go here, never a user's data; and every
 * character but letters, digits and spaces is written as a CSS escape, so no
 * text can close the string or the <style> block it lives in.
 */
export const cssString = (s: string): string =>
  `"${[...s].map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;

const FONTS = "'Noto Sans', 'DejaVu Sans', 'Noto Color Emoji', sans-serif";

const longDay: Record<Locale, string> = { es: "EEEE, d 'de' MMMM 'de' yyyy", en: 'EEEE d MMMM yyyy' };
const shortDay: Record<Locale, string> = { es: 'd MMM yyyy', en: 'd MMM yyyy' };

export function pageCss(doc: DocInfo, paper: string, orientation: 'portrait' | 'landscape'): string {
  const { t } = doc;
  const footer = `${t('exports.pdf.fingerprint', { fingerprint: doc.fingerprint })} · ${t('exports.pdf.generated', {
    date: formatInZone(doc.generatedAt, 'dd/MM/yyyy HH:mm', doc.locale, doc.timeZone),
  })}`;
  // The office name is the user's text: it is printed in the page body, never in CSS.
  const header = t('exports.pdf.range', { from: formatDay(doc.from, shortDay[doc.locale], doc.locale), to: formatDay(doc.to, shortDay[doc.locale], doc.locale) });
  if (!/^[0-9a-f]{12}$/.test(doc.fingerprint)) throw new Error('fingerprint must be 12 hex digits');
  const box = `font: 8pt ${FONTS}; color: #444;`;
  return `
@page {
  size: ${paper} ${orientation};
  margin: 16mm 14mm 18mm;
  @top-left { content: ${cssString(header)}; ${box} }
  @bottom-left { content: ${cssString(footer)}; ${box} }
  @bottom-right { content: ${cssString(`${t('exports.pdf.page')} `)} counter(page) ${cssString(` ${t('exports.pdf.of')} `)} counter(pages); ${box} }
}
* { box-sizing: border-box; }
html { font: 10pt/1.4 ${FONTS}; color: #111; background: #fff; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 1.5mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef1f5; }
.muted { color: #555; }
.wrap { white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; }
.page-break { break-before: page; }
`;
}

export function shell(lang: Locale, css: string, body: string): string {
  // Self-contained: no scripts, no remote fonts or images; the CSP forbids anything else.
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${DOCUMENT_CSP_META}<style>${css}</style></head><body>${body}</body></html>`;
}

const timeOf = (p: PlanPost, doc: DocInfo): string => (p.scheduledAt ? formatInZone(p.scheduledAt, 'HH:mm', doc.locale, doc.timeZone) : doc.t('exports.allDay'));


/** Targets that share a text print it once, under all their accounts. */
function textGroups(p: PlanPost): { accounts: PlanTarget[]; text: string }[] {
  const groups = new Map<string, PlanTarget[]>();
  for (const target of p.targets) groups.set(target.text, [...(groups.get(target.text) ?? []), target]);
  if (groups.size === 0) return [{ accounts: [], text: p.body }];
  return [...groups].map(([text, accounts]) => ({ accounts, text }));
}

// The calendar owns the checklist; the PDF prints its items with short labels of its own.
const CHECK_ITEMS: readonly string[] = checklistItems;

function checklistHtml(p: PlanPost, doc: DocInfo): string {
  const keys = [...CHECK_ITEMS.filter((k) => k in p.checklist), ...Object.keys(p.checklist).filter((k) => !CHECK_ITEMS.includes(k))];
  if (keys.length === 0) return `<span class="muted">${esc(doc.t('exports.pdf.checklistEmpty'))}</span>`;
  return keys
    .map((k) => {
      const label = CHECK_ITEMS.includes(k) ? doc.t(`exports.checklist.${k}`) : k;
      const done = p.checklist[k] === true;
      return `<span class="check ${done ? 'done' : 'pending'}">${done ? '☑' : '☐'} ${esc(label)}: ${esc(doc.t(done ? 'exports.pdf.done' : 'exports.pdf.pending'))}</span>`;
    })
    .join(' ');
}

function postHtml(p: PlanPost, doc: DocInfo): string {
  const { t } = doc;
  const rows: string[] = [];
  for (const g of textGroups(p)) {
    const who = g.accounts.length ? g.accounts.map((a) => accountName(a, doc.locale)).join(', ') : t('exports.pdf.text');
    rows.push(`<tr><th>${esc(who)}</th><td class="wrap">${esc(g.text)}</td></tr>`);
  }
  if (p.hashtags.length) rows.push(`<tr><th>${esc(t('exports.pdf.hashtags'))}</th><td class="wrap">${esc(p.hashtags.map((h) => `#${h}`).join(' '))}</td></tr>`);
  if (p.link) rows.push(`<tr><th>${esc(t('exports.pdf.link'))}</th><td class="wrap">${esc(p.link)}</td></tr>`);
  if (p.mediaNote || p.mediaAlt) {
    const alt = p.mediaAlt ? `${t('exports.pdf.alt')}: ${p.mediaAlt}` : t('exports.pdf.noAlt');
    rows.push(`<tr><th>${esc(t('exports.pdf.media'))}</th><td class="wrap">${esc(p.mediaNote)}<br><span class="muted">${esc(alt)}</span></td></tr>`);
  }
  if (p.media.length) {
    const alts = p.media
      .map((m, i) => `${i + 1}. ${m.alt ? `${t('exports.pdf.alt')}: ${m.alt}` : t('exports.pdf.noAlt')}${doc.missing?.has(m.sha256) ? ` (${m.name}: ${t('media.pack.missing')})` : ''}`)
      .join(' · ');
    rows.push(`<tr><th>${esc(t('media.title'))}</th><td class="wrap">${thumbsHtml(p, doc)}<br><span class="muted">${esc(alts)}</span></td></tr>`);
  }
  if (p.campaign) rows.push(`<tr><th>${esc(t('exports.pdf.campaign'))}</th><td>${esc(p.campaign)}</td></tr>`);
  rows.push(`<tr><th>${esc(t('exports.pdf.status'))}</th><td>${esc(t(`calendar.status.${p.status}`))}</td></tr>`);
  rows.push(`<tr><th>${esc(t('exports.pdf.checklist'))}</th><td>${checklistHtml(p, doc)}</td></tr>`);
  const changed = p.changedSinceApproved ? `<span class="changed">⚠ ${esc(t('exports.pdf.changed'))}</span>` : '';
  return `<article class="post${p.changedSinceApproved ? ' is-changed' : ''}">
<header><span class="time">${esc(timeOf(p, doc))}</span><h3 class="wrap">${esc(p.title)}</h3>${changed}</header>
<table class="details"><colgroup><col style="width:32%"><col></colgroup>${rows.join('')}</table></article>`;
}

// The three a superior asks about first, then any other status the range holds.
const SUMMARY_STATUSES = ['approved', 'in_review', 'draft', 'idea', 'on_hold', 'published'] as const;
const ALWAYS_SHOWN: readonly string[] = ['approved', 'in_review', 'draft'];

function statusSummaryHtml(posts: PlanPost[], doc: DocInfo): string {
  const { t } = doc;
  const rows = SUMMARY_STATUSES.map((status) => ({ status, n: posts.filter((p) => p.status === status).length }))
    .filter(({ status, n }) => n > 0 || ALWAYS_SHOWN.includes(status))
    .map(({ status, n }) => `<tr><td>${esc(t(`calendar.status.${status}`))}</td><td class="num">${n}</td></tr>`)
    .join('');
  return `<h2>${esc(t('exports.pdf.summaryTitle'))}</h2>
<table class="summary"><thead><tr><th>${esc(t('exports.pdf.status'))}</th><th class="num">${esc(t('exports.pdf.posts'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function coverHtml(posts: PlanPost[], doc: DocInfo): string {
  const { t } = doc;
  const counts = new Map<number, { target: PlanTarget; n: number }>();
  for (const p of posts) for (const target of p.targets) counts.set(target.accountId, { target, n: (counts.get(target.accountId)?.n ?? 0) + 1 });
  // A post to three accounts is a line on each, so the column can add up to more than the posts it covers; the note says so.
  const sum = [...counts.values()].reduce((n, c) => n + c.n, 0);
  const lines = [...counts.values()]
    .sort((a, b) => b.n - a.n || a.target.handle.localeCompare(b.target.handle))
    .map(({ target, n }) => `<tr><td>${esc(target.displayName || target.handle)}${target.displayName ? ` <span class="muted">${esc(target.handle)}</span>` : ''}</td><td>${esc(networkName(target.network, doc.locale))}</td><td class="num">${n}</td></tr>`)
    .join('');
  return `<section class="cover">
<p class="office">${esc(doc.officeName)}</p>
<h1>${esc(t('exports.pdf.title'))}</h1>
<p class="range">${esc(t('exports.pdf.range', { from: formatDay(doc.from, longDay[doc.locale], doc.locale), to: formatDay(doc.to, longDay[doc.locale], doc.locale) }))}</p>
${doc.filters.length ? `<p>${esc(t('exports.pdf.filteredBy', { filters: doc.filters.join(', ') }))}</p>` : ''}
<p class="muted">${esc(t('exports.pdf.generated', { date: formatInZone(doc.generatedAt, longDay[doc.locale] + ' HH:mm', doc.locale, doc.timeZone) }))}</p>
<p class="fp">${esc(t('exports.pdf.fingerprint', { fingerprint: doc.fingerprint }))}</p>
${statusSummaryHtml(posts, doc)}
<h2>${esc(t('exports.pdf.countsTitle'))}</h2>
${posts.length === 0 ? `<p>${esc(t('exports.pdf.noPosts'))}</p>` : `<table class="counts"><thead><tr><th>${esc(t('exports.pdf.account'))}</th><th>${esc(t('exports.pdf.network'))}</th><th class="num">${esc(t('exports.pdf.countsPerAccount'))}</th></tr></thead><tbody>${lines}</tbody><tfoot><tr><th colspan="2">${esc(t('exports.pdf.countsTotal'))}</th><th class="num">${posts.length}</th></tr></tfoot></table>${sum > posts.length ? `<p class="muted">${esc(t('exports.pdf.countsNote', { sum, count: posts.length }))}</p>` : ''}`}
</section>`;
}

/** True when the range is exactly one calendar month. */
export function isWholeMonth(from: string, to: string): boolean {
  return from.endsWith('-01') && to.slice(0, 7) === from.slice(0, 7) && addDays(to, 1).endsWith('-01');
}

/** A title cut at a word near `max` characters, for grids where space is fixed (the full text is in the day-by-day pages). */
const clip = (s: string, max?: number): string => {
  if (!max || [...s].length <= max) return s;
  const cut = [...s].slice(0, max).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 15)).trimEnd()}…`;
};

function gridHtml(days: string[], posts: PlanPost[], doc: DocInfo, opts: { perCell: number; inRange: (d: string) => boolean; showStatus?: boolean; titleMax?: number; showThumbs?: boolean }): string {
  const byDay = new Map<string, PlanPost[]>();
  for (const p of posts) byDay.set(p.day, [...(byDay.get(p.day) ?? []), p]);
  const heads = days.slice(0, 7).map((d) => `<th>${esc(formatDay(d, 'EEEE', doc.locale))}</th>`).join('');
  const weeks: string[] = [];
  for (let i = 0; i < days.length; i += 7) {
    const cells = days.slice(i, i + 7).map((d) => {
      if (!opts.inRange(d)) return '<td class="out"></td>';
      const list = byDay.get(d) ?? [];
      const items = list
        .slice(0, opts.perCell)
        .map((p) => `<li class="${p.changedSinceApproved ? 'is-changed' : ''}"><b>${esc(timeOf(p, doc))}</b> ${esc(clip(p.title, opts.titleMax))}${p.targets.length ? ` <span class="muted">${esc([...new Set(p.targets.map((x) => networkName(x.network, doc.locale)))].join(', '))}</span>` : ''}${opts.showStatus ? ` <span class="status">· ${esc(doc.t(`calendar.status.${p.status}`))}</span>` : ''}${p.changedSinceApproved ? ` ⚠ ${esc(doc.t('exports.changedSinceApproved'))}` : ''}${opts.showThumbs ? thumbsHtml(p, doc) : ''}</li>`)
        .join('');
      const more = list.length > opts.perCell ? `<p class="muted more">${esc(doc.t('exports.pdf.more', { count: list.length - opts.perCell }))}</p>` : '';
      return `<td><div class="daynum">${esc(formatDay(d, 'd MMM', doc.locale))}</div><ul>${items}</ul>${more}</td>`;
    });
    weeks.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table class="grid"><thead><tr>${heads}</tr></thead><tbody>${weeks.join('')}</tbody></table>`;
}

export const docCss = `
.cover .office { font-size: 14pt; font-weight: 700; margin: 20mm 0 2mm; }
.cover .range { font-size: 13pt; }
.cover .fp { font-size: 12pt; font-weight: 700; font-family: 'DejaVu Sans Mono', monospace; }
.num { text-align: right; }
table.day, table.day > thead > tr > th, table.day > tbody > tr > td { border: 0; padding: 0; background: none; }
table.day > tbody > tr { break-inside: avoid; }
table.day h2 { margin-top: 4mm; }
.post { border: 1px solid #999; border-radius: 2mm; padding: 2mm 3mm; margin: 0 0 3mm; break-inside: avoid; }
.post.is-changed { border: 2px solid #b42318; }
.post header { display: flex; gap: 3mm; align-items: baseline; margin-bottom: 1.5mm; flex-wrap: wrap; }
.post .time { font-weight: 700; font-size: 11pt; min-width: 16mm; }
.post h3 { flex: 1 1 60%; }
.changed { color: #b42318; font-weight: 700; }
.details { table-layout: fixed; }
.details th { width: 32%; font-weight: 600; }
.check { display: inline-block; margin-right: 3mm; white-space: nowrap; }
.check.pending { color: #8a5a00; }
/* A hair narrower than the page: a collapsed border on the very edge is clipped. */
.grid { table-layout: fixed; width: 99.5%; }
.grid td { height: 22mm; font-size: 7.5pt; }
.grid td.out { background: #f3f3f3; }
.grid ul { list-style: none; margin: 0; padding: 0; }
.grid li { overflow-wrap: anywhere; }
.grid li.is-changed { color: #b42318; }
.grid .daynum { font-weight: 700; }
.grid .more { margin: 0; }
.grid .status { font-style: italic; color: #444; }
.thumbs { display: flex; gap: 1.5mm; align-items: center; flex-wrap: wrap; margin: 0.5mm 0; }
.thumb { width: 22mm; height: 16mm; object-fit: cover; border: 1px solid #999; }
.grid .thumb { width: 12mm; height: 9mm; }
.thumb.missing { display: inline-flex; flex-direction: column; align-items: center; justify-content: center; background: #eee; font-size: 6pt; overflow: hidden; text-align: center; overflow-wrap: anywhere; }
.thumb-more { font-weight: 700; }
.approval { break-inside: avoid; margin-top: 8mm; }
.approval td { height: 12mm; }
.approval td.sign { height: 28mm; }
.approval td.comments { height: 36mm; }
`;

/** The block the superior fills in, under its title; the fingerprint beside it is what approvals.record checks. */
export function signOffHtml(doc: Pick<DocInfo, 't' | 'fingerprint'>, { title, compact = false }: { title?: string; compact?: boolean } = {}): string {
  const { t } = doc;
  const heading = title ?? t('exports.pdf.approvalTitle');
  const fields = [t('exports.pdf.approvedBy'), t('exports.pdf.role'), t('exports.pdf.date'), t('exports.pdf.signature')];
  const fp = `<p class="muted">${esc(t('exports.pdf.fingerprint', { fingerprint: doc.fingerprint }))}</p>`;
  if (compact) {
    return `<section class="approval compact"><table><tr><th>${esc(heading)}</th>${fields.map((f) => `<th>${esc(f)}</th>`).join('')}</tr>
<tr><td>${fp}</td>${fields.map(() => '<td></td>').join('')}</tr></table></section>`;
  }
  return `<section class="approval"><h2>${esc(heading)}</h2>
${fp}
<table><colgroup><col style="width:28%"><col></colgroup>
${fields.map((f, i) => `<tr><th>${esc(f)}</th><td${i === 3 ? ' class="sign"' : ''}></td></tr>`).join('\n')}
<tr><th>${esc(t('exports.pdf.comments'))}</th><td class="comments"></td></tr>
</table></section>`;
}

/** The approval document: cover, month grid for a month, the posts day by day, and the block the superior signs. */
export function approvalHtml(posts: PlanPost[], doc: DocInfo, paper: 'A4' | 'Letter'): string {
  const { t } = doc;
  const parts = [coverHtml(posts, doc)];
  if (isWholeMonth(doc.from, doc.to)) {
    const first = weekStartOf(doc.from, doc.weekStart);
    const last = addDays(weekStartOf(doc.to, doc.weekStart), 6);
    parts.push(
      `<section class="page-break"><h2>${esc(t('exports.pdf.monthGrid'))} · ${esc(formatDay(doc.from, 'MMMM yyyy', doc.locale))}</h2>${gridHtml(daysOf(first, last), posts, doc, {
        perCell: 4,
        inRange: (d) => d >= doc.from && d <= doc.to,
      })}</section>`,
    );
  }
  const byDay = new Map<string, PlanPost[]>();
  for (const p of posts) byDay.set(p.day, [...(byDay.get(p.day) ?? []), p]);
  // A table head repeats on every page the table runs onto: a long day keeps its heading on each page.
  const dayParts = [...byDay].map(
    ([day, list]) =>
      `<table class="day"><thead><tr><th><h2>${esc(formatDay(day, longDay[doc.locale], doc.locale))}</h2></th></tr></thead><tbody>${list
        .map((p) => `<tr><td>${postHtml(p, doc)}</td></tr>`)
        .join('')}</tbody></table>`,
  );
  if (dayParts.length) parts.push(`<div class="page-break">${dayParts.join('')}</div>`);
  parts.push(signOffHtml(doc));
  return shell(doc.locale, pageCss(doc, paper, 'portrait') + docCss, parts.join('\n'));
}

/** One landscape page: the week as the officer sees it in the calendar. */
export function weekPlanHtml(posts: PlanPost[], doc: DocInfo, paper: 'A4' | 'Letter'): string {
  const days = daysOf(doc.from, doc.to);
  const office = doc.officeName ? `${esc(doc.officeName)} · ` : '';
  const body = `<h1 class="week-title">${office}${esc(doc.t('exports.pdf.weekTitle'))} · ${esc(doc.t('exports.pdf.range', { from: formatDay(doc.from, longDay[doc.locale], doc.locale), to: formatDay(doc.to, longDay[doc.locale], doc.locale) }))}</h1>
${gridHtml(days, posts, doc, { perCell: 5, inRange: () => true, showStatus: true, titleMax: 60, showThumbs: true })}
${signOffHtml(doc, { compact: true })}`;
  const css = `${docCss}
h1.week-title { font-size: 13pt; margin-bottom: 3mm; }
.grid td { height: 118mm; font-size: 8pt; }
.grid td ul { max-height: 106mm; overflow: hidden; }
.approval.compact { margin-top: 3mm; }
.approval.compact td { height: 14mm; }
.approval.compact p { margin: 0; }
.grid li { margin-bottom: 1.5mm; padding-bottom: 1mm; border-bottom: 1px dotted #ccc; }
`;
  return shell(doc.locale, pageCss(doc, paper, 'landscape') + css, body);
}

/** Pages of a PDF, counted from its page objects. */
export function countPdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
