import type { Page, Request } from 'playwright-core';
import type { Harness } from '../../electron/web/harness';
import { launchBrowser } from '../e2e/support/browser';
import { calendarReady, targets } from './entries';

export interface PageRow {
  name: string;
  medianMs?: number;
  p95Ms?: number;
  target: string;
  status: 'pass' | 'fail' | 'info';
  note?: string;
}

/** A city month at the size the issue was seen at, with the office's clock on the seed's anchor. */
async function openMonth(h: Harness, anchor: Date) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.clock.install({ time: anchor });
  await page.clock.resume();
  await page.goto(`${h.url}/#token=${h.token}`);
  await firstPost(page).waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  return { browser, page };
}

/** A post item of the grid, by its accessible name: "9:00, Borrador: …". */
const firstPost = (page: Page) => calendarReady(page).getByRole('button', { name: /^\d{1,2}:\d\d, / }).first();

/**
 * The renderer's JS heap in MB after a full garbage collection, read with the
 * DevTools protocol: the page's isolate (Runtime.getHeapUsage), and the
 * whole renderer's as DevTools' Performance panel shows it
 * (Performance.getMetrics: JSHeapUsedSize), which also counts the heap the
 * page's workers and extensions hold. The larger of the two is the one held to target.
 */
async function heapMb(page: Page): Promise<{ used: number; page: number; renderer: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const renderer = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
  const own = usedSize / 2 ** 20;
  return { used: Math.max(own, renderer), page: own, renderer };
}

interface Call {
  channel: string;
  start: number;
  end: number;
}

/**
 * Rounds of reads: requests the page sends together form one round; one sent
 * after an earlier one answered (it waited for it) starts the next.
 */
export function roundsOf(calls: Call[]): number {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  let rounds = 0;
  let roundEnds = -Infinity;
  for (const c of sorted) {
    if (c.start >= roundEnds) {
      rounds++;
      roundEnds = c.end;
    } else roundEnds = Math.min(roundEnds, c.end);
  }
  return rounds;
}

/** Opens a post of the month, saves it unchanged, and records every read the page makes until it is quiet again. */
async function readsAfterSave(page: Page): Promise<Call[]> {
  await firstPost(page).click();
  const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
  await dialog.waitFor();
  const calls: Call[] = [];
  const started = new Map<Request, number>();
  let saving = false;
  const t0 = performance.now();
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/ipc/')) started.set(r, performance.now() - t0);
  });
  page.on('requestfinished', (r) => {
    const channel = decodeURIComponent(new URL(r.url()).pathname.slice('/ipc/'.length));
    const start = started.get(r);
    if (start === undefined) return;
    if (channel === 'posts.save') saving = true;
    else if (saving) calls.push({ channel, start, end: performance.now() - t0 });
  });
  await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
  await page.getByRole('status').getByText('Publicación guardada.').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  return calls;
}

/** The calendar page on a city month: its heap once open, and the reads a save sets off. */
export async function calendarPageMeasures(h: Harness, anchor: Date): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  const heapName = 'renderer JS heap after opening a city month (Chromium, DevTools protocol)';
  const readsName = 'reads after saving a post (rounds of requests the page sends)';
  try {
    const heaps: number[] = [];
    const read: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { browser, page } = await openMonth(h, anchor);
      const heap = await heapMb(page);
      heaps.push(heap.used);
      read.push(`${heap.page.toFixed(1)} (getHeapUsage) / ${heap.renderer.toFixed(1)} (getMetrics)`);
      if (i === 2) {
        const calls = await readsAfterSave(page);
        const rounds = roundsOf(calls);
        const channels = calls.map((c) => c.channel);
        const twice = channels.filter((c, j) => channels.indexOf(c) !== j);
        console.log(`  after a save: ${calls.length} requests in ${rounds} round(s): ${channels.join(', ')}`);
        rows.push({
          name: readsName,
          medianMs: rounds,
          target: `${targets.readRoundsAfterSave} round, no channel twice`,
          status: rounds <= targets.readRoundsAfterSave && twice.length === 0 ? 'pass' : 'fail',
          note: `${calls.length} requests: ${[...new Set(channels)].join(', ')} (the "median" column is the number of rounds)`,
        });
      }
      await browser.close();
    }
    const sorted = [...heaps].sort((a, b) => a - b);
    const median = sorted[1]!;
    console.log(`  renderer JS heap after a city month, MB: ${read.join(', ')}`);
    rows.unshift({
      name: heapName,
      medianMs: median,
      p95Ms: sorted[2],
      target: `≤ ${targets.heapMb} MB`,
      status: sorted[2]! <= targets.heapMb ? 'pass' : 'fail',
      note: `MB, not ms: ${heaps.map((m) => m.toFixed(1)).join(', ')} after a garbage collection`,
    });
  } catch (err) {
    rows.push({ name: `${heapName}; ${readsName}`, target: '', status: 'fail', note: (err as Error).message.slice(0, 160) });
  }
  return rows;
}
