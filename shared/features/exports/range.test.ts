import { describe, expect, it } from 'vitest';
import { localToInstant, todayIn } from '../../domain/time';
import { rangeFor, stepAnchor } from './range';

describe('export ranges', () => {
  it('gives the week around a day, starting Monday or Sunday', () => {
    expect(rangeFor('week', '2026-11-26', { from: '', to: '' }, 'monday')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(rangeFor('week', '2026-11-26', { from: '', to: '' }, 'sunday')).toEqual({ from: '2026-11-22', to: '2026-11-28' });
  });

  it('gives whole months, leap years included, and steps across years', () => {
    expect(rangeFor('month', '2028-02-10', { from: '', to: '' }, 'monday')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(stepAnchor('month', '2026-12-15', 1)).toBe('2027-01-01');
    expect(stepAnchor('week', '2026-12-29', 1)).toBe('2027-01-05');
  });

  it('reads days and times in the office time zone', () => {
    expect(todayIn('Europe/Madrid', new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(localToInstant('2026-11-23T13:30', 'Europe/Madrid')).toBe('2026-11-23T12:30:00.000Z');
    expect(localToInstant('2026-11-23', 'Europe/Madrid')).toBeNull();
  });
});
