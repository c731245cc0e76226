import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Network, networkName, networks } from '../../shared/domain/networks';
import { api } from '../api';
import { useLocale } from './locale';

/** "Any" as a select value: an empty string would read as "accounts with no department". */
const ANY = '\u0000';

/**
 * The department filter of every account list (the accounts page, an audit's
 * start): the departments in use, each once however its accounts spell it.
 * `undefined` is any department.
 */
export function DepartmentSelect({ departments, value, onChange, controls }: { departments: readonly string[]; value: string | undefined; onChange(next: string | undefined): void; controls?: string }) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{t('picker.department')}</span>{' '}
      <select value={value ?? ANY} aria-controls={controls} onChange={(e) => onChange(e.target.value === ANY ? undefined : e.target.value)}>
        <option value={ANY}>{t('picker.anyDepartment')}</option>
        {departments.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The network filter of every account list; `undefined` is any network. */
export function NetworkSelect({ value, onChange, controls }: { value: Network | undefined; onChange(next: Network | undefined): void; controls?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <label>
      <span>{t('picker.network')}</span>{' '}
      <select value={value ?? ''} aria-controls={controls} onChange={(e) => onChange((e.target.value || undefined) as Network | undefined)}>
        <option value="">{t('picker.anyNetwork')}</option>
        {networks.map((n) => (
          <option key={n} value={n}>
            {networkName(n, locale)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The departments in use, read once when a dialog opens (the accounts page keeps its own list fresh after each write). */
export function useDepartments(): string[] {
  const [list, setList] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    api('accounts.departments', {})
      .then((names) => live && setList(names))
      .catch(() => live && setList([]));
    return () => {
      live = false;
    };
  }, []);
  return list;
}
