import { useTranslation } from 'react-i18next';
import { type Network, networkHandle, networkName, networks } from '../../../shared/domain/networks';
import { AccountPicker } from '../../ui/AccountPicker';
import { Field } from '../../ui/Field';
import { useLocale } from '../../ui/locale';
import { MultiPick } from './MultiPick';
import { StatusChips } from './StatusChips';
import { emptyFilters, useCalendar } from './store';

/**
 * Search, then account, network and campaign filters on one line, and the
 * status chips (the grid's legend) on the next: the month keeps the window.
 * Accounts, networks and statuses take several values each; the campaign one.
 * Cadence marks and the side panel keep counting every account.
 */
export function CalendarFilters() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, setFilters, accounts, campaigns } = useCalendar();
  const accountRows = accounts.map((a) => ({
    id: a.id,
    network: a.network,
    department: a.department,
    label: a.displayName && a.displayName !== a.handle ? `${networkHandle(a.network, a.handle, locale)} (${a.displayName})` : networkHandle(a.network, a.handle, locale),
  }));
  const usedNetworks = networks.filter((n) => accounts.some((a) => a.network === n));
  // What the calendar is narrowed to, said in words: "2 cuentas, 1 red y 3 estados".
  const active = [
    filters.accountIds.length ? t('calendar.filters.accounts', { count: filters.accountIds.length }) : '',
    filters.networks.length ? t('calendar.filters.networks', { count: filters.networks.length }) : '',
    filters.campaignId !== null ? t('calendar.filters.campaignNamed', { name: campaigns.find((c) => c.id === filters.campaignId)?.name ?? '…' }) : '',
    filters.statuses.length ? t('calendar.filters.statuses', { count: filters.statuses.length }) : '',
  ].filter(Boolean);
  return (
    <fieldset className="calendar-filters">
      <legend className="visually-hidden">{t('calendar.filters.title')}</legend>
      <div className="calendar-filters-row">
        <MultiPick
          label={t('calendar.filters.account')}
          allText={t('calendar.filters.any')}
          clearText={t('picker.clear')}
          options={accountRows.map((a) => ({ value: a.id, label: a.label }))}
          chosen={filters.accountIds}
          onChange={(accountIds) => setFilters({ accountIds })}
          panel={(first) => <AccountPicker legend={t('calendar.filters.account')} accounts={accountRows} chosen={filters.accountIds} onChange={(accountIds) => setFilters({ accountIds })} pinChosen searchRef={first} />}
        />
        <MultiPick
          label={t('calendar.filters.network')}
          allText={t('calendar.filters.any')}
          clearText={t('calendar.filters.clearNetworks')}
          options={(usedNetworks.length ? usedNetworks : networks).map((n) => ({ value: n, label: networkName(n, locale) }))}
          chosen={filters.networks}
          onChange={(list) => setFilters({ networks: list as Network[] })}
        />
        <Field label={t('calendar.filters.campaign')}>
          <select value={filters.campaignId ?? ''} onChange={(e) => setFilters({ campaignId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('calendar.filters.any')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="calendar-filters-clear" aria-label={t('calendar.filters.clear')} onClick={() => setFilters(emptyFilters)}>
          {t('calendar.filters.clearShort')}
        </button>
        <p className="calendar-filters-state" role="status">
          {active.length ? t('calendar.filters.active', { what: new Intl.ListFormat(locale, { type: 'conjunction' }).format(active) }) : t('calendar.filters.none')}
        </p>
      </div>
      <StatusChips />
    </fieldset>
  );
}

