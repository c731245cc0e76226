import { z } from 'zod';
import { AccountRef } from '../accounts/contract';
import { Id, IsoDay, RequiredText, RowMeta, ShortText, Version } from '../../ipc/schemas';

/** Someone who runs or stands in for accounts: owners and deputies point here. */
export const PersonDraft = z.strictObject({
  id: Id.optional(),
  version: Version.optional(),
  name: RequiredText(120),
  jobTitle: ShortText(120).default(''),
  department: ShortText(120).default(''),
  email: ShortText(200)
    .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(s), { params: { i18n: 'strategy.errors.email' } })
    .default(''),
  phone: ShortText(40).default(''),
  /** Member of the social media committee that coordinates the presence. */
  committee: z.boolean().default(false),
});
export type PersonDraft = z.output<typeof PersonDraft>;
export type PersonDraftInput = z.input<typeof PersonDraft>;

export const Training = z.object({ id: Id, topic: z.string(), on: IsoDay, by: z.string() });
export type Training = z.infer<typeof Training>;

export const Person = z.object({
  ...RowMeta,
  name: z.string(),
  jobTitle: z.string(),
  department: z.string(),
  email: z.string(),
  phone: z.string(),
  committee: z.boolean(),
  /** The latest training, or null: untrained. */
  trainedOn: IsoDay.nullable(),
  /** Live accounts they own, stand in for or cover. */
  accountCount: z.number().int(),
  deletedAt: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

export const PersonDetail = Person.extend({
  trainings: z.array(Training),
  /** Live accounts they own. */
  owns: z.array(AccountRef),
  /** Live accounts where they are the deputy. */
  deputyOf: z.array(AccountRef),
  /** Live channels they cover (answer the messages of). */
  covers: z.array(AccountRef),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const PeopleQuery = z.strictObject({
  search: ShortText(120).optional(),
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().positive().max(1000).default(100),
});

export const TrainingDraft = z.strictObject({ personId: Id, topic: RequiredText(200), on: IsoDay, by: ShortText(120).optional() });

export const peopleChannels = {
  'people.list': { input: PeopleQuery, output: z.object({ items: z.array(Person), total: z.number().int() }) },
  'people.get': { input: z.strictObject({ id: Id }), output: PersonDetail },
  'people.save': { input: PersonDraft, output: PersonDetail },
  'people.delete': { input: z.strictObject({ id: Id, version: Version }), output: PersonDetail },
  'people.restore': { input: z.strictObject({ id: Id }), output: PersonDetail },
  'people.addTraining': { input: TrainingDraft, output: PersonDetail },
} as const;
