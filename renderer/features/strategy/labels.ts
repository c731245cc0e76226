import type { TFunction } from 'i18next';
import type { Target } from '../../../shared/features/strategy/contract';
import { type Lookup, targetGoal, targetValue } from '../../../shared/features/strategy/labels';
import type { Locale } from '../../../shared/ipc/schemas';

export const goalText = (t: TFunction, target: Pick<Target, 'kind' | 'value' | 'dueOn'>, locale: Locale): string => targetGoal(t as unknown as Lookup, target, locale);

export const valueText = (t: TFunction, target: Pick<Target, 'kind'>, value: number): string => targetValue(t as unknown as Lookup, target, value);
