import { execFileSync } from 'node:child_process';
import { build } from 'vite';

/**
 * Build the app once for the whole e2e run: the renderer, as `npm run web`
 * would, and the shell bundles (out/electron/*.cjs) exactly as `npm run
 * build:shell` makes them, for the boot and packaging tests.
 */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  execFileSync('npm', ['run', '--silent', 'build:shell'], { stdio: 'pipe' });
}
