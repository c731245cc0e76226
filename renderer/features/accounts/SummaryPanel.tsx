import { useTranslation } from 'react-i18next';
import type { AccountRef, AccountSummary } from '../../../shared/features/accounts/contract';
import type { Network } from '../../../shared/domain/networks';
import { networkLabel } from './labels';

const SHOWN = 8;

function Refs({ title, list, onOpen }: { title: string; list: AccountRef[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <section className="summary-block">
      <h3>
        {title} <span className="count">{list.length}</span>
      </h3>
      {list.length === 0 ? (
        <p className="muted">{t('accounts.summary.none')}</p>
      ) : (
        <ul>
          {list.slice(0, SHOWN).map((a) => (
            <li key={a.id}>
              <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
                {a.handle}
              </button>{' '}
              <span className="muted">
                {networkLabel(t, a.network)}
                {a.department ? ` · ${a.department}` : ''}
              </span>
            </li>
          ))}
          {list.length > SHOWN && <li className="muted">+{list.length - SHOWN}</li>}
        </ul>
      )}
    </section>
  );
}

/** Totals, what needs attention, and the trim plan. */
export function SummaryPanel({ summary, onOpen }: { summary: AccountSummary; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const counts: [string, { key: string; count: number }[], (k: string) => string][] = [
    [t('accounts.summary.byNetwork'), summary.byNetwork, (k) => networkLabel(t, k as Network)],
    [t('accounts.summary.byStatus'), summary.byStatus, (k) => t(`accounts.statuses.${k as 'active'}`)],
    [t('accounts.summary.byRole'), summary.byRole, (k) => t(`accounts.roles.${k as 'medium'}`)],
    [t('accounts.summary.byDepartment'), summary.byDepartment, (k) => k || t('accounts.summary.noDepartment')],
  ];
  return (
    <div className="summary">
      <div className="summary-grid">
        {counts.map(([title, list, label]) => (
          <section key={title} className="summary-block">
            <h3>{title}</h3>
            <dl className="counts">
              {list.slice(0, 10).map((c) => (
                <div key={c.key}>
                  <dt>{label(c.key)}</dt>
                  <dd>{c.count}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="summary-grid">
        <Refs title={t('accounts.summary.looksDormant', { days: summary.dormantAfterDays })} list={summary.looksDormant} onOpen={onOpen} />
        <Refs title={t('accounts.summary.noOwner')} list={summary.noOwner} onOpen={onOpen} />
        <Refs title={t('accounts.summary.ownerNotTrained')} list={summary.ownerNotTrained} onOpen={onOpen} />
        <Refs title={t('accounts.summary.channelsWithoutHours')} list={summary.channelsWithoutHours} onOpen={onOpen} />
        <section className="summary-block">
          <h3>
            {t('accounts.summary.duplicates')} <span className="count">{summary.duplicates.length}</span>
          </h3>
          {summary.duplicates.length === 0 ? (
            <p className="muted">{t('accounts.summary.none')}</p>
          ) : (
            <ul>
              {summary.duplicates.slice(0, SHOWN).map((d, i) => (
                <li key={i}>
                  <span className="muted">{t(`accounts.summary.${d.reason}`)}: </span>
                  {d.accounts.map((a, j) => (
                    <span key={a.id}>
                      {j > 0 && ', '}
                      <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
                        {networkLabel(t, a.network)} {a.handle}
                      </button>
                    </span>
                  ))}
                </li>
              ))}
              {summary.duplicates.length > SHOWN && <li className="muted">+{summary.duplicates.length - SHOWN}</li>}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
