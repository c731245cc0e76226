import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { ByIdInput, ByIdVersionInput, Empty, Id, IsoDay, LongText, Page, ShortText, Version } from '../../ipc/schemas';

/** Types the library takes, each recognised by its first bytes, never by the file's name. */
export const mediaMimes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime'] as const;
export const MediaMime = z.enum(mediaMimes);
export type MediaMime = z.infer<typeof MediaMime>;
/** What a file picker offers: the same types the library takes. */
export const MEDIA_ACCEPT = mediaMimes.join(',');
export const isVideoMime = (mime: string): boolean => mime.startsWith('video/');

/** Largest file accepted: photos up to 30 MB, videos up to 1 GB. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 1024 * 1024 * 1024;
/**
 * How many files of one drop are taken in at once: two keeps a laptop's
 * second core decoding the next photo while the first one's thumbnail is
 * written; more buys little and holds more pictures in memory.
 */
export const UPLOADS_AT_ONCE = 2;
/** Most attachments one post carries (the most any network takes in one post, Instagram's and Threads' carousels). */
export const MAX_POST_MEDIA = 10;

const Tag = z.string().trim().min(1).max(60);

export const MediaItem = z.object({
  id: Id,
  version: Version,
  sha256: z.string(),
  name: z.string(),
  mime: MediaMime,
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  durationMs: z.number().int().nullable(),
  tags: z.array(z.string()),
  hasLocation: z.boolean(),
  /** The description new attachments of this file start with. */
  alt: z.string(),
  createdAt: z.string(),
  /** A page-relative address of the thumbnail; it names neither the data folder nor any token. */
  thumbUrl: z.string(),
  /** The file is no longer in the data folder (removed by hand): show a placeholder. */
  missing: z.boolean(),
  deletedAt: z.string().nullable(),
});
export type MediaItem = z.infer<typeof MediaItem>;

export const MediaUse = z.object({ postId: Id, title: z.string(), scheduledAt: z.string().nullable(), scheduledDay: IsoDay.nullable() });

export const MediaListInput = z.strictObject({
  search: ShortText(200).optional(),
  tags: z.array(Tag).max(20).optional(),
  unusedOnly: z.boolean().optional(),
  ...Page.shape,
});

/** An attachment as a post draft names it. */
export const PostMediaInput = z.strictObject({ mediaId: Id, alt: LongText(1000).default('') });
/** An attachment as a post carries it. */
export const PostMedia = z.object({
  mediaId: Id,
  alt: z.string(),
  mime: MediaMime,
  width: z.number().int(),
  height: z.number().int(),
  thumbUrl: z.string(),
  sha256: z.string(),
  name: z.string(),
});
export type PostMedia = z.infer<typeof PostMedia>;

export const mediaChannels = defineChannels({
  'media.list': {
    input: MediaListInput,
    output: z.object({ items: z.array(MediaItem.extend({ useCount: z.number().int() })), total: z.number().int() }),
  },
  /** One item with the posts that use it. */
  'media.get': { input: ByIdInput, output: MediaItem.extend({ usage: z.array(MediaUse) }) },
  'media.update': {
    input: z.strictObject({ id: Id, version: Version, name: ShortText(200).min(1).optional(), tags: z.array(Tag).max(30).optional(), alt: LongText(1000).optional() }),
    output: MediaItem,
  },
  'media.delete': { input: ByIdVersionInput, output: MediaItem },
  'media.restore': { input: ByIdInput, output: MediaItem },
  /** Every tag the library's files carry, with how many carry it: what the library's tag filter offers. */
  'media.tags': { input: Empty, output: z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int() })) }) },
  /** Items whose file is gone from the data folder. */
  'media.health': { input: Empty, output: z.object({ missing: z.array(MediaItem.pick({ id: true, name: true, sha256: true })) }) },
});

export const mediaErrorCodes = [
  'media.errors.notMedia',
  'media.errors.heic',
  'media.errors.damaged',
  'media.errors.tooLarge',
  'media.errors.tooManyPixels',
  'media.errors.badName',
  'media.errors.empty',
] as const;

