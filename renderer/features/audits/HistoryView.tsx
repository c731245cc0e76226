import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditItem, History } from '../../../shared/features/audits/contract';
import { percent } from '../../../shared/features/audits/scoring';
import { formatInZone } from '../../../shared/i18n/dates';
import { useApp } from '../app/store';
import { accountLabel, itemLabel, templateName, when } from './labels';
import { useAudits } from './store';

/** Scores over time (a small chart with a table beside it) and what changed since the previous run. */
export function HistoryView({ history }: { history: History }) {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const { templates, go } = useAudits();
  const template = templates.find((x) => x.id === history.templateId);
  const name = template ? templateName(t, template) : '';
  const locale = settings?.locale ?? 'es';
  const zone = settings?.timeZone ?? 'Europe/Madrid';
  const c = history.comparison;
  const label = (key: string, items: AuditItem[]) => itemLabel(t, items.find((i) => i.key === key) ?? { key, text: null });

  return (
    <section aria-labelledby="audit-history-title" className="page audit-history">
      <p>
        <button type="button" className="link-button" onClick={() => void go({ name: 'home' })}>
          ← {t('audits.answer.back')}
        </button>
      </p>
      <h1 id="audit-history-title">
        {t('audits.history.heading')}: {name}
      </h1>
      {history.points.length === 0 ? (
        <p>{t('audits.history.none')}</p>
      ) : (
        <>
          <ScoreChart history={history} title={t('audits.history.chartTitle', { name })} dayOf={(instant) => formatInZone(instant, 'd MMM yy', locale, zone)} />
          <table className="audit-history-table">
            <caption>{t('audits.history.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audits.history.date')}</th>
                <th scope="col">{t('audits.history.score')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('audits.runs.view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.points.map((p) => (
                <tr key={p.runId} aria-current={c?.runId === p.runId ? 'true' : undefined}>
                  <td>{when(p.finishedAt, locale, zone)}</td>
                  <td>{percent(p.score)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${t('audits.history.pick')} ${when(p.finishedAt, locale, zone)}`}
                      onClick={() => void go({ name: 'history', templateId: history.templateId, runId: p.runId })}
                    >
                      {t('audits.history.compare')}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => void go({ name: 'run', id: p.runId })}>
                      {t('audits.runs.view')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {history.points.length > 0 && !c && <p>{t(history.points.length === 1 ? 'audits.history.onlyOne' : 'audits.history.first')}</p>}
      {c && (
        <section aria-labelledby="audit-compare-title" className="audit-compare">
          <h2 id="audit-compare-title">{t('audits.history.compareHeading')}</h2>
          <p>
            {t('audits.history.compareSummary', {
              before: when(history.points.find((p) => p.runId === c.previousRunId)?.finishedAt ?? '', locale, zone),
              after: when(history.points.find((p) => p.runId === c.runId)?.finishedAt ?? '', locale, zone),
              scoreBefore: percent(c.scoreBefore),
              scoreAfter: percent(c.scoreAfter),
            })}
          </p>
          <div className="audit-compare-cols">
            <section aria-labelledby="audit-improved" className="audit-improved">
              <h3 id="audit-improved">
                <span aria-hidden="true">▲ </span>
                {t('audits.history.improved')}
              </h3>
              {c.improved.length === 0 ? (
                <p>{t('audits.history.nothingImproved')}</p>
              ) : (
                <ul>
                  {c.improved.map((x) => (
                    <li key={x.key}>
                      {label(x.key, c.items)} <strong>{t('audits.history.change', { before: percent(x.before), after: percent(x.after) })}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="audit-worse" className="audit-worse">
              <h3 id="audit-worse">
                <span aria-hidden="true">▼ </span>
                {t('audits.history.worse')}
              </h3>
              {c.worse.length === 0 ? (
                <p>{t('audits.history.nothingWorse')}</p>
              ) : (
                <ul>
                  {c.worse.map((x) => (
                    <li key={x.key}>
                      {label(x.key, c.items)} <strong>{t('audits.history.change', { before: percent(x.before), after: percent(x.after) })}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <p className="muted">{t('audits.history.unchanged', { count: c.unchanged.length })}</p>
          {c.accountChanges && (c.accountChanges.improved.length > 0 || c.accountChanges.worse.length > 0) && (
            <div className="audit-compare-cols">
              {(['improved', 'worse'] as const).map((side) => (
                <section key={side} aria-labelledby={`audit-acc-${side}`} className={`audit-${side}`}>
                  <h3 id={`audit-acc-${side}`}>{t(side === 'improved' ? 'audits.history.accountsImproved' : 'audits.history.accountsWorse')}</h3>
                  <ul>
                    {c.accountChanges![side].map((x) => {
                      const account = c.accounts.find((a) => String(a.id) === x.key);
                      return (
                        <li key={x.key}>
                          {account ? accountLabel(account, locale) : `#${x.key}`}{' '}
                          <strong>{t('audits.history.change', { before: percent(x.before), after: percent(x.after) })}</strong>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
          )}
          {c.onlyAfter.length > 0 && (
            <>
              <h3>{t('audits.history.onlyAfter')}</h3>
              <ul>
                {c.onlyAfter.map((k) => (
                  <li key={k}>{label(k, c.items)}</li>
                ))}
              </ul>
            </>
          )}
          {c.onlyBefore.length > 0 && (
            <>
              <h3>{t('audits.history.onlyBefore')}</h3>
              <ul>
                {c.onlyBefore.map((k) => (
                  <li key={k}>{label(k, c.previousItems)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </section>
  );
}

/** Date labels under the chart: at most this many, spread evenly, first and last always. */
const MAX_DATE_LABELS = 6;

/** A small line chart; the table next to it carries the same numbers for screen readers. */
function ScoreChart({ history, title, dayOf }: { history: History; title: string; dayOf: (instant: string) => string }) {
  const { t } = useTranslation();
  const id = useId();
  const w = 480;
  const h = 180;
  const pad = 28;
  const bottom = 44;
  const pts = history.points;
  const x = (i: number) => (pts.length === 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (pts.length - 1));
  const y = (s: number) => h - bottom - s * (h - pad - bottom);
  const step = Math.max(1, Math.ceil((pts.length - 1) / (MAX_DATE_LABELS - 1)));
  const labelled = pts.map((_, i) => i).filter((i) => i % step === 0 || i === pts.length - 1);
  const scored = pts.map((p, i) => ({ i, s: p.score })).filter((p): p is { i: number; s: number } => p.s !== null);
  const path = scored.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.s).toFixed(1)}`).join(' ');
  return (
    <svg className="audit-chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width={w} height={h}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{t('audits.history.chartDesc', { count: pts.length })}</desc>
      {[0, 0.5, 1].map((g) => (
        <g key={g}>
          <line x1={pad} x2={w - pad} y1={y(g)} y2={y(g)} className="audit-chart-grid" />
          <text x={4} y={y(g) + 4} className="audit-chart-label">
            {Math.round(g * 100)}
          </text>
        </g>
      ))}
      <line x1={pad} x2={w - pad} y1={h - bottom} y2={h - bottom} className="audit-chart-axis" />
      {labelled.map((i) => (
        <g key={pts[i]!.runId}>
          <line x1={x(i)} x2={x(i)} y1={h - bottom} y2={h - bottom + 5} className="audit-chart-axis" />
          <text x={x(i)} y={h - bottom + 18} textAnchor={pts.length > 1 && i === 0 ? 'start' : pts.length > 1 && i === pts.length - 1 ? 'end' : 'middle'} className="audit-chart-label">
            {dayOf(pts[i]!.finishedAt)}
          </text>
        </g>
      ))}
      <text x={w / 2} y={h - 6} textAnchor="middle" className="audit-chart-label">
        {t('audits.history.axisFinished')}
      </text>
      <path d={path} className="audit-chart-line" fill="none" />
      {scored.map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.s)} r={4} className="audit-chart-dot" />
      ))}
    </svg>
  );
}
