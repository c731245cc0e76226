/**
 * The one Content Security Policy, sent by the app:// protocol and the web
 * harness as a header, and written into index.html and every printed document
 * as a <meta>. Nothing remote: no CDN, font or image from the network can
 * load, and only our own bundle runs.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For a <meta> tag: browsers ignore frame-ancestors there, and log an error on every load. */
export const CSP_META = DIRECTIVES.join('; ');

/** The header: the same policy, and no page may frame the app. */
export const CSP = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Links the app may hand to the operating system: https web pages and mail. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(parsed.pathname));
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0;
}
