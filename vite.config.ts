import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META } from './shared/security/csp.ts';

/** Write the one CSP into index.html so the page enforces it under any transport. */
const cspMeta = (): Plugin => ({
  name: 'pregonero-csp',
  transformIndexHtml: (html) => html.replace('%PREGONERO_CSP%', CSP_META),
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
