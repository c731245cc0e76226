import { z } from 'zod';
import { networks } from '../../domain/networks';
import { defineChannels } from '../../ipc/channel';
import { ByIdInput, ByIdVersionInput, Empty, Id, IsoDay, LongText, RequiredText, RowMeta, ShortText, Version } from '../../ipc/schemas';
import { dayKeys, ServiceHours } from '../strategy/hours';
import { looksLikePassword } from './credentials';

export const AccountNetwork = z.enum(networks);
export const AccountRole = z.enum(['medium', 'channel', 'both']);
export const AccountStatus = z.enum(['active', 'dormant', 'to_merge', 'to_close', 'closed']);
export const TwoFactor = z.enum(['yes', 'no', 'unknown']);
export type AccountRole = z.infer<typeof AccountRole>;
export type AccountStatus = z.infer<typeof AccountStatus>;

const err = (key: string) => ({ params: { i18n: `accounts.errors.${key}` } });

const Url = ShortText(500).refine((s) => s === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/iu.test(s), err('url'));
const Day = IsoDay.nullable();
const Tag = z.string().trim().min(1).max(40).refine((s) => !/[,;|]/u.test(s), err('tagSeparator'));

const ClosedDays = z
  .array(IsoDay)
  .max(100)
  .transform((days) => [...new Set(days)].sort());

/** Every editable field, with its default; shared by the form, the save channel and the CSV import. */
export const accountFields = {
  network: AccountNetwork,
  handle: RequiredText(120).refine((s) => !/\s/u.test(s), err('handleSpaces')),
  displayName: ShortText(200).default(''),
  url: Url.default(''),
  department: ShortText(120).default(''),
  ownerName: ShortText(120).default(''),
  ownerContact: ShortText(200).default(''),
  /** The owner as a person; without one, a named owner is matched by name or created on save (ownerName then reads the person's name). */
  ownerPersonId: Id.nullable().default(null),
  deputyPersonId: Id.nullable().default(null),
  role: AccountRole.default('medium'),
  purpose: LongText(2000).default(''),
  audience: LongText(1000).default(''),
  tone: ShortText(200).default(''),
  /** For channels: the days and times citizens are attended. */
  serviceHours: ServiceHours.default([]),
  /** For channels: the promised response time, in hours. */
  responseTargetHours: z.number().int().min(1).max(2000).nullable().default(null),
  /** For channels: dates it is closed (holidays, the office's own closing days), in order, each once. */
  closedDays: ClosedDays.default([]),
  /** For channels: the person who covers it (answers the messages). */
  coveredByPersonId: Id.nullable().default(null),
  postsPerWeekTarget: z.number().int().min(0).max(100).default(3),
  status: AccountStatus.default('active'),
  lastActivityOn: Day.default(null),
  ownerTrainedOn: Day.default(null),
  twoFactor: TwoFactor.default('unknown'),
  credentialsLocation: ShortText(200)
    .refine((s) => !looksLikePassword(s), err('passwordLike'))
    .default(''),
  brandingCheckedOn: Day.default(null),
  notes: LongText(5000).default(''),
  tags: z.array(Tag).max(20).default([]),
  mergeIntoId: Id.nullable().default(null),
  /** Shown in the public directory of official accounts (only while active). */
  listed: z.boolean().default(true),
};

/** What the form sends: no id for a new account; id + version read for an edit. */
export const AccountDraft = z.strictObject({ id: Id.optional(), version: Version.optional(), ...accountFields });
export type AccountDraft = z.output<typeof AccountDraft>;
export type AccountDraftInput = z.input<typeof AccountDraft>;

export const Account = z.object({
  ...RowMeta,
  network: AccountNetwork,
  handle: z.string(),
  displayName: z.string(),
  url: z.string(),
  department: z.string(),
  ownerName: z.string(),
  ownerContact: z.string(),
  ownerPersonId: z.number().int().nullable(),
  deputyPersonId: z.number().int().nullable(),
  role: AccountRole,
  purpose: z.string(),
  audience: z.string(),
  tone: z.string(),
  serviceHours: z.array(z.object({ days: z.array(z.enum(dayKeys)), from: z.string(), to: z.string() })),
  responseTargetHours: z.number().int().nullable(),
  closedDays: z.array(z.string()),
  coveredByPersonId: z.number().int().nullable(),
  postsPerWeekTarget: z.number().int(),
  status: AccountStatus,
  lastActivityOn: z.string().nullable(),
  ownerTrainedOn: z.string().nullable(),
  twoFactor: TwoFactor,
  credentialsLocation: z.string(),
  brandingCheckedOn: z.string().nullable(),
  notes: z.string(),
  tags: z.array(z.string()),
  mergeIntoId: z.number().int().nullable(),
  listed: z.boolean(),
  deletedAt: z.string().nullable(),
});
export type Account = z.infer<typeof Account>;

export const accountSorts = ['handle', 'network', 'displayName', 'department', 'ownerName', 'role', 'status', 'lastActivityOn', 'updatedAt'] as const;
export const AccountSort = z.enum(accountSorts);
export type AccountSort = z.infer<typeof AccountSort>;

export const AccountQuery = z.strictObject({
  search: ShortText(200).default(''),
  network: AccountNetwork.optional(),
  department: ShortText(120).optional(),
  status: AccountStatus.optional(),
  role: AccountRole.optional(),
  sort: AccountSort.default('handle'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().positive().max(500).default(100),
});
export type AccountQuery = z.input<typeof AccountQuery>;

export const AccountPage = z.object({ items: z.array(Account), total: z.number().int() });

/** Enough to name an account in a summary list. */
export const AccountRef = z.object({
  id: Id,
  network: AccountNetwork,
  handle: z.string(),
  displayName: z.string(),
  department: z.string(),
  status: AccountStatus,
});
export type AccountRef = z.infer<typeof AccountRef>;

const Count = z.object({ key: z.string(), count: z.number().int() });

export const AccountSummary = z.object({
  /** Live accounts, closed ones included. */
  total: z.number().int(),
  byNetwork: z.array(Count),
  byDepartment: z.array(Count),
  byStatus: z.array(Count),
  byRole: z.array(Count),
  dormantAfterDays: z.number().int(),
  /** No activity recorded for dormantAfterDays (none yet: counted from the day the account was added). Closed accounts left out (as in every list below). */
  looksDormant: z.array(AccountRef.extend({ lastActivityOn: z.string().nullable() })),
  duplicates: z.array(z.object({ reason: z.enum(['sameNetworkDepartment', 'similarHandle']), accounts: z.array(AccountRef) })),
  noOwner: z.array(AccountRef),
  ownerNotTrained: z.array(AccountRef),
  channelsWithoutHours: z.array(AccountRef),
  channelsWithoutResponseTarget: z.array(AccountRef),
  /** Channels nobody is named to cover: a promise without a person behind it. */
  channelsWithoutCover: z.array(AccountRef),
  /** Two-factor sign-in known to be off: a risk. */
  twoFactorOff: z.array(AccountRef),
  /** "From `from` accounts to `to` if the proposed merges and closures are done." */
  trimPlan: z.object({ from: z.number().int(), to: z.number().int(), toMerge: z.number().int(), toClose: z.number().int() }),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const CsvDelimiter = z.enum([',', ';']);

export const ImportInput = z.strictObject({ csv: z.string().max(900_000), dryRun: z.boolean() });
export const ImportError = z.object({
  /** Line in the spreadsheet: the header is row 1. */
  row: z.number().int(),
  /** The column as written in the file's header (empty for a problem with the whole row or file). */
  column: z.string(),
  /** A catalog key: `accounts.csv.*`, `accounts.errors.*` or `validation.*`. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportError = z.infer<typeof ImportError>;
export const ImportResult = z.object({
  dryRun: z.boolean(),
  /** Data rows read. */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** True once the rows are written (never on a dry run, never with errors). */
  written: z.boolean(),
  errors: z.array(ImportError),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * One change for many accounts at once (the rows chosen in the list): a
 * status (not "to merge", which needs a target of its own), a department or
 * an owner (a person, or nobody).
 */
export const BulkChange = z
  .strictObject({
    status: AccountStatus.exclude(['to_merge']).optional(),
    department: ShortText(120).optional(),
    ownerPersonId: Id.nullable().optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { params: { i18n: 'accounts.errors.bulkNothing' } });
export const BulkUpdateInput = z.strictObject({ items: z.array(ByIdVersionInput).min(1).max(500), change: BulkChange });
export type BulkUpdateInput = z.output<typeof BulkUpdateInput>;

export const accountsChannels = defineChannels({
  'accounts.list': { input: AccountQuery, output: AccountPage },
  'accounts.get': { input: ByIdInput, output: Account },
  'accounts.save': { input: AccountDraft, output: Account },
  'accounts.delete': { input: ByIdVersionInput, output: Account },
  'accounts.bulkUpdate': { input: BulkUpdateInput, output: z.object({ updated: z.number().int() }) },
  'accounts.restore': { input: ByIdInput, output: Account },
  'accounts.summary': { input: Empty, output: AccountSummary },
  'accounts.departments': { input: Empty, output: z.array(z.string()) },
  'accounts.importCsv': { input: ImportInput, output: ImportResult },
  'accounts.exportCsv': {
    input: z.strictObject({ delimiter: CsvDelimiter.optional(), language: z.enum(['es', 'en']).optional() }),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
  },
});

export const accountsErrorCodes = [
  'accounts.errors.duplicateHandle',
  'accounts.errors.passwordLike',
  'accounts.errors.url',
  'accounts.errors.tagSeparator',
  'accounts.errors.handleSpaces',
  'accounts.errors.serviceOnlyForChannels',
  'accounts.errors.mergeIntoSelf',
  'accounts.errors.mergeIntoMissing',
  'accounts.errors.mergeOnlyToMerge',
  'accounts.errors.mergeTargetToMerge',
  'accounts.errors.mergeTargetOfOthers',
  'accounts.errors.bulkNothing',
] as const;

