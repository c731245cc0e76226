/**
 * Errors cross the IPC boundary as data. A code names a translation key and
 * params fill it: core codes (below) read `errors.<code>`; a feature's own
 * codes are full catalog keys such as `accounts.errors.duplicateHandle`,
 * listed in its contract's `<feature>ErrorCodes`. Nothing else, no stack
 * traces or SQL, ever reaches the renderer.
 */
export const coreErrorCodes = [
  'validation',
  'not_found',
  'conflict',
  'import_invalid',
  'internal',
  'unknown_channel',
  'malformed_json',
  'bad_request',
  'payload_too_large',
  'unauthorized',
  'forbidden_host',
  'store_unavailable',
  'store_not_sqlite',
  'store_corrupt',
  'store_too_new',
  'network',
  'offline',
] as const;

export type ErrorParams = Record<string, unknown>;

/** One field-level problem, addressed by a dotted path ("targets.0.text"). */
export interface FieldIssue {
  path: string;
  /** Translation key under `validation.` (e.g. `required`, `too_long`) or a full key with a dot. */
  code: string;
  params?: ErrorParams;
}

export interface ErrorData {
  code: string;
  params?: ErrorParams;
}

export class AppError extends Error {
  readonly code: string;
  readonly params: ErrorParams | undefined;

  constructor(code: string, params?: ErrorParams) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toData(): ErrorData {
    return this.params === undefined ? { code: this.code } : { code: this.code, params: this.params };
  }

  static validation(issues: FieldIssue[]): AppError {
    return new AppError('validation', { issues });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
