import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, groupPairs, groupSimilar, normalizeHandle, similarHandles, similarNormalized } from './handles';

/** Plain full-matrix Levenshtein, the reference the bounded one must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

describe('handles', () => {
  it('normalises case, accents, @ and separators', () => {
    expect(normalizeHandle('@Turismo_Villanueva')).toBe('turismovillanueva');
    expect(normalizeHandle('Cultura.Peñíscola-Ayto')).toBe('culturapeniscolaayto');
  });

  it('finds near-identical handles and leaves different ones alone', () => {
    expect(similarHandles('@Turismo_Villanueva', 'turismo.villanueva')).toBe(true);
    expect(similarHandles('deportesvilla', 'deportesvilla1')).toBe(true);
    expect(similarHandles('juventudvillanueva', 'juventudvilanueva')).toBe(true);
    expect(similarHandles('cultura', 'turismo')).toBe(false);
    expect(similarHandles('ayto', 'ayto2')).toBe(false);
    expect(similarHandles('policia_local', 'policia_municipal')).toBe(false);
  });

  it('measures edit distance symmetrically, never above the real one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 30);
        return d === editDistance(b, a, 30) && (a === b) === (d === 0) && d <= Math.max(a.length, b.length);
      }),
    );
  });

  it('groups transitively', () => {
    expect(groupPairs([1, 2, 3, 10, 11, 20], (a, b) => Math.abs(a - b) === 1)).toEqual([
      [1, 2, 3],
      [10, 11],
    ]);
  });

  it('bounds the edit distance exactly: the real one when within max, max + 1 beyond', () => {
    const short = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ñ'), maxLength: 14 });
    fc.assert(
      fc.property(short, short, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const real = levenshtein(a, b);
        return editDistance(a, b, max) === (real <= max ? real : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('groups 600+ handles exactly as comparing every pair does', () => {
    const rand = (() => {
      let s = 42;
      return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    })();
    const words = ['turismo', 'cultura', 'deportes', 'juventud', 'policia', 'biblio', 'ayto', 'fiestas'];
    const handles: string[] = [];
    for (let i = 0; i < 700; i++) {
      let h = `${words[Math.floor(rand() * words.length)]}${rand() < 0.5 ? 'villanueva' : ''}${rand() < 0.6 ? Math.floor(rand() * 40) : ''}`;
      if (rand() < 0.2) h = h.slice(0, Math.floor(rand() * h.length)) + h.slice(Math.floor(rand() * h.length) + 1);
      if (rand() < 0.1) h = `@${h.toUpperCase()}`;
      handles.push(rand() < 0.05 ? '' : h);
    }
    const items = handles.map((handle, id) => ({ id, norm: normalizeHandle(handle) }));
    const expected = groupPairs(items, (a, b) => similarNormalized(a.norm, b.norm));
    expect(expected.length).toBeGreaterThan(20);
    expect(groupSimilar(items, (i) => i.norm)).toEqual(expected);
  });
});
