import { BRANDING_FRESH_MONTHS, isOwnerTrained, monthsBefore } from '../strategy/targets';
import type { AnswerValue } from './scoring';

/** What the inventory records about an account that a health check asks again. */
export interface KnownFacts {
  ownerName: string;
  ownerTrainedOn: string | null;
  twoFactor: 'yes' | 'no' | 'unknown';
  brandingCheckedOn: string | null;
}

/**
 * The answer the inventory already gives for a health-check item, or null
 * when it does not know: two-factor as recorded (unless never checked), the
 * branding as up to date when checked in the last months the strategy counts
 * as fresh, the owner as trained by the same rule as the targets. The run
 * starts from these, and whoever audits can change them.
 */
export function knownAnswer(itemKey: string, a: KnownFacts, today: string): AnswerValue | null {
  switch (itemKey) {
    case 'twoFactor':
      return a.twoFactor === 'unknown' ? null : a.twoFactor;
    case 'branding':
      return a.brandingCheckedOn !== null && a.brandingCheckedOn >= monthsBefore(today, BRANDING_FRESH_MONTHS) ? 'yes' : null;
    case 'ownerTrained':
      return isOwnerTrained(a) ? 'yes' : 'no';
    default:
      return null;
  }
}
