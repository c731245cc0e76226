import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/context';

/**
 * Boots the built desktop main process in Node against the stand-in
 * `electron` module (test/support/electron-stand-in), which records each call
 * and throws where Electron would.
 */
export type Call = { call: string } & Record<string, unknown>;

export interface BootOptions {
  /** Boot as an installed app (app.isPackaged). */
  packaged?: boolean;
  /** Make creating the window throw. */
  fail?: 'window';
  /** A better-sqlite3 folder to load instead of the real one. */
  sqlite?: string;
  /** What the page calls once loaded: [channel, input] pairs. */
  pageCalls?: [string, unknown][];
  /** The system's app-data folder (a fresh one by default). */
  appData?: string;
  /** The app's folder, holding out/ (the project by default; an extracted app.asar for the packed app). */
  appDir?: string;
  /** Play a Linux session without a keychain (Electron's plain-text fallback). */
  noKeychain?: boolean;
}

/** Run out/electron/main.cjs under the stand-in Electron until it quits; every call it made, in order. */
export function boot(options: BootOptions = {}) {
  const appData = options.appData ?? tempDir();
  const recordFile = path.join(tempDir(), 'calls.jsonl');
  const run = spawnSync(process.execPath, ['--require', path.resolve('test/support/electron-stand-in/register.cjs'), 'out/electron/main.cjs'], {
    cwd: options.appDir ?? process.cwd(),
    env: {
      PATH: process.env.PATH,
      STANDIN_RECORD: recordFile,
      STANDIN_APPDATA: appData,
      STANDIN_PACKAGED: options.packaged ? '1' : '0',
      STANDIN_FAIL: options.fail ?? '',
      STANDIN_SQLITE: options.sqlite ?? '',
      STANDIN_PAGE_CALLS: JSON.stringify(options.pageCalls ?? [['app.info', {}]]),
      STANDIN_NO_KEYCHAIN: options.noKeychain ? '1' : '0',
    },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const calls = fs
    .readFileSync(recordFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Call);
  return { appData, calls, status: run.status, stderr: run.stderr, names: calls.map((c) => c.call) };
}
