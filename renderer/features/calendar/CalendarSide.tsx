import { useTranslation } from 'react-i18next';
import { networkHandle } from '../../../shared/domain/networks';
import { formatDay } from '../../../shared/i18n/dates';
import { useLocale } from '../../ui/locale';
import { useCalendar } from './store';

/** "Next 4 weeks: these accounts have gaps", with the special days of a quiet week as ideas; and the ideas backlog. */
export function CalendarSide() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { overview, backlog, openPost, openNew } = useCalendar();
  const gaps = overview
    ? overview.report.weeks
        .map((w) => ({
          week: w,
          rows: overview.report.accounts
            .map((a) => ({ a, w: a.weeks.find((x) => x.week === w.week)! }))
            .filter(({ w: x }) => x && x.state !== 'ok'),
          special: overview.special.filter((d) => d.day >= w.startDay && d.day <= w.endDay),
        }))
        .filter((g) => g.rows.length > 0)
    : [];
  return (
    <aside className="calendar-side">
      <section aria-labelledby="cadence-title" className="side-card">
        <h2 id="cadence-title">{t('calendar.cadence.title')}</h2>
        <p className="muted">
          {t('calendar.cadence.intro')} {t('calendar.filters.cadenceHint')}
        </p>
        {overview && gaps.length === 0 && <p className="ok">{t('calendar.cadence.allGood')}</p>}
        {gaps.map((g) => (
          <div key={g.week.week} className="gap-week">
            <h3>{t('calendar.cadence.week', { day: formatDay(g.week.startDay, 'd MMM', locale) })}</h3>
            <ul>
              {g.rows.map(({ a, w }) => {
                const account = networkHandle(a.network, a.handle, locale);
                return (
                  <li key={a.accountId} className={`gap-${w.state}`}>
                    {w.state === 'silent'
                      ? t('calendar.cadence.silent', { account, target: w.target })
                      : t('calendar.cadence.below', { account, count: w.count, target: w.target })}
                  </li>
                );
              })}
            </ul>
            {g.special.length > 0 && (
              <>
                <h4>{t('calendar.cadence.ideas')}</h4>
                <ul className="idea-list">
                  {g.special.map((d) => (
                    <li key={`${d.key}-${d.day}`}>
                      <button type="button" className="link-button" onClick={() => openNew({ title: d.name[locale], scheduledDay: d.day, status: 'idea' })}>
                        {t('calendar.cadence.makeIdea', { name: `${d.name[locale]} (${formatDay(d.day, 'd MMM', locale)})` })}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="backlog-title" className="side-card">
        <h2 id="backlog-title">{t('calendar.backlog.title')}</h2>
        {backlog.length === 0 ? (
          <p className="muted">{t('calendar.backlog.empty')}</p>
        ) : (
          <ul className="idea-list">
            {backlog.map((p) => (
              <li key={p.id}>
                <button type="button" className="link-button" aria-label={t('calendar.backlog.open', { title: p.title })} onClick={() => void openPost(p.id)}>
                  {p.title}
                </button>{' '}
                <span className="muted">{t(`calendar.status.${p.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
