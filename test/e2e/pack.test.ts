import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/context';
import { makeStandInElectron } from '../support/stand-in-electron';
import { boot } from './support/boot-shell';

/**
 * `electron-builder --linux dir` with the project's own config, against a
 * stand-in Electron (no download), on the app the e2e setup built. What the
 * installers carry, how big it is, and the fuses burnt into the executable.
 * The asar and fuse readers are the very ones electron-builder packs and
 * flips with (its own dependencies, resolved from it).
 */
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const asar = fromBuilder('@electron/asar') as typeof import('@electron/asar');
const fuses = fromBuilder('@electron/fuses') as typeof import('@electron/fuses');

const MB = 1024 * 1024;
let appDir = '';
let asarFile = '';

function sizeOf(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(p).reduce((sum, name) => sum + sizeOf(path.join(p, name)), 0);
}

beforeAll(() => {
  const electronDist = makeStandInElectron(tempDir());
  const output = tempDir();
  const run = spawnSync(
    process.execPath,
    ['node_modules/electron-builder/cli.js', '--config', 'electron-builder.config.cjs', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
  appDir = path.join(output, 'linux-unpacked');
  asarFile = path.join(appDir, 'resources', 'app.asar');
}, 160_000);

describe('packed app (electron-builder --linux dir, stand-in Electron)', () => {
  it('carries the bundles, the renderer and better-sqlite3\'s JavaScript and Linux addon, and nothing the bundles already hold', () => {
    const files = asar.listPackage(asarFile, { isPack: false }).map((f) => f.split(path.sep).join('/'));
    const assets = files.filter((f) => f.startsWith('/out/renderer/assets/'));
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true);
    expect(assets.some((f) => f.endsWith('.css'))).toBe(true);
    const sqliteLib = fs.readdirSync('node_modules/better-sqlite3/lib', { recursive: true, encoding: 'utf8' }).map((f) => `/node_modules/better-sqlite3/lib/${f}`);
    // sharp, its two small dependencies and its platform's prebuilt libvips (checked below, unpacked).
    const imageLib = (f: string) => /^\/node_modules\/(sharp|@img|detect-libc|semver)(\/|$)/.test(f);
    expect(files.some((f) => f === '/node_modules/sharp/dist/index.cjs')).toBe(true);
    expect(files.filter((f) => !f.startsWith('/out/renderer/assets/') && !imageLib(f)).sort()).toEqual(
      [
        '/node_modules',
        '/node_modules/better-sqlite3',
        '/node_modules/better-sqlite3/LICENSE',
        '/node_modules/better-sqlite3/lib',
        ...sqliteLib,
        '/node_modules/better-sqlite3/package.json',
        '/node_modules/better-sqlite3/prebuilds',
        '/node_modules/better-sqlite3/prebuilds/linux-x64.node',
        '/out',
        '/out/electron',
        '/out/electron/main.cjs',
        '/out/electron/preload.cjs',
        '/out/renderer',
        '/out/renderer/assets',
        '/out/renderer/index.html',
        '/package.json',
      ].sort(),
    );
    // The addon sits outside the archive, where dlopen can reach it.
    expect(fs.existsSync(path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node'))).toBe(true);
    expect(fs.readdirSync(path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules')).sort()).toEqual(['@img', 'better-sqlite3']);
    expect(fs.existsSync(path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', '@img', 'sharp-linux-x64', 'lib', 'sharp-linux-x64-0.35.5.node'))).toBe(true);
  });

  it('stays within the size budget: app.asar at most 12 MB, unpacked at most 26 MB (libvips alone is 18 MB)', () => {
    expect(sizeOf(asarFile)).toBeLessThanOrEqual(12 * MB);
    expect(sizeOf(path.join(appDir, 'resources', 'app.asar.unpacked'))).toBeLessThanOrEqual(26 * MB);
  });

  it('flips the fuses an offline app does not need, read back from the packed executable', async () => {
    const { FuseV1Options } = fuses;
    // A fuse's byte is ASCII '1' when on, '0' when off.
    const FuseState = { ENABLE: 0x31, DISABLE: 0x30 };
    const wire = await fuses.getCurrentFuseWire(path.join(appDir, 'pregonero'));
    expect(wire).toEqual({
      version: '1',
      [FuseV1Options.RunAsNode]: FuseState.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseState.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.ENABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.ENABLE,
      // Left as Electron ships them.
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.ENABLE,
    });
  });

  it('boots from what was packed: the archive\'s main.cjs finds the packed better-sqlite3 and opens a data file', () => {
    const extracted = path.join(tempDir(), 'app');
    asar.extractAll(asarFile, extracted);
    const { appData, calls, status } = boot({ packaged: true, appDir: extracted });
    expect(status).toBe(0);
    const answer = calls.find((c) => c.call === 'page.invoke');
    expect(answer?.result).toMatchObject({ ok: true, value: { store: 'ready', dataPath: path.join(appData, 'Pregonero', 'pregonero.sqlite') } });
  });
});
