import Papa from 'papaparse';
import { checkLength, networkName } from '../../../shared/domain/networks';
import { stripControls } from '../../../shared/domain/text';
import type { Skipped } from '../../../shared/features/exports/contract';
import { formatInZone } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import type { Translate } from './i18n';
import type { PlanPost } from './plan';

/*
 * Hootsuite's bulk composer (Publisher → Bulk composer / "Bulk message upload").
 * What we could confirm from public material (search tool, pages corpus):
 *  - one CSV per social profile; each row holds three fields: the date and
 *    time, the message, and an optional link (gussetbeard.com/bulk-update-algo;
 *    kim-iverson-headlee.blogspot.com/2016/08/the-business-of-writing-using-hootsuite.html);
 *  - at most 350 messages per file, fewer if posts are already scheduled
 *    (same blog post);
 *  - the upload form asks which date format the file uses, day-first or
 *    month-first with a 24-hour time, "dd/mm/yyyy hh:mm" or "mm/dd/yyyy hh:mm"
 *    (jycalcano.blogspot.com/2015/07/post-8-hootsuite-bulk-messaging.html);
 *    we write day-first, as Spanish users read dates, in the office time zone
 *    (Hootsuite reads the times in the user's own time zone);
 *  - scheduled times go in 5-minute increments
 *    (help.hootsuite.com/hc/en-us/articles/4406491608987), and a bulk upload
 *    only takes times in the future. The file is uploaded some minutes after
 *    it is written, so a post due within HOOTSUITE_LEAD_MINUTES of the export
 *    is reported for publishing by hand rather than refused at upload.
 * Hootsuite's own bulk-composer help article was not in the corpus; its
 * sample file has no header row, which is what we write.
 */
export const HOOTSUITE_MAX_ROWS = 350;
export const HOOTSUITE_LEAD_MINUTES = 10;
export const HOOTSUITE_DATE_FORMAT = 'dd/MM/yyyy HH:mm';

export interface CsvResult {
  text: string;
  rows: number;
  skipped: Skipped[];
}

/** The message as it goes out: the account's text plus hashtags it does not already carry. */
export function messageFor(text: string, hashtags: string[]): string {
  const missing = hashtags.filter((h) => !new RegExp(`(^|\\s)#${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s.,;:!?])`, 'iu').test(text));
  return [text.trim(), missing.map((h) => `#${h}`).join(' ')].filter(Boolean).join(' ');
}

/** One account's posts for Hootsuite; posts that cannot go are reported, never dropped silently. */
export function buildHootsuiteCsv(posts: PlanPost[], accountId: number, opts: { now: Date; timeZone: string }): CsvResult {
  const rows: string[][] = [];
  const skipped: Skipped[] = [];
  for (const p of posts) {
    const target = p.targets.find((t) => t.accountId === accountId);
    if (!target) continue;
    const skip = (reason: Skipped['reason'], extra: Partial<Skipped> = {}) => skipped.push({ postId: p.id, title: p.title, accountId, reason, ...extra });
    if (p.status === 'cancelled') { skip('cancelled'); continue; }
    // Only what a superior approved goes to the scheduler: a draft uploaded in bulk would go out unseen.
    if (p.status !== 'approved') { skip('not_approved'); continue; }
    if (!p.scheduledAt) { skip('no_time'); continue; }
    const at = new Date(p.scheduledAt);
    if (at.getTime() <= opts.now.getTime()) { skip('past'); continue; }
    if (at.getTime() < opts.now.getTime() + HOOTSUITE_LEAD_MINUTES * 60_000) { skip('too_soon', { limit: HOOTSUITE_LEAD_MINUTES }); continue; }
    if (at.getUTCMinutes() % 5 !== 0 || at.getUTCSeconds() !== 0 || at.getUTCMilliseconds() !== 0) { skip('not_five_minutes'); continue; }
    const message = messageFor(target.text, p.hashtags);
    if (!message) { skip('empty'); continue; }
    // Hootsuite adds the link to the message, so it counts towards the limit.
    const length = checkLength(p.link ? `${message} ${p.link}` : message, target.network);
    if (length.over) { skip('too_long', { count: length.count, limit: length.limit ?? undefined, network: target.network }); continue; }
    if (rows.length >= HOOTSUITE_MAX_ROWS) { skip('over_limit', { limit: HOOTSUITE_MAX_ROWS }); continue; }
    rows.push([formatInZone(at, HOOTSUITE_DATE_FORMAT, 'en', opts.timeZone), stripControls(message), stripControls(p.link)]);
  }
  return { text: rows.length ? Papa.unparse(rows, { quotes: true, newline: '\r\n' }) + '\r\n' : '', rows: rows.length, skipped };
}

/** Spreadsheets run a cell that starts with = + - @ as a formula; a leading apostrophe keeps it text. Control characters go. */
const safeCell = (text: string): string => {
  const s = stripControls(text);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

/** The plan for a spreadsheet: one row per post and account, headers in the office language. */
export function buildPlanCsv(posts: PlanPost[], opts: { t: Translate; locale: Locale; timeZone: string; delimiter: ',' | ';'; bom: boolean }): { text: string; rows: number } {
  const { t } = opts;
  const header = [
    t('exports.pdf.date'),
    t('exports.pdf.time'),
    t('exports.preview.post'),
    t('exports.pdf.account'),
    t('exports.pdf.network'),
    t('exports.pdf.text'),
    t('exports.pdf.hashtags'),
    t('exports.pdf.link'),
    t('exports.pdf.media'),
    t('exports.pdf.alt'),
    t('exports.pdf.campaign'),
    t('exports.pdf.status'),
    t('exports.changedSinceApproved'),
  ];
  const rows: string[][] = [];
  for (const p of posts) {
    const date = p.day.split('-').reverse().join('/');
    const time = p.scheduledAt ? formatInZone(p.scheduledAt, 'HH:mm', opts.locale, opts.timeZone) : '';
    const common = (account: string, network: string, text: string) => [
      date,
      time,
      p.title,
      account,
      network,
      text,
      p.hashtags.map((h) => `#${h}`).join(' '),
      p.link,
      p.mediaNote,
      p.mediaAlt,
      p.campaign ?? '',
      t(`calendar.status.${p.status}`),
      p.changedSinceApproved ? t('app.yes') : t('app.no'),
    ];
    if (p.targets.length === 0) rows.push(common('', '', p.body));
    for (const target of p.targets) rows.push(common(target.displayName || target.handle, networkName(target.network, opts.locale), target.text));
  }
  const text = Papa.unparse([header, ...rows.map((r) => r.map(safeCell))], { delimiter: opts.delimiter, newline: '\r\n', quotes: true });
  return { text: (opts.bom ? '\uFEFF' : '') + text + '\r\n', rows: rows.length };
}
