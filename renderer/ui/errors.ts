import type { TFunction } from 'i18next';
import { AppError, type FieldIssue } from '../../shared/ipc/errors';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Codes are catalog keys; anything unknown reads as the generic internal error. */
function translate(t: TFunction, key: string, params?: Record<string, unknown>): string {
  const loose = t as unknown as LooseT;
  const text = loose(key, { ...params, defaultValue: '' });
  return text || loose('errors.internal');
}

export function issueText(t: TFunction, issue: FieldIssue): string {
  const key = issue.code.includes('.') ? issue.code : `validation.${issue.code}`;
  return translate(t, key, issue.params);
}

/** A readable, translated sentence for any error thrown by api(). */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof AppError)) return translate(t, 'errors.internal');
  // Feature codes are full catalog keys ("accounts.errors.duplicate"); core codes live under errors.
  const head = translate(t, error.code.includes('.') ? error.code : `errors.${error.code}`, error.params);
  const issues = fieldIssues(error);
  if (issues.length === 0) return head;
  const details = issues
    .slice(0, 5)
    .map((i) => (i.path ? (t as unknown as LooseT)('validation.field', { path: i.path, message: issueText(t, i) }) : issueText(t, i)));
  return [head, ...details].join(' ');
}

export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof AppError) || error.code !== 'validation') return [];
  const issues = error.params?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
}

/** Messages by field path, for showing each next to its control. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of fieldIssues(error)) out[issue.path] ??= issueText(t, issue);
  return out;
}
