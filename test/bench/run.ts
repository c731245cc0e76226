import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { startHarness, type Harness } from '../../electron/web/harness';
import { getSettings } from '../../electron/features/settings/service';
import { contract } from '../../shared/ipc/contract';
import { launchBrowser } from '../e2e/support/browser';
import { crashCycles } from '../support/crash';
import { seedFolder, type Scale } from '../fixtures/seed';
import { calendarPageMeasures } from './calendar-page';
import { type BenchScope, readEntries, targets } from './entries';
import { mediaImportAndPdf, thumbsPaint } from './media';
import { paintOnce } from './paint';
import { postgresReads, type ServerRow, sqliteNames } from './postgres';
import { stats, timeInTurns as turns } from './timing';

/**
 * npm run bench [-- --scale city|demo] [--data DIR (reuse a seeded folder)] [--runs N] [--crash N] [--out FILE]
 *   [--readme README.md (write the table between its bench-table markers)]
 *   [--only reads,pdf,import,paint,page,media,thumbs,postgres,crash (run only these groups; all by default)]
 * Seeds a temporary folder through the router, then times each view's
 * channel in-process and over the harness HTTP against the raw SQL it runs,
 * plus the approval PDF, a 600-account import, the calendar's first paint, the
 * media library's import, PDF and thumbnails, the month, search and accounts list
 * on a PostgreSQL server seeded alike, and a long crash-safety run. Prints a table with targets and writes JSON.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'city' },
    data: { type: 'string' },
    runs: { type: 'string', default: '60' },
    crash: { type: 'string', default: '40' },
    out: { type: 'string', default: 'bench-results.json' },
    seed: { type: 'string', default: '1' },
    readme: { type: 'string' },
    only: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
/** The groups of measures this run makes: `--only paint,page` times the calendar page alone against a seeded `--data` folder. */
const only = values.only ? new Set(values.only.split(',')) : null;
const runs = (group: string): boolean => !only || only.has(group);
/** The media library's import and PDF and the crash run bring their own data: asked for alone, they need no city seeded (the reads on PostgreSQL are printed beside the city's on SQLite). */
const needsCity = !only || [...only].some((g) => g !== 'media' && g !== 'crash');
const WARMUP = 5;
const ANCHOR = new Date('2026-06-15T10:00:00Z');

type Status = 'pass' | 'fail' | 'not available' | 'info';
interface Row {
  name: string;
  channel?: string;
  medianMs?: number;
  p95Ms?: number;
  rawMedianMs?: number;
  ratio?: number;
  target: string;
  status: Status;
  note?: string;
}
const rows: Row[] = [];
const has = (channel: string): boolean => Object.hasOwn(contract, channel);
const log = (line: string): void => console.log(line);

async function time(fn: () => unknown | Promise<unknown>, runs = RUNS): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const timeInTurns = (a: () => unknown, b: () => unknown, runs = RUNS) => turns(a, b, runs);

async function mustOk(h: Harness, channel: string, input: unknown): Promise<unknown> {
  const r = await h.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error).slice(0, 300)}`);
  return r.value;
}

async function scopeFor(h: Harness): Promise<BenchScope> {
  const { timeZone } = await getSettings(h.ctx);
  const y = ANCHOR.getUTCFullYear();
  const m = ANCHOR.getUTCMonth();
  const day = ANCHOR.getUTCDay() || 7;
  const monday = Date.UTC(y, m, ANCHOR.getUTCDate() - (day - 1));
  return {
    raw: h.ctx.raw,
    db: h.ctx.db,
    timeZone,
    monthFrom: new Date(Date.UTC(y, m, 1)).toISOString(),
    monthTo: new Date(Date.UTC(y, m + 1, 1)).toISOString(),
    weekFrom: new Date(monday).toISOString(),
    weekTo: new Date(monday + 7 * 86_400_000).toISOString(),
    fourWeeksTo: new Date(monday + 28 * 86_400_000).toISOString(),
  };
}

async function reads(h: Harness, names?: readonly string[]): Promise<void> {
  const scope = await scopeFor(h);
  for (const e of readEntries.filter((r) => !names || names.includes(r.name))) {
    if (!has(e.channel)) {
      rows.push({ name: e.name, channel: e.channel, target: `≤ ${targets.ratio}x raw`, status: 'not available', note: 'channel not in the contract yet' });
      continue;
    }
    try {
      const input = e.input(scope);
      await mustOk(h, e.channel, input);
      const invoke = () => h.invoke(e.channel, input);
      let handler: { median: number; p95: number };
      let rawMedian: number | undefined;
      let note: string | undefined;
      let statements: { stmt: { all(...params: unknown[]): unknown }; params: unknown[] }[] | undefined;
      try {
        statements = e.raw?.(scope).map(({ sql, params }) => ({ stmt: h.ctx.raw.prepare(sql), params }));
      } catch (err) {
        note = `raw SQL failed: ${(err as Error).message.slice(0, 80)} (update test/bench/entries.ts)`;
      }
      if (statements) {
        const raw = statements;
        const [handlerTimes, rawTimes] = await timeInTurns(invoke, () => {
          for (const { stmt, params } of raw) stmt.all(...params);
        });
        handler = handlerTimes;
        rawMedian = rawTimes.median;
      } else {
        handler = await time(invoke);
      }
      const ratio = rawMedian ? handler.median / rawMedian : undefined;
      const okRatio = ratio === undefined || ratio <= targets.ratio;
      const okP95 = e.p95Ms === undefined || handler.p95 <= e.p95Ms;
      rows.push({
        name: e.name,
        channel: e.channel,
        medianMs: handler.median,
        p95Ms: handler.p95,
        rawMedianMs: rawMedian,
        ratio,
        target: e.infoOnly ? '' : [`≤ ${targets.ratio}x raw`, e.p95Ms ? `p95 ≤ ${e.p95Ms} ms` : ''].filter(Boolean).join(', '),
        status: e.infoOnly ? 'info' : okRatio && okP95 ? 'pass' : 'fail',
        note,
      });
      if (e.httpP95Ms !== undefined) {
        const body = JSON.stringify(input);
        const http = await time(async () => {
          const res = await fetch(`${h.url}/ipc/${e.channel}`, { method: 'POST', headers: { Authorization: `Bearer ${h.token}` }, body });
          await res.arrayBuffer();
        });
        rows.push({
          name: `${e.name} over HTTP`,
          channel: e.channel,
          medianMs: http.median,
          p95Ms: http.p95,
          target: `p95 ≤ ${e.httpP95Ms} ms`,
          status: http.p95 <= e.httpP95Ms ? 'pass' : 'fail',
        });
      }
    } catch (err) {
      rows.push({ name: e.name, channel: e.channel, target: '', status: 'fail', note: (err as Error).message.slice(0, 160) });
    }
  }
}

/** Accounts whose posts in the month add up to about 300, so the PDF covers "a month of 300 posts". */
function accountsForPosts(h: Harness, scope: BenchScope, wanted: number): number[] {
  const counts = h.ctx.raw
    .prepare(
      `select t.account_id as id, count(*) as n from post_targets t join posts p on p.id = t.post_id
       where p.deleted_at is null and p.scheduled_at >= ? and p.scheduled_at < ? group by t.account_id order by t.account_id`,
    )
    .all(scope.monthFrom, scope.monthTo) as { id: number; n: number }[];
  const ids: number[] = [];
  let total = 0;
  for (const c of counts) {
    if (total >= wanted) break;
    ids.push(c.id);
    total += c.n;
  }
  return ids;
}

async function approvalPdf(h: Harness): Promise<void> {
  const name = 'approval PDF, a month of ~300 posts (exports.approvalPdf)';
  if (!has('exports.approvalPdf')) {
    rows.push({ name, channel: 'exports.approvalPdf', target: `≤ ${targets.approvalPdfMs} ms`, status: 'not available' });
    return;
  }
  try {
    const scope = await scopeFor(h);
    const accountIds = accountsForPosts(h, scope, 300);
    const input = { from: scope.monthFrom.slice(0, 10), to: new Date(Date.parse(scope.monthTo) - 86_400_000).toISOString().slice(0, 10), accountIds };
    await mustOk(h, 'exports.approvalPdf', input); // warm the browser
    const t = await time(() => mustOk(h, 'exports.approvalPdf', input), 5);
    rows.push({ name, channel: 'exports.approvalPdf', medianMs: t.median, p95Ms: t.p95, target: `≤ ${targets.approvalPdfMs} ms`, status: t.p95 <= targets.approvalPdfMs ? 'pass' : 'fail' });
  } catch (err) {
    rows.push({ name, channel: 'exports.approvalPdf', target: `≤ ${targets.approvalPdfMs} ms`, status: 'fail', note: (err as Error).message.slice(0, 160) });
  }
}

/** Export the seeded accounts, then import them into an empty folder, as an office moving from a spreadsheet would. */
async function importAccounts(h: Harness): Promise<void> {
  let name = 'import the accounts (accounts.importCsv)';
  if (!has('accounts.importCsv') || !has('accounts.exportCsv')) {
    rows.push({ name, channel: 'accounts.importCsv', target: `≤ ${targets.importMs} ms`, status: 'not available' });
    return;
  }
  const samples: number[] = [];
  try {
    const { csv } = (await mustOk(h, 'accounts.exportCsv', {})) as { csv: string };
    const count = ((await mustOk(h, 'accounts.list', { limit: 1 })) as { total: number }).total;
    name = `import ${count} accounts (accounts.importCsv)`;
    for (let i = 0; i < 5; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-import-'));
      const fresh = await startHarness({ port: 0, dataDir: dir });
      try {
        const t = performance.now();
        await mustOk(fresh, 'accounts.importCsv', { csv, dryRun: false });
        samples.push(performance.now() - t);
      } finally {
        await fresh.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    const s = stats(samples);
    rows.push({ name, channel: 'accounts.importCsv', medianMs: s.median, p95Ms: s.p95, target: `≤ ${targets.importMs} ms`, status: s.p95 <= targets.importMs ? 'pass' : 'fail' });
  } catch (err) {
    rows.push({ name, channel: 'accounts.importCsv', target: `≤ ${targets.importMs} ms`, status: 'fail', note: (err as Error).message.slice(0, 160) });
  }
}

/** Time from navigation start until the calendar grid is visible, in Chromium through the harness. */
async function firstPaint(h: Harness): Promise<void> {
  const name = 'calendar month first paint (Chromium)';
  if (!has('posts.listRange')) {
    rows.push({ name, target: `≤ ${targets.firstPaintMs} ms`, status: 'not available', note: 'calendar not merged yet' });
    return;
  }
  const browser = await launchBrowser();
  try {
    const grid: number[] = [];
    const items: number[] = [];
    for (let i = 0; i < 7; i++) {
      const stamps = await paintOnce(browser, h, ANCHOR);
      // The first sample warms the harness and the browser's caches.
      if (i > 0) {
        grid.push(stamps.grid);
        items.push(stamps.items);
      }
    }
    const g = stats(grid);
    const it = stats(items);
    rows.push({
      name,
      medianMs: g.median,
      p95Ms: g.p95,
      target: `≤ ${targets.firstPaintMs} ms`,
      status: g.p95 <= targets.firstPaintMs ? 'pass' : 'fail',
      note: 'grid visible, stamped by the page',
    });
    rows.push({
      name: 'calendar month, first posts shown (Chromium)',
      medianMs: it.median,
      p95Ms: it.p95,
      target: `≤ ${targets.firstPostsMs} ms`,
      status: it.p95 <= targets.firstPostsMs ? 'pass' : 'fail',
      note: 'a city month: ~1,400 posts, each day drawing what it shows',
    });
  } catch (err) {
    rows.push({ name, target: `≤ ${targets.firstPaintMs} ms`, status: 'fail', note: (err as Error).message.slice(0, 160) });
  } finally {
    await browser.close();
  }
}

async function crash(cycles: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-crash-'));
  try {
    const run = await crashCycles(dir, cycles, 99);
    rows.push({
      name: `crash safety: ${run.kills} SIGKILLs, ${run.writes} committed writes checked`,
      medianMs: run.ms / Math.max(1, run.kills),
      target: 'no lost write, integrity ok',
      status: run.problems.length === 0 && run.kills === cycles ? 'pass' : 'fail',
      note: run.problems.slice(0, 3).join('; ') || undefined,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number | undefined, digits = 2): string => (n === undefined ? '' : n.toFixed(digits));

/** Each read timed on both engines, on one line: the handler, its raw SQL on the same engine, and the ratio of the two. */
function printEngines(server: ServerRow[]): string {
  const header = ['Read', 'SQLite ms', 'SQLite raw ms', 'SQLite ratio', 'PostgreSQL ms', 'PostgreSQL raw ms', 'PostgreSQL ratio', 'target', 'result'];
  const ratio = (r: number | undefined) => (r === undefined ? '' : `${r.toFixed(1)}x`);
  const body = server.map((pg) => {
    const lite = rows.find((r) => r.name === pg.sqliteName);
    // The 2× rule on each engine (the SQLite line's own p95 target is in the table above).
    const status = lite?.ratio !== undefined && lite.ratio <= targets.ratio && pg.status === 'pass' ? 'pass' : 'fail';
    return [pg.sqliteName, fmt(lite?.medianMs), fmt(lite?.rawMedianMs, 3), ratio(lite?.ratio), fmt(pg.medianMs), fmt(pg.rawMedianMs, 3), ratio(pg.ratio), pg.target, status + (pg.note ? ` (${pg.note})` : '')];
  });
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

function printTable(machine: Record<string, unknown>): string {
  const header = ['Measure', 'median ms', 'p95 ms', 'raw SQL ms', 'ratio', 'target', 'result'];
  const body = rows.map((r) => [r.name, fmt(r.medianMs), fmt(r.p95Ms), fmt(r.rawMedianMs, 3), r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}x`, r.target, r.status + (r.note ? ` (${r.note})` : '')]);
  const lines = [
    `Machine: ${String(machine.cpu)} x${String(machine.cores)}, ${String(machine.memoryGb)} GB, ${String(machine.platform)}, Node ${String(machine.node)}; scale ${String(machine.scale)}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...body.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Replace what lies between the README's bench-table markers with this run's table and conditions. */
function writeReadme(file: string, machine: { date: string; cores: number }, table: string, load: { before: number; after: number }): void {
  const start = '<!-- bench-table:start -->';
  const end = '<!-- bench-table:end -->';
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file} has no ${start} … ${end} markers`);
  const conditions =
    `Run on ${machine.date.slice(0, 16).replace('T', ' ')} UTC. Load average (1 min) ${load.before.toFixed(2)} at the start and ` +
    `${load.after.toFixed(2)} at the end on ${machine.cores} cores${load.before > machine.cores / 2 ? ', shared with other work: expect noise' : ''}.`;
  fs.writeFileSync(file, `${text.slice(0, a + start.length)}\n${table}\n\n${conditions}\n${text.slice(b)}`);
  console.log(`Wrote the table into ${file}`);
}

/** The measures that read the seeded city, on one harness over its folder. */
async function cityMeasures(h: Harness): Promise<void> {
  if (runs('reads')) await reads(h);
  // The SQLite side of the reads timed on PostgreSQL, when the other reads are not asked for.
  else if (runs('postgres')) await reads(h, Object.values(sqliteNames));
  if (runs('pdf')) await approvalPdf(h);
  if (runs('import')) await importAccounts(h);
  if (runs('paint')) await firstPaint(h);
  if (runs('page')) rows.push(...(await calendarPageMeasures(h, ANCHOR)));
  if (runs('thumbs')) {
    const scope = await scopeFor(h);
    rows.push(...(await thumbsPaint(h, ANCHOR, scope.monthFrom, scope.monthTo)));
  }
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  const scale = values.scale as Scale;
  const reuse = values.data !== undefined;
  const dataDir = values.data ? path.resolve(values.data) : fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-'));
  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    scale,
    date: new Date().toISOString(),
  };
  let seedNotes: { channel: string; written: number; ms: number; note?: string }[] = [];
  if (needsCity) {
    log('Building the renderer…');
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }
  if (needsCity && (!reuse || !fs.existsSync(path.join(dataDir, 'pregonero.sqlite')))) {
    log(`Seeding ${scale} into ${dataDir}…`);
    const began = performance.now();
    seedNotes = (await seedFolder(dataDir, { scale, seed: Number(values.seed), anchor: ANCHOR, log: (l) => log(`  ${l}`) })).report;
    rows.push({ name: `seed ${scale} through the services`, medianMs: performance.now() - began, target: '', status: 'info', note: seedNotes.filter((s) => s.note).map((s) => `${s.channel}: ${s.note}`).join('; ') || undefined });
  }
  const h = needsCity ? await startHarness({ port: 0, dataDir, lang: 'es' }) : null;
  try {
    if (h) await cityMeasures(h);
  } finally {
    await h?.close();
  }
  if (runs('media')) rows.push(...(await mediaImportAndPdf()));
  let server: ServerRow[] = [];
  if (runs('postgres')) {
    try {
      server = await postgresReads({ scale: values.scale as Scale, seed: Number(values.seed), anchor: ANCHOR, runs: RUNS, log });
      rows.push(...server);
    } catch (err) {
      rows.push({ name: 'reads on PostgreSQL', target: `≤ ${targets.ratio}x raw`, status: 'not available', note: (err as Error).message.slice(0, 160) });
    }
  }
  if (Number(values.crash) > 0 && runs('crash')) await crash(Number(values.crash));
  if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true });

  const table = printTable(machine);
  console.log(`\n${table}\n`);
  if (server.length > 0) console.log(`Both engines, each read against its raw SQL on the same engine:\n\n${printEngines(server)}\n`);
  if (values.readme) writeReadme(values.readme, machine, table, { before: loadBefore, after: os.loadavg()[0] ?? 0 });
  fs.writeFileSync(values.out as string, `${JSON.stringify({ machine, rows, seed: seedNotes }, null, 2)}\n`);
  console.log(`Wrote ${values.out}`);
  if (rows.some((r) => r.status === 'fail')) process.exitCode = 1;
}

await main();
