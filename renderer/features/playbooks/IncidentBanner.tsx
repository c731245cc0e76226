import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/features/playbooks/contract';
import { onDataSourceChange, useApp } from '../app/store';
import { useIncidentClock } from './IncidentClock';
import { usePlaybooks } from './store';

function Running({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const go = useApp((s) => s.go);
  const openIncident = usePlaybooks((s) => s.openIncident);
  const { since, due } = useIncidentClock(incident);
  return (
    <li className={due?.late ? 'incident-banner-item late' : 'incident-banner-item'}>
      <strong>{t('playbooks.banner.running', { title: incident.title })}</strong>
      <span>
        {t('playbooks.incident.since')} <span className="incident-banner-clock">{since}</span>
      </span>
      {due && (
        <span>
          {due.label} <span className="incident-banner-clock">{due.text}</span>
        </span>
      )}
      <button
        type="button"
        onClick={() => {
          go('playbooks');
          void openIncident(incident.id);
        }}
      >
        {t('playbooks.banner.open')}
      </button>
    </li>
  );
}

/** On every screen, while an incident runs: which one, and its clock. Not over the incident's own screen. */
export function IncidentBanner() {
  const { t } = useTranslation();
  const { active, loadActive, view } = usePlaybooks();
  const section = useApp((s) => s.section);
  useEffect(() => {
    void loadActive();
  }, [loadActive]);
  useEffect(() => onDataSourceChange(() => void loadActive()), [loadActive]);
  const shown = section === 'playbooks' && view.name === 'incident' ? active.filter((i) => i.id !== view.id) : active;
  if (!shown.length) return null;
  return (
    <aside className="incident-banner" aria-label={t('playbooks.banner.label')}>
      <ul>
        {shown.map((i) => (
          <Running key={i.id} incident={i} />
        ))}
      </ul>
    </aside>
  );
}
