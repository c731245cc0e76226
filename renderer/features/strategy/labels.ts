import type { TFunction } from 'i18next';
import type { Target } from '../../../shared/features/strategy/contract';
import { lowerIsBetter } from '../../../shared/features/strategy/targets';
import { formatDay } from '../../../shared/i18n/dates';
import type { Locale } from '../../../shared/ipc/schemas';

/** "At most 20 official profiles by 30 Jun 2027": what the target asks, in a line. */
export function goalText(t: TFunction, target: Pick<Target, 'kind' | 'value' | 'dueOn'>, locale: Locale): string {
  const goal =
    target.kind === 'max_profiles'
      ? t('strategy.targets.goal.max_profiles', { count: target.value })
      : t(`strategy.targets.goal.${target.kind}`, { value: target.value });
  return `${goal} ${t('strategy.targets.due', { day: formatDay(target.dueOn, 'd MMM yyyy', locale) })}`;
}

/** A measured value in the target's unit: "23 profiles" or "95 %". */
export function valueText(t: TFunction, target: Pick<Target, 'kind'>, value: number): string {
  return lowerIsBetter(target.kind) ? t('strategy.targets.nowProfiles', { count: value }) : t('strategy.targets.nowPct', { value });
}
