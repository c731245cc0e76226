import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * An unpacked "Electron" for electron-builder's `electronDist`, so the app
 * can be packed with no download: the layout of Electron's Linux zip, whose
 * executable is a shell script that carries a fuse wire the way the real
 * binary does (the sentinel @electron/fuses searches for, then the wire's
 * version, its length and one byte per fuse, in Electron 45's default states).
 *
 *   npx tsx test/support/stand-in-electron.ts <folder>
 *   npm run dist -- --linux dir -c.electronDist=<folder>
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 0x31;
const DISABLE = 0x30;
/** RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadFromAsar, BrowserV8Snapshot, FileProtocolPrivileges. */
export const ELECTRON_DEFAULT_FUSES = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];

export function makeStandInElectron(dir: string): string {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron: it packs, it does not run" >&2\nexit 1\n');
  const wire = Buffer.from([1, ELECTRON_DEFAULT_FUSES.length, ...ELECTRON_DEFAULT_FUSES]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([script, Buffer.alloc(32), Buffer.from(FUSE_SENTINEL, 'latin1'), wire, Buffer.alloc(32)]), { mode: 0o755 });
  for (const locale of ['es', 'en-US']) fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron binary, for packaging tests.\n');
  fs.writeFileSync(path.join(dir, 'version'), (JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version);
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npx tsx test/support/stand-in-electron.ts <folder>');
    process.exit(2);
  }
  console.log(makeStandInElectron(path.resolve(target)));
}
