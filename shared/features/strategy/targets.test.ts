import { describe, expect, it } from 'vitest';
import { currentValue, type InventoryAccount, isMet, isOnTrack, lowerIsBetter, monthsBefore, pct } from './targets';

const account = (a: Partial<InventoryAccount> = {}): InventoryAccount => ({
  role: 'medium',
  ownerTrained: false,
  hasServiceHours: false,
  hasResponseTarget: false,
  twoFactor: 'unknown',
  brandingCheckedOn: null,
  ...a,
});

describe('pct', () => {
  it('rounds down, so 100 means every one, and counts nothing to count as 100', () => {
    expect([pct(19, 20), pct(2, 3), pct(1, 3), pct(0, 5), pct(5, 5), pct(0, 0)]).toEqual([95, 66, 33, 0, 100, 100]);
  });
});

describe('monthsBefore', () => {
  it('goes back calendar months, across a year end, clamped to the end of a shorter month', () => {
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-12-01', 12)).toBe('2025-12-01');
    expect(monthsBefore('2026-12-05', 0)).toBe('2026-12-05');
    expect(monthsBefore('2026-10-09', 1)).toBe('2026-09-09');
    expect(monthsBefore('0900-02-03', 12)).toBe('0899-02-03');
  });
});

describe('currentValue', () => {
  const today = '2026-12-01';

  it('counts the profiles', () => {
    expect(currentValue('max_profiles', [account(), account(), account()], today)).toBe(3);
    expect(currentValue('max_profiles', [], today)).toBe(0);
  });

  it('counts the share of accounts whose owner is trained', () => {
    expect(currentValue('trained_owners_pct', [account({ ownerTrained: true }), account({ ownerTrained: true }), account()], today)).toBe(66);
  });

  it('counts, among channels only, those with both service hours and a response target', () => {
    const accounts = [
      account({ role: 'medium', hasServiceHours: true, hasResponseTarget: true }),
      account({ role: 'channel', hasServiceHours: true, hasResponseTarget: true }),
      account({ role: 'both', hasServiceHours: true }),
      account({ role: 'channel', hasResponseTarget: true }),
    ];
    expect(currentValue('channels_with_promises_pct', accounts, today)).toBe(33);
    expect(currentValue('channels_with_promises_pct', [account({ role: 'medium' })], today)).toBe(100);
  });

  it('counts two-factor as on only when it is known to be on', () => {
    expect(currentValue('two_factor_pct', [account({ twoFactor: 'yes' }), account({ twoFactor: 'no' }), account({ twoFactor: 'unknown' })], today)).toBe(33);
  });

  it('counts branding as fresh when checked twelve months back to the day, or later', () => {
    const accounts = [
      account({ brandingCheckedOn: '2025-12-01' }),
      account({ brandingCheckedOn: '2025-11-30' }),
      account({ brandingCheckedOn: null }),
      account({ brandingCheckedOn: '2026-06-01' }),
    ];
    expect(currentValue('branding_fresh_pct', accounts, today)).toBe(50);
  });

  it('finds nothing missing with no accounts', () => {
    expect(['trained_owners_pct', 'two_factor_pct', 'branding_fresh_pct'].map((k) => currentValue(k as never, [], today))).toEqual([100, 100, 100]);
  });
});

describe('isMet', () => {
  it('reads the profile count as "at most" and every percentage as "at least"', () => {
    expect([lowerIsBetter('max_profiles'), lowerIsBetter('two_factor_pct')]).toEqual([true, false]);
    expect([isMet('max_profiles', 20, 20), isMet('max_profiles', 21, 20), isMet('max_profiles', 19, 20)]).toEqual([true, false, true]);
    expect([isMet('two_factor_pct', 80, 80), isMet('two_factor_pct', 79, 80), isMet('two_factor_pct', 81, 80)]).toEqual([true, false, true]);
  });
});

describe('isOnTrack', () => {
  // 30 days from the first point to today, 30 more to the due day.
  const target = { kind: 'two_factor_pct' as const, value: 90, dueOn: '2026-12-31' };
  const today = '2026-12-01';

  it('is on track once met, whatever the history or the day', () => {
    expect(isOnTrack(target, 90, [], '2027-03-01')).toBe(true);
  });

  it('is on track when the pace since the first point, kept up, reaches the value by the due day', () => {
    expect(isOnTrack(target, 70, [{ on: '2026-11-01', value: 50 }], today)).toBe(true);
    expect(isOnTrack(target, 69, [{ on: '2026-11-01', value: 50 }], today)).toBe(false);
  });

  it('measures the pace from the first recorded point, not a later one', () => {
    const history = [
      { on: '2026-11-01', value: 50 },
      { on: '2026-11-20', value: 69 },
    ];
    expect(isOnTrack(target, 70, history, today)).toBe(true);
    expect(isOnTrack(target, 70, history.slice(1), today)).toBe(false);
  });

  it('needs a point before today to measure a pace', () => {
    expect(isOnTrack(target, 70, [], today)).toBe(false);
    expect(isOnTrack(target, 70, [{ on: today, value: 0 }], today)).toBe(false);
  });

  it('is not on track past the due day, even if the numbers would say so', () => {
    const profiles = { kind: 'max_profiles' as const, value: 20, dueOn: '2027-01-01' };
    // Going the wrong way fast: projected past the due day, the negative time left would bring it under 20.
    expect(isOnTrack(profiles, 30, [{ on: '2027-01-01', value: 10 }], '2027-01-02')).toBe(false);
  });

  it('projects a falling profile count towards "at most"', () => {
    const profiles = { kind: 'max_profiles' as const, value: 20, dueOn: '2026-12-31' };
    expect(isOnTrack(profiles, 30, [{ on: '2026-11-01', value: 40 }], today)).toBe(true);
    expect(isOnTrack(profiles, 30, [{ on: '2026-11-01', value: 35 }], today)).toBe(false);
  });
});
