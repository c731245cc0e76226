import { build } from 'vite';

/** Build the renderer once for the whole e2e run, as `npm run web` would. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
