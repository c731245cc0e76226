import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META } from './shared/security/csp.ts';

/** Write the one CSP into index.html so the page enforces it under any transport. */
const cspMeta = (): Plugin => ({
  name: 'pregonero-csp',
  transformIndexHtml: (html) => html.replace('%PREGONERO_CSP%', CSP_META),
});

/** Modules statically reachable from `root`, through getModuleInfo. */
function reach(root: string, info: (id: string) => { importedIds: readonly string[] } | null): Set<string> {
  const seen = new Set<string>();
  const todo = [root];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

const START = path.resolve('renderer/start.tsx');
const ENTRY = path.resolve('renderer/main.tsx');
type Graph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
/** Per chunking pass (its context): a build in watch mode chunks again with a new one. */
const startModules = new WeakMap<Graph, Set<string>>();

/**
 * What the app's main chunk imports is one file: left to themselves, the
 * pieces it shares with the pages that load later (a dialog, the locale,
 * the network icons) were a dozen requests more at start. What the entry
 * imports itself stays out, so that its first reads leave before the main
 * chunk has loaded.
 */
const startChunk = (id: string, graph: Graph): string | null => {
  let modules = startModules.get(graph);
  if (!modules) {
    const entry = reach(ENTRY, (m) => graph.getModuleInfo(m));
    modules = new Set([...reach(START, (m) => graph.getModuleInfo(m))].filter((m) => !entry.has(m)));
    startModules.set(graph, modules);
  }
  return modules.has(id) ? 'start' : null;
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: startChunk, debugName: 'start', includeDependenciesRecursively: false }] } } },
  },
});
