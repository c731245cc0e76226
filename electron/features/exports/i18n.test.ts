import { describe, expect, it } from 'vitest';
import { translator } from './i18n';

describe('the documents’ translator', () => {
  it('picks the singular or the plural by the count, as the screens do', () => {
    const es = translator('es');
    const en = translator('en');
    expect(es('exports.pdf.more', { count: 1 })).toBe('+1 más');
    expect(es('exports.approval.needsCheck', { count: 1 })).toBe('1 necesita la comprobación previa');
    expect(es('exports.approval.needsCheck', { count: 3 })).toBe('3 necesitan la comprobación previa');
    expect(en('exports.approval.needsCheck', { count: 1 })).toBe('1 needs the pre-publication check');
    expect(en('exports.approval.needsCheck', { count: 0 })).toBe('0 need the pre-publication check');
  });

  it('reads strings without plural forms as before, and names a missing key by itself', () => {
    const es = translator('es');
    expect(es('exports.result.pages', { count: 1 })).toBe('Páginas: 1');
    expect(es('exports.pdf.campaignFilter', { name: 'Navidad' })).toMatch(/Navidad/);
    expect(es('exports.nope')).toBe('exports.nope');
  });

  it('writes numbers as each language does, like the screens: «63.206» in Spanish, «63,206» in English', () => {
    const params = { count: 70000, limit: 63206, network: 'Facebook' };
    expect(translator('es')('exports.skip.too_long', params)).toBe('Demasiado larga para Facebook: 70.000 de 63.206 caracteres.');
    expect(translator('en')('exports.skip.too_long', params)).toBe('Too long for Facebook: 70,000 of 63,206 characters.');
  });
});
