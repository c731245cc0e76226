import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../../electron/context';
import type { Platform } from '../../electron/platform';
import { createRouter } from '../../electron/router';
import { clockFrom } from '../../electron/web/clock';
import type { ChannelName, Input, Output } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';

/** A Platform for integration tests: no OS, files saved under the data folder. */
export class TestPlatform implements Platform {
  readonly kind = 'harness' as const;
  readonly appVersion = '0.0.0-test';
  readonly opened: string[] = [];
  readonly saved: string[] = [];
  constructor(
    private readonly dataDir: string,
    readonly defaultLocale: 'es' | 'en' = 'es',
  ) {}
  async printToPdf(): Promise<Buffer> {
    throw new Error('printToPdf needs a browser: use the harness platform');
  }
  async saveFile(name: string, data: Buffer | string): Promise<string> {
    const dir = path.join(this.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, path.basename(name));
    fs.writeFileSync(target, data);
    this.saved.push(target);
    return target;
  }
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}

export const tempDir = (prefix = 'pregonero-test-'): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export interface TestApp {
  ctx: AppContext;
  dataDir: string;
  /** Call a channel through the real router; the raw Result. */
  invoke: ReturnType<typeof createRouter>;
  /** Call a channel and get its value, or throw its AppError. */
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
  close(): Promise<void>;
}

/**
 * The instant a test app starts at when its test names none: a test passes
 * or fails the same whatever day the machine says.
 */
export const TEST_NOW = new Date('2026-12-01T10:00:00Z');

/**
 * A real SQLite file in a temporary folder, migrated, behind the real router
 * (outputs checked against their schemas too). Without a clock it runs from
 * TEST_NOW at the real pace, never on the machine's date.
 */
export async function openTestApp(options: { clock?: () => Date; platform?: Platform; dataDir?: string } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? tempDir();
  const ctx = await AppContext.open(dataDir, options.platform ?? new TestPlatform(dataDir), options.clock ?? clockFrom(TEST_NOW));
  const invoke = createRouter(ctx, { checkOutputs: true, log: (event, detail) => console.error(event, detail) });
  return {
    ctx,
    dataDir,
    invoke,
    async call(channel, input) {
      const result = await invoke(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.params);
      return result.value as never;
    },
    async close() {
      await ctx.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
