import { useTranslation } from 'react-i18next';
import type { PostEvent } from '../../../shared/features/calendar/contract';
import { formatDay } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { Dialog } from '../../ui/Dialog';
import { itemLabel } from './CalendarItem';
import { StatusIcon } from './StatusIcon';
import { useCalendar } from './store';

/** Everything planned on one busy day, opened from its "+N" in the month: each post a button that opens it. */
export function DayList({ day, posts, locale, timeZone, onClose }: { day: string | null; posts: PostEvent[]; locale: Locale; timeZone: string; onClose(): void }) {
  const { t } = useTranslation();
  const { campaigns, openPost } = useCalendar();
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  return (
    <Dialog open={day !== null} title={day ? t('calendar.dayList.title', { day: formatDay(day, locale === 'es' ? "EEEE, d 'de' MMMM" : 'EEEE d MMMM', locale), count: posts.length }) : ''} onClose={onClose}>
      <ul className="day-list">
        {posts.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={`day-list-item status-${p.status}`}
              onClick={() => {
                onClose();
                void openPost(p.id);
              }}
            >
              <StatusIcon status={p.status} /> {itemLabel(p, p.campaignId ? names.get(p.campaignId) : undefined, t, locale, timeZone)}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
