import { describe, expect, it } from 'vitest';
import { knownAnswer } from './known';

const facts = { ownerName: 'Ana Ruiz', ownerTrainedOn: '2026-03-01', twoFactor: 'yes' as const, brandingCheckedOn: '2026-01-01' };

describe('answers a health check takes from the inventory', () => {
  it('takes two-factor as recorded, unless never checked', () => {
    expect(['yes', 'no', 'unknown'].map((twoFactor) => knownAnswer('twoFactor', { ...facts, twoFactor: twoFactor as 'yes' }, '2027-01-01'))).toEqual(['yes', 'no', null]);
  });

  it('counts branding as up to date when checked 12 months back or later, and says nothing otherwise', () => {
    expect(knownAnswer('branding', { ...facts, brandingCheckedOn: '2026-01-01' }, '2027-01-01')).toBe('yes');
    expect(knownAnswer('branding', { ...facts, brandingCheckedOn: '2025-12-31' }, '2027-01-01')).toBeNull();
    expect(knownAnswer('branding', { ...facts, brandingCheckedOn: null }, '2027-01-01')).toBeNull();
  });

  it('takes the owner as trained only when named and trained', () => {
    expect(knownAnswer('ownerTrained', facts, '2027-01-01')).toBe('yes');
    expect(knownAnswer('ownerTrained', { ...facts, ownerTrainedOn: null }, '2027-01-01')).toBe('no');
    expect(knownAnswer('ownerTrained', { ...facts, ownerName: ' ' }, '2027-01-01')).toBe('no');
  });

  it('knows nothing about the other items', () => {
    expect(['cadence', 'serviceHours', 'bioLink', 'custom'].map((k) => knownAnswer(k, facts, '2027-01-01'))).toEqual([null, null, null, null]);
  });
});
