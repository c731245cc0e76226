import { useTranslation } from 'react-i18next';

/** Placeholder until the calendar feature lands. */
export function CalendarPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="calendar-title" className="page">
      <h1 id="calendar-title">{t('calendar.title')}</h1>
      <p>{t('calendar.intro')}</p>
    </section>
  );
}
