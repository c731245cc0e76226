import { describe, expect, it } from 'vitest';
import { commonSpellings, departmentKey } from './departments';

describe('departmentKey', () => {
  it('folds case, accents and spaces, the same on every call', () => {
    for (const spelling of ['Cultura', 'cultura', 'Cultúra ', '  CULTÚRA']) expect(departmentKey(spelling), spelling).toBe('cultura');
    expect(departmentKey('Policía  Local ')).toBe('policia local');
    expect(departmentKey('Policía  Local ')).toBe('policia local');
    expect(departmentKey('Educación')).not.toBe(departmentKey('Educacion y Cultura'));
  });

  it('stays right past the spellings it keeps: thousands of different names, then the first again', () => {
    for (let i = 0; i < 5000; i++) expect(departmentKey(`Área ${i}`)).toBe(`area ${i}`);
    expect(departmentKey('Área 0')).toBe('area 0');
  });

  it('shows each department as most of its accounts spell it', () => {
    expect(commonSpellings(['Cultura', 'cultura', 'Cultura ', 'Cultúra', 'Deportes'])).toEqual(
      new Map([
        ['cultura', 'Cultura'],
        ['deportes', 'Deportes'],
      ]),
    );
  });
});
