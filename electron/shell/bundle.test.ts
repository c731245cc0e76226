import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The same esbuild settings as `npm run build:shell` (package.json), in memory. */
async function bundle(entry: string, external: string[]): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const requires = (code: string) => [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();

describe('shell bundles', () => {
  it('the preload is CommonJS that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const code = await bundle('electron/shell/preload.ts', ['electron']);
    expect(requires(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(|import\.meta/);
    // Exactly one thing reaches the page: window.pregonero.invoke on the one channel.
    expect([...code.matchAll(/exposeInMainWorld\(/g)]).toHaveLength(1);
    expect(code).toContain('"pregonero"');
    expect(code).toContain('pregonero:invoke');
  });

  it('the main process bundles, loading only electron, better-sqlite3, sharp and Node built-ins at run time', async () => {
    const code = await bundle('electron/shell/main.ts', ['electron', 'better-sqlite3', 'sharp']);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    // node-postgres loads its optional libpq binding only for `pg.native` or NODE_PG_FORCE_NATIVE, which the app clears before the client loads.
    const optional = new Set(['pg-native']);
    const others = requires(code).filter((r) => r !== 'electron' && r !== 'better-sqlite3' && r !== 'sharp' && !builtins.has(r) && !optional.has(r));
    expect(others).toEqual([]);
    expect(code).not.toMatch(/import\.meta/);
  }, 30_000);
});
