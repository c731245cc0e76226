import type { ChannelName, Input, Output } from '../shared/ipc/contract';
import { AppError } from '../shared/ipc/errors';
import type { Result } from '../shared/ipc/result';
import type { MediaItem } from '../shared/features/media/contract';

/** What the Electron preload exposes; absent in a browser, where the harness is reached over HTTP. */
interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  upload(file: File): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    pregonero?: Bridge;
  }
}

const TOKEN_KEY = 'pregonero.token';

/** The harness hands the token in the URL fragment (never sent to a server); keep it for reloads. */
function readToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Read once per load: session storage is a synchronous store, and the start alone sends a dozen requests. */
let token: string | null = null;
const harnessToken = (): string => (token ??= readToken());

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${harnessToken()}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Result<unknown>;
}

/**
 * Add one photo or video to the library. The app hands the file's path to
 * the main process, which reads it; the harness takes the raw bytes as a
 * POST /media body. Never base64 in a message. Answers the new (or
 * existing) item, or throws AppError like api().
 */
export async function upload(file: File): Promise<MediaItem> {
  let result: Result<unknown>;
  try {
    result = window.pregonero
      ? await window.pregonero.upload(file)
      : ((await (
          await fetch('/media', {
            method: 'POST',
            headers: { Authorization: `Bearer ${harnessToken()}`, 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
            body: file,
          })
        ).json()) as Result<unknown>);
  } catch {
    throw new AppError('network');
  }
  if (result.ok) return result.value as MediaItem;
  throw new AppError(result.error.code, result.error.params);
}

const awayListeners = new Set<() => void>();

/** Be told when a call found the team's server away (answered `offline`); answers the unsubscribe. */
export function onServerAway(listener: () => void): () => void {
  awayListeners.add(listener);
  return () => awayListeners.delete(listener);
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
  if (result.error.code === 'offline') for (const listener of awayListeners) listener();
  throw new AppError(result.error.code, result.error.params);
}
