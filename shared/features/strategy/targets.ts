import { dayNumber } from '../../domain/time';
import type { AccountRole, TwoFactor } from '../accounts/contract';
import type { z } from 'zod';

/**
 * The five kinds of strategy target and the rule that computes each from the
 * inventory. Pure: the service feeds it the live accounts, the report and
 * the summary read the same numbers.
 */
export const targetKinds = ['max_profiles', 'trained_owners_pct', 'channels_with_promises_pct', 'two_factor_pct', 'branding_fresh_pct'] as const;
export type TargetKind = (typeof targetKinds)[number];

/** What a rule needs to know about one account that is not closed. */
export interface InventoryAccount {
  role: AccountRole;
  /** The owner is named and has a training record. */
  ownerTrained: boolean;
  hasServiceHours: boolean;
  hasResponseTarget: boolean;
  twoFactor: z.infer<typeof TwoFactor>;
  brandingCheckedOn: string | null;
}

/** The owner is named and has a training recorded (a new owner is untrained until their own is). */
export const isOwnerTrained = (a: { ownerName: string; ownerTrainedOn: string | null }): boolean => a.ownerName.trim() !== '' && a.ownerTrainedOn !== null;

/** Branding counts as fresh when checked this many months back or later. */
export const BRANDING_FRESH_MONTHS = 12;

/** A percentage, rounded down so that 100 means every one (19 of 20 is 95, 2 of 3 is 66). None to count is 100: nothing is missing. */
export function pct(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part * 100) / whole);
}

/** The day `months` calendar months before `day` (`YYYY-MM-DD`), clamped to the month's end (2027-02-28 for 2028-02-29). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const serves = (a: InventoryAccount) => a.role !== 'medium';

/** Where a target stands now, from the accounts that are not closed, on `today` (office day). */
export function currentValue(kind: TargetKind, accounts: InventoryAccount[], today: string): number {
  switch (kind) {
    case 'max_profiles':
      return accounts.length;
    case 'trained_owners_pct':
      return pct(accounts.filter((a) => a.ownerTrained).length, accounts.length);
    case 'channels_with_promises_pct': {
      const channels = accounts.filter(serves);
      return pct(channels.filter((a) => a.hasServiceHours && a.hasResponseTarget).length, channels.length);
    }
    case 'two_factor_pct':
      return pct(accounts.filter((a) => a.twoFactor === 'yes').length, accounts.length);
    case 'branding_fresh_pct': {
      const since = monthsBefore(today, BRANDING_FRESH_MONTHS);
      return pct(accounts.filter((a) => a.brandingCheckedOn !== null && a.brandingCheckedOn >= since).length, accounts.length);
    }
  }
}

/** "At most" for the profile count, "at least" for every percentage. */
export const lowerIsBetter = (kind: TargetKind): boolean => kind === 'max_profiles';

export function isMet(kind: TargetKind, current: number, value: number): boolean {
  return lowerIsBetter(kind) ? current <= value : current >= value;
}


/**
 * On track: met already; or, before the due day, the pace since the first
 * recorded point, kept up until the due day, reaches the value. Past the due
 * day and not met, or with no earlier point to measure a pace from, it is not.
 */
export function isOnTrack(
  target: { kind: TargetKind; value: number; dueOn: string },
  current: number,
  history: { on: string; value: number }[],
  today: string,
): boolean {
  if (isMet(target.kind, current, target.value)) return true;
  if (today > target.dueOn) return false;
  const first = history.find((p) => p.on < today);
  if (!first) return false;
  const elapsed = dayNumber(today) - dayNumber(first.on);
  const left = dayNumber(target.dueOn) - dayNumber(today);
  const projected = current + ((current - first.value) / elapsed) * left;
  return isMet(target.kind, projected, target.value);
}
