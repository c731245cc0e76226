import { useTranslation } from 'react-i18next';
import { dayKeys, type DayKey, type ServiceSlot } from '../../../shared/features/strategy/hours';

interface Props {
  slots: ServiceSlot[];
  /** Field errors by path (`serviceHours.0.to`...). */
  errors: Record<string, string | undefined>;
  onChange(slots: ServiceSlot[]): void;
}

/**
 * Service hours as a week grid: each row is a time range and the days it
 * applies to (Mon–Fri 9:00–14:00 is one row with five days ticked).
 */
export function WeekGrid({ slots, errors, onChange }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<ServiceSlot>) => onChange(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const toggle = (i: number, day: DayKey, on: boolean) => {
    const days = on ? [...slots[i]!.days, day] : slots[i]!.days.filter((d) => d !== day);
    update(i, { days: dayKeys.filter((d) => days.includes(d)) });
  };
  const error = errors.serviceHours ?? Object.entries(errors).find(([k]) => k.startsWith('serviceHours.'))?.[1];
  return (
    <fieldset className="week-grid">
      <legend>{t('strategy.hours.title')}</legend>
      {slots.length === 0 && <p className="muted">{t('strategy.hours.none')}</p>}
      {slots.map((slot, i) => (
        <div key={i} className="week-row" role="group" aria-label={t('strategy.hours.range', { n: i + 1 })}>
          {dayKeys.map((d) => (
            <label key={d} className="week-day" title={t(`strategy.hours.days.${d}`)}>
              <input type="checkbox" checked={slot.days.includes(d)} aria-label={t(`strategy.hours.days.${d}`)} onChange={(e) => toggle(i, d, e.target.checked)} />
              <span aria-hidden="true">{t(`strategy.hours.letters.${d}`)}</span>
            </label>
          ))}
          <label>
            {t('strategy.hours.from')} <input type="time" value={slot.from} onChange={(e) => update(i, { from: e.target.value })} />
          </label>
          <label>
            {t('strategy.hours.to')} <input type="time" value={slot.to === '24:00' ? '23:59' : slot.to} onChange={(e) => update(i, { to: e.target.value })} />
          </label>
          <button type="button" aria-label={t('strategy.hours.removeRange', { n: i + 1 })} onClick={() => onChange(slots.filter((_, j) => j !== i))}>
            {t('app.delete')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...slots, { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }])}>
        {t('strategy.hours.add')}
      </button>
      {error && <small className="field-error">{error}</small>}
    </fieldset>
  );
}
