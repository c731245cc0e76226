import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
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
  /** A keychain of the test's own: AES-256-GCM under a key that lives as long as this platform. */
  private readonly key = randomBytes(32);
  readonly secrets = {
    seal: (text: string): Buffer => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', this.key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    unseal: (sealed: Buffer): string => {
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
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

/** The engine the integration suite runs on: `PREGONERO_TEST_ENGINE=postgres` (its own vitest project) or the local file. */
export const testEngine = (): 'sqlite' | 'postgres' => (process.env.PREGONERO_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite');

/**
 * On PostgreSQL, a test app's database: one per data folder, so a test that
 * closes its app and opens the same folder again finds its data, as it would
 * in the file. Made from the suite's migrated template.
 */
async function databaseFor(dataDir: string): Promise<string> {
  const { url, template } = inject('postgres');
  const name = `t_${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Where a test's data folder keeps its rows on the suite's engine: its file, or its own database on the server. */
export async function testStore(dataDir: string): Promise<{ database?: string }> {
  return testEngine() === 'postgres' ? { database: await databaseFor(dataDir) } : {};
}

/**
 * A real store behind the real router (outputs checked against their schemas
 * too): a SQLite file in a temporary folder, migrated, or, in the suite's
 * PostgreSQL run, a database of its own on a real server. Without a clock it
 * runs from TEST_NOW at the real pace, never on the machine's date.
 */
export async function openTestApp(options: { clock?: () => Date; platform?: Platform; dataDir?: string; database?: string; person?: string } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? tempDir();
  // A server of a test's own (two computers of one team on it), or the suite's engine.
  const { database } = options.database ? { database: options.database } : await testStore(dataDir);
  // No local copy of the team's server here: the suite's tests are about the data, and the copy has tests of its own (postgres/snapshot.test.ts).
  const ctx = await AppContext.open(dataDir, options.platform ?? new TestPlatform(dataDir), options.clock ?? clockFrom(TEST_NOW), { database, person: options.person, keepSnapshot: false });
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
