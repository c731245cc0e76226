import { describe, expect, it } from 'vitest';
import { CSP, CSP_META, isSafeExternalUrl, telHref } from './csp';

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
    // Mail: addresses, and only to, cc, subject and body.
    ['mailto:prensa@ayto.es,alcaldia@ayto.es?cc=secretaria@ayto.es&subject=Pleno%20de%20hoy&body=Hola', true],
    ['mailto:prensa@ayto.es?SUBJECT=Aviso', true],
    ['mailto:prensa@ayto.es?attach=/etc/passwd', false],
    ['mailto:prensa@ayto.es?subject=x&attachment=C:%5Cboot.ini', false],
    ['mailto:prensa@ayto.es?bcc=otro@x.org', false],
    ['mailto:prensa@ayto.es?cc=no-es-un-correo', false],
    ['mailto:prensa@ayto.es?x-header=1', false],
    ['mailto:%E0@x', false],
    ['mailto:prensa@ayto.es?subject=%E0%A4%A', false],
    ['mailto:a@b.es%0ABcc:otro@x.org', false],
    // Phones: digits, a leading + and spaces.
    ['tel:+34985848005', true],
    ['tel:985%2084%2080%2005', true],
    ['tel:+34 985 84 80 05', true],
    ['tel:%E0%A4%A', false],
    ['tel:*21*600123456%23', false],
    ['tel:985848005;phone-context=x', false],
    ['tel:985848005?x=1', false],
    ['tel:', false],
    ['tel:+', false],
    ['tel:9+85', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });

  it('never throws, whatever the text', () => {
    for (const url of ['mailto:%', 'mailto:%E0@x', 'mailto:a@b?subject=%', 'tel:%', 'https://%E0', 'mailto:\u0000@x', `mailto:${'%'.repeat(2000)}`]) {
      expect(() => isSafeExternalUrl(url)).not.toThrow();
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});

describe('telHref', () => {
  it.each([
    ['985 84 80 05', 'tel:985848005'],
    ['+34 (985) 84-80-05', 'tel:+34985848005'],
    ['  600.123.456 ', 'tel:600123456'],
    ['llamar a la centralita', null],
  ])('%s -> %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});
