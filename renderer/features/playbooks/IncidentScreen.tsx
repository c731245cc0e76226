import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/features/playbooks/contract';
import { factValue, isKnownFact } from '../../../shared/features/playbooks/fill';
import { fillStatements } from '../../../shared/features/playbooks/statements';
import { severities, type Severity } from '../../../shared/features/playbooks/model';
import { api } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { HeldPostsTable } from './HeldPosts';
import { Clock } from './IncidentClock';
import { IncidentStatements } from './IncidentStatements';
import { IncidentTimeline } from './IncidentTimeline';
import { usePlaybooks } from './store';
import { localToInstant } from '../../../shared/domain/time';
import { dateTimeOf, timeOf, toInputValue } from './time';
import { PhoneLink } from '../../ui/PhoneLink';

/** The facts, typed once: the statements beside them fill as they are typed, and they are kept when a field is left. */
function FactsForm({ incident, facts, onChange, onSave }: { incident: Incident; facts: Record<string, string>; onChange: (facts: Record<string, string>) => void; onSave: () => void }) {
  const { t } = useTranslation();
  const { error } = usePlaybooks();
  const errors = fieldErrors(t, error);
  const ended = incident.endedAt !== null;
  const names = [...incident.factNames, ...Object.keys(incident.facts).filter((k) => !incident.factNames.includes(k))];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      className="pb-card"
      aria-labelledby="facts-heading"
    >
      <h2 id="facts-heading">{t('playbooks.incident.factsHeading')}</h2>
      <p className="muted">{t('playbooks.incident.factsHint')}</p>
      <fieldset
        disabled={ended}
        className="pb-facts"
        // Kept once the facts are left, not at every field: each save is one entry in the timeline.
        onBlur={(e) => {
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) onSave();
        }}
      >
        {names.map((name) => (
          <Field key={name} label={isKnownFact(name) ? t(`playbooks.facts.${name}`) : name} error={errors[`facts.${name}`]}>
            <input
              value={factValue(facts, name)}
              maxLength={500}
              className={factValue(facts, name).trim() ? undefined : 'pb-empty'}
              onChange={(e) => onChange({ ...facts, [name]: e.target.value })}
            />
          </Field>
        ))}
      </fieldset>
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
    const f = localToInstant(from, tz);
    const tt = localToInstant(to, tz);
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
  // What is typed, for this incident only; the stored facts until something is typed.
  const [draft, setDraft] = useState<{ id: number; facts: Record<string, string> } | null>(null);
  const saving = useRef<Promise<unknown> | null>(null);
  if (!incident) return null;
  const facts = draft?.id === incident.id ? draft.facts : incident.facts;
  const setFacts = (next: Record<string, string>) => setDraft({ id: incident.id, facts: next });
  const same = (a: Record<string, string>, b: Record<string, string>) => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => factValue(a, k).trim() === factValue(b, k).trim());
  };
  /** Keep the typed facts (once a field is left, and before anything is recorded against a statement). */
  const saveFacts = async () => {
    await saving.current;
    if (incident.endedAt || same(facts, incident.facts)) return;
    saving.current = updateIncident('incidents.fillStatements', { id: incident.id, facts });
    await saving.current;
    saving.current = null;
  };
  const statements = fillStatements(incident.content, facts, incident.accounts, incident.locale);
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
          <FactsForm incident={incident} facts={facts} onChange={setFacts} onSave={() => void saveFacts()} />
          <Checklist incident={incident} />
          <WhoToCall incident={incident} />
          <PausePosts incident={incident} />
        </div>
        <div className="pb-col">
          <IncidentStatements incident={incident} statements={statements} beforeRecord={saveFacts} />
          <IncidentTimeline incident={incident} />
        </div>
      </div>
      <Dialog
        open={confirmEnd}
        title={t('playbooks.incident.end')}
        onClose={() => setConfirmEnd(false)}
        closeLabel={t('playbooks.incident.endKeep')}
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
        closeLabel={t('playbooks.incident.resumeNo')}
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
