import { useTranslation } from 'react-i18next';
import { networkNames, networks, networkHandle } from '../../../shared/domain/networks';
import { postStatuses, type PostStatus } from '../../../shared/features/calendar/contract';
import { Field } from '../../ui/Field';
import { emptyFilters, useCalendar } from './store';

/** Account, network, campaign and status filters over the calendar. */
export function CalendarFilters() {
  const { t } = useTranslation();
  const { filters, setFilters, accounts, campaigns } = useCalendar();
  const usedNetworks = networks.filter((n) => accounts.some((a) => a.network === n));
  return (
    <fieldset className="calendar-filters">
      <legend>{t('calendar.filters.title')}</legend>
      <Field label={t('calendar.filters.account')}>
        <select value={filters.accountId ?? ''} onChange={(e) => setFilters({ accountId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">{t('calendar.filters.any')}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {networkHandle(a.network, a.handle)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('calendar.filters.network')}>
        <select value={filters.network ?? ''} onChange={(e) => setFilters({ network: e.target.value || null })}>
          <option value="">{t('calendar.filters.any')}</option>
          {(usedNetworks.length ? usedNetworks : networks).map((n) => (
            <option key={n} value={n}>
              {networkNames[n]}
            </option>
          ))}
        </select>
      </Field>
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
      <Field label={t('calendar.filters.status')}>
        <select value={filters.status ?? ''} onChange={(e) => setFilters({ status: (e.target.value || null) as PostStatus | null })}>
          <option value="">{t('calendar.filters.anyStatus')}</option>
          {postStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`calendar.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" onClick={() => setFilters(emptyFilters)}>
        {t('calendar.filters.clear')}
      </button>
    </fieldset>
  );
}
