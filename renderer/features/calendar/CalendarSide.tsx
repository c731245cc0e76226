import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkHandle, networkName } from '../../../shared/domain/networks';
import { formatDay } from '../../../shared/i18n/dates';
import { useLocale } from '../../ui/locale';
import { useCalendar } from './store';

/** "Next 4 weeks: these accounts have gaps", with the special days of a quiet week as ideas; and the ideas backlog. */
export function CalendarSide() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { overview, backlog, openPost, openNew, accounts } = useCalendar();
  const departmentOf = new Map(accounts.map((a) => [a.id, a.department]));
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
          <GapWeek key={g.week.week} startDay={g.week.startDay} rows={g.rows.map(({ a, w }) => ({ id: a.accountId, network: a.network, handle: a.handle, department: departmentOf.get(a.accountId) ?? '', state: w.state, count: w.count, target: w.target }))}>
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
          </GapWeek>
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

interface GapRow {
  id: number;
  network: string;
  handle: string;
  department: string;
  state: 'silent' | 'below' | 'ok';
  count: number;
  target: number;
}

/** Accounts a week lists before "show all": a city has hundreds behind one week. */
const GAPS_SHOWN = 6;

/**
 * One week's gaps: how many silent and how many below target, then the
 * accounts by department (by network where the inventory names no
 * departments), each group with its count, the first few until asked for all.
 */
function GapWeek({ startDay, rows, children }: { startDay: string; rows: GapRow[]; children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const listId = useId();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const byDepartment = new Set(rows.map((r) => r.department).filter(Boolean)).size > 1;
  const groupOf = (r: GapRow) => (byDepartment ? r.department || t('picker.noDepartment') : networkName(r.network, locale));
  const sorted = [...rows].sort((a, b) => groupOf(a).localeCompare(groupOf(b)) || (a.state === b.state ? 0 : a.state === 'silent' ? -1 : 1) || a.network.localeCompare(b.network) || a.handle.localeCompare(b.handle));
  const shown = all ? sorted : sorted.slice(0, GAPS_SHOWN);
  const groups = [...new Set(shown.map(groupOf))];
  const silent = rows.filter((r) => r.state === 'silent').length;
  return (
    <section className="gap-week" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('calendar.cadence.week', { day: formatDay(startDay, 'd MMM', locale) })}</h3>
      <p className="gap-counts">
        {[silent ? t('calendar.cadence.silentCount', { count: silent }) : '', rows.length - silent ? t('calendar.cadence.belowCount', { count: rows.length - silent }) : ''].filter(Boolean).join(' · ')}
      </p>
      <div id={listId}>
        {groups.map((n) => {
          const inGroup = shown.filter((r) => groupOf(r) === n);
          return (
            <div key={n}>
              <h4>
                {n} <span className="count">{rows.filter((r) => groupOf(r) === n).length}</span>
              </h4>
              <ul>
                {inGroup.map((r) => {
                  const account = networkHandle(r.network, r.handle, locale);
                  return (
                    <li key={r.id} className={`gap-${r.state}`}>
                      {r.state === 'silent' ? t('calendar.cadence.silent', { account, target: r.target }) : t('calendar.cadence.below', { account, count: r.count, target: r.target })}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
      {rows.length > GAPS_SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} aria-controls={listId} onClick={() => setAll(!all)}>
          {all ? t('calendar.cadence.showFewer') : t('calendar.cadence.showAll', { count: rows.length })}
        </button>
      )}
      {children}
    </section>
  );
}
