import { z } from 'zod';
import { networks } from '../../domain/networks';
import { Id, LongText, RequiredText, ShortText } from '../../ipc/schemas';

export const severities = ['low', 'high', 'critical'] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

export const Network = z.enum(networks);

const Minutes = z.number().int().min(1).max(7 * 24 * 60);
const Line = ShortText(500);
const Lines = z.array(Line).max(60);

export const SeverityLevel = z.strictObject({
  severity: Severity,
  /** What this level means, so the officer can pick one in seconds. */
  description: ShortText(500),
  firstResponseMinutes: Minutes,
  updateEveryMinutes: Minutes,
});

export const CheckItem = z.strictObject({ fact: RequiredText(300), confirmWith: ShortText(200) });

export const Responder = z.strictObject({
  /** What this person does in the crisis ("answers on social media", "approves statements"). */
  duty: z.enum(['answers', 'approves', 'informs']),
  /** The role expected, kept even when no contact is chosen yet ("Alcaldía"). */
  role: ShortText(200),
  contactId: Id.nullable(),
});

export const StatementVariant = z.strictObject({ network: Network, text: RequiredText(5000) });

export const Statement = z.strictObject({
  key: z.string().regex(/^[a-z0-9_-]{1,40}$/u),
  title: RequiredText(200),
  text: RequiredText(5000),
  variants: z.array(StatementVariant).max(13),
});
export type Statement = z.infer<typeof Statement>;

export const PlaybookContent = z.strictObject({
  name: RequiredText(200),
  scenario: LongText(4000),
  criticalTopics: Lines,
  attackers: z.array(z.strictObject({ who: RequiredText(200), grounds: ShortText(500) })).max(30),
  triggers: Lines,
  severities: z.array(SeverityLevel).length(3),
  checklist: z.array(CheckItem).max(40),
  responders: z.array(Responder).max(30),
  steps: Lines,
  dos: Lines,
  donts: Lines,
  keywords: z.array(ShortText(100)).max(60),
  statements: z.array(Statement).max(20),
});
export type PlaybookContent = z.infer<typeof PlaybookContent>;
