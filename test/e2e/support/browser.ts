import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../electron/web/platform';

/**
 * Debian's Chromium, driven by playwright-core. A missing browser fails the
 * run (it is never a skip): .ci/run installs it.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (bash .ci/run does).`);
  }
  // launch() gives every browser a fresh, temporary user-data dir of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  locale?: 'es-ES' | 'en-GB';
  colorScheme?: 'light' | 'dark';
  timezoneId?: string;
  /** Where the page's clock starts (it then runs): the app's "today". */
  now?: Date;
  /** The browser's "now", held fixed (timers still run), so screens that prefill from the clock are reproducible. */
  clock?: Date;
}

/** A fresh context (no shared storage) with the app opened at its token URL. */
export async function openApp(browser: Browser, url: string, token: string, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'es-ES',
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timezoneId ?? 'Europe/Madrid',
    viewport: { width: 1280, height: 860 },
  });
  if (options.clock) await context.clock.setFixedTime(options.clock);
  else if (options.now) await context.clock.install({ time: options.now });
  const page = await context.newPage();
  // An uncaught error in the renderer fails the test that caused it, when it closes its context.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    await close(...args);
    if (errors.length) throw new Error(`Uncaught error in the page:\n${errors.join('\n')}`);
  };
  await page.goto(`${url}/#token=${token}`);
  return { context, page };
}
