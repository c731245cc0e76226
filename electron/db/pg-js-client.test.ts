import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');

describe('the PostgreSQL client the app loads', () => {
  it('is the JavaScript one even where NODE_PG_FORCE_NATIVE is set, bundled as the shell is, so the app still starts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-pg-'));
    const outfile = path.join(dir, 'server-store.cjs');
    // The shell's esbuild settings (package.json, build:shell): the order modules run in is the bundle's.
    await build({ entryPoints: [path.join(root, 'electron/db/server-store.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', 'better-sqlite3', 'sharp'], outfile, logLevel: 'silent' });
    const out = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(outfile)}); process.stdout.write('loaded')`], {
      env: { ...process.env, NODE_PG_FORCE_NATIVE: '1', NODE_PATH: path.join(root, 'node_modules') },
      encoding: 'utf8',
    });
    expect(out).toBe('loaded');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
