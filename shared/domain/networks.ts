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

/**
 * What each network takes as a post's photos and videos, as its own help or
 * API documentation states it for a standard post. `required`: the post needs
 * at least one (`any`) or a video. `max`: attachments in all. `maxImages`,
 * `maxVideos`: of each kind. `videoAlone`: a video cannot share the post with
 * photos. Networks not listed take what Pregonero's own limit of 10 allows.
 */
export interface MediaRule {
  required?: 'any' | 'video';
  max?: number;
  maxImages?: number;
  maxVideos?: number;
  videoAlone?: boolean;
}

export const mediaRules: Partial<Record<Network, MediaRule>> = {
  // Instagram Graph API, content publishing: a feed post is an image, a video (reel) or a carousel of up to 10.
  instagram: { required: 'any', max: 10 },
  // X Help Center, "How to post photos or GIFs" and "How to share videos": up to 4 photos, or one GIF or video.
  x: { maxImages: 4, maxVideos: 1, videoAlone: true },
  // TikTok for Developers, Content Posting API (direct post): a post publishes one video.
  tiktok: { required: 'video', maxVideos: 1, videoAlone: true },
  // YouTube Data API, videos.insert: an upload is one video.
  youtube: { required: 'video', maxVideos: 1, videoAlone: true },
  // Bluesky lexicon app.bsky.embed.images (at most 4) and app.bsky.embed.video (one): a post embeds one or the other.
  bluesky: { maxImages: 4, maxVideos: 1, videoAlone: true },
  // Mastodon API, POST /api/v1/statuses: media_ids up to 4, and a video or audio cannot be attached with other media.
  mastodon: { max: 4, maxVideos: 1, videoAlone: true },
  // LinkedIn Posts API: a post carries one video, or images (a multi-image post), not both.
  linkedin: { maxVideos: 1, videoAlone: true },
  // Flickr API, upload: each item is a photo or a video; a post without one has nothing to publish.
  flickr: { required: 'any' },
};

export type MediaProblem =
  | { code: 'needsMedia' | 'needsVideo' | 'oneVideo'; network: Network }
  | { code: 'tooMany' | 'tooManyImages'; network: Network; count: number };

/** Where a post's attachments break a network's rule; `video` says which are videos, in order. */
export function checkMedia(network: string, media: readonly { video: boolean }[]): MediaProblem[] {
  const net = (networks as readonly string[]).includes(network) ? (network as Network) : 'other';
  const rule = mediaRules[net];
  if (!rule) return [];
  const videos = media.filter((m) => m.video).length;
  const images = media.length - videos;
  const out: MediaProblem[] = [];
  if (rule.required === 'any' && media.length === 0) out.push({ code: 'needsMedia', network: net });
  if (rule.required === 'video' && videos === 0) out.push({ code: 'needsVideo', network: net });
  if (rule.max !== undefined && media.length > rule.max) out.push({ code: 'tooMany', network: net, count: rule.max });
  if (rule.maxImages !== undefined && images > rule.maxImages) out.push({ code: 'tooManyImages', network: net, count: rule.maxImages });
  if ((rule.videoAlone && videos > 0 && images > 0) || (rule.maxVideos !== undefined && videos > rule.maxVideos)) out.push({ code: 'oneVideo', network: net });
  return out;
}
