import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/features/playbooks/contract';
import { clockText } from './time';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** Time since the start, and time left to the next update with what it is (negative once late). */
export function useIncidentClock(incident: Incident) {
  const { t } = useTranslation();
  const now = useNow();
  const end = incident.endedAt ? Date.parse(incident.endedAt) : now;
  const since = clockText(end - Date.parse(incident.startedAt));
  const dueMs = incident.clock.dueAt ? Date.parse(incident.clock.dueAt) - now : null;
  const dueLabel =
    dueMs !== null && dueMs < 0
      ? t('playbooks.incident.overdue')
      : incident.clock.dueKind === 'first_response'
        ? t('playbooks.incident.dueFirst')
        : incident.clock.dueKind === 'promised'
          ? t('playbooks.incident.duePromised')
          : t('playbooks.incident.dueUpdate');
  return { since, due: dueMs === null ? null : { label: dueLabel, text: clockText(dueMs), late: dueMs < 0 } };
}

/** Big and plain: time since start, and time left to the next promised update (red when late). */
export function Clock({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { since, due } = useIncidentClock(incident);
  return (
    <div className="pb-clock" role="group" aria-label={t('playbooks.incident.since')}>
      <div className="pb-clock-cell">
        <span className="pb-clock-label">{t('playbooks.incident.since')}</span>
        <span className="pb-clock-value" aria-label={`${t('playbooks.incident.since')} ${since}`}>
          {since}
        </span>
      </div>
      {due ? (
        <div className={due.late ? 'pb-clock-cell late' : 'pb-clock-cell'}>
          <span className="pb-clock-label">{due.label}</span>
          <span className="pb-clock-value">{due.text}</span>
        </div>
      ) : (
        <div className="pb-clock-cell">
          <span className="pb-clock-label">{t('playbooks.incident.ended')}</span>
        </div>
      )}
    </div>
  );
}
