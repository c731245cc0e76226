import { networkName } from '../../../shared/domain/networks';
import { addDays } from '../../../shared/domain/time';
import { stripControls } from '../../../shared/domain/text';
import type { Locale } from '../../../shared/ipc/schemas';
import type { Skipped } from '../../../shared/features/exports/contract';
import { type PlanPost } from './plan';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks in TEXT values; control characters dropped. */
export function escapeText(s: string): string {
  return stripControls(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines of at most 75 octets, continued on lines that start
 * with one space. Splits only between code points, so UTF-8 stays whole.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** 20261123T093000Z */
const utcStamp = (iso: string | Date): string => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (day: string): string => day.replace(/-/g, '');

/**
 * RFC 5545 §3.8.1.11 STATUS of a post's event: firm once approved, tentative
 * while it can still change or is held, cancelled (kept, so a calendar that
 * imported it before takes it off).
 */
const icsStatus: Record<PlanPost['status'], 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'> = {
  approved: 'CONFIRMED',
  published: 'CONFIRMED',
  idea: 'TENTATIVE',
  draft: 'TENTATIVE',
  in_review: 'TENTATIVE',
  on_hold: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

export interface IcsResult {
  text: string;
  events: number;
  skipped: Skipped[];
}

/**
 * One VEVENT per planned post. UIDs are stable (post-<id>@pregonero) and
 * SEQUENCE follows the post's version, so importing again updates events
 * instead of duplicating them. Times are UTC (`Z`); date-only posts are
 * all-day events.
 */
export function buildIcs(posts: PlanPost[], opts: { now: Date; calendarName: string; appVersion: string; locale: Locale }): IcsResult {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Pregonero//Pregonero ${opts.appVersion}//ES`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (opts.calendarName) lines.push(`X-WR-CALNAME:${escapeText(opts.calendarName)}`);
  const skipped: Skipped[] = [];
  let events = 0;
  for (const p of posts) {
    events++;
    const description = [
      ...p.targets.map((t) => `${networkName(t.network, opts.locale)} ${t.handle}: ${t.text}`),
      ...(p.targets.length === 0 && p.body ? [p.body] : []),
      ...(p.hashtags.length ? [p.hashtags.map((h) => `#${h}`).join(' ')] : []),
      ...(p.link ? [p.link] : []),
    ].join('\n\n');
    lines.push('BEGIN:VEVENT', `UID:post-${p.id}@pregonero`, `DTSTAMP:${utcStamp(opts.now)}`);
    if (p.scheduledAt) {
      lines.push(`DTSTART:${utcStamp(p.scheduledAt)}`, `DTEND:${utcStamp(new Date(Date.parse(p.scheduledAt) + 15 * 60_000))}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(p.day)}`, `DTEND;VALUE=DATE:${dateValue(addDays(p.day, 1))}`);
    }
    lines.push(`SUMMARY:${escapeText(p.title)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (p.campaign) lines.push(`CATEGORIES:${escapeText(p.campaign)}`);
    lines.push(`STATUS:${icsStatus[p.status]}`, `SEQUENCE:${p.version}`, `LAST-MODIFIED:${utcStamp(p.updatedAt)}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(foldLine).join('\r\n') + '\r\n', events, skipped };
}
