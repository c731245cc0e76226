import { describe, expect, it } from 'vitest';
import { CSP, isSafeExternalUrl } from './csp';

describe('CSP', () => {
  it('allows nothing remote and no inline script', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(CSP).not.toMatch(/https?:/);
    expect(CSP).toContain("object-src 'none'");
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
