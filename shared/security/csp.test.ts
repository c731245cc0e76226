import { describe, expect, it } from 'vitest';
import { CSP, CSP_META, isSafeExternalUrl } from './csp';

describe('CSP', () => {
  it('allows nothing remote and no inline script', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(CSP).not.toMatch(/https?:/);
    expect(CSP).toContain("object-src 'none'");
  });

  it('keeps frame-ancestors for the header only: a <meta> CSP ignores it and logs an error', () => {
    expect(CSP).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(CSP_META).not.toContain('frame-ancestors');
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.ayuntamiento.es/agenda', true],
    ['http://example.org', true],
    ['mailto:prensa@ayto.es', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['https://user:pw@example.org', false],
    ['mailto:', false],
    ['not a url', false],
    [`https://x.org/${'a'.repeat(3000)}`, false],
  ])('%s -> %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
