import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { networkName } from '../../../shared/domain/networks';
import type { ScopeAccount } from '../../../shared/features/audits/contract';
import { useLocale } from '../../ui/locale';
import { accountLabel, pageStatus } from './labels';
import { useAudits } from './store';
import { usePagedAccounts } from './usePagedAccounts';

/**
 * Which account another one is merged into: a search over every live account,
 * a page at a time, and a list of what it found (the account's own network
 * first). The chosen target stays listed whatever the search.
 */
export function MergeTarget({
  account,
  label,
  value,
  onChange,
}: {
  account: ScopeAccount;
  label: string;
  value: ScopeAccount | null;
  onChange: (target: ScopeAccount | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const findAccounts = useAudits((s) => s.findAccounts);
  const fetchPage = useCallback((search: string, offset: number, limit: number) => findAccounts({ search, offset, limit }), [findAccounts]);
  const pages = usePagedAccounts(fetchPage);
  const statusId = useId();
  const found = pages.items.filter((x) => x.id !== account.id);
  const options = value && !found.some((x) => x.id === value.id) ? [value, ...found] : found;
  const network = account.network === 'other' ? t('audits.actions.anotherNetwork') : networkName(account.network, locale);
  const option = (x: ScopeAccount) => (
    <option key={x.id} value={x.id}>
      {accountLabel(x, locale)}
    </option>
  );
  const same = options.filter((x) => x.network === account.network);
  const other = options.filter((x) => x.network !== account.network);
  return (
    <div className="audit-merge-target">
      <input
        type="search"
        aria-label={t('audits.actions.targetSearch', { account: label })}
        placeholder={t('audits.actions.targetPlaceholder')}
        aria-describedby={statusId}
        value={pages.search}
        onChange={(e) => pages.setSearch(e.target.value)}
        onKeyDown={pages.searchKey}
      />
      <select
        aria-label={t('audits.actions.mergeInto', { account: label })}
        aria-describedby={statusId}
        value={value?.id ?? ''}
        onChange={(e) => onChange(options.find((x) => x.id === Number(e.target.value)) ?? null)}
      >
        <option value="">{t('audits.actions.noTarget')}</option>
        {/* An account is merged into another on its own network, so those come first. */}
        {same.length > 0 && <optgroup label={t('audits.actions.sameNetwork', { network })}>{same.map(option)}</optgroup>}
        {other.length > 0 && <optgroup label={t('audits.actions.otherNetworks')}>{other.map(option)}</optgroup>}
      </select>
      <small id={statusId} className="muted">
        {pageStatus(t, pages)}
      </small>
      {pages.items.length < pages.total && (
        <button type="button" disabled={pages.loading} onClick={pages.more}>
          {t('audits.actions.more', { count: pages.next })}
        </button>
      )}
    </div>
  );
}
