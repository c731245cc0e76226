import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkName } from '../../../shared/domain/networks';
import type { Account, AccountQuery, AccountSort, BulkUpdateInput } from '../../../shared/features/accounts/contract';
import { formatDay } from '../../../shared/i18n/dates';
import { api } from '../../api';
import { DepartmentSelect, NetworkSelect } from '../../ui/AccountFilters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useToasts } from '../../ui/toast';
import { onDataSourceChange, useApp } from '../app/store';
import { AccountForm } from './AccountForm';
import { BulkBar } from './BulkBar';
import { ImportDialog } from './ImportDialog';
import { PAGE_SIZE, useAccounts } from './store';
import { SummaryPanel } from './SummaryPanel';
import { PeoplePanel } from '../strategy/PeoplePanel';
import { TargetsPanel } from '../strategy/TargetsPanel';

const columns: { sort: AccountSort; label: 'handle' | 'network' | 'displayName' | 'department' | 'ownerName' | 'role' | 'status' | 'lastActivityOn' }[] = [
  { sort: 'handle', label: 'handle' },
  { sort: 'network', label: 'network' },
  { sort: 'displayName', label: 'displayName' },
  { sort: 'department', label: 'department' },
  { sort: 'ownerName', label: 'ownerName' },
  { sort: 'role', label: 'role' },
  { sort: 'status', label: 'status' },
  { sort: 'lastActivityOn', label: 'lastActivityOn' },
];

export function AccountsPage() {
  const { t } = useTranslation();
  const locale = useApp((s) => s.settings?.locale ?? 'es');
  const show = useToasts((s) => s.show);
  const { query, items, total, summary, departments, error, loading, setQuery, refresh, save, remove, restore, clearError } = useAccounts();
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [search, setSearch] = useState(query.search ?? '');
  const [semicolon, setSemicolon] = useState(locale === 'es');
  const [pageError, setPageError] = useState<unknown>(null);
  const [summaryOpen, setSummaryOpen] = useState(false);
  /** Rows chosen for a change to many at once, with the version each was read at. */
  const [chosen, setChosen] = useState<Map<number, number>>(new Map());
  const choose = (a: Account, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(a.id, a.version);
    else next.delete(a.id);
    setChosen(next);
  };
  const allChosen = items.length > 0 && items.every((a) => chosen.has(a.id));
  const chooseAll = (on: boolean) => {
    const next = new Map(chosen);
    for (const a of items) {
      if (on) next.set(a.id, a.version);
      else next.delete(a.id);
    }
    setChosen(next);
  };
  const applyBulk = async (change: BulkUpdateInput['change']) => {
    try {
      const { updated } = await api('accounts.bulkUpdate', { items: [...chosen].map(([id, version]) => ({ id, version })), change });
      setChosen(new Map());
      await refresh();
      show(t('accounts.bulk.done', { count: updated }));
    } catch (err) {
      setPageError(err);
    }
  };

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => onDataSourceChange(() => void refresh()), [refresh]);

  // Search as you type, without a request per key.
  useEffect(() => {
    if (search === (useAccounts.getState().query.search ?? '')) return;
    const timer = setTimeout(() => void setQuery({ search }), 250);
    return () => clearTimeout(timer);
  }, [search, setQuery]);

  const open = async (id: number) => {
    try {
      setEditing(await api('accounts.get', { id }));
    } catch (err) {
      setPageError(err);
    }
  };

  const del = async (a: Account) => {
    try {
      await remove(a);
      show(t('accounts.deleted', { handle: a.handle }), {
        label: t('app.undo'),
        run: async () => {
          try {
            await restore(a.id);
            show(t('accounts.restored', { handle: a.handle }));
          } catch (err) {
            setPageError(err);
          }
        },
      });
    } catch (err) {
      setPageError(err);
    }
  };

  const exportCsv = async () => {
    try {
      const { csv, rows } = await api('accounts.exportCsv', { delimiter: semicolon ? ';' : ',', language: locale });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = t('accounts.export.fileName');
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      show(t('accounts.export.done', { count: rows }));
    } catch (err) {
      setPageError(err);
    }
  };

  const sortBy = (sort: AccountSort) =>
    void setQuery({ sort, direction: query.sort === sort && query.direction !== 'desc' ? 'desc' : 'asc' });
  const filter = (patch: Partial<AccountQuery>) => void setQuery(patch);
  const filtered = Boolean(query.search || query.network || query.department !== undefined || query.status || query.role);
  const offset = query.offset ?? 0;

  return (
    <section aria-labelledby="accounts-title" className="page accounts-page">
      <header className="accounts-head">
        <div>
          <h1 id="accounts-title">{t('accounts.title')}</h1>
          <p className="muted">{t('accounts.intro')}</p>
        </div>
        <div className="accounts-actions">
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('accounts.new')}
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            {t('accounts.import.open')}
          </button>
          <button type="button" onClick={() => void exportCsv()}>
            {t('accounts.export.open')}
          </button>
          <label className="inline-check">
            <input type="checkbox" checked={semicolon} onChange={(e) => setSemicolon(e.target.checked)} /> {t('accounts.export.semicolon')}
          </label>
        </div>
      </header>

      <ErrorBanner
        error={pageError ?? error}
        onDismiss={() => {
          setPageError(null);
          clearError();
        }}
      />

      <TargetsPanel inventoryVersion={summary} />
      <PeoplePanel inventoryVersion={summary} onChanged={() => void refresh()} />
      {summary && (
        <>
          <p className="trim-plan">
            <strong>{t('accounts.summary.trimPlan', { from: summary.trimPlan.from, to: summary.trimPlan.to })}</strong>{' '}
            <span className="muted">{t('accounts.summary.trimDetail', summary.trimPlan)}</span>
          </p>
          <details className="summary-panel" open={summaryOpen} onToggle={(e) => setSummaryOpen(e.currentTarget.open)}>
            <summary>
              <h2>{t('accounts.summary.title')}</h2>
              <span className="muted">
                {t('accounts.summary.total')}: {summary.total}
              </span>
            </summary>
            <SummaryPanel summary={summary} onOpen={(id) => void open(id)} />
          </details>
        </>
      )}

      <search className="filters" aria-label={t('accounts.filters')}>
        <label className="filter-search">
          <span>{t('accounts.searchLabel')}</span>
          <input type="search" value={search} title={t('accounts.searchHint')} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <NetworkSelect value={query.network} onChange={(network) => filter({ network })} />
        <DepartmentSelect departments={departments} value={query.department} onChange={(department) => filter({ department })} />
        <label>
          <span>{t('accounts.fields.status')}</span>
          <select value={query.status ?? ''} onChange={(e) => filter({ status: (e.target.value || undefined) as AccountQuery['status'] })}>
            <option value="">{t('accounts.anyStatus')}</option>
            {(['active', 'dormant', 'to_merge', 'to_close', 'closed'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`accounts.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('accounts.fields.role')}</span>
          <select value={query.role ?? ''} onChange={(e) => filter({ role: (e.target.value || undefined) as AccountQuery['role'] })}>
            <option value="">{t('accounts.anyRole')}</option>
            {(['medium', 'channel', 'both'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`accounts.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            onClick={() => {
              setSearch('');
              filter({ search: '', network: undefined, department: undefined, status: undefined, role: undefined });
            }}
          >
            {t('accounts.clearFilters')}
          </button>
        )}
      </search>

      {chosen.size > 0 && <BulkBar count={chosen.size} departments={departments} onApply={applyBulk} onClear={() => setChosen(new Map())} />}

      <div className="table-wrap" aria-busy={loading}>
        <table className="accounts-table">
          <caption className="muted">
            {total === 0
              ? filtered
                ? t('accounts.empty')
                : t('accounts.emptyAll')
              : t('accounts.resultsPage', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label={t('accounts.bulk.chooseAll')} checked={allChosen} onChange={(e) => chooseAll(e.target.checked)} />
              </th>
              {columns.map((c) => (
                <th
                  key={c.sort}
                  scope="col"
                  aria-sort={query.sort === c.sort ? (query.direction === 'desc' ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(c.sort)}>
                    {t(`accounts.fields.${c.label}`)}
                    <span aria-hidden="true">{query.sort === c.sort ? (query.direction === 'desc' ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('accounts.fields.twoFactor')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('accounts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <input type="checkbox" aria-label={t('accounts.bulk.choose', { handle: a.handle })} checked={chosen.has(a.id)} onChange={(e) => choose(a, e.target.checked)} />
                </td>
                <td>
                  <button type="button" className="link-button" aria-label={t('accounts.editNamed', { handle: a.handle })} onClick={() => setEditing(a)}>
                    {a.handle}
                  </button>
                </td>
                <td>{networkName(a.network, locale)}</td>
                <td>{a.displayName}</td>
                <td>{a.department}</td>
                <td>{a.ownerName}</td>
                <td>{t(`accounts.roles.${a.role}`)}</td>
                <td>
                  <span className={`status status-${a.status}`}>{t(`accounts.statuses.${a.status}`)}</span>
                </td>
                <td>{a.lastActivityOn ? formatDay(a.lastActivityOn, 'd MMM yyyy', locale) : <span className="muted">{t('accounts.never')}</span>}</td>
                <td>
                  {/* Icon and word, never colour alone: off is a risk, unchecked is a task. */}
                  <span className={`two-factor two-factor-${a.twoFactor}`}>
                    <span aria-hidden="true">{a.twoFactor === 'yes' ? '✓ ' : a.twoFactor === 'no' ? '⚠ ' : '? '}</span>
                    {t(`accounts.twoFactor.${a.twoFactor}`)}
                  </span>
                </td>
                <td>
                  <button type="button" className="danger small" aria-label={t('accounts.deleteNamed', { handle: a.handle })} onClick={() => void del(a)}>
                    {t('app.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > PAGE_SIZE && (
        <nav className="pager" aria-label={t('accounts.resultsPage', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total })}>
          <button type="button" disabled={offset === 0} onClick={() => void setQuery({ offset: Math.max(0, offset - PAGE_SIZE) })}>
            {t('accounts.previous')}
          </button>
          <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => void setQuery({ offset: offset + PAGE_SIZE })}>
            {t('accounts.next')}
          </button>
        </nav>
      )}

      {editing && (
        <AccountForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          account={editing === 'new' ? null : editing}
          departments={departments}
          onClose={() => setEditing(null)}
          onSave={async (draft) => {
            await save(draft);
            setEditing(null);
            show(t('accounts.saved'));
          }}
        />
      )}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(result) => {
            show(t('accounts.import.done', result));
            void refresh();
          }}
        />
      )}
    </section>
  );
}
