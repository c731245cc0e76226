import { z } from 'zod';
import { networks } from '../../domain/networks';
import { defineChannels } from '../../ipc/channel';
import { ByIdInput, Empty, Id, IsoDay, IsoInstant, LongText, RequiredText, RowMeta, ShortText, Version } from '../../ipc/schemas';
import { checklistItems } from './rules';
import { MAX_POST_MEDIA, PostMedia, PostMediaInput } from '../media/contract';
import { postStatuses } from './statuses';

export { postStatuses };
export const PostStatus = z.enum(postStatuses);
export type PostStatus = z.infer<typeof PostStatus>;
export const Network = z.enum(networks);

export const ChecklistItem = z.enum(checklistItems);
export const Checklist = z.partialRecord(ChecklistItem, z.boolean());
export type Checklist = z.infer<typeof Checklist>;

const Hashtag = z.string().trim().min(1).max(100).transform((s) => s.replace(/^#+/, '')).pipe(z.string().min(1).regex(/^[\p{L}\p{N}_]+$/u));
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const PostTargetInput = z.strictObject({ accountId: Id, text: LongText(20_000).nullable().default(null) });

export const PostDraft = z.strictObject({
  id: Id.optional(),
  version: Version.optional(),
  title: RequiredText(200),
  body: LongText(20_000).default(''),
  scheduledAt: IsoInstant.nullable().default(null),
  scheduledDay: IsoDay.nullable().default(null),
  status: PostStatus.default('draft'),
  campaignId: Id.nullable().default(null),
  link: ShortText(2000).default(''),
  hashtags: z.array(Hashtag).max(30).default([]),
  mediaNote: LongText(2000).default(''),
  mediaAlt: LongText(2000).default(''),
  internalNotes: LongText(20_000).default(''),
  checklist: z
    .strictObject({
      wording: z.boolean().optional(),
      links: z.boolean().optional(),
      image: z.boolean().optional(),
      video: z.boolean().optional(),
      tone: z.boolean().optional(),
      sensitive: z.boolean().optional(),
    })
    .default({}),
  targets: z.array(PostTargetInput).max(100).default([]),
  /** Photos and videos from the library, in the order they go out, each with its own alt text. */
  media: z.array(PostMediaInput).max(MAX_POST_MEDIA).default([]),
});

export const PostTarget = z.object({
  accountId: Id,
  network: Network.or(z.string()),
  handle: z.string(),
  displayName: z.string(),
  text: z.string().nullable(),
});

export const Post = z.object({
  ...RowMeta,
  title: z.string(),
  body: z.string(),
  scheduledAt: z.string().nullable(),
  scheduledDay: z.string().nullable(),
  status: PostStatus,
  campaignId: Id.nullable(),
  link: z.string(),
  hashtags: z.array(z.string()),
  mediaNote: z.string(),
  mediaAlt: z.string(),
  internalNotes: z.string(),
  checklist: Checklist,
  approvedVersion: Version.nullable(),
  changedSinceApproved: z.boolean(),
  targets: z.array(PostTarget),
  media: z.array(PostMedia),
});
export type Post = z.infer<typeof Post>;

/** What a calendar event needs: lean, one row per post. */
export const PostEvent = z.object({
  id: Id,
  version: Version,
  title: z.string(),
  scheduledAt: z.string().nullable(),
  scheduledDay: z.string().nullable(),
  status: PostStatus,
  campaignId: Id.nullable(),
  campaignColor: z.string().nullable(),
  changedSinceApproved: z.boolean(),
  targets: z.array(z.object({ accountId: Id, network: z.string(), handle: z.string() })),
  /** The first photo or video's thumbnail, and how many the post carries. */
  thumbUrl: z.string().nullable().default(null),
  mediaCount: z.number().int().default(0),
  /** One of its files is gone from the data folder (removed by hand): the item says so. */
  mediaMissing: z.boolean().default(false),
});
export type PostEvent = z.infer<typeof PostEvent>;

/** An account a range's posts go out on, sent once however many posts name it. */
export const RangeAccount = z.object({ id: Id, network: z.string(), handle: z.string() });
export type RangeAccount = z.infer<typeof RangeAccount>;

/** A post of a range: as PostEvent, its targets named by account id in the order the views list them (network, then handle). */
export const RangePost = PostEvent.omit({ targets: true }).extend({ accountIds: z.array(Id) });
export type RangePost = z.infer<typeof RangePost>;

/**
 * The posts of a range and, once each, the accounts they go out on: a city
 * month is ~1,400 posts over a few hundred accounts, and repeating each
 * account's network and handle on every post made up most of the reply.
 */
export const RangePosts = z.object({ posts: z.array(RangePost), accounts: z.array(RangeAccount) });
export type RangePosts = z.infer<typeof RangePosts>;

export const RangeFilters = z.strictObject({
  from: IsoInstant,
  to: IsoInstant,
  accountIds: z.array(Id).max(1000).optional(),
  networks: z.array(Network).max(20).optional(),
  campaignId: Id.optional(),
  statuses: z.array(PostStatus).max(7).optional(),
});

export const RescheduleInput = z
  .strictObject({ id: Id, version: Version, scheduledAt: IsoInstant.optional(), scheduledDay: IsoDay.optional() })
  .refine((v) => (v.scheduledAt === undefined) !== (v.scheduledDay === undefined), {
    path: ['scheduledAt'],
    params: { i18n: 'calendar.errors.whenRequired' },
  });

export const SearchHit = z.object({
  id: Id,
  title: z.string(),
  status: PostStatus,
  scheduledAt: z.string().nullable(),
  scheduledDay: z.string().nullable(),
  snippet: z.string(),
  /** The post's first photo or video, as on the calendar. */
  thumbUrl: z.string().nullable().default(null),
  /** One of its files is gone from the data folder, as on the calendar. */
  mediaMissing: z.boolean().default(false),
});

export const AccountOption = z.object({
  id: Id,
  network: z.string(),
  handle: z.string(),
  displayName: z.string(),
  /** Where pickers group it; empty when the inventory names none. */
  department: z.string(),
  role: z.string(),
  status: z.string(),
  postsPerWeekTarget: z.number().int(),
});
export type AccountOption = z.infer<typeof AccountOption>;

export const Campaign = z.object({
  ...RowMeta,
  name: z.string(),
  color: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  notes: z.string(),
  accountIds: z.array(Id),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignDraft = z.strictObject({
  id: Id.optional(),
  version: Version.optional(),
  name: RequiredText(120),
  color: Color.default('#1f5fa8'),
  startsOn: IsoDay.nullable().default(null),
  endsOn: IsoDay.nullable().default(null),
  notes: LongText(5000).default(''),
  accountIds: z.array(Id).max(1000).default([]),
});

export const HashtagSet = z.object({ ...RowMeta, name: z.string(), tags: z.array(z.string()) });
export type HashtagSet = z.infer<typeof HashtagSet>;
export const HashtagSetDraft = z.strictObject({
  id: Id.optional(),
  version: Version.optional(),
  name: RequiredText(120),
  tags: z.array(Hashtag).min(1).max(60),
});

export const SpecialDayKind = z.enum(['international', 'awareness', 'holiday', 'regional', 'celebration', 'local']);
export const SpecialDay = z.object({
  /** `builtin:<key>` for the shipped data set, `local:<id>` for the officer's own. */
  key: z.string(),
  localId: Id.nullable(),
  version: Version.nullable(),
  day: IsoDay,
  kind: SpecialDayKind,
  name: z.object({ es: z.string(), en: z.string() }),
  recurring: z.boolean(),
  notes: z.string(),
});
export type SpecialDay = z.infer<typeof SpecialDay>;
export const SpecialDayDraft = z.strictObject({
  id: Id.optional(),
  version: Version.optional(),
  name: RequiredText(160),
  day: IsoDay,
  recurring: z.boolean().default(true),
  notes: LongText(2000).default(''),
});

export const CadenceState = z.enum(['ok', 'below', 'silent']);
export type CadenceState = z.infer<typeof CadenceState>;
export const CadenceWeek = z.object({ week: z.string(), startDay: IsoDay, count: z.number().int(), target: z.number().int(), state: CadenceState });
export const CadenceReport = z.object({
  weeks: z.array(z.object({ week: z.string(), startDay: IsoDay, endDay: IsoDay })),
  accounts: z.array(z.object({ accountId: Id, network: z.string(), handle: z.string(), displayName: z.string(), target: z.number().int(), weeks: z.array(CadenceWeek) })),
});
export type CadenceReport = z.infer<typeof CadenceReport>;

export const calendarChannels = defineChannels({
  'posts.listRange': { input: RangeFilters, output: RangePosts },
  'posts.get': { input: ByIdInput, output: Post },
  'posts.save': { input: PostDraft, output: Post },
  'posts.reschedule': { input: RescheduleInput, output: PostEvent },
  'posts.delete': { input: z.strictObject({ id: Id, version: Version }), output: z.object({ id: Id }) },
  'posts.restore': { input: ByIdInput, output: Post },
  'posts.duplicate': { input: ByIdInput, output: Post },
  'posts.backlog': { input: Empty, output: z.array(PostEvent) },
  'posts.search': { input: z.strictObject({ q: z.string().max(200) }), output: z.array(SearchHit) },
  'posts.accountOptions': { input: Empty, output: z.array(AccountOption) },
  'campaigns.list': { input: Empty, output: z.array(Campaign) },
  'campaigns.save': { input: CampaignDraft, output: Campaign },
  /** Soft delete; `posts` counts the posts that no longer show it (they keep the link, so a restore brings it back). */
  'campaigns.delete': { input: z.strictObject({ id: Id, version: Version }), output: z.object({ id: Id, posts: z.number().int().nonnegative() }) },
  'campaigns.restore': { input: ByIdInput, output: Campaign },
  'hashtagSets.list': { input: Empty, output: z.array(HashtagSet) },
  'hashtagSets.save': { input: HashtagSetDraft, output: HashtagSet },
  'hashtagSets.delete': { input: z.strictObject({ id: Id, version: Version }), output: z.object({ id: Id }) },
  'hashtagSets.restore': { input: ByIdInput, output: HashtagSet },
  'hashtags.suggest': { input: z.strictObject({ prefix: z.string().max(100) }), output: z.array(z.object({ tag: z.string(), uses: z.number().int() })) },
  'specialDays.listRange': { input: z.strictObject({ from: IsoDay, to: IsoDay }), output: z.array(SpecialDay) },
  'specialDays.save': { input: SpecialDayDraft, output: SpecialDay },
  'specialDays.delete': { input: z.strictObject({ id: Id, version: Version }), output: z.object({ id: Id }) },
  'specialDays.restore': { input: ByIdInput, output: SpecialDay },
  /** The officer's own days as saved (the first day of a recurring one), by month and day. */
  'specialDays.listLocal': { input: Empty, output: z.array(SpecialDay) },
  'cadence.report': { input: z.strictObject({ from: IsoInstant, to: IsoInstant }), output: CadenceReport },
});

export const calendarErrorCodes = [
  'calendar.errors.checklistIncomplete',
  'calendar.errors.tooLong',
  'calendar.errors.whenRequired',
  'calendar.errors.unknownAccount',
  'calendar.errors.rangeTooLong',
  'calendar.errors.dayAndTime',
  'calendar.errors.endBeforeStart',
] as const;

/** Former names of hashtag set channels, still answered for one release (see README). */
export const calendarChannelAliases = {
  'hashtags.sets': 'hashtagSets.list',
  'hashtags.saveSet': 'hashtagSets.save',
} as const;
