/**
 * Holding statements are templates with placeholders such as `{{place}}`.
 * Facts are entered once per incident and filled everywhere; a placeholder
 * without a value stays visible (and is reported) so nothing half-written
 * can be marked ready.
 */

/** Facts the app knows and labels; any other `{{name}}` works too, labelled by its name. */
export const knownFacts = ['place', 'time', 'service', 'account', 'affected', 'next_update', 'advice', 'phone', 'web', 'official', 'detail'] as const;
export type KnownFact = (typeof knownFacts)[number];

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]{0,39})\s*\}\}/giu;

export type Segment = { kind: 'text'; text: string } | { kind: 'fact'; name: string; text: string } | { kind: 'missing'; name: string; text: string };

export interface Filled {
  text: string;
  segments: Segment[];
  /** Placeholders with no value, each once, in order of first use. */
  missing: string[];
  /** Placeholders the app does not know (custom facts), each once. */
  unknown: string[];
}

export const isKnownFact = (name: string): name is KnownFact => (knownFacts as readonly string[]).includes(name);

/** The placeholder names a template uses, each once, in order. */
export function placeholdersIn(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1]!.toLowerCase();
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Names the IPC boundary refuses as object keys, so a fact by that name could never be typed in. */
export const reservedFactNames: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/** Facts by name. A Map, so a placeholder such as `{{constructor}}` finds no inherited value. */
export type FactMap = ReadonlyMap<string, string>;

/** The facts of a stored or typed record as a Map: own string values only, never what Object.prototype carries. */
export const factMap = (facts: FactMap | Readonly<Record<string, unknown>>): FactMap =>
  facts instanceof Map ? facts : new Map(Object.entries(facts).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** One fact's value, '' when it has none. */
export const factValue = (facts: Readonly<Record<string, unknown>>, name: string): string => factMap(facts).get(name) ?? '';

/** Fill a template with the facts; blank values count as missing and keep their `{{name}}`. */
export function fillTemplate(template: string, input: FactMap | Readonly<Record<string, string | undefined>>): Filled {
  const facts = factMap(input);
  const segments: Segment[] = [];
  const missing: string[] = [];
  const unknown: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const start = m.index;
    if (start > last) segments.push({ kind: 'text', text: template.slice(last, start) });
    const name = m[1]!.toLowerCase();
    if (!isKnownFact(name) && !unknown.includes(name)) unknown.push(name);
    const value = facts.get(name)?.trim() ?? '';
    if (value) {
      segments.push({ kind: 'fact', name, text: value });
    } else {
      segments.push({ kind: 'missing', name, text: `{{${name}}}` });
      if (!missing.includes(name)) missing.push(name);
    }
    last = start + m[0].length;
  }
  if (last < template.length) segments.push({ kind: 'text', text: template.slice(last) });
  return { text: segments.map((s) => s.text).join(''), segments, missing, unknown };
}
