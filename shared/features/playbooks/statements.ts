import { checkLength, type Network, networkName, networks } from '../../domain/networks';
import type { Locale } from '../../ipc/schemas';
import type { FilledStatement, IncidentEvent, StatementProgress } from './contract';
import { type FactMap, factMap, fillTemplate, isKnownFact, knownFacts, placeholdersIn } from './fill';
import type { PlaybookContent } from './model';

export interface AccountRef {
  id: number;
  label: string;
  network: string;
}

const asNetwork = (n: string): Network => ((networks as readonly string[]).includes(n) ? (n as Network) : 'other');

/**
 * Fill every statement, variant and account's text from the facts; "ready" only with
 * nothing missing and nothing over a limit. Pure, so the incident screen shows the
 * same result while the facts are still being typed.
 */
export function fillStatements(content: PlaybookContent, input: FactMap | Readonly<Record<string, string>>, accounts: readonly AccountRef[], locale: Locale): FilledStatement[] {
  const facts = factMap(input);
  return content.statements.map((st) => {
    const base = fillTemplate(st.text, facts);
    const variants = st.variants.map((v) => {
      const filled = fillTemplate(v.text, facts);
      const { count, limit, over } = checkLength(filled.text, v.network);
      return { network: v.network, filled, length: { count, limit, over } };
    });
    const forAccounts = accounts.map((a) => {
      const variant = variants.find((v) => v.network === a.network);
      const filled = variant?.filled ?? base;
      const { count, limit, over } = checkLength(filled.text, asNetwork(a.network));
      return { accountId: a.id, label: a.label, network: a.network, text: filled.text, length: { count, limit, over }, missing: filled.missing };
    });
    const missing = [...new Set([...base.missing, ...variants.flatMap((v) => v.filled.missing)])];
    const overLimit = [
      ...variants.filter((v) => v.length.over).map((v) => networkName(v.network, locale)),
      ...forAccounts.filter((a) => a.length.over).map((a) => a.label),
    ];
    return { key: st.key, title: st.title, base, variants, accounts: forAccounts, missing, overLimit, ready: missing.length === 0 && overLimit.length === 0 };
  });
}

/** The facts the statements ask for: the known ones in their usual order, then any custom ones. */
export function factNamesOf(content: PlaybookContent): string[] {
  const used = content.statements.flatMap((s) => [s.text, ...s.variants.map((v) => v.text)]).flatMap(placeholdersIn);
  const set = new Set(used);
  return [...knownFacts.filter((k) => set.has(k)), ...[...set].filter((n) => !isKnownFact(n))];
}

/** Where each statement stands, from the timeline: last drafted and approved, and every account it was published on. */
export function statementProgress(content: PlaybookContent, events: readonly IncidentEvent[]): StatementProgress[] {
  return content.statements.map((st) => {
    const mine = events.filter((e) => e.statementKey === st.key);
    const last = (kind: IncidentEvent['kind']) => mine.filter((e) => e.kind === kind).at(-1);
    const drafted = last('statement_drafted');
    const approved = last('statement_approved');
    const published = mine
      .filter((e) => e.kind === 'statement_published')
      .map((e) => ({ at: e.at, accountId: e.accountId, accountLabel: e.accountLabel }));
    return {
      key: st.key,
      draftedAt: drafted?.at ?? null,
      approvedAt: approved?.at ?? null,
      approvedBy: approved?.who ?? null,
      published,
    };
  });
}
