import { checkLength, checkMedia, type LengthCheck, type MediaProblem, type Network, networks } from '../../domain/networks';

/** The pre-publication check, in the order the officer goes through it. */
export const checklistItems = ['wording', 'links', 'image', 'video', 'tone', 'sensitive'] as const;
export type ChecklistKey = (typeof checklistItems)[number];

/** Items still unticked; a post can only be `approved` or `published` when this is empty. */
export function checklistMissing(checklist: Partial<Record<ChecklistKey, boolean>>): ChecklistKey[] {
  return checklistItems.filter((k) => checklist[k] !== true);
}

/** Statuses that say a post is fit to go out, or went out: both need the whole check. */
export const checkedStatuses = ['approved', 'published'] as const;

/** Statuses whose texts must fit each network: the post is meant to go out as it is. */
export const lengthCheckedStatuses = ['in_review', 'approved', 'published'] as const;

/** A post as the approval gate weighs it: the networks it goes to, its attachments, and what goes out on each account. */
export interface GateMedia {
  networks: readonly string[];
  items: readonly { mime: string; alt: string }[];
  /** Each account's text as it goes out there (`outgoingTexts`). */
  texts: readonly { network: string; text: string }[];
}

/** A broken media rule as the gate names it: `instagram.needsMedia`, or `altText` for an image without a description. */
export type MediaGateKey = `${Network}.${MediaProblem['code']}` | 'altText';
/** A text over its network's length limit: `x.tooLong`. */
export type TextGateKey = `${Network}.tooLong`;
export type GateMissing = ChecklistKey | MediaGateKey | TextGateKey;

/**
 * Media rules that keep a post from being approved: each network's rule
 * (shared/domain/networks.ts) and, since a public body must publish
 * accessible content, a description on every image.
 */
export function mediaGate(media: Pick<GateMedia, 'networks' | 'items'>): MediaGateKey[] {
  const kinds = media.items.map((m) => ({ video: m.mime.startsWith('video/') }));
  const keys: MediaGateKey[] = [...new Set(media.networks)].flatMap((n) => checkMedia(n, kinds).map((p): MediaGateKey => `${p.network}.${p.code}`));
  if (media.items.some((m) => !m.mime.startsWith('video/') && !m.alt.trim())) keys.push('altText');
  return [...new Set(keys)];
}

export const isTextGateKey = (key: GateMissing): key is TextGateKey => key.endsWith('.tooLong');
export const isMediaGateKey = (key: GateMissing): key is MediaGateKey => !(checklistItems as readonly string[]).includes(key) && !isTextGateKey(key);

/** Networks whose text, as it goes out, is over their length limit. */
export function textGate(texts: GateMedia['texts']): TextGateKey[] {
  const over = texts.map(outgoingLength).filter((c) => c.over);
  return [...new Set(over.map((c): TextGateKey => `${c.network}.tooLong`))];
}

/** Length of a text as it goes out, counted as its network counts it; networks we do not know have no limit. */
export const outgoingLength = (t: GateMedia['texts'][number]): LengthCheck => checkLength(t.text, isNetwork(t.network) ? t.network : 'other');

/** What goes out on each account: its own text when it has one, else the body, with the link and the hashtags. */
export const outgoingTexts = (
  targets: readonly { network: string; text: string | null }[],
  post: { body: string; link: string; hashtags: readonly string[] },
): GateMedia['texts'] => targets.map((t) => ({ network: t.network, text: composeText(t.text?.trim() ? t.text : post.body, post.link, post.hashtags) }));

/**
 * The approval gate, the one rule every path that sets or keeps a status
 * obeys (editor, imports, duplicate, reschedule, a superior's approval):
 * what is still missing before a post may be in this status; none means it
 * may. The media rules hold for `approved` (what a superior signs); a post
 * marked `published` records what already went out. Texts must fit their
 * networks from review on: what goes out is what was checked and signed.
 */
export function checkGate(status: string, checklist: Partial<Record<ChecklistKey, boolean>>, media: GateMedia): GateMissing[] {
  const missing: GateMissing[] = (checkedStatuses as readonly string[]).includes(status) ? checklistMissing(checklist) : [];
  if (status === 'approved') missing.push(...mediaGate(media));
  if ((lengthCheckedStatuses as readonly string[]).includes(status)) missing.push(...textGate(media.texts));
  return missing;
}

/** The text as it goes out on one account: its own text (or the base text), the link and the hashtags. */
export function composeText(text: string, link: string, hashtags: readonly string[]): string {
  const parts = [text.trim()];
  if (link.trim()) parts.push(link.trim());
  if (hashtags.length > 0) parts.push(hashtags.map((h) => `#${h}`).join(' '));
  return parts.filter(Boolean).join('\n\n');
}

export const isNetwork = (n: string): n is Network => (networks as readonly string[]).includes(n);

/** Length of what goes out on one network; networks we do not know have no limit. */
export function lengthFor(network: string, text: string, link: string, hashtags: readonly string[]): LengthCheck {
  return outgoingLength({ network, text: composeText(text, link, hashtags) });
}

/** Accent- and case-insensitive form of a hashtag: "Fiestas_Pilar" and "fiestaspílar" compare by this. */
export const foldTag = (tag: string): string =>
  tag
    .replace(/^#+/, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Hashtags of a post that look like a set's hashtag written differently (accent or case). */
export function misspelledTags(tags: readonly string[], setTags: readonly string[]): { tag: string; expected: string }[] {
  const canonical = new Map<string, string>();
  for (const t of setTags) canonical.set(foldTag(t), t.replace(/^#+/, ''));
  const out: { tag: string; expected: string }[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '');
    const expected = canonical.get(foldTag(tag));
    if (expected !== undefined && expected !== tag) out.push({ tag, expected });
  }
  return out;
}

/**
 * What counts towards an account's weekly cadence. A week that has ended
 * counts what went out (published); the current and later weeks count what
 * is planned to go out. An idea is not a plan yet, and a cancelled or held
 * post is not going out.
 */
export const cadenceEndedStatuses = ['published'] as const;
export const cadencePlannedStatuses = ['draft', 'in_review', 'approved', 'published'] as const;

/** Weekly targets under this read as too few for a living account (a rule of thumb, not a limit). */
export const SUGGESTED_WEEKLY_TARGET = 3;
export const isLowWeeklyTarget = (target: number): boolean => target < SUGGESTED_WEEKLY_TARGET;

export type CadenceState = 'ok' | 'below' | 'silent';
export const cadenceState = (count: number, target: number): CadenceState =>
  count === 0 ? (target > 0 ? 'silent' : 'ok') : count < target ? 'below' : 'ok';
