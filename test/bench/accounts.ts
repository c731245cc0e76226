import { pathToFileURL } from 'node:url';
import { AccountQuery } from '../../shared/features/accounts/contract';
import { writeAccountsCsv } from '../../shared/features/accounts/csv';
import { listQuery } from '../../electron/features/accounts/service';
import { summaryQuery } from '../../electron/features/accounts/summary';
import { manyAccounts } from '../support/accounts';
import { openTestApp } from '../support/context';

export interface BenchResult {
  name: string;
  /** Median milliseconds through the router (validation, service, output check). */
  channelMs: number;
  /** Median milliseconds of the SQL alone, when the entry has one. */
  sqlMs: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(runs: number, work: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Accounts at the scale of a large city (600): import of 600 rows, list
 * (plain, filtered, searched) and summary. For `npm run bench` to call;
 * runnable alone with `npx tsx test/bench/accounts.ts`.
 */
export async function accountsBench(): Promise<BenchResult[]> {
  const app = await openTestApp();
  try {
    const csv = writeAccountsCsv(manyAccounts(600), 'es', ';');
    const results: BenchResult[] = [];
    results.push({ name: 'accounts.importCsv dry run, 600 rows', channelMs: await time(5, () => app.call('accounts.importCsv', { csv, dryRun: true })), sqlMs: null });
    const t0 = performance.now();
    await app.call('accounts.importCsv', { csv, dryRun: false });
    results.push({ name: 'accounts.importCsv write, 600 rows', channelMs: performance.now() - t0, sqlMs: null });
    results.push({ name: 'accounts.importCsv re-import (600 unchanged)', channelMs: await time(3, () => app.call('accounts.importCsv', { csv, dryRun: false })), sqlMs: null });
    app.ctx.raw.exec('analyze');
    for (const [label, input] of [
      ['first page', {}],
      ['filtered by department, sorted', { department: 'Turismo', sort: 'department' }],
      ['searched', { search: 'cultura' }],
      ['last page, by activity desc', { sort: 'lastActivityOn', direction: 'desc', offset: 550, limit: 50 }],
    ] as const) {
      const compiled = listQuery(app.ctx.db, AccountQuery.parse(input)).compile();
      const stmt = app.ctx.raw.prepare(compiled.sql);
      results.push({
        name: `accounts.list ${label}, 600 accounts`,
        channelMs: await time(20, () => app.call('accounts.list', input)),
        sqlMs: await time(20, () => stmt.all(...compiled.parameters)),
      });
    }
    const summarySql = summaryQuery(app.ctx.db).compile();
    const summaryStmt = app.ctx.raw.prepare(summarySql.sql);
    results.push({
      name: 'accounts.summary, 600 accounts',
      channelMs: await time(20, () => app.call('accounts.summary', {})),
      sqlMs: await time(20, () => summaryStmt.all(...summarySql.parameters)),
    });
    results.push({ name: 'accounts.exportCsv, 600 accounts', channelMs: await time(5, () => app.call('accounts.exportCsv', {})), sqlMs: null });
    return results;
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await accountsBench();
  console.table(rows.map((r) => ({ name: r.name, 'channel ms': r.channelMs.toFixed(2), 'sql ms': r.sqlMs?.toFixed(3) ?? '' })));
}
