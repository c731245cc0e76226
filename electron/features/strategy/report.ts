import { createHash } from 'node:crypto';
import { accountName } from '../../../shared/domain/networks';
import { percent } from '../../../shared/features/audits/scoring';
import type { AuditItem } from '../../../shared/features/audits/contract';
import type { Target } from '../../../shared/features/strategy/contract';
import { targetGoal, targetValue } from '../../../shared/features/strategy/labels';
import { isMet } from '../../../shared/features/strategy/targets';
import { formatDay, formatInZone } from '../../../shared/i18n/dates';
import { AppError } from '../../../shared/ipc/errors';
import type { Locale } from '../../../shared/ipc/schemas';
import type { AppContext } from '../../context';
import { getRun, history } from '../audits/runs';
import { translator, type Translate } from '../exports/i18n';
import { countPdfPages, type DocInfo, docCss, esc, pageCss, shell, signOffHtml } from '../exports/pdf';
import { getSettings } from '../settings/service';
import { listTargets } from './service';

type Run = Awaited<ReturnType<typeof getRun>>;
type Comparison = NonNullable<Awaited<ReturnType<typeof history>>['comparison']>;

const itemText = (t: Translate, items: AuditItem[], key: string): string => {
  const item = items.find((i) => i.key === key);
  return item?.text ?? t(`audits.items.${key}`);
};

function comparisonHtml(t: Translate, c: Comparison | null): string {
  if (!c) return `<p>${esc(t('strategy.report.firstRun'))}</p>`;
  const list = (title: string, changes: { key: string; before: number; after: number }[]) =>
    changes.length === 0
      ? ''
      : `<h3>${esc(title)}</h3><ul>${changes.map((ch) => `<li>${esc(itemText(t, c.items, ch.key))}: ${esc(percent(ch.before))} → ${esc(percent(ch.after))}</li>`).join('')}</ul>`;
  return `<p>${esc(t('strategy.report.scores', { before: percent(c.scoreBefore), after: percent(c.scoreAfter) }))}</p>
${list(t('strategy.report.improved'), c.improved)}${list(t('strategy.report.worse'), c.worse)}`;
}

function answersHtml(t: Translate, run: Run, locale: Locale): string {
  const accounts = new Map(run.accounts.map((a) => [a.id, accountName(a, locale)]));
  const perAccount = run.kind === 'account';
  const rows = run.answers
    .filter((a) => run.items.some((i) => i.key === a.itemKey))
    .map(
      (a) =>
        `<tr>${perAccount ? `<td>${esc(accounts.get(a.accountId) ?? String(a.accountId))}</td>` : ''}<td>${esc(itemText(t, run.items, a.itemKey))}</td><td>${esc(t(`audits.answers.${a.value}`))}</td><td class="wrap">${esc(a.note)}</td></tr>`,
    )
    .join('');
  const head = [...(perAccount ? [t('strategy.report.account')] : []), t('strategy.report.question'), t('strategy.report.answer'), t('strategy.report.note')];
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function actionsHtml(t: Translate, run: Run, locale: Locale): string {
  if (run.actions.length === 0) return `<p>${esc(t('strategy.report.noActions'))}</p>`;
  const named = new Map([...run.named, ...run.accounts].map((a) => [a.id, accountName(a, locale)]));
  const items = run.actions.map((a) => {
    const what = t(`audits.actions.done.${a.action}`, { date: a.trainedOn ? formatDay(a.trainedOn, 'd MMM yyyy', locale) : '' });
    const into = a.mergeIntoId !== null ? ` ${t('audits.actions.into', { account: named.get(a.mergeIntoId) ?? String(a.mergeIntoId) })}` : '';
    return `<li>${esc(named.get(a.accountId) ?? String(a.accountId))}: ${esc(what + into)}${a.note ? ` <span class="muted">(${esc(a.note)})</span>` : ''}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function targetsHtml(t: Translate, targets: Target[], locale: Locale): string {
  if (targets.length === 0) return `<p>${esc(t('strategy.report.noTargets'))}</p>`;
  const rows = targets.map((target) => {
    const state = isMet(target.kind, target.current, target.value) ? 'met' : target.onTrack ? 'onTrack' : 'offTrack';
    const moved = target.history.map((p) => `${formatDay(p.on, 'd MMM yyyy', locale)}: ${targetValue(t, target, p.value)}`).join(' · ');
    return `<tr><td>${esc(targetGoal(t, target, locale))}</td><td>${esc(targetValue(t, target, target.current))}</td><td>${esc(t(`strategy.targets.${state}`))}</td><td>${esc(moved)}</td></tr>`;
  });
  const head = [t('strategy.report.target'), t('strategy.targets.now'), t('strategy.report.state'), t('strategy.targets.history')];
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The audit report for the mayor's office, printed like the approval PDF
 * (page X of Y and the fingerprint on every page, a sign-off block at the
 * end): the run's score and answers, how it compares with the previous run
 * of its template, the actions taken, and where the targets stand.
 */
export async function auditReportPdf(ctx: AppContext, runId: number): Promise<{ path: string | null; pages: number }> {
  const settings = await getSettings(ctx);
  const locale = settings.locale;
  const t = translator(locale);
  const run = await getRun(ctx.db, runId);
  if (run.status !== 'finished') throw new AppError('audits.errors.notFinished', { id: runId });
  const { comparison } = await history(ctx.db, run.templateId, runId);
  const targets = await listTargets(ctx);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([run.id, run.score, run.answers, run.actions, targets.map((x) => [x.id, x.kind, x.value, x.dueOn, x.current])]))
    .digest('hex')
    .slice(0, 12);
  const day = (instant: string) => formatInZone(instant, 'yyyy-MM-dd', locale, settings.timeZone);
  const generatedAt = ctx.now();
  const doc: DocInfo = {
    locale,
    timeZone: settings.timeZone,
    weekStart: settings.weekStart,
    officeName: settings.officeName,
    from: day(run.startedAt),
    to: day(run.finishedAt ?? run.startedAt),
    filters: [],
    generatedAt,
    fingerprint,
    t,
  };
  const name = run.builtin ? t(`audits.builtin.${run.builtin}.name`) : run.templateName;
  const body = `<section class="cover">
<p class="office">${esc(settings.officeName)}</p>
<h1>${esc(t('strategy.report.title'))}</h1>
<p class="range">${esc(name)} · ${esc(t('strategy.report.finished', { date: formatInZone(run.finishedAt!, "d MMM yyyy HH:mm", locale, settings.timeZone) }))}</p>
<p><strong>${esc(t('strategy.report.score', { score: percent(run.score) }))}</strong></p>
<p class="fp">${esc(t('exports.pdf.fingerprint', { fingerprint }))}</p>
</section>
<section><h2>${esc(t('strategy.report.comparison'))}</h2>${comparisonHtml(t, comparison)}</section>
<section><h2>${esc(t('strategy.report.answers'))}</h2>${answersHtml(t, run, locale)}</section>
<section><h2>${esc(t('strategy.report.actions'))}</h2>${actionsHtml(t, run, locale)}</section>
<section><h2>${esc(t('strategy.targets.title'))}</h2>${targetsHtml(t, targets, locale)}</section>
${signOffHtml(doc, { title: t('strategy.report.signOff') })}`;
  const pdf = await ctx.platform.printToPdf(shell(locale, pageCss(doc, 'A4', 'portrait') + docCss, body), { paper: 'A4' });
  const path = await ctx.platform.saveFile(`${t('strategy.report.fileName')}-${run.id}-${fingerprint}.pdf`, pdf);
  return { path, pages: countPdfPages(pdf) };
}
