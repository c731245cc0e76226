import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/context';

/** Every process whose parent chain leads to `root`, from /proc (Linux). */
function descendants(root: number): { pid: number; command: string }[] {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone while we looked.
    }
  }
  const found: { pid: number; command: string }[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent !== pid) continue;
      let command = '';
      try {
        command = fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')[0] ?? '';
      } catch {
        // Gone while we looked.
      }
      found.push({ pid: child, command });
      walk(child);
    }
  };
  walk(root);
  return found;
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('stopping the web harness', () => {
  it('Ctrl+C ends it and the Chromium it started for a PDF', async () => {
    const dataDir = tempDir();
    // Its own process group, as a terminal's foreground job: Ctrl+C sends SIGINT to the whole group.
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli.ts', '--port', '0', '--data', dataDir, '--token', 'stop-token'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout!.on('data', (c: Buffer) => {
        text += c.toString();
        const m = /listening on (\S+)\n/.exec(text);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
    });
    const res = await fetch(`${url}/ipc/exports.weekPlanPdf`, { method: 'POST', headers: { Authorization: 'Bearer stop-token' }, body: JSON.stringify({ from: '2026-12-01' }) });
    expect(await res.json()).toMatchObject({ ok: true, value: { pages: 1 } });
    const chromium = descendants(child.pid!).filter((p) => /chrom/i.test(p.command));
    expect(chromium.length).toBeGreaterThan(0);

    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    await expect.poll(() => chromium.filter((p) => alive(p.pid)), { timeout: 10_000 }).toEqual([]);
    // And the data file was closed, not abandoned: its write-ahead log is folded back in.
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('pregonero.sqlite')).sort()).toEqual(['pregonero.sqlite']);
  }, 90_000);
});
