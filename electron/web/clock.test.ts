import { describe, expect, it } from 'vitest';
import { clockFrom, parseNow } from './clock';

describe('harness clock', () => {
  it('starts at the chosen instant and runs at the real pace', () => {
    let real = Date.parse('2026-12-01T21:00:00Z');
    const clock = clockFrom(new Date('2027-01-01T09:00:00Z'), () => real);
    expect(clock().toISOString()).toBe('2027-01-01T09:00:00.000Z');
    real += 90_000;
    expect(clock().toISOString()).toBe('2027-01-01T09:01:30.000Z');
  });

  it('takes an ISO instant with its offset and refuses anything looser', () => {
    expect(parseNow('2027-03-28T01:30:00+01:00')?.toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(parseNow('2027-01-01T10:00Z')?.toISOString()).toBe('2027-01-01T10:00:00.000Z');
    expect(parseNow('2027-01-01')).toBeUndefined();
    expect(parseNow('2027-01-01T10:00:00')).toBeUndefined();
    expect(parseNow('2027-13-01T10:00:00Z')).toBeUndefined();
    expect(parseNow('mañana')).toBeUndefined();
  });
});
