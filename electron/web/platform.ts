import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Locale } from '../../shared/ipc/schemas';
import { isSafeExternalUrl } from '../../shared/security/csp';
import type { Platform } from '../platform';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The harness stands in for the OS: PDFs come from Chromium's page.pdf(),
 * saved files land in <data>/exports, and links are recorded, not opened.
 */
export class HarnessPlatform implements Platform {
  readonly kind = 'harness' as const;
  readonly opened: string[] = [];
  private browser: Promise<Browser> | null = null;

  constructor(
    private readonly dataDir: string,
    readonly defaultLocale: Locale,
    readonly appVersion: string,
  ) {}

  private async getBrowser(): Promise<Browser> {
    if (!this.browser) {
      this.browser = import('playwright-core').then(({ chromium }) =>
        // Ctrl+C and SIGTERM are the harness's to handle (cli.ts): it closes this browser and the data file, then exits.
        // Left to Playwright, it would kill Chromium and exit at once, with the file still open.
        chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false }),
      );
    }
    return this.browser;
  }

  async printToPdf(html: string, options: { paper: 'A4' | 'Letter'; landscape?: boolean }): Promise<Buffer> {
    const browser = await this.getBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: options.paper, landscape: options.landscape ?? false, printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
  }

  async saveFile(suggestedName: string, data: Buffer | string): Promise<string> {
    const dir = path.join(this.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, path.basename(suggestedName));
    fs.writeFileSync(target, data);
    return target;
  }

  async openExternal(url: string): Promise<void> {
    if (!isSafeExternalUrl(url)) throw new Error('unsafe url');
    this.opened.push(url);
  }

  async close(): Promise<void> {
    if (this.browser) await (await this.browser).close();
  }
}
