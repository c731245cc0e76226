import { execFileSync } from 'node:child_process';
import { build } from 'vite';

/**
 * Build the app once for the whole e2e run: the renderer, as `npm run web`
 * would, and the shell bundles (out/electron/*.cjs) exactly as `npm run
 * build:shell` makes them, for the boot and packaging tests.
 */
export default async function setup(): Promise<void> {
  // The production bundle, as the app ships: the test runner sets NODE_ENV to "test", which builds React and its JSX for development.
  const runner = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = runner;
  }
  execFileSync('npm', ['run', '--silent', 'build:shell'], { stdio: 'pipe' });
}
