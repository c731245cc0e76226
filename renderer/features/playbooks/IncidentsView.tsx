import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { severities, type Severity } from '../../../shared/features/playbooks/model';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { useApp } from '../app/store';
import { dateTimeOf } from './time';
import { usePlaybooks } from './store';

/** Start an incident from a playbook (or blank) in a few clicks, and reopen ongoing ones. */
export function IncidentsView() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const { playbooks, incidents, loadIncidents, openIncident, run } = usePlaybooks();
  const locale = settings?.locale ?? 'es';
  const timeZone = settings?.timeZone ?? 'UTC';
  const [playbookId, setPlaybookId] = useState('');
  const [severity, setSeverity] = useState<Severity>('high');
  const [title, setTitle] = useState('');

  useEffect(() => {
    void loadIncidents();
  }, [loadIncidents]);

  const mine = playbooks.filter((p) => p.locale === locale);
  const others = playbooks.filter((p) => p.locale !== locale);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const inc = await run(() =>
      api('incidents.start', { playbookId: playbookId ? Number(playbookId) : null, severity, facts: {}, ...(title.trim() ? { title: title.trim() } : {}) }),
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
