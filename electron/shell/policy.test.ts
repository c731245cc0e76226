import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_META } from '../../shared/security/csp';
import {
  APP_START_URL,
  externalTarget,
  isAppUrl,
  isDownloadAllowed,
  isPermissionGranted,
  isTrustedSender,
  localeFromSystem,
  mimeTypeFor,
  navigationDecision,
  resolveAsset,
  responseHeaders,
  withCspMeta,
} from './policy';

describe('app:// origin', () => {
  it.each([
    [APP_START_URL, true],
    ['app://pregonero/assets/index-abc.js', true],
    ['app://pregonero/#token=x', true],
    ['app://other/index.html', false],
    ['app://pregonero:8080/index.html', false],
    ['app://user@pregonero/index.html', false],
    ['file:///home/u/out/renderer/index.html', false],
    ['https://pregonero/index.html', false],
    ['http://127.0.0.1:5174/', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('navigation', () => {
  it.each([
    [APP_START_URL, 'allow'],
    ['app://pregonero/calendar', 'allow'],
    ['https://www.ayuntamiento.es/agenda', 'external'],
    ['mailto:prensa@ayto.es', 'external'],
    ['http://example.org/page', 'external'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['app://evil/index.html', 'deny'],
    ['chrome://settings', 'deny'],
    ['devtools://devtools/bundled/inspector.html', 'deny'],
    ['smb://server/share', 'deny'],
    ['tel:+34985848005', 'external'],
    ['tel:985%2084%2080%2005', 'external'],
    ['tel:*21*600123456%23', 'deny'],
    ['mailto:%E0@x', 'deny'],
    ['mailto:prensa@ayto.es?attach=/etc/passwd', 'deny'],
    ['https://%E0%A4%A', 'deny'],
  ] as const)('%s -> %s', (url, expected) => {
    expect(navigationDecision(url)).toBe(expected);
  });
});

describe('window.open and target=_blank', () => {
  it('hands only safe web and mail links to the OS', () => {
    expect(externalTarget('https://www.boe.es/')).toBe('https://www.boe.es/');
    expect(externalTarget('mailto:alcaldia@ayto.es')).toBe('mailto:alcaldia@ayto.es');
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'javascript:void(0)', 'ms-settings:', 'app://pregonero/index.html', 'https://u:p@x.org', 'about:blank']) {
      expect(externalTarget(url)).toBeNull();
    }
  });
});

describe('IPC sender', () => {
  const ok = { hasFrame: true, isAppWindow: true, isMainFrame: true, url: APP_START_URL };
  it('trusts the top frame of our window on our page', () => {
    expect(isTrustedSender(ok)).toBe(true);
  });
  it.each([
    ['a destroyed frame', { ...ok, hasFrame: false }],
    ['another window', { ...ok, isAppWindow: false }],
    ['an iframe', { ...ok, isMainFrame: false }],
    ['a page navigated away', { ...ok, url: 'https://evil.example/' }],
    ['a look-alike origin', { ...ok, url: 'app://pregonero.evil/index.html' }],
    ['a data: page', { ...ok, url: 'data:text/html,hi' }],
    ['no URL at all', { ...ok, url: '' }],
  ])('refuses %s', (_name, facts) => {
    expect(isTrustedSender(facts)).toBe(false);
  });
});

describe('permissions and downloads', () => {
  it('grants no permission to anyone', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midi', 'hid', 'serial', 'usb', 'display-capture']) {
      expect(isPermissionGranted(p, APP_START_URL)).toBe(false);
      expect(isPermissionGranted(p, 'https://evil.example/')).toBe(false);
    }
  });
  it('lets only our own page write text to the clipboard (Copy buttons)', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://pregonero')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', APP_START_URL)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'data:text/html,x')).toBe(false);
  });
  it('allows downloads only of files the page itself built', () => {
    expect(isDownloadAllowed('blob:app://pregonero/6f1c-44')).toBe(true);
    expect(isDownloadAllowed('https://evil.example/payload.exe')).toBe(false);
    expect(isDownloadAllowed('blob:https://evil.example/x')).toBe(false);
    expect(isDownloadAllowed('data:application/octet-stream;base64,AAAA')).toBe(false);
  });
});

describe('app:// file serving', () => {
  const root = path.resolve('/opt/pregonero/out/renderer');
  it('serves files under the renderer folder', () => {
    expect(resolveAsset(root, 'app://pregonero/assets/index-1.js')).toEqual({ kind: 'file', file: path.join(root, 'assets', 'index-1.js') });
    expect(resolveAsset(root, 'app://pregonero/index.html')).toEqual({ kind: 'file', file: path.join(root, 'index.html') });
  });
  it('answers index.html for the root and for client-side routes', () => {
    expect(resolveAsset(root, 'app://pregonero/')).toEqual({ kind: 'fallback', file: path.join(root, 'index.html') });
    expect(resolveAsset(root, 'app://pregonero/calendar')).toEqual({ kind: 'fallback', file: path.join(root, 'index.html') });
  });
  it.each([
    'app://pregonero/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://pregonero/assets/..%2f..%2f..%2fsecret.txt',
    'app://pregonero/..%5c..%5cwindows%5cwin.ini',
    'app://pregonero/a%00.js',
    'app://pregonero/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAsset(root, url)).toEqual({ kind: 'refused' });
  });
  // The URL parser folds dot segments (also %2e%2e) before we see the path, so
  // these land inside the root; an encoded slash inside a segment is refused.
  it.each([
    ['/%2e%2e/%2e%2e/etc/passwd', { kind: 'fallback', file: 'index.html' }],
    ['/../x.js', { kind: 'file', file: 'x.js' }],
    ['/a/../../x.js', { kind: 'file', file: 'x.js' }],
    ['/./../x.js', { kind: 'file', file: 'x.js' }],
    ['//x.js', { kind: 'file', file: 'x.js' }],
  ] as const)('keeps %s inside the root', (p, expected) => {
    expect(resolveAsset(root, `app://pregonero${p}`)).toEqual({ kind: expected.kind, file: path.join(root, expected.file) });
  });
  it('refuses an encoded slash that would climb out of the root', () => {
    expect(resolveAsset(root, 'app://pregonero/%2e%2e%2fx.js')).toEqual({ kind: 'refused' });
  });
  it('sends the right MIME types and the CSP', () => {
    expect(mimeTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/x.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream');
    const headers = responseHeaders('index.html');
    expect(headers['Content-Security-Policy']).toBe(CSP);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('PDF document', () => {
  it('carries the CSP inside its head', () => {
    const out = withCspMeta('<!doctype html><html><head><title>Plan</title></head><body>hola</body></html>');
    expect(out).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${CSP_META}"><title>`);
    expect(out).not.toContain('frame-ancestors');
  });
  it('wraps a fragment in a full document with the CSP', () => {
    const out = withCspMeta('<p>hola</p>');
    expect(out).toContain('Content-Security-Policy');
    expect(out).toContain('<body><p>hola</p></body>');
  });
});

describe('first language', () => {
  it.each([
    [['es-ES'], 'es'],
    [['ca-ES', 'en-US'], 'es'],
    [['en-GB', 'es-ES'], 'en'],
    [['de-DE', 'en-US'], 'en'],
    [['fr-FR'], 'es'],
    [[], 'es'],
  ] as const)('%j -> %s', (langs, expected) => {
    expect(localeFromSystem(langs)).toBe(expected);
  });
});
