import type { Locale } from '../shared/ipc/schemas';

/**
 * What only the operating system can do. Electron implements it in
 * electron/shell/platform.ts, the web harness in electron/web/platform.ts;
 * services never know which one they have.
 */
export interface Platform {
  readonly kind: 'electron' | 'harness';
  readonly appVersion: string;
  readonly defaultLocale: Locale;
  /** Render one self-contained HTML document to PDF. */
  printToPdf(html: string, options: { paper: 'A4' | 'Letter'; landscape?: boolean }): Promise<Buffer>;
  /** Save a file where the user chooses (app) or under the data folder (harness); null when cancelled. */
  saveFile(suggestedName: string, data: Buffer | string): Promise<string | null>;
  /** Open a validated https: or mailto: link in the system browser or mail client. */
  openExternal(url: string): Promise<void>;
  /**
   * Seal a secret with the operating system's keychain (Electron's
   * `safeStorage`) and open it again. Absent where there is none to trust
   * (the web harness): then no password is kept.
   */
  readonly secrets?: { seal(text: string): Buffer; unseal(sealed: Buffer): string };
}
