import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { networks } from '../../domain/networks';
import { ByIdVersionInput, Empty, Id, IsoDay, LongText, RequiredText, ShortText, Version } from '../../ipc/schemas';
import { answerValues } from './scoring';

export const TemplateKind = z.enum(['presence', 'account']);
export const RunStatus = z.enum(['open', 'finished']);
export const Builtin = z.enum(['presence', 'accountHealth']);
export const AnswerValue = z.enum(answerValues);
export const RunScope = z.enum(['presence', 'accounts']);
export const ActionKind = z.enum(['to_merge', 'to_close', 'trained']);

/** One checklist item: a stable key, and the user's own text (null: the shipped, translated text). */
export const AuditItem = z.object({ key: z.string(), text: z.string().nullable() });
export type AuditItem = z.infer<typeof AuditItem>;

export const AuditTemplate = z.object({
  id: Id,
  version: Version,
  builtin: Builtin.nullable(),
  kind: TemplateKind,
  /** Empty for shipped templates: the renderer shows the translated name. */
  name: z.string(),
  description: z.string(),
  items: z.array(AuditItem),
  copiedFromId: Id.nullable(),
  runCount: z.number().int().nonnegative(),
  lastFinishedAt: z.string().nullable(),
  lastScore: z.number().nullable(),
});
export type AuditTemplate = z.infer<typeof AuditTemplate>;

export const ItemDraft = z.strictObject({
  /** Omitted for a new item; kept for an existing one so runs stay comparable. */
  key: z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9_-]+$/).optional(),
  /** Null keeps the shipped text of a shipped item. */
  text: RequiredText(300).nullable(),
});

export const TemplateSave = z.strictObject({
  id: Id,
  version: Version,
  name: RequiredText(120),
  description: ShortText(1000).default(''),
  items: z.array(ItemDraft).min(1).max(100),
});

export const ScopeAccount = z.object({
  id: Id,
  version: Version,
  network: z.string(),
  handle: z.string(),
  displayName: z.string(),
  department: z.string(),
  status: z.string(),
  ownerTrainedOn: z.string().nullable(),
  /** What the inventory already knows, so a health check can start from it. */
  ownerName: z.string(),
  twoFactor: z.enum(['yes', 'no', 'unknown']),
  brandingCheckedOn: z.string().nullable(),
});
export type ScopeAccount = z.infer<typeof ScopeAccount>;

/** A page of the accounts a finished run can act on, searched by handle, name or department. */
export const ActionAccountsQuery = z.strictObject({
  runId: Id,
  search: ShortText(200).default(''),
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().positive().max(200).default(50),
});
export const ActionAccountsPage = z.object({ items: z.array(ScopeAccount), total: z.number().int().nonnegative() });
export type ActionAccountsPage = z.infer<typeof ActionAccountsPage>;

/** A page of any live account, searched as above: the start dialog and the merge targets use it. */
export const FindAccountsQuery = z.strictObject({
  search: ShortText(200).default(''),
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().positive().max(200).default(50),
  /** Also every matching id ("choose all that match"), ids only. */
  allIds: z.boolean().default(false),
  /** Only this department (any case) or network. */
  department: ShortText(120).optional(),
  network: z.enum(networks).optional(),
  /** Leave closed accounts out (nothing left to audit in them). */
  openOnly: z.boolean().default(false),
});
export const FindAccountsPage = ActionAccountsPage.extend({ ids: z.array(Id).nullable() });
export type FindAccountsPage = z.infer<typeof FindAccountsPage>;

export const Answer = z.object({ accountId: z.number().int().nonnegative(), itemKey: z.string(), value: AnswerValue, note: z.string() });
export type Answer = z.infer<typeof Answer>;

export const AnswerDraft = z.strictObject({
  /** 0 (or omitted): an answer about the whole presence. */
  accountId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
  itemKey: z.string().min(1).max(60),
  value: AnswerValue,
  note: LongText(2000).default(''),
});

export const AuditAction = z.object({
  id: Id,
  accountId: Id,
  action: ActionKind,
  mergeIntoId: Id.nullable(),
  trainedOn: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export type AuditAction = z.infer<typeof AuditAction>;

export const RunSummary = z.object({
  id: Id,
  templateId: Id,
  templateName: z.string(),
  builtin: Builtin.nullable(),
  kind: TemplateKind,
  scope: RunScope,
  status: RunStatus,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  score: z.number().nullable(),
  /** Answers given so far, out of how many are asked. */
  answered: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type RunSummary = z.infer<typeof RunSummary>;

export const RunDetail = RunSummary.extend({
  version: Version,
  items: z.array(AuditItem),
  /** The run's own accounts (health checks), in department, network, handle order. */
  accounts: z.array(ScopeAccount),
  /** Accounts the run's actions name (acted on or merged into), for their labels; deleted ones too. */
  named: z.array(ScopeAccount),
  answers: z.array(Answer),
  accountScores: z.array(z.object({ accountId: Id, score: z.number().nullable() })),
  /** Score so far (open runs) or at finish. */
  currentScore: z.number().nullable(),
  actions: z.array(AuditAction),
});
export type RunDetail = z.infer<typeof RunDetail>;

const ChangeOut = z.object({ key: z.string(), before: z.number(), after: z.number() });

export const History = z.object({
  templateId: Id,
  points: z.array(z.object({ runId: Id, finishedAt: z.string(), score: z.number().nullable() })),
  comparison: z
    .object({
      runId: Id,
      previousRunId: Id,
      /** The items of the later run, to label keys. */
      items: z.array(AuditItem),
      previousItems: z.array(AuditItem),
      improved: z.array(ChangeOut),
      worse: z.array(ChangeOut),
      unchanged: z.array(z.string()),
      onlyBefore: z.array(z.string()),
      onlyAfter: z.array(z.string()),
      scoreBefore: z.number().nullable(),
      scoreAfter: z.number().nullable(),
      /** Health checks: accounts whose own score went up or down (key: the account id). */
      accountChanges: z.object({ improved: z.array(ChangeOut), worse: z.array(ChangeOut) }).nullable(),
      accounts: z.array(ScopeAccount),
    })
    .nullable(),
});
export type History = z.infer<typeof History>;

export const ActionDraft = z
  .strictObject({
    accountId: Id,
    /** The account version the user saw; a newer one is a conflict. */
    version: Version,
    action: ActionKind,
    mergeIntoId: Id.nullable().default(null),
    trainedOn: IsoDay.nullable().default(null),
    note: ShortText(1000).default(''),
  })
  .refine((a) => a.action !== 'trained' || a.trainedOn !== null, {
    path: ['trainedOn'],
    params: { i18n: 'audits.errors.trainedOnRequired' },
  })
  .refine((a) => a.mergeIntoId !== a.accountId, { path: ['mergeIntoId'], params: { i18n: 'audits.errors.mergeIntoSelf' } });

export const auditsChannels = defineChannels({
  'audits.templates': { input: Empty, output: z.array(AuditTemplate) },
  'audits.copyTemplate': { input: z.strictObject({ id: Id, name: RequiredText(120) }), output: AuditTemplate },
  'audits.saveTemplate': { input: TemplateSave, output: AuditTemplate },
  'audits.deleteTemplate': { input: ByIdVersionInput, output: z.object({ id: Id }) },
  'audits.restoreTemplate': { input: z.strictObject({ id: Id }), output: AuditTemplate },
  'audits.scopeAccounts': { input: Empty, output: z.array(ScopeAccount) },
  'audits.actionAccounts': { input: ActionAccountsQuery, output: ActionAccountsPage },
  'audits.findAccounts': { input: FindAccountsQuery, output: FindAccountsPage },
  'audits.start': {
    input: z.strictObject({ templateId: Id, scope: RunScope, accountIds: z.array(Id).max(2000).default([]) }),
    output: RunDetail,
  },
  'audits.runs': {
    input: z.strictObject({ templateId: Id.optional(), status: RunStatus.optional() }),
    output: z.array(RunSummary),
  },
  'audits.get': { input: z.strictObject({ id: Id }), output: RunDetail },
  'audits.answer': { input: z.strictObject({ runId: Id, answers: z.array(AnswerDraft).max(5000) }), output: RunDetail },
  'audits.finish': { input: z.strictObject({ runId: Id }), output: RunDetail },
  'audits.history': { input: z.strictObject({ templateId: Id, runId: Id.optional() }), output: History },
  'audits.applyActions': { input: z.strictObject({ runId: Id, actions: z.array(ActionDraft).min(1).max(2000) }), output: RunDetail },
});

export const auditsErrorCodes = [
  'audits.errors.finished',
  'audits.errors.notFinished',
  'audits.errors.builtinReadOnly',
  'audits.errors.accountsRequired',
  'audits.errors.unknownItem',
  'audits.errors.accountNotInScope',
  'audits.errors.presenceAnswerOnly',
  'audits.errors.unanswered',
  'audits.errors.accountGone',
  'audits.errors.trainedOnRequired',
  'audits.errors.mergeIntoSelf',
  'audits.errors.mergeTargetGone',
  'audits.errors.templateDeleted',
] as const;
