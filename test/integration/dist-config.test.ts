import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The installer config as data: it loads, names the four installers, has the
 * metadata they need, points at icons that exist, keeps better-sqlite3's addon
 * out of the asar, and uses only options electron-builder knows (against its
 * own JSON schema). test/e2e/pack.test.ts packs with it for real (Linux dir,
 * stand-in Electron); the other targets need their own OS.
 */
const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs') as Record<string, unknown> & {
  linux: { target: string[]; icon: string; files: string[]; maintainer: string; vendor: string; executableName: string; syncDesktopName: boolean };
  win: { target: string[]; icon: string; files: string[] };
  mac: { target: string[]; icon: string; files: string[] };
  files?: string[];
  asarUnpack: string[];
};
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  main: string;
  productName: string;
  homepage: string;
  desktopName: string;
  description: string;
  author: string;
  license: string;
  scripts: Record<string, string>;
};
const schema = JSON.parse(fs.readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties: Record<string, unknown> }>;
};

function pngSize(file: string): { width: number; height: number } {
  const head = fs.readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** Modules the first exclusion leaves in: `!node_modules/!(a|b){,/**}` keeps a and b. */
const target0Keeps = (files: string[]): string[] => (/^!node_modules\/!\(([^)]+)\)/.exec(files[2] ?? '')?.[1] ?? '').split('|');

describe('installer configuration', () => {
  it('is the config npm run dist uses', () => {
    expect(pkg.scripts.dist).toContain('--config electron-builder.config.cjs');
    expect(config.productName).toBe('Pregonero');
    expect(config.productName).toBe(pkg.productName);
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the built app, with the native addon unpacked and no rebuild', () => {
    // What the packed file list really holds is checked by packing: test/e2e/pack.test.ts (Linux).
    // Each target keeps its own prebuilt addon (named as Node names platforms), whatever system builds it.
    for (const [target, nodePlatform] of [
      [config.linux, 'linux'],
      [config.win, 'win32'],
      [config.mac, 'darwin'],
    ] as const) {
      expect(target.files.slice(0, 2)).toEqual(['out/**', 'package.json']);
      expect(target.files.slice(2).every((p) => p.startsWith('!node_modules/'))).toBe(true);
      expect(target.files.at(-1)).toBe(`!node_modules/better-sqlite3/prebuilds/!(${nodePlatform}-\${arch}.node)`);
    }
    expect(config.files).toBeUndefined();
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    // sharp's addon and the libvips it links sit in its platform's @img/sharp-* packages: all of them unpacked.
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node', 'node_modules/@img/**']);
    expect(target0Keeps(config.linux.files)).toEqual(['better-sqlite3', 'sharp', '@img', 'detect-libc', 'semver']);
    expect(fs.existsSync('node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64-0.35.5.node')).toBe(true);
    // The prebuilt addons the unpack pattern is for really are in the package.
    expect(fs.readdirSync('node_modules/better-sqlite3/prebuilds')).toEqual(expect.arrayContaining(['linux-x64.node', 'win32-x64.node', 'darwin-arm64.node']));
  });

  it('has the metadata the deb and NSIS installers ask for', () => {
    // electron-builder stops the deb with "Please specify project homepage" without it.
    expect(pkg.homepage).toMatch(/^https:\/\/\S+$/);
    expect(pkg.description.length).toBeGreaterThan(20);
    expect(pkg.author).toBe('Pregonero');
    expect(pkg.license).toBe('MIT');
    expect(config.linux.maintainer).toBeTruthy();
    // The window's app id (from desktopName) matches the .desktop file the deb and AppImage install.
    expect(pkg.desktopName).toBe(`${config.linux.executableName}.desktop`);
    expect(config.linux.syncDesktopName).toBe(true);
    expect(config.linux.vendor).toBeTruthy();
    expect(config.copyright).toBeTruthy();
  });

  it('points at icons that exist and are big enough', () => {
    expect(pngSize(config.win.icon)).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(config.mac.icon)).toEqual({ width: 1024, height: 1024 });
    const dir = config.linux.icon;
    for (const n of [16, 32, 48, 64, 128, 256, 512]) expect(pngSize(path.join(dir, `${n}x${n}.png`))).toEqual({ width: n, height: n });
    expect(fs.readFileSync('build/icon.svg', 'utf8')).toContain('<svg');
  });

  it('uses only options electron-builder knows', () => {
    const unknown = (obj: object, known: Record<string, unknown>) => Object.keys(obj).filter((k) => !(k in known));
    expect(unknown(config, schema.properties)).toEqual([]);
    const sections: [string, string][] = [
      ['linux', 'LinuxConfiguration'],
      ['win', 'WindowsConfiguration'],
      ['mac', 'MacConfiguration'],
      ['nsis', 'NsisOptions'],
      ['deb', 'DebOptions'],
      ['dmg', 'DmgOptions'],
      ['directories', 'MetadataDirectories'],
      ['electronFuses', 'FuseOptionsV1'],
    ];
    for (const [key, def] of sections) {
      expect(unknown(config[key] as object, schema.definitions[def]!.properties), key).toEqual([]);
    }
  });
});
