/**
 * Audit scoring and comparison: pure rules shared by the main process (which
 * stores the score at finish) and the renderer (which shows it).
 * yes = 1, partly = 0.5, no = 0; "not applicable" and unanswered items are left out.
 */
export const answerValues = ['yes', 'partly', 'no', 'na'] as const;
export type AnswerValue = (typeof answerValues)[number];

export const pointsFor = (value: AnswerValue): number | null =>
  value === 'yes' ? 1 : value === 'partly' ? 0.5 : value === 'no' ? 0 : null;

/** Mean of the points of the answers that count, or null when none counts. */
export function scoreOf(values: readonly AnswerValue[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    const p = pointsFor(v);
    if (p === null) continue;
    sum += p;
    n++;
  }
  return n === 0 ? null : sum / n;
}

export interface ScoredAnswer {
  accountId: number;
  itemKey: string;
  value: AnswerValue;
}

/** Score per item key across the accounts answered (a presence run has one answer per item). */
export function itemScores(answers: readonly ScoredAnswer[]): Map<string, number | null> {
  const by = new Map<string, AnswerValue[]>();
  for (const a of answers) by.set(a.itemKey, [...(by.get(a.itemKey) ?? []), a.value]);
  return new Map([...by].map(([k, vs]) => [k, scoreOf(vs)]));
}

/** Score per account (health checks). */
export function accountScores(answers: readonly ScoredAnswer[]): Map<number, number | null> {
  const by = new Map<number, AnswerValue[]>();
  for (const a of answers) by.set(a.accountId, [...(by.get(a.accountId) ?? []), a.value]);
  return new Map([...by].map(([k, vs]) => [k, scoreOf(vs)]));
}

export interface Change<K> {
  key: K;
  before: number;
  after: number;
}

export interface Comparison {
  improved: Change<string>[];
  worse: Change<string>[];
  unchanged: string[];
  /** Items that only one of the two runs had (or that only one could score). */
  onlyBefore: string[];
  onlyAfter: string[];
}

/** Item by item, what got better and what got worse between two runs. */
export function compareItems(before: Map<string, number | null>, after: Map<string, number | null>): Comparison {
  const out: Comparison = { improved: [], worse: [], unchanged: [], onlyBefore: [], onlyAfter: [] };
  for (const [key, a] of after) {
    const b = before.get(key);
    if (a === null || b === null || b === undefined) {
      if (a !== null) out.onlyAfter.push(key);
      continue;
    }
    if (a > b) out.improved.push({ key, before: b, after: a });
    else if (a < b) out.worse.push({ key, before: b, after: a });
    else out.unchanged.push(key);
  }
  for (const [key, b] of before) {
    if (b !== null && (after.get(key) ?? null) === null) out.onlyBefore.push(key);
  }
  return out;
}

/** Score as a whole percentage, for display. */
export const percent = (score: number | null): string => (score === null ? '—' : `${Math.round(score * 100)} %`);
