import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { Id, IsoDay, Locale, LongText, Version } from '../../ipc/schemas';
import { peopleChannels } from './people';
import { lowerIsBetter, targetKinds } from './targets';

export const TargetKind = z.enum(targetKinds);

/** A profile count, or a percentage from 0 to 100 for every other kind. */
export const TargetDraft = z
  .strictObject({
    id: Id.optional(),
    version: Version.optional(),
    kind: TargetKind,
    value: z.number().int().min(0).max(100_000),
    dueOn: IsoDay,
    note: LongText(1000).default(''),
  })
  .superRefine((d, ctx) => {
    if (!lowerIsBetter(d.kind) && d.value > 100) ctx.addIssue({ code: 'custom', path: ['value'], params: { i18n: 'strategy.errors.percentRange' } });
  });
export type TargetDraft = z.output<typeof TargetDraft>;
export type TargetDraftInput = z.input<typeof TargetDraft>;

export const TargetPoint = z.object({ on: IsoDay, value: z.number() });

export const Target = z.object({
  id: Id,
  version: Version,
  kind: TargetKind,
  value: z.number().int(),
  dueOn: IsoDay,
  note: z.string(),
  /** Computed from the inventory now, never typed. */
  current: z.number(),
  onTrack: z.boolean(),
  /** A point at each audit finish and the first save of each month, oldest first. */
  history: z.array(TargetPoint),
});
export type Target = z.infer<typeof Target>;

export const strategyChannels = defineChannels({
  'targets.list': { input: z.strictObject({}), output: z.array(Target) },
  'targets.save': { input: TargetDraft, output: Target },
  'targets.delete': { input: z.strictObject({ id: Id, version: Version }), output: Target },
  'targets.restore': { input: z.strictObject({ id: Id }), output: Target },
  ...peopleChannels,
  'audits.reportPdf': { input: z.strictObject({ runId: Id }), output: z.object({ path: z.string().nullable(), pages: z.number().int() }) },
  'exports.directory': {
    input: z.strictObject({ format: z.enum(['html', 'csv']), locale: Locale.optional() }),
    /** Null when the save dialog was cancelled. */
    output: z.object({ path: z.string().nullable(), accounts: z.number().int() }),
  },
});

export const strategyErrorCodes = [
  'strategy.errors.percentRange',
  'strategy.errors.email',
  'strategy.errors.nameTaken',
  'strategy.errors.personOwnsAccounts',
  'strategy.errors.personMissing',
  'strategy.errors.serviceHoursUnreadable',
  'strategy.errors.timeOrder',
] as const;
