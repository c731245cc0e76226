import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/i18n/dates';
import { useLocale } from '../../ui/locale';

interface Props {
  days: string[];
  error?: string;
  onChange(days: string[]): void;
}

/** The dates a channel is closed (holidays, the office's closing days): picked one by one, kept in order. */
export function ClosedDays({ days, error, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState('');
  const add = () => {
    if (draft === '') return;
    onChange([...new Set([...days, draft])].sort());
    setDraft('');
  };
  const label = (d: string) => formatDay(d, locale === 'es' ? "EEEE d 'de' MMMM 'de' yyyy" : 'EEEE d MMMM yyyy', locale);
  return (
    <fieldset className="week-grid">
      <legend>{t('strategy.closed.title')}</legend>
      {days.length === 0 ? (
        <p className="muted">{t('strategy.closed.none')}</p>
      ) : (
        <ul className="closed-days">
          {days.map((d) => (
            <li key={d}>
              {label(d)}{' '}
              <button type="button" aria-label={t('strategy.closed.remove', { day: label(d) })} onClick={() => onChange(days.filter((x) => x !== d))}>
                {t('strategy.closed.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="week-row">
        <label>
          {t('strategy.closed.day')} <input type="date" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="button" onClick={add} disabled={draft === ''}>
          {t('strategy.closed.add')}
        </button>
      </div>
      {error && <small className="field-error">{error}</small>}
    </fieldset>
  );
}
