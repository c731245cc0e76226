import { describe, expect, it } from 'vitest';
import { accountName, checkLength, graphemeLength, networkHandle, networkName } from './networks';

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

describe('network names', () => {
  it('keeps brand names in both languages and says "other" in the reader\'s language', () => {
    expect(networkName('instagram', 'es')).toBe('Instagram');
    expect(networkName('other', 'es')).toBe('Otra red');
    expect(networkName('other', 'en')).toBe('Other network');
    expect(networkHandle('other', '@@radio_villa', 'es')).toBe('Otra red @radio_villa');
    expect(accountName({ network: 'other', handle: 'radio_villa', displayName: 'Radio Villa' }, 'en')).toBe('Radio Villa (Other network · radio_villa)');
  });
});
