import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { type Harness, startHarness } from '../../../electron/web/harness';
import type { Locale } from '../../../shared/ipc/schemas';
import { launchBrowser } from './browser';

export interface E2eEnv {
  harness: Harness;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

/** A harness on a free port with an empty data folder (or one `prepare` has filled), and a browser to drive it. */
export async function startE2e(options: { lang?: Locale; clock?: () => Date; prepare?: (dataDir: string) => void } = {}): Promise<E2eEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-e2e-'));
  options.prepare?.(dataDir);
  const harness = await startHarness({ port: 0, dataDir, lang: options.lang ?? 'es', checkOutputs: true, clock: options.clock });
  const browser = await launchBrowser();
  return {
    harness,
    browser,
    dataDir,
    async close() {
      await browser.close();
      await harness.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
