import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const allZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Madrid', 'Atlantic/Canary', 'UTC'];
  }
};

/** "america/new york" finds America/New_York; accents and case aside. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/]+/gu, ' ');

interface Props {
  /** The zone chosen in the form. */
  value: string;
  /** The zone saved for the office, offered first. */
  office: string;
  error?: string;
  onChange(zone: string): void;
}

/**
 * Some four hundred zones: a search box narrows the list, and the office's
 * zone heads it, so the usual answer is never a long scroll away.
 */
export function TimeZonePicker({ value, office, error, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const zones = useMemo(() => {
    const needle = fold(search.trim());
    // The saved zone may be an alias (UTC, Etc/…) missing from Intl's list; keep it selectable.
    const rest = allZones().filter((z) => z !== office && z !== value);
    const head = [...new Set([office, value])];
    return [...head, ...rest].filter((z) => z === value || needle === '' || fold(z).includes(needle));
  }, [search, office, value]);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={`${id}-search`}>{t('settings.timeZoneSearch')}</label>
      <input id={`${id}-search`} type="search" value={search} aria-controls={id} onChange={(e) => setSearch(e.target.value)} />
      <label htmlFor={id}>{t('settings.timeZone')}</label>
      <select id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)}>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z === office ? t('settings.officeZone', { zone: z }) : z}
          </option>
        ))}
      </select>
      <small className="field-hint" role="status">
        {t('settings.zonesShown', { count: zones.length })}
      </small>
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
