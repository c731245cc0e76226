import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { Id, IsoDay, IsoInstant, LongText, RequiredText, ShortText, Version } from '../../ipc/schemas';
import { dayNumber } from '../../domain/time';

export const Paper = z.enum(['A4', 'Letter']);
export type Paper = z.infer<typeof Paper>;

/** Longest range one export covers: a year and a day. */
export const MAX_RANGE_DAYS = 366;


/** `to` on or after `from`, and at most a year apart. */
const rangeRule = <T extends { from: string; to: string }>(r: T): boolean => {
  const span = dayNumber(r.to) - dayNumber(r.from);
  return span >= 0 && span < MAX_RANGE_DAYS;
};
const rangeIssue = { path: ['to'], params: { i18n: 'exports.errors.badRange' } };

const AccountIds = z.array(Id).max(500);

/** A range of days in the office time zone, both ends included, optionally filtered. */
const rangeShape = {
  from: IsoDay,
  to: IsoDay,
  accountIds: AccountIds.optional(),
  campaignId: Id.optional(),
};
export const RangeFilter = z.strictObject(rangeShape).refine(rangeRule, rangeIssue);
export type RangeFilter = z.output<typeof RangeFilter>;

export const SkipReason = z.enum(['too_long', 'past', 'too_soon', 'no_time', 'not_five_minutes', 'empty', 'cancelled', 'over_limit', 'not_approved']);
export type SkipReason = z.infer<typeof SkipReason>;

/** A post an export left out, and why, so nothing is dropped silently. */
export const Skipped = z.object({
  postId: Id,
  title: z.string(),
  accountId: Id.nullable(),
  reason: SkipReason,
  /** Characters counted and the network's limit, for too_long. */
  count: z.number().int().optional(),
  limit: z.number().int().optional(),
  network: z.string().optional(),
});
export type Skipped = z.infer<typeof Skipped>;

export const PreviewAccount = z.object({ id: Id, network: z.string(), handle: z.string(), displayName: z.string() });

export const PreviewPost = z.object({
  id: Id,
  title: z.string(),
  scheduledAt: z.string().nullable(),
  scheduledDay: z.string().nullable(),
  status: z.string(),
  version: Version,
  approvedVersion: Version.nullable(),
  changedSinceApproved: z.boolean(),
  campaign: z.string().nullable(),
  accounts: z.array(PreviewAccount),
});
export type PreviewPost = z.infer<typeof PreviewPost>;

export const Preview = z.object({
  fingerprint: z.string(),
  posts: z.array(PreviewPost),
  changedSinceApproved: z.number().int(),
});

export const FilterOptions = z.object({
  accounts: z.array(PreviewAccount),
  campaigns: z.array(z.object({ id: Id, name: z.string() })),
});

export const Approval = z.object({
  id: Id,
  from: z.string(),
  to: z.string(),
  accountIds: z.array(Id),
  campaignId: Id.nullable(),
  approver: z.string(),
  role: z.string(),
  comments: z.string(),
  approvedAt: z.string(),
  fingerprint: z.string(),
  postCount: z.number().int(),
  createdAt: z.string(),
});
export type Approval = z.infer<typeof Approval>;

/** A short content fingerprint: 12 hex digits. */
export const Fingerprint = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => /^[0-9a-f]{12}$/.test(s), { params: { i18n: 'exports.errors.badFingerprint' } });

const SavedPath = z.string().nullable();

export const exportsChannels = defineChannels({
  /** Accounts and campaigns to filter by. */
  'exports.filters': { input: z.strictObject({}), output: FilterOptions },
  /** What an export of this range would hold, with its fingerprint and "changed since approved" marks. */
  'exports.preview': { input: RangeFilter, output: Preview },
  'exports.approvalPdf': {
    input: z.strictObject({ ...rangeShape, paper: Paper.optional() }).refine(rangeRule, rangeIssue),
    output: z.object({ path: SavedPath, pages: z.number().int(), fingerprint: z.string() }),
  },
  /**
   * One landscape page: the week as the calendar shows it. `from` is any day of the week.
   * It carries the fingerprint and a sign-off block: approvals.record with the week's `from`
   * and `to` (returned here) and that fingerprint approves it like the approval PDF.
   */
  'exports.weekPlanPdf': {
    input: z.strictObject({ from: IsoDay, accountIds: AccountIds.optional(), campaignId: Id.optional(), paper: Paper.optional() }),
    output: z.object({ path: SavedPath, pages: z.number().int(), fingerprint: z.string(), from: IsoDay, to: IsoDay }),
  },
  'exports.ics': {
    input: RangeFilter,
    output: z.object({ path: SavedPath, events: z.number().int(), skipped: z.array(Skipped) }),
  },
  'exports.hootsuiteCsv': {
    input: z.strictObject({ from: IsoDay, to: IsoDay, accountId: Id, campaignId: Id.optional() }).refine(rangeRule, rangeIssue),
    output: z.object({ path: SavedPath, rows: z.number().int(), skipped: z.array(Skipped) }),
  },
  'exports.planCsv': {
    input: z
      .strictObject({ ...rangeShape, delimiter: z.enum([',', ';']).default(';'), bom: z.boolean().default(true) })
      .refine(rangeRule, rangeIssue),
    output: z.object({ path: SavedPath, rows: z.number().int() }),
  },
  /** One ZIP for a range: a folder per day, per post a text per account and its media in order (no GPS), and an index.html. */
  'exports.publishingPack': {
    input: z.strictObject({ from: IsoDay, to: IsoDay, accountIds: AccountIds.optional() }).refine(rangeRule, rangeIssue),
    output: z.object({ path: SavedPath, posts: z.number().int(), files: z.number().int() }),
  },
  'approvals.record': {
    input: z
      .strictObject({
        ...rangeShape,
        approver: RequiredText(120),
        role: ShortText(120).optional(),
        comments: LongText(2000).optional(),
        approvedAt: IsoInstant,
        fingerprint: Fingerprint,
      })
      .refine(rangeRule, rangeIssue),
    /**
     * `approvedPosts`: posts of the range now approved. Drafts and posts in
     * review left as they were: `needsCheck`, those whose pre-publication
     * check is incomplete; `breaksRules`, those that break a rule of a network
     * they go to, each with the rules (`x.tooLong`, `instagram.needsMedia`,
     * `altText`). A post may be in both.
     */
    output: z.object({
      approval: Approval,
      approvedPosts: z.number().int(),
      needsCheck: z.array(Id),
      breaksRules: z.array(z.object({ id: Id, rules: z.array(z.string()) })),
    }),
  },
  'approvals.list': {
    input: z.strictObject({ limit: z.number().int().positive().max(500).default(50) }),
    output: z.array(Approval),
  },
});

export const exportsErrorCodes = ['exports.errors.fingerprintMismatch', 'exports.errors.nothingToApprove'] as const;
