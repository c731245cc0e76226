import { describe, expect, it } from 'vitest';
import { checkLength, graphemeLength } from './networks';

describe('checkLength', () => {
  it('counts any link as 23 characters on X', () => {
    const text = `Corte de agua en la calle Mayor https://www.ayuntamiento.es/avisos/2026/11/corte-de-agua-calle-mayor-y-alrededores`;
    expect(checkLength(text, 'x').count).toBe('Corte de agua en la calle Mayor '.length + 23);
  });

  it('counts accents and emoji as one character each', () => {
    expect(graphemeLength('camión 🚒')).toBe(8);
    expect(graphemeLength('👩‍🚒')).toBe(1);
  });

  it('marks a text over the limit', () => {
    const check = checkLength('a'.repeat(281), 'x');
    expect(check).toMatchObject({ count: 281, limit: 280, over: true, remaining: -1 });
    expect(checkLength('a'.repeat(281), 'facebook').over).toBe(false);
    expect(checkLength('a'.repeat(10_000), 'other')).toMatchObject({ limit: null, over: false, remaining: null });
  });
});
