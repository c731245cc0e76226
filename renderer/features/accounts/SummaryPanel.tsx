import { type MouseEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRef, AccountSummary } from '../../../shared/features/accounts/contract';
import { type Network, networkName } from '../../../shared/domain/networks';
import { useLocale } from '../../ui/locale';

/** Items a long section shows before its "Show all" button. */
export const SHOWN = 6;

/** Move to a section's heading: scrolled to the top and focused, so a screen reader and Tab continue from there. */
function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  e.preventDefault();
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** One section: its heading (the target of the jump list) with its count, then its content. */
function Section({ id, title, count, neutral = false, children }: { id: string; title: string; count?: ReactNode; neutral?: boolean; children: ReactNode }) {
  return (
    <section className="summary-block summary-section" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1}>
        {title}
        {count !== undefined && (
          <>
            {' '}
            <span className={neutral ? 'count total' : 'count'}>{count}</span>
          </>
        )}
      </h3>
      {children}
    </section>
  );
}

/** A list that shows its first items and a "Show all N" button for the rest. */
function Expandable<T>({ items, render, groups = false }: { items: T[]; render(item: T, index: number): ReactNode; groups?: boolean }) {
  const { t } = useTranslation();
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [all, setAll] = useState(false);
  if (items.length === 0) return <p className="muted">{t('accounts.summary.none')}</p>;
  const long = items.length > SHOWN;
  const visible = all || !long ? items : items.slice(0, SHOWN);
  const toggle = () => {
    setAll(!all);
    requestAnimationFrame(() => {
      // Unfolded: carry on from the first account that was hidden. Folded: the button moved up; keep it in view, focused.
      if (!all) list.current?.children[SHOWN]?.querySelector('button')?.focus();
      else button.current?.scrollIntoView({ block: 'nearest' });
    });
  };
  return (
    <>
      <ul ref={list} id={listId} className="summary-list">
        {visible.map((item, i) => render(item, i))}
      </ul>
      {long && (
        <button ref={button} type="button" className="summary-more" aria-expanded={all} aria-controls={listId} onClick={toggle}>
          {all ? t('accounts.summary.showFewer') : t(groups ? 'accounts.summary.showAllGroups' : 'accounts.summary.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}

function RefItem({ account, onOpen }: { account: AccountRef; onOpen(id: number): void }) {
  const locale = useLocale();
  return (
    <li>
      <button type="button" className="link-button" onClick={() => onOpen(account.id)}>
        {account.handle}
      </button>{' '}
      <span className="muted">
        {networkName(account.network, locale)}
        {account.department ? ` · ${account.department}` : ''}
      </span>
    </li>
  );
}

/** A count per key: the first ten, and every other one a press away (a city has dozens of departments; none is dropped unsaid). */
function Counts({ list, label }: { list: { key: string; count: number }[]; label(k: string): string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const listId = useId();
  const shown = all ? list : list.slice(0, COUNTS_SHOWN);
  return (
    <>
      <dl id={listId} className="counts">
        {shown.map((c) => (
          <div key={c.key}>
            <dt>{label(c.key)}</dt>
            <dd>{c.count}</dd>
          </div>
        ))}
      </dl>
      {list.length > COUNTS_SHOWN && (
        <button type="button" className="summary-more" aria-expanded={all} aria-controls={listId} onClick={() => setAll(!all)}>
          {all ? t('accounts.summary.showFewer') : t('accounts.summary.showAllCounts', { count: list.length })}
        </button>
      )}
    </>
  );
}
const COUNTS_SHOWN = 10;

/**
 * Totals, what needs attention, and the trim plan. At a large city's size
 * (hundreds of flagged accounts) a jump list with counts leads to each
 * section, and each long section shows its first items until asked for all.
 */
export function SummaryPanel({ summary, onOpen }: { summary: AccountSummary; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const counts: [string, { key: string; count: number }[], (k: string) => string][] = [
    [t('accounts.summary.byNetwork'), summary.byNetwork, (k) => networkName(k as Network, locale)],
    [t('accounts.summary.byStatus'), summary.byStatus, (k) => t(`accounts.statuses.${k as 'active'}`)],
    [t('accounts.summary.byRole'), summary.byRole, (k) => t(`accounts.roles.${k as 'medium'}`)],
    [t('accounts.summary.byDepartment'), summary.byDepartment, (k) => k || t('accounts.summary.noDepartment')],
  ];
  const lists: { key: string; title: string; short: string; list: AccountRef[] }[] = [
    {
      key: 'dormant',
      title: t('accounts.summary.looksDormant', { days: summary.dormantAfterDays }),
      short: t('accounts.summary.looksDormantShort'),
      list: summary.looksDormant,
    },
    { key: 'noOwner', title: t('accounts.summary.noOwner'), short: t('accounts.summary.noOwner'), list: summary.noOwner },
    { key: 'notTrained', title: t('accounts.summary.ownerNotTrained'), short: t('accounts.summary.ownerNotTrained'), list: summary.ownerNotTrained },
    { key: 'noHours', title: t('accounts.summary.channelsWithoutHours'), short: t('accounts.summary.channelsWithoutHours'), list: summary.channelsWithoutHours },
    {
      key: 'noResponseTarget',
      title: t('strategy.summary.channelsWithoutResponseTarget'),
      short: t('strategy.summary.channelsWithoutResponseTarget'),
      list: summary.channelsWithoutResponseTarget,
    },
    { key: 'noCover', title: t('strategy.summary.channelsWithoutCover'), short: t('strategy.summary.channelsWithoutCover'), list: summary.channelsWithoutCover },
    { key: 'twoFactorOff', title: t('strategy.summary.twoFactorOff'), short: t('strategy.summary.twoFactorOff'), list: summary.twoFactorOff },
  ];
  const trim = t('accounts.summary.trimPlanShort', summary.trimPlan);
  const jumps: { key: string; label: string; count: ReactNode }[] = [
    { key: 'totals', label: t('accounts.summary.totals'), count: summary.total },
    { key: lists[0]!.key, label: lists[0]!.short, count: lists[0]!.list.length },
    { key: 'duplicates', label: t('accounts.summary.duplicates'), count: summary.duplicates.length },
    ...lists.slice(1).map((l) => ({ key: l.key, label: l.short, count: l.list.length })),
    { key: 'trim', label: t('accounts.summary.trimPlanTitle'), count: trim },
  ];
  const section = (l: (typeof lists)[number]) => (
    <Section key={l.key} id={id(l.key)} title={l.title} count={l.list.length}>
      <Expandable items={l.list} render={(a) => <RefItem key={a.id} account={a} onOpen={onOpen} />} />
    </Section>
  );

  return (
    <div className="summary">
      <nav className="summary-jump" aria-label={t('accounts.summary.jumpList')}>
        <ul>
          {jumps.map((j) => (
            <li key={j.key}>
              <a href={`#${id(j.key)}`} onClick={(e) => jump(e, id(j.key))}>
                {j.label} <span className="count">{j.count}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id={id('totals')} title={t('accounts.summary.totals')} count={summary.total} neutral>
        <div className="summary-grid">
          {counts.map(([title, list, label]) => (
            <section key={title} className="summary-block" aria-label={title}>
              <h4>{title}</h4>
              <Counts list={list} label={label} />
            </section>
          ))}
        </div>
      </Section>

      {section(lists[0]!)}
      <Section id={id('duplicates')} title={t('accounts.summary.duplicates')} count={summary.duplicates.length}>
        <Expandable
          groups
          items={summary.duplicates}
          render={(d, i) => (
            <li key={i}>
              <span className="muted">{t(`accounts.summary.${d.reason}`)}: </span>
              {d.accounts.map((a, j) => (
                <span key={a.id}>
                  {j > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
                    {networkName(a.network, locale)} {a.handle}
                  </button>
                </span>
              ))}
            </li>
          )}
        />
      </Section>
      {lists.slice(1).map(section)}
      <Section id={id('trim')} title={t('accounts.summary.trimPlanTitle')}>
        <dl className="counts trim-counts">
          {(
            [
              ['trimNow', summary.trimPlan.from],
              ['trimToMerge', summary.trimPlan.toMerge],
              ['trimToClose', summary.trimPlan.toClose],
              ['trimAfter', summary.trimPlan.to],
            ] as const
          ).map(([key, n]) => (
            <div key={key}>
              <dt>{t(`accounts.summary.${key}`)}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
