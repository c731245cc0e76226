import type { ChannelName, Input, Output } from '../shared/ipc/contract';
import { AppError } from '../shared/ipc/errors';
import type { Result } from '../shared/ipc/result';

/** What the Electron preload exposes; absent in a browser, where the harness is reached over HTTP. */
interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    pregonero?: Bridge;
  }
}

const TOKEN_KEY = 'pregonero.token';

/** The harness hands the token in the URL fragment (never sent to a server); keep it for reloads. */
function harnessToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${harnessToken()}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Result<unknown>;
}

/**
 * The one door to the main process. Typed from the contract: the input is
 * checked at compile time here and at run time by the router. Resolves with
 * the value, or throws AppError(code, params) for the view to translate.
 */
export async function api<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> {
  let result: Result<unknown>;
  try {
    result = window.pregonero ? await window.pregonero.invoke(channel, input) : await overHttp(channel, input);
  } catch {
    throw new AppError('network');
  }
  if (result.ok) return result.value as Output<C>;
  throw new AppError(result.error.code, result.error.params);
}
