import { useTranslation } from 'react-i18next';
import { postStatuses } from '../../../shared/features/calendar/statuses';
import { MarkIcon, type MarkKind, StatusIcon } from './StatusIcon';
import { useCalendar } from './store';

const marks: MarkKind[] = ['special', 'silent', 'below'];

/**
 * The key to the grid's icons, which is also the status filter: each status
 * is a toggle with its icon and its name. None pressed lets every status through.
 */
export function StatusChips() {
  const { t } = useTranslation();
  const statuses = useCalendar((s) => s.filters.statuses);
  const setFilters = useCalendar((s) => s.setFilters);
  return (
    <div className="legend-row">
      <div role="group" aria-label={t('calendar.legend.statuses')} title={t('calendar.legend.statusesHint')} className="status-chips">
        {postStatuses.map((s) => {
          const on = statuses.includes(s);
          return (
            <button
              key={s}
              type="button"
              className={`chip chip-${s}`}
              aria-pressed={on}
              onClick={() => setFilters({ statuses: on ? statuses.filter((x) => x !== s) : postStatuses.filter((x) => x === s || statuses.includes(x)) })}
            >
              <StatusIcon status={s} />
              {t(`calendar.statusShort.${s}`)}
            </button>
          );
        })}
      </div>
      <ul aria-label={t('calendar.legend.marks')} className="mark-legend">
        {marks.map((m) => (
          <li key={m} className={`mark-${m}`}>
            <MarkIcon kind={m} />
            {t(`calendar.legend.${m}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
