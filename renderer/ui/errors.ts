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

/** The label a form shows for a field path ("targets.0.text"), or undefined when it has none. */
export type FieldLabels = (path: string) => string | undefined;

/**
 * Labels read from a catalog section: `status` under `calendar.editor` is
 * `calendar.editor.status`. List positions are dropped ("targets.0.text" is
 * "targets.text"); `aliases` maps a path to the key its control uses.
 */
export function catalogLabels(t: TFunction, section: string, aliases: Record<string, string> = {}): FieldLabels {
  const loose = t as unknown as LooseT;
  return (path) => {
    const plain = path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .join('.');
    for (const key of [aliases[plain], plain, plain.split('.')[0]]) {
      const text = key ? loose(`${section}.${key}`, { defaultValue: '' }) : '';
      if (text && !text.includes('{{')) return text;
    }
    return undefined;
  };
}

/**
 * A readable, translated sentence for any error thrown by api(). Field
 * problems name the field by the label the form shows; a field the form does
 * not label is left unnamed rather than called by its internal name.
 */
export function errorText(t: TFunction, error: unknown, labels?: FieldLabels): string {
  if (!(error instanceof AppError)) return translate(t, 'errors.internal');
  // Feature codes are full catalog keys ("accounts.errors.duplicate"); core codes live under errors.
  const head = translate(t, error.code.includes('.') ? error.code : `errors.${error.code}`, error.params);
  const issues = fieldIssues(error);
  if (issues.length === 0) return head;
  const details = issues
    .slice(0, 5)
    .map((i) => {
      const label = i.path ? labels?.(i.path) : undefined;
      return label ? (t as unknown as LooseT)('validation.field', { field: label, message: issueText(t, i) }) : issueText(t, i);
    });
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
