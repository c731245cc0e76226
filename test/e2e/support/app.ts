import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { clockFrom } from '../../../electron/web/clock';
import { type Harness, startHarness } from '../../../electron/web/harness';
import type { Locale } from '../../../shared/ipc/schemas';
import { launchBrowser, openApp, type PageOptions } from './browser';

/**
 * The instant an e2e run stands at unless a test picks another: a Friday
 * whose week began in the previous month and year, so "this week" code that
 * leans on the real calendar fails on any day, not only on some.
 */
export const E2E_NOW = new Date('2027-01-01T10:00:00+01:00');

export interface E2eEnv {
  harness: Harness;
  browser: Browser;
  dataDir: string;
  /** The harness's clock: what the app takes for "now". */
  now(): Date;
  /** The app in a fresh browser context whose clock reads the harness's time. */
  open(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export interface E2eOptions {
  lang?: Locale;
  /** Where the app's clock starts; it then runs at the real pace. */
  now?: Date;
  /** A clock of the test's own (e.g. a fixed instant), instead of `now`. */
  clock?: () => Date;
  /** The team's PostgreSQL server to work on, and who works at this instance. */
  database?: string;
  person?: string;
  /** Fills the data folder before the harness opens it (a foreign or damaged file, say). */
  prepare?: (dataDir: string) => void;
}

/** A harness on a free port with an empty data folder, and a browser to drive it. Never on the machine's clock. */
export async function startE2e(options: E2eOptions = {}): Promise<E2eEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-e2e-'));
  options.prepare?.(dataDir);
  const clock = options.clock ?? clockFrom(options.now ?? E2E_NOW);
  const harness = await startHarness({ port: 0, dataDir, lang: options.lang ?? 'es', checkOutputs: true, clock, database: options.database, person: options.person });
  const browser = await launchBrowser();
  return {
    harness,
    browser,
    dataDir,
    now: clock,
    // A fixed harness clock holds the page's fixed too; a running one runs in both.
    open: (pageOptions = {}) => openApp(browser, harness.url, harness.token, { ...(options.clock ? { clock: clock() } : { now: clock() }), ...pageOptions }),
    async close() {
      await browser.close();
      await harness.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
