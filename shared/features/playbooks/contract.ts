import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { ByIdInput, ByIdVersionInput, Empty, Id, IsoDay, IsoInstant, Locale, LongText, RequiredText, ShortText, Version } from '../../ipc/schemas';
import { Network, PlaybookContent, Severity } from './model';

export { PlaybookContent, Severity } from './model';

const Instant = z.string();

// ---------- playbooks ----------

export const PlaybookSummary = z.object({
  id: Id,
  name: z.string(),
  locale: Locale,
  starterKey: z.string().nullable(),
  copiedFromId: Id.nullable(),
  scenario: z.string(),
  currentVersion: z.number().int(),
  statementCount: z.number().int(),
  version: Version,
  updatedAt: Instant,
  deletedAt: Instant.nullable(),
});
export type PlaybookSummary = z.infer<typeof PlaybookSummary>;

export const Playbook = PlaybookSummary.extend({
  /** The version shown (the current one unless an older one was asked for). */
  shownVersion: z.number().int(),
  content: PlaybookContent,
  versions: z.array(z.object({ number: z.number().int(), savedAt: Instant, name: z.string() })),
});
export type Playbook = z.infer<typeof Playbook>;

export const PlaybookQuery = z.strictObject({
  query: ShortText(200).optional(),
  locale: Locale.optional(),
  deleted: z.boolean().optional(),
});

export const PlaybookSave = z.strictObject({
  id: Id.optional(),
  /** The row version read, for optimistic concurrency; required with id. */
  version: Version.optional(),
  locale: Locale,
  content: PlaybookContent,
});

// ---------- contacts ----------

export const Contact = z.object({
  id: Id,
  name: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  alternateId: Id.nullable(),
  alternateName: z.string().nullable(),
  alternatePhone: z.string().nullable(),
  version: Version,
  createdAt: Instant,
  updatedAt: Instant,
  deletedAt: Instant.nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactSave = z.strictObject({
  id: Id.optional(),
  version: Version.optional(),
  name: RequiredText(200),
  role: ShortText(200).default(''),
  phone: ShortText(60).default(''),
  email: z.union([z.literal(''), z.email().max(200)]).default(''),
  notes: LongText(2000).default(''),
  alternateId: Id.nullable().default(null),
});

// ---------- incidents ----------

export const Facts = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/u), ShortText(500)).refine((o) => Object.keys(o).length <= 60);
export type Facts = z.infer<typeof Facts>;

const SegmentOut = z.object({ kind: z.enum(['text', 'fact', 'missing']), text: z.string(), name: z.string().optional() });
const LengthOut = z.object({ count: z.number().int(), limit: z.number().int().nullable(), over: z.boolean() });

export const FilledText = z.object({
  text: z.string(),
  segments: z.array(SegmentOut),
  missing: z.array(z.string()),
  unknown: z.array(z.string()),
});

export const FilledStatement = z.object({
  key: z.string(),
  title: z.string(),
  base: FilledText,
  variants: z.array(z.object({ network: Network, filled: FilledText, length: LengthOut })),
  /** The text each active account would post (its network's variant, or the base text). */
  accounts: z.array(
    z.object({ accountId: Id, label: z.string(), network: z.string(), text: z.string(), length: LengthOut, missing: z.array(z.string()) }),
  ),
  missing: z.array(z.string()),
  overLimit: z.array(z.string()),
  ready: z.boolean(),
});
export type FilledStatement = z.infer<typeof FilledStatement>;

export const StatementProgress = z.object({
  key: z.string(),
  draftedAt: Instant.nullable(),
  approvedAt: Instant.nullable(),
  approvedBy: z.string().nullable(),
  /** Every publication recorded by hand, in order; accountId null for "no account in particular". */
  published: z.array(z.object({ at: Instant, accountId: Id.nullable(), accountLabel: z.string() })),
});
export type StatementProgress = z.infer<typeof StatementProgress>;

export const systemEventKinds = ['started', 'facts_updated', 'severity_changed', 'posts_paused', 'posts_resumed', 'ended'] as const;
export const manualEventKinds = [
  'fact_verified',
  'fact_withdrawn',
  'statement_drafted',
  'statement_approved',
  'statement_published',
  'question',
  'update_promised',
  'note',
  'correction',
] as const;
export const EventKind = z.enum([...systemEventKinds, ...manualEventKinds]);
export type EventKind = z.infer<typeof EventKind>;
export const ManualEventKind = z.enum(manualEventKinds);

export const IncidentEvent = z.object({
  id: Id,
  kind: EventKind,
  at: Instant,
  recordedAt: Instant,
  text: z.string(),
  accountId: Id.nullable(),
  accountLabel: z.string(),
  network: z.string().nullable(),
  statementKey: z.string().nullable(),
  checkIndex: z.number().int().nullable(),
  who: z.string(),
  dueAt: Instant.nullable(),
  correctsId: Id.nullable(),
});
export type IncidentEvent = z.infer<typeof IncidentEvent>;

export const HeldPost = z.object({
  postId: Id,
  title: z.string(),
  scheduledAt: Instant.nullable(),
  /** Set instead of scheduledAt for a post planned for a whole day. */
  scheduledDay: IsoDay.nullable(),
  formerStatus: z.string(),
  status: z.string(),
  heldAt: Instant,
  resumedAt: Instant.nullable(),
});
export type HeldPost = z.infer<typeof HeldPost>;

export const IncidentSummary = z.object({
  id: Id,
  title: z.string(),
  severity: Severity,
  locale: Locale,
  playbookId: Id.nullable(),
  playbookVersion: z.number().int().nullable(),
  startedAt: Instant,
  endedAt: Instant.nullable(),
});
export type IncidentSummary = z.infer<typeof IncidentSummary>;

export const Incident = IncidentSummary.extend({
  version: Version,
  facts: z.record(z.string(), z.string()),
  /** The playbook exactly as it was in the version the incident used. */
  content: PlaybookContent,
  level: z.object({ description: z.string(), firstResponseMinutes: z.number().int(), updateEveryMinutes: z.number().int() }),
  /** Every placeholder the statements use, known facts first. */
  factNames: z.array(z.string()),
  statements: z.array(FilledStatement),
  /** Drafted, approved and published (on which accounts) for each statement, in the statements' order. */
  progress: z.array(StatementProgress),
  ready: z.boolean(),
  checklist: z.array(
    z.object({ index: z.number().int(), fact: z.string(), confirmWith: z.string(), confirmedBy: z.string().nullable(), confirmedAt: Instant.nullable() }),
  ),
  responders: z.array(
    z.object({
      duty: z.string(),
      role: z.string(),
      name: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      alternateName: z.string().nullable(),
      alternatePhone: z.string().nullable(),
    }),
  ),
  accounts: z.array(z.object({ id: Id, label: z.string(), network: z.string(), department: z.string() })),
  events: z.array(IncidentEvent),
  holds: z.array(HeldPost),
  clock: z.object({
    dueAt: Instant.nullable(),
    dueKind: z.enum(['first_response', 'update', 'promised']).nullable(),
    lastPublishedAt: Instant.nullable(),
  }),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentStart = z.strictObject({
  /** Null starts a blank incident with one general holding statement. */
  playbookId: Id.nullable(),
  severity: Severity,
  facts: Facts.default({}),
  title: ShortText(200).optional(),
  startedAt: IsoInstant.optional(),
});

export const AddEvent = z.strictObject({
  id: Id,
  kind: ManualEventKind,
  /** When it happened; now when omitted. */
  at: IsoInstant.optional(),
  text: LongText(5000).default(''),
  accountId: Id.nullable().default(null),
  /** A statement published by hand on several accounts at once: one entry per account, in one write (a city holds about 600). */
  accountIds: z.array(Id).max(2000).default([]),
  statementKey: z.string().max(40).nullable().default(null),
  checkIndex: z.number().int().nonnegative().max(100).nullable().default(null),
  who: ShortText(200).default(''),
  dueAt: IsoInstant.nullable().default(null),
  correctsId: Id.nullable().default(null),
});

export const ReportOut = z.object({
  incident: IncidentSummary,
  playbookName: z.string(),
  level: z.object({ firstResponseMinutes: z.number().int(), updateEveryMinutes: z.number().int() }),
  facts: z.record(z.string(), z.string()),
  firstResponse: z.object({ at: Instant.nullable(), minutes: z.number().nullable(), met: z.boolean().nullable() }),
  updates: z.array(z.object({ from: Instant, to: Instant, minutes: z.number(), met: z.boolean() })),
  lateUpdates: z.number().int(),
  sent: z.array(z.object({ at: Instant, statementKey: z.string().nullable(), account: z.string(), network: z.string().nullable(), text: z.string() })),
  checklist: Incident.shape.checklist,
  /** Verification checks nobody confirmed (or whose confirmation was withdrawn). */
  pendingChecks: Incident.shape.checklist,
  holds: z.array(HeldPost),
  events: z.array(IncidentEvent),
  markdown: z.string(),
});
export type Report = z.infer<typeof ReportOut>;

const Saved = z.object({ path: z.string().nullable() });

export const playbooksChannels = defineChannels({
  'playbooks.list': { input: PlaybookQuery, output: z.array(PlaybookSummary) },
  'playbooks.get': { input: z.strictObject({ id: Id, version: z.number().int().positive().optional() }), output: Playbook },
  'playbooks.save': { input: PlaybookSave, output: Playbook },
  'playbooks.copy': { input: z.strictObject({ id: Id, name: RequiredText(200).optional(), locale: Locale.optional() }), output: Playbook },
  'playbooks.delete': { input: ByIdVersionInput, output: Empty },
  'playbooks.restore': { input: ByIdInput, output: PlaybookSummary },
  'playbooks.card': { input: z.strictObject({ id: Id, version: z.number().int().positive().optional() }), output: Saved },
  'contacts.list': { input: z.strictObject({ query: ShortText(200).optional() }), output: z.array(Contact) },
  'contacts.save': { input: ContactSave, output: Contact },
  'contacts.delete': { input: ByIdVersionInput, output: Empty },
  'contacts.restore': { input: ByIdInput, output: Contact },
  'incidents.list': { input: Empty, output: z.array(IncidentSummary) },
  'incidents.start': { input: IncidentStart, output: Incident },
  'incidents.get': { input: ByIdInput, output: Incident },
  'incidents.fillStatements': { input: z.strictObject({ id: Id, facts: Facts }), output: Incident },
  'incidents.setSeverity': { input: z.strictObject({ id: Id, severity: Severity }), output: Incident },
  'incidents.addEvent': { input: AddEvent, output: Incident },
  'incidents.pausePlanned': { input: z.strictObject({ id: Id, from: IsoInstant, to: IsoInstant }), output: z.array(HeldPost) },
  'incidents.resumePlanned': { input: ByIdInput, output: z.array(HeldPost) },
  'incidents.end': { input: z.strictObject({ id: Id, at: IsoInstant.optional() }), output: Incident },
  'incidents.report': { input: ByIdInput, output: ReportOut },
  'incidents.exportReport': { input: z.strictObject({ id: Id, format: z.enum(['pdf', 'html', 'markdown']) }), output: Saved },
});

export const playbooksErrorCodes = [
  'playbooks.errors.starterReadOnly',
  'playbooks.errors.duplicateKey',
  'playbooks.errors.severities',
  'playbooks.errors.variantTooLong',
  'playbooks.errors.unknownContact',
  'playbooks.errors.alternateSelf',
  'playbooks.errors.incidentEnded',
  'playbooks.errors.incidentActive',
  'playbooks.errors.notReady',
  'playbooks.errors.unknownStatement',
  'playbooks.errors.unknownCheck',
  'playbooks.errors.windowOrder',
  'playbooks.errors.correctsMissing',
  'playbooks.errors.dueMissing',
  'playbooks.errors.accountsOnlyPublished',
  'playbooks.errors.reservedPlaceholder',
] as const;
