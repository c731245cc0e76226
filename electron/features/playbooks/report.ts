import { markdownText } from '../../../shared/domain/text';
import type { IncidentEvent, Report } from '../../../shared/features/playbooks/contract';
import { isKnownFact } from '../../../shared/features/playbooks/fill';
import type { Locale } from '../../../shared/ipc/schemas';
import type { AppContext } from '../../context';
import { getSettings } from '../settings/service';
import { slug } from './card';
import { getIncident } from './incidents';
import { catalogFor, escapeHtml as e, heldWhen, htmlDocument, interpolate, when } from './text';

const MINUTE = 60_000;
/** Publications this close together (several accounts, one round) count as one update. */
const ROUND_MINUTES = 10;
const minutesBetween = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / MINUTE));

function rounds(events: IncidentEvent[]): string[] {
  const times = events.filter((x) => x.kind === 'statement_published').map((x) => x.at).sort();
  const out: string[] = [];
  for (const t of times) if (!out.length || minutesBetween(out.at(-1)!, t) >= ROUND_MINUTES) out.push(t);
  return out;
}

/** Response times against the severity's targets, statements as sent, and the full timeline. */
export async function buildReport(ctx: AppContext, id: number): Promise<Report> {
  const inc = await getIncident(ctx, id);
  const settings = await getSettings(ctx);
  const { firstResponseMinutes: first, updateEveryMinutes: every } = inc.level;
  const published = rounds(inc.events);
  const firstAt = published[0] ?? null;
  const firstMinutes = firstAt ? minutesBetween(inc.startedAt, firstAt) : null;
  // Closing the incident says nothing to the public, so it is not an update.
  const updates = published.slice(1).map((to, i) => {
    const from = published[i]!;
    const minutes = minutesBetween(from, to);
    return { from, to, minutes, met: minutes <= every };
  });
  const sent = inc.events
    .filter((x) => x.kind === 'statement_published')
    .map((x) => ({ at: x.at, statementKey: x.statementKey, account: x.accountLabel, network: x.network, text: x.text }));
  const { content: _c, statements: _s, progress: _p, responders: _r, accounts: _a, clock: _k, level: _l, factNames: _f, ready: _y, version: _v, facts, checklist, holds, events, ...incident } = inc;
  const report: Omit<Report, 'markdown'> = {
    incident,
    playbookName: inc.content.name,
    level: { firstResponseMinutes: first, updateEveryMinutes: every },
    facts,
    firstResponse: { at: firstAt, minutes: firstMinutes, met: firstMinutes === null ? null : firstMinutes <= first },
    updates,
    lateUpdates: updates.filter((u) => !u.met).length,
    sent,
    checklist,
    pendingChecks: checklist.filter((c) => !c.confirmedAt),
    holds,
    events,
  };
  return { ...report, markdown: reportMarkdown(report, settings.timeZone) };
}

type ReportData = Omit<Report, 'markdown'>;

function labels(r: ReportData, timeZone: string) {
  const locale: Locale = r.incident.locale;
  const t = catalogFor(locale);
  const at = (s: string) => when(s, locale, timeZone);
  const factLabel = (k: string) => (isKnownFact(k) ? t.facts[k] : k);
  const eventLine = (x: IncidentEvent) => {
    const bits = [t.events[x.kind]];
    if (x.accountLabel) bits.push(x.accountLabel);
    if (x.who) bits.push(interpolate(t.incident.by, { who: x.who }));
    if (x.dueAt) bits.push(`→ ${at(x.dueAt)}`);
    if (x.correctsId) {
      const target = r.events.find((y) => y.id === x.correctsId);
      if (target) bits.push(interpolate(t.incident.corrects, { time: at(target.at) }));
    }
    const text =
      x.kind === 'facts_updated'
        ? x.text
            .split('\n')
            .map((l) => {
              const [k = '', ...v] = l.split(': ');
              return `${factLabel(k)}: ${v.join(': ')}`;
            })
            .join('\n')
        : x.kind === 'ended'
          ? ''
          : x.text;
    return { time: at(x.at), head: bits.join(' · '), text };
  };
  const first =
    r.firstResponse.minutes === null
      ? interpolate(t.report.noFirstResponse, { target: r.level.firstResponseMinutes })
      : `${interpolate(t.report.firstResponse, { minutes: r.firstResponse.minutes, target: r.level.firstResponseMinutes })}: ${r.firstResponse.met ? t.report.met : t.report.missed}`;
  return { t, at, factLabel, eventLine, first };
}

/** Data on one Markdown line: escaped (no HTML, links or marks) and kept on that line. */
const md = (s: string): string => markdownText(s.replace(/\s*[\r\n]+\s*/g, ' '));
/** Data over several lines, each escaped; `prefix` starts every line after the first (a quote's "> "). */
const mdLines = (s: string, prefix: string): string => markdownText(s).replace(/\n/g, `\n${prefix}`);

export function reportMarkdown(r: ReportData, timeZone: string): string {
  const { t, at, factLabel, eventLine, first } = labels(r, timeZone);
  const lines = [
    `# ${t.report.heading}: ${md(r.incident.title)}`,
    '',
    `- ${t.report.playbook}: ${md(r.playbookName)}${r.incident.playbookVersion ? ` (v${r.incident.playbookVersion})` : ''}`,
    `- ${t.report.severity}: ${t.severity[r.incident.severity]}`,
    `- ${t.report.started}: ${at(r.incident.startedAt)}`,
    `- ${t.report.ended}: ${r.incident.endedAt ? at(r.incident.endedAt) : t.report.ongoing}`,
    '',
    `## ${t.report.facts}`,
    '',
    ...Object.entries(r.facts).map(([k, v]) => `- ${md(factLabel(k))}: ${md(v)}`),
    '',
    `## ${t.report.times}`,
    '',
    `- ${first}`,
    `- ${interpolate(t.report.updates, { target: r.level.updateEveryMinutes })}:`,
    ...r.updates.map((u) => `  - ${interpolate(t.report.gap, { from: at(u.from), to: at(u.to), minutes: u.minutes })} (${u.met ? t.report.met : t.report.missed})`),
    `- ${interpolate(t.report.late, { count: r.lateUpdates })}`,
    '',
    `## ${t.report.sent}`,
    '',
    ...(r.sent.length ? r.sent.map((s) => `- **${at(s.at)}** ${md(s.account)}\n\n  > ${mdLines(s.text, '  > ')}\n`) : [t.report.noneSent]),
    '',
    `## ${t.report.checklist}`,
    '',
    ...r.checklist.map((c) => `- [${c.confirmedAt ? 'x' : ' '}] ${md(c.fact)}${c.confirmedAt ? ` (${md(interpolate(t.incident.verifiedLine, { who: c.confirmedBy ?? '', time: at(c.confirmedAt) }))})` : ''}`),
    '',
    `## ${t.report.pendingChecks}`,
    '',
    ...(r.pendingChecks.length ? r.pendingChecks.map((c) => `- ${md(c.fact)}${c.confirmWith ? ` (${md(c.confirmWith)})` : ''}`) : [t.report.noPendingChecks]),
    '',
    ...(r.holds.length ? [`## ${t.report.holds}`, '', ...r.holds.map((h) => `- ${md(h.title)} (${heldWhen(h, r.incident.locale, timeZone)}): ${t.incident.statuses[h.formerStatus as 'draft'] ?? h.formerStatus} → ${t.incident.statuses[h.status as 'draft'] ?? h.status}`), ''] : []),
    `## ${t.report.timeline}`,
    '',
    ...r.events.map((x) => {
      const l = eventLine(x);
      return `- **${l.time}** ${md(l.head)}${l.text ? `: ${md(l.text.replace(/\n/g, '; '))}` : ''}`;
    }),
    '',
  ];
  return lines.join('\n');
}

export function reportHtml(r: ReportData, timeZone: string, generatedAt: string): string {
  const { t, at, factLabel, eventLine, first } = labels(r, timeZone);
  const body = `<h1>${e(t.report.heading)}: ${e(r.incident.title)}</h1>
<table><tbody>
<tr><th>${e(t.report.playbook)}</th><td>${e(r.playbookName)}${r.incident.playbookVersion ? ` (v${r.incident.playbookVersion})` : ''}</td></tr>
<tr><th>${e(t.report.severity)}</th><td>${e(t.severity[r.incident.severity])}</td></tr>
<tr><th>${e(t.report.started)}</th><td>${e(at(r.incident.startedAt))}</td></tr>
<tr><th>${e(t.report.ended)}</th><td>${e(r.incident.endedAt ? at(r.incident.endedAt) : t.report.ongoing)}</td></tr>
</tbody></table>
<h2>${e(t.report.facts)}</h2><ul>${Object.entries(r.facts).map(([k, v]) => `<li>${e(factLabel(k))}: ${e(v)}</li>`).join('')}</ul>
<h2>${e(t.report.times)}</h2><p>${e(first)}</p>
<p>${e(interpolate(t.report.updates, { target: r.level.updateEveryMinutes }))}</p>
<ul>${r.updates.map((u) => `<li>${e(interpolate(t.report.gap, { from: at(u.from), to: at(u.to), minutes: u.minutes }))} (${e(u.met ? t.report.met : t.report.missed)})</li>`).join('')}</ul>
<p>${e(interpolate(t.report.late, { count: r.lateUpdates }))}</p>
<h2>${e(t.report.sent)}</h2>${r.sent.length ? r.sent.map((s) => `<p><strong>${e(at(s.at))}</strong> ${e(s.account)}</p><div class="stmt">${e(s.text)}</div>`).join('') : `<p>${e(t.report.noneSent)}</p>`}
<h2>${e(t.report.checklist)}</h2><ul>${r.checklist.map((c) => `<li>${c.confirmedAt ? '☑' : '☐'} ${e(c.fact)}${c.confirmedAt ? ` <span class="muted">(${e(interpolate(t.incident.verifiedLine, { who: c.confirmedBy ?? '', time: at(c.confirmedAt) }))})</span>` : ''}</li>`).join('')}</ul>
<h2>${e(t.report.pendingChecks)}</h2>${r.pendingChecks.length ? `<ul>${r.pendingChecks.map((c) => `<li>${e(c.fact)}${c.confirmWith ? ` (${e(c.confirmWith)})` : ''}</li>`).join('')}</ul>` : `<p>${e(t.report.noPendingChecks)}</p>`}
${r.holds.length ? `<h2>${e(t.report.holds)}</h2><ul>${r.holds.map((h) => `<li>${e(h.title)} (${e(heldWhen(h, r.incident.locale, timeZone))}): ${e(t.incident.statuses[h.formerStatus as 'draft'] ?? h.formerStatus)} → ${e(t.incident.statuses[h.status as 'draft'] ?? h.status)}</li>`).join('')}</ul>` : ''}
<h2>${e(t.report.timeline)}</h2><table><tbody>${r.events
    .map((x) => {
      const l = eventLine(x);
      return `<tr><td style="white-space:nowrap">${e(l.time)}</td><td><strong>${e(l.head)}</strong>${l.text ? `<div style="white-space:pre-wrap">${e(l.text)}</div>` : ''}</td></tr>`;
    })
    .join('')}</tbody></table>
<p class="muted">${e(interpolate(t.report.generated, { date: at(generatedAt) }))}</p>`;
  return htmlDocument(r.incident.locale, `${t.report.heading}: ${r.incident.title}`, body);
}

export async function exportReport(ctx: AppContext, id: number, format: 'pdf' | 'html' | 'markdown'): Promise<{ path: string | null }> {
  const r = await buildReport(ctx, id);
  const settings = await getSettings(ctx);
  const t = catalogFor(r.incident.locale);
  const base = slug(`${t.report.heading}-${r.incident.title}-${r.incident.startedAt.slice(0, 10)}`);
  if (format === 'markdown') return { path: await ctx.platform.saveFile(`${base}.md`, r.markdown) };
  const html = reportHtml(r, settings.timeZone, ctx.now().toISOString());
  if (format === 'html') return { path: await ctx.platform.saveFile(`${base}.html`, html) };
  const pdf = await ctx.platform.printToPdf(html, { paper: 'A4' });
  return { path: await ctx.platform.saveFile(`${base}.pdf`, pdf) };
}
