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
});
