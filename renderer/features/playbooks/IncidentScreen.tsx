import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/features/playbooks/contract';
import { isKnownFact } from '../../../shared/features/playbooks/fill';
import { severities, type Severity } from '../../../shared/features/playbooks/model';
import { api } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { HeldPostsTable } from './HeldPosts';
import { IncidentStatements } from './IncidentStatements';
import { IncidentTimeline } from './IncidentTimeline';
import { usePlaybooks } from './store';
import { clockText, dateTimeOf, fromInputValue, timeOf, toInputValue } from './time';
import { PhoneLink } from '../../ui/PhoneLink';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** Big and plain: time since start, and time left to the next promised update (red when late). */
function Clock({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const now = useNow();
  const end = incident.endedAt ? Date.parse(incident.endedAt) : now;
  const since = end - Date.parse(incident.startedAt);
  const due = incident.clock.dueAt ? Date.parse(incident.clock.dueAt) - now : null;
  const dueLabel =
    due !== null && due < 0
      ? t('playbooks.incident.overdue')
      : incident.clock.dueKind === 'first_response'
        ? t('playbooks.incident.dueFirst')
        : incident.clock.dueKind === 'promised'
          ? t('playbooks.incident.duePromised')
          : t('playbooks.incident.dueUpdate');
  return (
    <div className="pb-clock" role="group" aria-label={t('playbooks.incident.since')}>
      <div className="pb-clock-cell">
        <span className="pb-clock-label">{t('playbooks.incident.since')}</span>
        <span className="pb-clock-value" aria-label={`${t('playbooks.incident.since')} ${clockText(since)}`}>
          {clockText(since)}
        </span>
      </div>
      {due !== null ? (
        <div className={due < 0 ? 'pb-clock-cell late' : 'pb-clock-cell'}>
          <span className="pb-clock-label">{dueLabel}</span>
          <span className="pb-clock-value">{clockText(due)}</span>
        </div>
      ) : (
        <div className="pb-clock-cell">
          <span className="pb-clock-label">{t('playbooks.incident.ended')}</span>
        </div>
      )}
    </div>
  );
}

function FactsForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { updateIncident, error } = usePlaybooks();
  const show = useToasts((s) => s.show);
  const [facts, setFacts] = useState<Record<string, string>>(incident.facts);
  const errors = fieldErrors(t, error);
  const ended = incident.endedAt !== null;
  const names = [...incident.factNames, ...Object.keys(incident.facts).filter((k) => !incident.factNames.includes(k))];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await updateIncident('incidents.fillStatements', { id: incident.id, facts })) show(t('playbooks.incident.factsSaved'));
  };
  return (
    <form onSubmit={submit} className="pb-card" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('playbooks.incident.factsHeading')}</h2>
      <p className="muted">{t('playbooks.incident.factsHint')}</p>
      <fieldset disabled={ended} className="pb-facts">
        {names.map((name) => (
          <Field key={name} label={isKnownFact(name) ? t(`playbooks.facts.${name}`) : name} error={errors[`facts.${name}`]}>
            <input
              value={facts[name] ?? ''}
              maxLength={500}
              className={facts[name]?.trim() ? undefined : 'pb-empty'}
              onChange={(e) => setFacts({ ...facts, [name]: e.target.value })}
            />
          </Field>
        ))}
      </fieldset>
      {!ended && (
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('playbooks.incident.saveFacts')}
          </button>
        </div>
      )}
    </form>
  );
}

function Checklist({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { updateIncident } = usePlaybooks();
  const settings = useApp((s) => s.settings);
  const [who, setWho] = useState<Record<number, string>>({});
  const tz = settings?.timeZone ?? 'UTC';
  return (
    <section className="pb-card" aria-labelledby="check-heading">
      <h2 id="check-heading">{t('playbooks.incident.checklistHeading')}</h2>
      <ul className="pb-checklist">
        {incident.checklist.map((c) => (
          <li key={c.index} className={c.confirmedAt ? 'done' : undefined}>
            <div>
              <strong>{c.fact}</strong>
              {c.confirmWith && <span className="muted"> · {c.confirmWith}</span>}
              <div className={c.confirmedAt ? 'pb-ok' : 'muted'}>
                {c.confirmedAt ? t('playbooks.incident.verifiedLine', { who: c.confirmedBy ?? '', time: timeOf(c.confirmedAt, incident.locale, tz) }) : t('playbooks.incident.pending')}
              </div>
            </div>
            {c.confirmedAt ? (
              <button type="button" onClick={() => void updateIncident('incidents.addEvent', { id: incident.id, kind: 'fact_withdrawn', checkIndex: c.index, who: c.confirmedBy ?? '' })}>
                {t('playbooks.incident.withdraw')}
              </button>
            ) : (
              <form
                className="pb-inline"
                onSubmit={(e) => {
                  e.preventDefault();
                  void updateIncident('incidents.addEvent', { id: incident.id, kind: 'fact_verified', checkIndex: c.index, who: (who[c.index] ?? '').trim() }).then(
                    (ok) => ok && setWho({ ...who, [c.index]: '' }),
                  );
                }}
              >
                <input
                  aria-label={`${t('playbooks.incident.confirmedBy')}: ${c.fact}`}
                  placeholder={t('playbooks.incident.confirmedBy')}
                  value={who[c.index] ?? c.confirmWith}
                  onChange={(e) => setWho({ ...who, [c.index]: e.target.value })}
                />
                <button type="submit" aria-label={t('playbooks.incident.verifyLabel', { fact: c.fact })}>
                  {t('playbooks.incident.verify')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WhoToCall({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  if (!incident.responders.length) return null;
  return (
    <section className="pb-card" aria-labelledby="who-heading">
      <h2 id="who-heading">{t('playbooks.incident.whoHeading')}</h2>
      <ol className="pb-call">
        {incident.responders.map((r, i) => (
          <li key={i}>
            <strong>{t(`playbooks.duties.${r.duty as 'answers'}`)}</strong>: {r.role}
            {r.name && (
              <>
                {' '}
                · {r.name} {r.phone && <PhoneLink phone={r.phone} />}
                {r.alternateName && (
                  <span className="muted">
                    {' '}
                    ({t('playbooks.contacts.alternate')}: {r.alternateName} {r.alternatePhone})
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Put every post this incident held back to its former status, then say how many. */
function useResume(id: number) {
  const { t } = useTranslation();
  const { run, openIncident } = usePlaybooks();
  const show = useToasts((s) => s.show);
  return async () => {
    const list = await run(() => api('incidents.resumePlanned', { id }));
    if (list) {
      show(t('playbooks.incident.resumed', { count: list.length }));
      await openIncident(id);
    }
  };
}

function PausePosts({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const tz = settings?.timeZone ?? 'UTC';
  const { run, openIncident } = usePlaybooks();
  const show = useToasts((s) => s.show);
  const [from, setFrom] = useState(() => toInputValue(new Date().toISOString(), tz));
  const [to, setTo] = useState(() => toInputValue(new Date(Date.now() + 48 * 3600_000).toISOString(), tz));
  const held = incident.holds.filter((h) => !h.resumedAt);
  const pause = async (e: FormEvent) => {
    e.preventDefault();
    const f = fromInputValue(from, tz);
    const tt = fromInputValue(to, tz);
    if (!f || !tt) return;
    const list = await run(() => api('incidents.pausePlanned', { id: incident.id, from: f, to: tt }));
    if (list) {
      show(t('playbooks.incident.paused', { count: list.length }));
      await openIncident(incident.id);
    }
  };
  const resume = useResume(incident.id);
  return (
    <section className="pb-card" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('playbooks.incident.pauseHeading')}</h2>
      <p className="muted">{t('playbooks.incident.pauseHint')}</p>
      {!incident.endedAt && (
        <form className="pb-inline" onSubmit={pause}>
          <Field label={t('playbooks.incident.pauseFrom')}>
            <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label={t('playbooks.incident.pauseTo')}>
            <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
          <button type="submit" className="primary">
            {t('playbooks.incident.pause')}
          </button>
        </form>
      )}
      <h3>{t('playbooks.incident.held')}</h3>
      {held.length ? (
        <HeldPostsTable holds={held} locale={incident.locale} timeZone={tz} />
      ) : (
        <p className="muted">{t('playbooks.incident.heldNone')}</p>
      )}
      {held.length > 0 && (
        <button type="button" onClick={resume}>
          {t('playbooks.incident.resume')}
        </button>
      )}
    </section>
  );
}

export function IncidentScreen() {
  const { t } = useTranslation();
  const { incident, go, updateIncident, openReport } = usePlaybooks();
  const settings = useApp((s) => s.settings);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [offerResume, setOfferResume] = useState(false);
  const resumePosts = useResume(incident?.id ?? 0);
  if (!incident) return null;
  const resume = async () => {
    setOfferResume(false);
    await resumePosts();
  };
  const tz = settings?.timeZone ?? 'UTC';
  const held = incident.holds.filter((h) => !h.resumedAt).length;

  const end = async () => {
    setConfirmEnd(false);
    const done = await updateIncident('incidents.end', { id: incident.id });
    if (done && done.holds.some((h) => !h.resumedAt)) setOfferResume(true);
  };

  return (
    <div className="pb-incident">
      <button type="button" className="link-button" onClick={() => go({ name: 'incidents' })}>
        {t('playbooks.incident.back')}
      </button>
      <header className="pb-incident-head">
        <div>
          <h2 className="pb-incident-title">{incident.title}</h2>
          <p className="muted">
            {incident.playbookId ? t('playbooks.incident.playbookUsed', { name: incident.content.name, n: incident.playbookVersion ?? '' }) : t('playbooks.incident.blankUsed')}
            {' · '}
            {t('playbooks.incident.targets', { first: incident.level.firstResponseMinutes, every: incident.level.updateEveryMinutes })}
            {incident.endedAt && ` · ${t('playbooks.incident.endedAt', { date: dateTimeOf(incident.endedAt, incident.locale, tz) })}`}
          </p>
          <label className="pb-severity">
            {t('playbooks.incident.changeSeverity')}{' '}
            <select
              value={incident.severity}
              disabled={incident.endedAt !== null}
              className={`sev sev-${incident.severity}`}
              onChange={(e) => void updateIncident('incidents.setSeverity', { id: incident.id, severity: e.target.value as Severity })}
            >
              {severities.map((s) => (
                <option key={s} value={s}>
                  {t(`playbooks.severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <Clock incident={incident} />
        <div className="pb-head-actions">
          {!incident.endedAt && (
            <button type="button" className="danger" onClick={() => setConfirmEnd(true)}>
              {t('playbooks.incident.end')}
            </button>
          )}
          <button type="button" onClick={() => void openReport(incident.id)}>
            {t('playbooks.incident.report')}
          </button>
        </div>
      </header>
      <div className="pb-grid">
        <div className="pb-col">
          <FactsForm key={`${incident.id}-${JSON.stringify(incident.facts)}`} incident={incident} />
          <Checklist incident={incident} />
          <WhoToCall incident={incident} />
          <PausePosts incident={incident} />
        </div>
        <div className="pb-col">
          <IncidentStatements incident={incident} />
          <IncidentTimeline incident={incident} />
        </div>
      </div>
      <Dialog
        open={confirmEnd}
        title={t('playbooks.incident.end')}
        onClose={() => setConfirmEnd(false)}
        actions={
          <button type="button" className="danger" onClick={() => void end()}>
            {t('playbooks.incident.end')}
          </button>
        }
      >
        <p>{t('playbooks.incident.endConfirm')}</p>
      </Dialog>
      <Dialog
        open={offerResume}
        title={t('playbooks.incident.resume')}
        onClose={() => setOfferResume(false)}
        actions={
          <button type="button" className="primary" onClick={() => void resume()}>
            {t('playbooks.incident.resume')}
          </button>
        }
      >
        <p>{t('playbooks.incident.resumeOffer', { count: held })}</p>
      </Dialog>
    </div>
  );
}
