import { z } from 'zod';

/**
 * Building blocks every feature contract uses, so limits and formats are
 * decided once. Object inputs are strict: an unknown key is a validation error.
 */
/** The largest id or version a row can have: both are 32-bit `integer` columns on the team's PostgreSQL server. */
export const MAX_ROW_NUMBER = 2_147_483_647;
export const Id = z.number().int().positive().max(MAX_ROW_NUMBER);
export const Version = z.number().int().nonnegative().max(MAX_ROW_NUMBER);

/** An instant in UTC, ISO 8601 with a Z or an offset, between years 1900 and 2200. */
export const IsoInstant = z.iso.datetime({ offset: true }).refine((s) => {
  const t = Date.parse(s);
  return Number.isFinite(t) && t >= Date.UTC(1900, 0, 1) && t < Date.UTC(2200, 0, 1);
}, { params: { i18n: 'validation.date_out_of_range' } });

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const IsoDay = z.iso.date().refine((s) => {
  const y = Number(s.slice(0, 4));
  return y >= 1900 && y < 2200;
}, { params: { i18n: 'validation.date_out_of_range' } });

/** Short single-line text (names, handles). Trimmed. */
export const ShortText = (max = 200) => z.string().trim().max(max);
/** Required short text. */
export const RequiredText = (max = 200) => z.string().trim().min(1).max(max);
/** Free text (notes, post bodies). */
export const LongText = (max = 20_000) => z.string().max(max);

export const Locale = z.enum(['es', 'en']);
export type Locale = z.infer<typeof Locale>;

/** Zones already checked: every view's handler validates the office zone, and building a formatter to check it costs more than the query. */
const knownZones = new Set<string>();

/** An IANA time zone name that this runtime knows. */
export const TimeZone = z.string().min(1).max(64).refine((tz) => {
  if (knownZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    knownZones.add(tz);
    return true;
  } catch {
    return false;
  }
}, { params: { i18n: 'validation.time_zone' } });

/** Columns every user-editable row carries: the version a stale save is checked against, and a soft delete that can be undone. */
export const RowMeta = {
  id: Id,
  version: Version,
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const Page = z.strictObject({
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().positive().max(1000).default(100),
});

export const Empty = z.strictObject({});
export const ByIdInput = z.strictObject({ id: Id });
/** A delete names the version the user saw: a row changed since is a `conflict`, not a silent loss. */
export const ByIdVersionInput = z.strictObject({ id: Id, version: Version });
