import type { z } from 'zod';
import { type ChannelName, channelAliases, contract } from '../shared/ipc/contract';
import { AppError, isAppError } from '../shared/ipc/errors';
import { fail, ok, type Result } from '../shared/ipc/result';
import { toFieldIssues } from '../shared/ipc/validation';
import type { AppContext } from './context';
import { accountsHandlers } from './features/accounts/handlers';
import { appHandlers } from './features/app/handlers';
import { auditsHandlers } from './features/audits/handlers';
import { calendarHandlers } from './features/calendar/handlers';
import { exportsHandlers } from './features/exports/handlers';
import { mediaHandlers } from './features/media/handlers';
import { playbooksHandlers } from './features/playbooks/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { strategyHandlers } from './features/strategy/handlers';
import type { Handler } from './handler';
import { answersOnCopy, underServerRules } from './offline';

export const MAX_PAYLOAD_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Join feature handler maps; a channel claimed twice is a programming error caught at start. */
function join(...maps: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, h] of Object.entries(map)) {
      if (name in out) throw new Error(`Channel ${name} has two handlers`);
      out[name] = h;
    }
  }
  return out;
}

/** Every channel's handler; the type makes a missing one a compile error. */
export const handlers: { [C in ChannelName]: Handler<C> } = join(
  appHandlers,
  settingsHandlers,
  accountsHandlers,
  auditsHandlers,
  calendarHandlers,
  playbooksHandlers,
  exportsHandlers,
  strategyHandlers,
  mediaHandlers,
) as { [C in ChannelName]: Handler<C> };

/**
 * Reject shapes no schema should ever see: deep nesting, prototype-polluting
 * keys, and NUL in any text (it cuts strings short in the C libraries that
 * read our exports, and no calendar or spreadsheet may carry it).
 */
function checkShape(value: unknown, depth = 0, path = ''): void {
  if (depth > MAX_DEPTH) throw AppError.validation([{ path: '', code: 'too_deep', params: { max: MAX_DEPTH } }]);
  if (typeof value === 'string' && value.includes('\0')) throw AppError.validation([{ path, code: 'nul_char' }]);
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw AppError.validation([{ path: key, code: 'unrecognized_keys', params: { keys: key } }]);
    checkShape((value as Record<string, unknown>)[key], depth + 1, path ? `${path}.${key}` : key);
  }
}

export interface RouterOptions {
  /** Parse every output with its schema too (tests and development). */
  checkOutputs?: boolean;
  log?: (event: string, detail: Record<string, string | number>) => void;
}

export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

export function createRouter(ctx: AppContext, options: RouterOptions = {}): Invoke {
  const log = options.log ?? (() => undefined);
  return async function invoke(channel, input) {
    const current = typeof channel === 'string' && Object.hasOwn(channelAliases, channel) ? channelAliases[channel]! : channel;
    if (typeof current !== 'string' || !Object.hasOwn(contract, current)) {
      return fail({ code: 'unknown_channel', params: { channel: String(channel).slice(0, 80) } });
    }
    const name = current as ChannelName;
    try {
      checkShape(input);
      if ((JSON.stringify(input ?? null)?.length ?? 0) > MAX_PAYLOAD_BYTES) {
        return fail({ code: 'payload_too_large', params: { max: MAX_PAYLOAD_BYTES } });
      }
      const parsed = (contract[name].input as z.ZodType).safeParse(input);
      if (!parsed.success) return fail(AppError.validation(toFieldIssues(parsed.error)).toData());
      const handler = handlers[name] as (input: unknown, ctx: AppContext) => unknown;
      const value = await underServerRules(ctx, answersOnCopy.has(name), () => handler(parsed.data, ctx));
      if (options.checkOutputs) {
        const out = (contract[name].output as z.ZodType).safeParse(value);
        if (!out.success) {
          log('output_invalid', { channel: name, issues: JSON.stringify(out.error.issues.slice(0, 3)) });
          return fail({ code: 'internal' });
        }
      }
      return ok(value);
    } catch (e) {
      if (isAppError(e)) return fail(e.toData());
      if (e instanceof RangeError) {
        // Stack overflow on pathological input: a bad request, not a crash.
        return fail(AppError.validation([{ path: '', code: 'too_deep', params: { max: MAX_DEPTH } }]).toData());
      }
      log('handler_failed', { channel: name, message: e instanceof Error ? e.message.slice(0, 300) : 'unknown' });
      return fail({ code: 'internal' });
    }
  };
}
