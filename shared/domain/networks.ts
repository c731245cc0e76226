import { common as en } from '../i18n/en/common';
import { common as es } from '../i18n/es/common';
import type { Locale } from '../ipc/schemas';
/**
 * The social networks Pregonero knows, and how each counts a post's length.
 * One place for limits: the calendar editor, crisis statements and exports all
 * use it.
 */
export const networks = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'linkedin',
  'threads',
  'bluesky',
  'mastodon',
  'whatsapp',
  'telegram',
  'flickr',
  'other',
] as const;
export type Network = (typeof networks)[number];

const brandNames: Record<Exclude<Network, 'other'>, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  flickr: 'Flickr',
};

/** A network as a reader sees it: brands keep their own names; "other" is said in the reader's language. */
export function networkName(network: string, locale: Locale): string {
  if (network === 'other') return (locale === 'en' ? en : es).app.otherNetwork;
  return brandNames[network as Exclude<Network, 'other'>] ?? network;
}

/** "Facebook @alcaldia": how the calendar names an account in a line, whether or not the handle was saved with its @. */
export function networkHandle(network: string, handle: string, locale: Locale): string {
  return `${networkName(network, locale)} @${handle.replace(/^@+/u, '')}`;
}

/**
 * An account as lists and printed plans name it: its display name, then the
 * network and handle, since one office often has two accounts with the same
 * name on one network ("Alcaldía (Facebook · alcaldia2)").
 */
export function accountName(a: { network: string; handle: string; displayName: string }, locale: Locale): string {
  const network = networkName(a.network, locale);
  return `${a.displayName || a.handle} (${network}${a.displayName && a.handle ? ` · ${a.handle}` : ''})`;
}

interface LengthRule {
  /** Maximum characters of a post, or null when the network sets no practical limit. */
  limit: number | null;
  /** Networks that shorten links count every URL as this many characters. */
  linkLength?: number;
}

/** Post text limits as each network documents them for a standard account. */
export const lengthRules: Record<Network, LengthRule> = {
  x: { limit: 280, linkLength: 23 },
  mastodon: { limit: 500, linkLength: 23 },
  bluesky: { limit: 300 },
  threads: { limit: 500 },
  instagram: { limit: 2200 },
  tiktok: { limit: 2200 },
  linkedin: { limit: 3000 },
  youtube: { limit: 5000 },
  facebook: { limit: 63206 },
  telegram: { limit: 4096 },
  whatsapp: { limit: 4096 },
  flickr: { limit: null },
  other: { limit: null },
};

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/giu;
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** Characters as people see them: an emoji or an accented letter is one. */
export function graphemeLength(text: string): number {
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

export interface LengthCheck {
  network: Network;
  count: number;
  limit: number | null;
  over: boolean;
  /** Characters left (negative when over); null without a limit. */
  remaining: number | null;
}

/** Count a text the way the network does (X and Mastodon count any link as 23). */
export function checkLength(text: string, network: Network): LengthCheck {
  const rule = lengthRules[network];
  let count: number;
  if (rule.linkLength) {
    const links = text.match(URL_RE) ?? [];
    count = graphemeLength(text.replace(URL_RE, '')) + links.length * rule.linkLength;
  } else {
    count = graphemeLength(text);
  }
  const remaining = rule.limit === null ? null : rule.limit - count;
  return { network, count, limit: rule.limit, over: remaining !== null && remaining < 0, remaining };
}
