import { useTranslation } from 'react-i18next';
import type { PostEvent } from '../../../shared/features/calendar/contract';
import { formatDay } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';
import { Dialog } from '../../ui/Dialog';
import { itemLabel, itemWords, timeOf } from './CalendarItem';
import { StatusIcon } from './StatusIcon';
import { useCalendar } from './store';

/** Everything planned on one busy day (its "+N") or one busy hour of a week (its box): each post a button that opens it. */
export function DayList({ day, hour, posts, locale, timeZone, onClose }: { day: string | null; hour?: string; posts: PostEvent[]; locale: Locale; timeZone: string; onClose(): void }) {
  const { t } = useTranslation();
  const dayName = day ? formatDay(day, locale === 'es' ? "EEEE, d 'de' MMMM" : 'EEEE d MMMM', locale) : '';
  const title = !day ? '' : hour === undefined ? t('calendar.dayList.title', { day: dayName, count: posts.length }) : t('calendar.dayList.hourTitle', { day: dayName, from: hourText(Number(hour), locale), to: hourText(Number(hour) + 1, locale), count: posts.length });
  const { campaigns, openPost } = useCalendar();
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const words = itemWords(t);
  return (
    <Dialog open={day !== null} title={title} onClose={onClose}>
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
              <StatusIcon status={p.status} /> {itemLabel(p, p.campaignId ? names.get(p.campaignId) : undefined, words, timeOf(p, locale, timeZone), locale)}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

/** An hour as the clock says it: "9:00" in Spanish, "09:00" in English. */
const hourText = (hour: number, locale: Locale) => `${locale === 'es' ? hour % 24 : String(hour % 24).padStart(2, '0')}:00`;
