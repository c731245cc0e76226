import type { TFunction } from 'i18next';
import { type Network, networkNames } from '../../../shared/domain/networks';

/** A network's own name (brands are not translated), except "other". */
export const networkLabel = (t: TFunction, n: Network): string => (n === 'other' ? t('accounts.otherNetwork') : networkNames[n]);
