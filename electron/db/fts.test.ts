import { describe, expect, it } from 'vitest';
import { ftsQuery } from './fts';

describe('ftsQuery', () => {
  it('quotes every word as a prefix and drops operators', () => {
    expect(ftsQuery('camión de bomberos')).toBe('"camión"* "de"* "bomberos"*');
    expect(ftsQuery('"a" OR b*')).toBe('"a"* "OR"* "b"*');
    expect(ftsQuery('#FiestasSanRoque @ayto')).toBe('"FiestasSanRoque"* "ayto"*');
    expect(ftsQuery('  --  ')).toBeNull();
  });
});
