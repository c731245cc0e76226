import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm start`, `npm run web` and `npm run dist` first run build/check-node.cjs, which must parse and speak on any Node. */
function check(version: string) {
  const script = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: ${JSON.stringify(version)} } }); require(${JSON.stringify(path.resolve('build/check-node.cjs'))});`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

describe('Node version check', () => {
  it('says in one line which Node is needed, and stops', () => {
    const run = check('20.11.1');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Pregonero needs Node 24 (this is Node 20.11.1): install Node 24 LTS from https://nodejs.org and run npm ci again.\n');
    expect(check('25.0.0').status).toBe(1);
  });

  it('lets Node 24 through silently', () => {
    const run = check('24.22.3');
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('runs before the scripts that start the app', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const name of ['start', 'web', 'dist']) expect(scripts[name]!.startsWith('node build/check-node.cjs && '), name).toBe(true);
  });
});
