import type { z } from 'zod';
import type { FieldIssue } from './errors';

/**
 * Turn zod issues into translatable field issues. Custom refinements may set
 * `params.i18n` to a full catalog key, which becomes the code; zod's own codes
 * map to `validation.<code>` keys in the catalogs.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.map(String).join('.');
    const params0 = (issue as { params?: { i18n?: string } }).params;
    const custom = issue.code === 'custom' ? params0?.i18n : undefined;
    if (custom) return { path, code: custom, params: safeParams(params0) };
    const params: Record<string, unknown> = {};
    if ('minimum' in issue) params.min = Number(issue.minimum);
    if ('maximum' in issue) params.max = Number(issue.maximum);
    if ('expected' in issue && typeof issue.expected === 'string') params.expected = issue.expected;
    if ('keys' in issue && Array.isArray(issue.keys)) params.keys = issue.keys.slice(0, 10).map((k) => String(k).slice(0, 60)).join(', ');
    if ('format' in issue && typeof issue.format === 'string') params.format = issue.format;
    const code = issue.code === 'too_small' && issue.minimum === 1 && issue.origin === 'string' ? 'required' : issue.code;
    return Object.keys(params).length ? { path, code, params } : { path, code };
  });
}

function safeParams(params: unknown): Record<string, unknown> | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (k !== 'i18n' && (typeof v === 'string' || typeof v === 'number')) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}
