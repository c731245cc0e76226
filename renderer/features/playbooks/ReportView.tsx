import { useTranslation } from 'react-i18next';
import { isKnownFact } from '../../../shared/features/playbooks/fill';
import { api } from '../../api';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { eventText } from './eventText';
import { HeldPostsTable } from './HeldPosts';
import { usePlaybooks } from './store';
import { dateTimeOf } from './time';

/** The record after the night: response times against targets, what was sent, and the timeline. */
export function ReportView() {
  const { t } = useTranslation();
  const { report, run, openIncident } = usePlaybooks();
  const settings = useApp((s) => s.settings);
  const show = useToasts((s) => s.show);
  if (!report) return null;
  const tz = settings?.timeZone ?? 'UTC';
  const at = (iso: string) => dateTimeOf(iso, report.incident.locale, tz);
  const exportAs = async (format: 'pdf' | 'html' | 'markdown') => {
    const saved = await run(() => api('incidents.exportReport', { id: report.incident.id, format }));
    if (saved?.path) show(t('playbooks.report.saved', { path: saved.path }));
  };
  const first = report.firstResponse;
  return (
    <article className="pb-report" aria-labelledby="report-heading">
      <button type="button" className="link-button" onClick={() => void openIncident(report.incident.id)}>
        {t('playbooks.report.close')}
      </button>
      <h2 id="report-heading">
        {t('playbooks.report.heading')}: {report.incident.title}
      </h2>
      <div className="form-actions">
        <button type="button" onClick={() => void exportAs('pdf')}>
          {t('playbooks.report.exportPdf')}
        </button>
        <button type="button" onClick={() => void exportAs('html')}>
          {t('playbooks.report.exportHtml')}
        </button>
        <button type="button" onClick={() => void exportAs('markdown')}>
          {t('playbooks.report.exportMarkdown')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('playbooks.report.playbook')}</dt>
        <dd>
          {report.playbookName}
          {report.incident.playbookVersion ? ` (v${report.incident.playbookVersion})` : ''}
        </dd>
        <dt>{t('playbooks.report.severity')}</dt>
        <dd>{t(`playbooks.severity.${report.incident.severity}`)}</dd>
        <dt>{t('playbooks.report.started')}</dt>
        <dd>{at(report.incident.startedAt)}</dd>
        <dt>{t('playbooks.report.ended')}</dt>
        <dd>{report.incident.endedAt ? at(report.incident.endedAt) : t('playbooks.report.ongoing')}</dd>
        {Object.entries(report.facts).map(([k, v]) => (
          <div key={k} className="pb-contents">
            <dt>{isKnownFact(k) ? t(`playbooks.facts.${k}`) : k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('playbooks.report.times')}</h3>
      <p className={first.met === false ? 'pb-late' : undefined}>
        {first.minutes === null
          ? t('playbooks.report.noFirstResponse', { target: report.level.firstResponseMinutes })
          : `${t('playbooks.report.firstResponse', { minutes: first.minutes, target: report.level.firstResponseMinutes })}: ${first.met ? t('playbooks.report.met') : t('playbooks.report.missed')}`}
      </p>
      <p>{t('playbooks.report.updates', { target: report.level.updateEveryMinutes })}</p>
      <ul>
        {report.updates.map((u) => (
          <li key={u.from} className={u.met ? undefined : 'pb-late'}>
            {t('playbooks.report.gap', { from: at(u.from), to: at(u.to), minutes: u.minutes })} ({u.met ? t('playbooks.report.met') : t('playbooks.report.missed')})
          </li>
        ))}
      </ul>
      <p>{t('playbooks.report.late', { count: report.lateUpdates })}</p>
      <h3>{t('playbooks.report.sent')}</h3>
      {report.sent.length ? (
        report.sent.map((s, i) => (
          <figure key={i} className="pb-sent">
            <figcaption>
              {at(s.at)} · {s.account}
            </figcaption>
            <blockquote>{s.text}</blockquote>
          </figure>
        ))
      ) : (
        <p>{t('playbooks.report.noneSent')}</p>
      )}
      <h3 id="pending-heading">{t('playbooks.report.pendingChecks')}</h3>
      {report.pendingChecks.length ? (
        <ul aria-labelledby="pending-heading">
          {report.pendingChecks.map((c) => (
            <li key={c.index}>
              {c.fact}
              {c.confirmWith && <span className="muted"> ({c.confirmWith})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('playbooks.report.noPendingChecks')}</p>
      )}
      {report.holds.length > 0 && (
        <>
          <h3>{t('playbooks.report.holds')}</h3>
          <HeldPostsTable holds={report.holds} locale={report.incident.locale} timeZone={tz} outcome />
        </>
      )}
      <h3>{t('playbooks.report.timeline')}</h3>
      <table>
        <tbody>
          {report.events.map((e) => (
            <tr key={e.id}>
              <td className="pb-nowrap">{at(e.at)}</td>
              <td>
                <strong>{t(`playbooks.events.${e.kind}`)}</strong>
                {e.accountLabel && ` · ${e.accountLabel}`}
                {e.who && ` · ${t('playbooks.incident.by', { who: e.who })}`}
                {eventText(t, e) && <div className="pb-event-text">{eventText(t, e)}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
