import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppContext } from '../../electron/context';
import { TestPlatform } from './context';
import { prng } from '../fixtures/random';
import { availableCrashWrites } from './crash-writes';

const CHILD = path.resolve('test/support/crash-child.ts');
/** Far more than a child writes before its kill (at most about a second). */
const WRITES_PER_CYCLE = 1_000_000;

export interface CrashRun {
  kills: number;
  /** Writes the children reported as committed, all verified present. */
  writes: number;
  problems: string[];
  ms: number;
}

/** Start a writer child, kill it with SIGKILL after `delayMs` past its first write (or during start-up), collect what it reported. */
function runChild(dataDir: string, start: number, delayMs: number, duringStartup: boolean): Promise<{ lines: string[]; stderr: string; code: number | null; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (!timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (duringStartup) arm();
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('ready\n')) arm();
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    // A child that never gets going is a failure, not a hang.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      const lines = out.split('\n');
      lines.pop(); // a line cut by the kill is not a report
      resolve({ lines, stderr, code, signal });
    });
  });
}

/**
 * Kill a writer `cycles` times at random moments; after each kill reopen the
 * file the way the app does, check integrity and that every reported write is
 * there.
 */
export async function crashCycles(dataDir: string, cycles: number, seed = 1): Promise<CrashRun> {
  const rand = prng(seed);
  const reported = new Map<string, number[]>();
  const problems: string[] = [];
  const began = performance.now();
  let kills = 0;
  let writes = 0;
  for (let i = 0; i < cycles && problems.length === 0; i++) {
    const duringStartup = rand() < 0.15;
    const delay = duringStartup ? 100 + Math.floor(rand() * 900) : Math.floor(rand() * 400);
    // Each child numbers its writes from a fresh block: the write in flight at
    // the kill may have committed without being reported, so continuing from
    // the last reported number would write the same handle twice.
    const start = i * WRITES_PER_CYCLE + 1;
    const run = await runChild(dataDir, start, delay, duringStartup);
    if (run.signal !== 'SIGKILL') {
      problems.push(`cycle ${i}: child exited on its own (code ${run.code}): ${run.stderr.slice(0, 500)}`);
      break;
    }
    kills++;
    for (const line of run.lines) {
      const m = /^(\S+) (\d+)$/.exec(line);
      if (!m) continue;
      const n = Number(m[2]);
      const list = reported.get(m[1] as string) ?? [];
      list.push(n);
      reported.set(m[1] as string, list);
      if (n >= start + WRITES_PER_CYCLE) problems.push(`cycle ${i}: wrote past its block of ${WRITES_PER_CYCLE}`);
      writes++;
    }
    const ctx = await AppContext.open(dataDir, new TestPlatform(dataDir));
    try {
      if (ctx.store.state !== 'ready') {
        problems.push(`cycle ${i}: store refused after kill: ${ctx.store.state}`);
        break;
      }
      const integrity = ctx.raw.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`cycle ${i}: integrity_check ${String(integrity)}`);
      const fk = ctx.raw.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`cycle ${i}: foreign_key_check ${JSON.stringify(fk.slice(0, 3))}`);
      for (const w of availableCrashWrites()) {
        for (const p of w.verify(ctx.raw, reported.get(w.channel) ?? [])) problems.push(`cycle ${i}: ${p}`);
      }
    } finally {
      await ctx.close();
    }
  }
  return { kills, writes, problems, ms: performance.now() - began };
}
