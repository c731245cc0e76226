import path from 'node:path';
import type { Locale } from '../../shared/ipc/schemas';
import { CSP, CSP_META, isSafeExternalUrl } from '../../shared/security/csp';

/**
 * The shell's security decisions as pure functions (no Electron at run time),
 * so unit tests can prove them: what the window may navigate to, which frame
 * may call the main process, which links go to the operating system, and
 * which file a request to app:// may read.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'pregonero';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** A URL of our own app:// origin (no user info, no port: those are not ours). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The window may only move within the app itself; everything else is refused. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

export interface SenderFacts {
  /** The frame that sent the message still exists. */
  hasFrame: boolean;
  /** It belongs to the app's main window (not the PDF window, not any other). */
  isAppWindow: boolean;
  /** It is that window's top frame, not an iframe. */
  isMainFrame: boolean;
  /** The frame's current URL. */
  url: string;
}

/** Only the top frame of our own window, showing our own app:// page, may call the router. */
export function isTrustedSender(sender: SenderFacts): boolean {
  return sender.hasFrame && sender.isAppWindow && sender.isMainFrame && isAppUrl(sender.url);
}

/**
 * A window.open or a target=_blank link: never a new app window. A safe web
 * or mail link goes to the system browser or mail client (returned here);
 * anything else (file:, javascript:, custom schemes, our own app://) is dropped.
 */
export function externalTarget(url: string): string | null {
  if (isAppUrl(url)) return null;
  return isSafeExternalUrl(url) ? url : null;
}

/**
 * A navigation of the app window: within the app it proceeds; a safe web or
 * mail link the user clicked opens outside (the window itself never leaves
 * the app); anything else is simply refused.
 */
export function navigationDecision(url: string): 'allow' | 'external' | 'deny' {
  if (isNavigationAllowed(url)) return 'allow';
  return externalTarget(url) ? 'external' : 'deny';
}

/**
 * Downloads: only files the app itself made in the page (a blob: of our own
 * origin, e.g. a CSV built in the renderer). Nothing is fetched from elsewhere.
 */
export function isDownloadAllowed(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

/**
 * Permission requests (camera, microphone, notifications, geolocation,
 * clipboard read...) are refused. The one exception: our own page may write
 * plain text to the clipboard, so "Copy" buttons work (a holding statement
 * copied into a network's app during a crisis). It can never read it.
 */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every app:// response: the one CSP and no content sniffing. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(file),
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export type AssetRequest =
  | { kind: 'file'; file: string }
  /** Not found as a file: a client-side route, answer with index.html. */
  | { kind: 'fallback'; file: string }
  | { kind: 'refused' };

/**
 * Which file under `root` an app:// URL names. Refuses another host, encoded
 * or literal `..` escaping the root, NUL bytes, backslashes and bad escapes.
 * Paths without an extension fall back to index.html (client-side routes).
 */
export function resolveAsset(root: string, url: string): AssetRequest {
  if (!isAppUrl(url)) return { kind: 'refused' };
  const base = path.resolve(root);
  const index = path.join(base, 'index.html');
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { kind: 'refused' };
  }
  if (rel.includes('\0') || rel.includes('\\')) return { kind: 'refused' };
  const segments = rel.split('/');
  if (segments.some((s) => s === '..')) return { kind: 'refused' };
  const file = path.resolve(base, `.${path.posix.normalize(rel)}`);
  if (file !== base && !file.startsWith(base + path.sep)) return { kind: 'refused' };
  if (file === base || rel.endsWith('/')) return { kind: 'fallback', file: index };
  if (path.extname(file) === '') return { kind: 'fallback', file: index };
  return { kind: 'file', file };
}

/**
 * The PDF window loads the export's HTML with the same CSP in a meta tag,
 * so even with script off nothing remote can load while it prints.
 */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META.replace(/"/g, '&quot;')}">`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (m) => `${m}${meta}`);
  return `<!doctype html><html><head><meta charset="utf-8">${meta}</head><body>${html}</body></html>`;
}

/** The app's language the first time it runs: the first Spanish-speaking or English system language, else Spanish. */
export function localeFromSystem(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lang = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    // Spain's co-official languages: a Spanish interface is the natural second choice.
    if (['es', 'ca', 'gl', 'eu', 'ast', 'an', 'oc'].includes(lang)) return 'es';
    if (lang === 'en') return 'en';
  }
  return 'es';
}
