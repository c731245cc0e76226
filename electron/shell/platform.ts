import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, dialog, safeStorage, shell, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/ipc/errors';
import type { Locale } from '../../shared/ipc/schemas';
import { isSafeExternalUrl } from '../../shared/security/csp';
import type { Platform } from '../platform';
import { withCspMeta } from './policy';
import { PDF_WEB_PREFERENCES } from './secure-options';
import { newSecureWindow } from './secure-window';

/** Chromium refuses navigations to URLs over 2 MB; stay well under it and fall back to a temporary file. */
const MAX_DATA_URL = 1_500_000;
/** Paper margins in inches (about 1.5 cm), unless the document sets its own with @page. */
const MARGINS = { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 };

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.ics': { name: 'iCalendar', extensions: ['ics'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.html': { name: 'HTML', extensions: ['html'] },
  '.txt': { name: 'Text', extensions: ['txt'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
};

/** What only the OS can do, for the desktop app. */
export class ElectronPlatform implements Platform {
  readonly kind = 'electron' as const;
  readonly appVersion = app.getVersion();

  constructor(
    readonly defaultLocale: Locale,
    private readonly parentWindow: () => BrowserWindow | null,
  ) {}

  /**
   * The team server's password, sealed by the system keychain (Keychain on
   * macOS, DPAPI on Windows, the Secret Service on Linux). On a Linux session
   * without one, Electron falls back to a fixed key, which protects nothing:
   * then there is no keychain, and no password is kept.
   */
  get secrets(): Platform['secrets'] {
    if (!safeStorage.isEncryptionAvailable()) return undefined;
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
    return {
      seal: (text) => safeStorage.encryptString(text),
      unseal: (sealed) => safeStorage.decryptString(sealed),
    };
  }

  /**
   * A hidden window with script disabled, in its own in-memory session, loads
   * the static HTML (with the CSP added) and Chromium prints it.
   */
  async printToPdf(html: string, options: { paper: 'A4' | 'Letter'; landscape?: boolean }): Promise<Buffer> {
    const doc = withCspMeta(html);
    const win = newSecureWindow({ show: false, width: 1024, height: 1400 }, PDF_WEB_PREFERENCES);
    let tempDir: string | null = null;
    try {
      const encoded = Buffer.from(doc, 'utf8').toString('base64');
      if (encoded.length < MAX_DATA_URL) {
        await win.loadURL(`data:text/html;charset=utf-8;base64,${encoded}`);
      } else {
        tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-pdf-'));
        const file = path.join(tempDir, 'export.html');
        await fs.writeFile(file, doc, { mode: 0o600 });
        await win.loadFile(file);
      }
      return await win.webContents.printToPDF({
        pageSize: options.paper,
        landscape: options.landscape ?? false,
        printBackground: true,
        preferCSSPageSize: true,
        margins: MARGINS,
      });
    } finally {
      win.destroy();
      if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
    }
  }

  /** Ask where to save (starting in Documents with the suggested name); null when the user cancels. */
  async saveFile(suggestedName: string, data: Buffer | string): Promise<string | null> {
    const name = path.basename(suggestedName);
    const filter = FILTERS[path.extname(name).toLowerCase()];
    const options = {
      defaultPath: path.join(app.getPath('documents'), name),
      filters: filter ? [filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const parent = this.parentWindow();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await fs.writeFile(choice.filePath, data);
    return choice.filePath;
  }

  async openExternal(url: string): Promise<void> {
    await openExternalSafely(url);
  }
}

/** The app's one call to shell.openExternal: only validated https:/http: pages and mailto: addresses reach the OS. */
export async function openExternalSafely(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) throw AppError.validation([{ path: 'url', code: 'invalid_format' }]);
  await shell.openExternal(url);
}
