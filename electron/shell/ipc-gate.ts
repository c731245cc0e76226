import { fail, type Result } from '../../shared/ipc/result';
import type { Locale } from '../../shared/ipc/schemas';
import type { Invoke } from '../router';
import { isTrustedSender, type SenderFacts } from './policy';

/** Channels after which the language may have changed (settings, or another file with its own settings). */
export const LOCALE_CHANNELS: ReadonlySet<string> = new Set(['settings.save', 'store.openBackup', 'store.createNew']);

export interface IpcGate {
  readonly locale: Locale;
  /** Read the saved language (or use the fallback when the store is refused) and announce it. */
  start(fallback: Locale): Promise<void>;
  /** Answer one renderer call: untrusted senders get `unauthorized` and never reach the router. */
  answer(sender: SenderFacts, channel: unknown, input: unknown): Promise<Result<unknown>>;
}

/**
 * What ipcMain.handle does, without Electron: check the sender, call the
 * shared router, and tell the shell when the language changed (to rebuild
 * the native menu). Tested against the real router in test/integration.
 */
export function createIpcGate(
  invoke: Invoke,
  onLocale: (locale: Locale) => void,
  log: (event: string, detail: Record<string, string | number>) => void = () => undefined,
): IpcGate {
  let locale: Locale = 'es';

  async function saved(fallback: Locale): Promise<Locale> {
    const info = (await invoke('app.info', {})) as Result<{ locale: Locale }>;
    return info.ok ? info.value.locale : fallback;
  }

  return {
    get locale() {
      return locale;
    },
    async start(fallback) {
      locale = await saved(fallback);
      onLocale(locale);
    },
    async answer(sender, channel, input) {
      if (!isTrustedSender(sender)) {
        log('ipc_refused', { url: sender.url.slice(0, 120) });
        return fail({ code: 'unauthorized' });
      }
      const result = await invoke(channel as string, input);
      if (result.ok && typeof channel === 'string' && LOCALE_CHANNELS.has(channel)) {
        const next = await saved(locale);
        if (next !== locale) {
          locale = next;
          onLocale(next);
        }
      }
      return result;
    },
  };
}
