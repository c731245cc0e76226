import type { Generated } from 'kysely';
import type { PostStatus } from '../../../shared/features/calendar/contract';

/** Columns of migrations/0003_calendar.ts, camelCased. */
export interface PostRow {
  id: Generated<number>;
  title: string;
  body: Generated<string>;
  /** UTC ISO instant, or null for a date-only idea or the backlog. */
  scheduledAt: string | null;
  /** `YYYY-MM-DD` for a date-only idea. */
  scheduledDay: string | null;
  status: Generated<PostStatus>;
  campaignId: number | null;
  link: Generated<string>;
  /** JSON array of hashtags without '#'. */
  hashtags: Generated<string>;
  mediaNote: Generated<string>;
  mediaAlt: Generated<string>;
  internalNotes: Generated<string>;
  /** JSON object: checklist item key -> done. */
  checklist: Generated<string>;
  /** Version recorded when a superior approved it; `version > approvedVersion` means changed since approved. */
  approvedVersion: number | null;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface PostTargetRow {
  postId: number;
  accountId: number;
  /** The account's own text; null uses the post's body. */
  text: string | null;
}

export interface CampaignRow {
  id: Generated<number>;
  name: string;
  color: Generated<string>;
  startsOn: string | null;
  endsOn: string | null;
  notes: Generated<string>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface CalendarTables extends CalendarExtraTables {
  posts: PostRow;
  postTargets: PostTargetRow;
  campaigns: CampaignRow;
  campaignAccounts: { campaignId: number; accountId: number };
}

export interface SpecialDayRow {
  id: Generated<number>;
  name: string;
  /** `YYYY-MM-DD`; for a recurring day, the first year it applies. */
  day: string;
  recurring: number;
  /** `MM-DD`, for recurring days. */
  monthDay: string;
  notes: Generated<string>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface HashtagSetRow {
  id: Generated<number>;
  name: string;
  /** JSON array of hashtags without '#'. */
  tags: Generated<string>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

/** Columns of migrations/0008_calendar_extras.ts. */
export interface CalendarExtraTables {
  specialDays: SpecialDayRow;
  hashtagSets: HashtagSetRow;
  postHashtags: { postId: number; tag: string };
}
