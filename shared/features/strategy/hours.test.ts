import { describe, expect, it } from 'vitest';
import { formatServiceHours, parseServiceHours } from './hours';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('service hours as text', () => {
  it('reads the Spanish and English ways a town hall writes them', () => {
    expect(parseServiceHours('L-V 9:00-14:00')).toEqual([{ days: weekdays, from: '09:00', to: '14:00' }]);
    expect(parseServiceHours('Mon-Fri 9:00-14:00')).toEqual([{ days: weekdays, from: '09:00', to: '14:00' }]);
    expect(parseServiceHours('M-F 9-14')).toEqual([{ days: weekdays, from: '09:00', to: '14:00' }]);
    expect(parseServiceHours('lunes a viernes de 9 a 14 h')).toEqual([{ days: weekdays, from: '09:00', to: '14:00' }]);
    expect(parseServiceHours('L, X, V 8.30-15; S 10:00–13:00')).toEqual([
      { days: ['mon', 'wed', 'fri'], from: '08:30', to: '15:00' },
      { days: ['sat'], from: '10:00', to: '13:00' },
    ]);
    expect(parseServiceHours('L-J 9-14 y 16-19')).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu'], from: '09:00', to: '14:00' },
      { days: ['mon', 'tue', 'wed', 'thu'], from: '16:00', to: '19:00' },
    ]);
    expect(parseServiceHours('Sat, Sun 10:00-13:00')).toEqual([{ days: ['sat', 'sun'], from: '10:00', to: '13:00' }]);
    expect(parseServiceHours('V-L 20-23')).toEqual([{ days: ['mon', 'fri', 'sat', 'sun'], from: '20:00', to: '23:00' }]);
    expect(parseServiceHours('24 h')).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' }]);
    expect(parseServiceHours('  ')).toEqual([]);
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const text of ['mañanas', 'L-V', '9-14', 'L-V 14-9', 'L-V 9-25', 'Lun-Vier 9-14', 'L-V 9:75-14', 'cuando se pueda 9-14']) {
      expect(parseServiceHours(text), text).toBeNull();
    }
  });

  it('writes the text back in either language, and reads it again to the same hours', () => {
    const slots = parseServiceHours('L-V 9:00-14:00; S, D 10-13; X 17-19')!;
    expect(formatServiceHours(slots, 'es')).toBe('L-V 9:00-14:00; S, D 10:00-13:00; X 17:00-19:00');
    expect(formatServiceHours(slots, 'en')).toBe('Mon-Fri 9:00-14:00; Sat, Sun 10:00-13:00; Wed 17:00-19:00');
    expect(parseServiceHours(formatServiceHours(slots, 'en'))).toEqual(slots);
    expect(parseServiceHours(formatServiceHours(slots, 'es'))).toEqual(slots);
  });
});
