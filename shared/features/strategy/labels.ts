import { formatDay } from '../../i18n/dates';
import type { Locale } from '../../ipc/schemas';
import { lowerIsBetter, type TargetKind } from './targets';

/** Any catalog lookup: i18next's t in the window, the main process's translator for PDFs. Plural forms are picked here by key. */
export type Lookup = (key: string, params?: Record<string, string | number>) => string;

const plural = (n: number) => (n === 1 ? 'one' : 'other');

/** "At most 20 official profiles by 30 Jun 2027": what a target asks, in a line. */
export function targetGoal(t: Lookup, target: { kind: TargetKind; value: number; dueOn: string }, locale: Locale): string {
  const goal =
    target.kind === 'max_profiles'
      ? t(`strategy.targets.goal.max_profiles_${plural(target.value)}`, { count: target.value })
      : t(`strategy.targets.goal.${target.kind}`, { value: target.value });
  return `${goal} ${t('strategy.targets.due', { day: formatDay(target.dueOn, 'd MMM yyyy', locale) })}`;
}

/** A measured value in the target's unit: "23 profiles" or "95 %". */
export function targetValue(t: Lookup, target: { kind: TargetKind }, value: number): string {
  return lowerIsBetter(target.kind) ? t(`strategy.targets.nowProfiles_${plural(value)}`, { count: value }) : t('strategy.targets.nowPct', { value });
}
