import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factValue, isKnownFact } from '../../../shared/features/playbooks/fill';
import type { PlaybookContent } from '../../../shared/features/playbooks/model';
import { severities, type Severity } from '../../../shared/features/playbooks/model';
import { blankContent } from '../../../shared/features/playbooks/starters';
import { factNamesOf } from '../../../shared/features/playbooks/statements';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { onDataSourceChange, useApp } from '../app/store';
import { dateTimeOf, timeOf } from './time';
import { usePlaybooks } from './store';

const MINUTE = 60_000;

/** The facts the clock and the playbook already know: the time now, and the next update at the level's interval. */
function prefilled(content: PlaybookContent, severity: Severity, now: number, locale: 'es' | 'en', timeZone: string): Record<string, string> {
  const level = content.severities.find((s) => s.severity === severity) ?? content.severities[0]!;
  return {
    time: timeOf(new Date(now).toISOString(), locale, timeZone),
    next_update: timeOf(new Date(now + level.updateEveryMinutes * MINUTE).toISOString(), locale, timeZone),
  };
}

/**
 * Start an incident in a few steps: pick the playbook and the severity, type the
 * facts its statements use (time and next update come filled in), start. The
 * incident opens with every statement filled for every active account.
 */
export function IncidentsView() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const { playbooks, incidents, view, loadIncidents, openIncident, run } = usePlaybooks();
  const locale = settings?.locale ?? 'es';
  const timeZone = settings?.timeZone ?? 'UTC';
  const [playbookId, setPlaybookId] = useState(view.name === 'incidents' && view.playbookId ? String(view.playbookId) : '');
  const [severity, setSeverity] = useState<Severity>('high');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState<PlaybookContent>(() => blankContent(locale));
  const [typed, setTyped] = useState<Record<string, string>>({});
  // The clock the prefilled time reads, kept current while the form waits.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);

  useEffect(() => {
    void loadIncidents();
  }, [loadIncidents]);
  useEffect(() => onDataSourceChange(() => void loadIncidents()), [loadIncidents]);

  useEffect(() => {
    let live = true;
    if (!playbookId) setContent(blankContent(locale));
    else
      void api('playbooks.get', { id: Number(playbookId) }).then(
        (p) => live && setContent(p.content),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [playbookId, locale]);

  // The office's language only: its starters and its own playbooks; own playbooks in the other language apart.
  const mine = playbooks.filter((p) => p.locale === locale);
  const others = playbooks.filter((p) => p.locale !== locale && !p.starterKey);
  const names = factNamesOf(content);
  const auto = prefilled(content, severity, now, locale, timeZone);
  const facts: Record<string, string> = Object.fromEntries(names.map((n) => [n, Object.hasOwn(typed, n) ? factValue(typed, n) : factValue(auto, n)]));

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const given = Object.fromEntries(Object.entries(facts).filter(([, v]) => v.trim() !== ''));
    const inc = await run(() =>
      api('incidents.start', { playbookId: playbookId ? Number(playbookId) : null, severity, facts: given, ...(title.trim() ? { title: title.trim() } : {}) }),
    );
    if (inc) await openIncident(inc.id);
  };

  const active = incidents.filter((i) => !i.endedAt);
  const past = incidents.filter((i) => i.endedAt);
  const row = (i: (typeof incidents)[number]) => (
    <li key={i.id}>
      <button type="button" className="link-button" aria-label={t('playbooks.incidents.open', { title: i.title })} onClick={() => void openIncident(i.id)}>
        {i.title}
      </button>{' '}
      <span className={`sev sev-${i.severity}`}>{t(`playbooks.severity.${i.severity}`)}</span> <span className="muted">{dateTimeOf(i.startedAt, locale, timeZone)}</span>
    </li>
  );

  return (
    <div className="pb-incidents">
      <form className="form pb-start" onSubmit={start} aria-labelledby="start-heading">
        <h2 id="start-heading">{t('playbooks.incidents.startHeading')}</h2>
        <Field label={t('playbooks.incidents.playbook')}>
          <select value={playbookId} onChange={(e) => setPlaybookId(e.target.value)}>
            <option value="">{t('playbooks.incidents.blank')}</option>
            <optgroup label={t(`languages.${locale}`)}>
              {mine.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            {others.length > 0 && (
              <optgroup label={t(`languages.${locale === 'es' ? 'en' : 'es'}`)}>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
        <Field label={t('playbooks.severity.label')}>
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {severities.map((s) => (
              <option key={s} value={s}>
                {t(`playbooks.severity.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="pb-start-facts">
          <legend>{t('playbooks.incidents.facts')}</legend>
          <p className="muted">{t('playbooks.incidents.factsHint')}</p>
          {names.map((name) => (
            <Field key={name} label={isKnownFact(name) ? t(`playbooks.facts.${name}`) : name}>
              <input value={factValue(facts, name)} maxLength={500} onChange={(e) => setTyped({ ...typed, [name]: e.target.value })} />
            </Field>
          ))}
        </fieldset>
        <Field label={t('playbooks.incidents.title')}>
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary big">
            {t('playbooks.incidents.startButton')}
          </button>
        </div>
      </form>
      <div>
        <h2>{t('playbooks.incidents.active')}</h2>
        {active.length ? <ul className="pb-list">{active.map(row)}</ul> : <p className="muted">{t('playbooks.incidents.none')}</p>}
        <h2>{t('playbooks.incidents.past')}</h2>
        {past.length ? <ul className="pb-list">{past.map(row)}</ul> : <p className="muted">{t('playbooks.incidents.none')}</p>}
      </div>
    </div>
  );
}
