import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, groupPairs, normalizeHandle, similarHandles } from './handles';

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
});
