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

/**
 * The policy every document the app writes (approval PDF, week plan, crisis
 * card, incident report) declares in a meta tag: nothing loads, no script
 * runs, only the document's own inline style applies, and images only from
 * data: URLs inside the document (the thumbnails of a plan's photos). It holds for a saved
 * HTML file opened in any browser too.
 */
export const DOCUMENT_CSP_META = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

const EMAIL = /^[^\s@,;<>"\p{Cc}]+@[^\s@,;<>"\p{Cc}]+$/u;
/** The only mailto: fields a link may fill: anything else (attach=, bcc=, custom headers) is refused. */
const MAILTO_FIELDS = new Set(['to', 'cc', 'subject', 'body']);
/** A phone number: an optional leading +, digits and spaces (at most 32 characters). */
const PHONE = /^\+?[0-9][0-9 ]{1,30}$/;

/** decodeURIComponent that answers null for a broken % escape instead of throwing. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const addresses = (list: string): boolean => list.split(',').every((a) => EMAIL.test(a.trim()));

function isSafeMailto(parsed: URL): boolean {
  const path = decoded(parsed.pathname);
  if (path === null || !addresses(path)) return false;
  for (const [key, value] of parsed.searchParams) {
    const field = key.toLowerCase();
    if (!MAILTO_FIELDS.has(field)) return false;
    if ((field === 'to' || field === 'cc') && !addresses(value)) return false;
  }
  // searchParams forgives broken escapes; the mail client might not.
  return decoded(parsed.search) !== null;
}

/**
 * Links the app may hand to the operating system: http(s) web pages, mail
 * (addresses plus to, cc, subject and body) and phone numbers. It never
 * throws, whatever the text: it is called before a navigation is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return isSafeMailto(parsed);
  if (parsed.protocol === 'tel:') {
    const number = decoded(parsed.pathname);
    return parsed.search === '' && parsed.hash === '' && number !== null && PHONE.test(number);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0;
}

/** The tel: link for a phone number as people write it ("985 84 80 05", "+34 (985) 84-80-05"), or null when it has no digits. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 2) return null;
  const href = `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
  return isSafeExternalUrl(href) ? href : null;
}
