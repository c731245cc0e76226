import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadenceAccountsQuery, cadencePostsQuery, cadenceWeeks } from '../../../electron/features/calendar/cadence';
import { backlogQuery, listRangeQuery, searchQuery } from '../../../electron/features/calendar/posts';
import { rangeTargets } from '../../../electron/features/calendar/range';
import { openTestApp, type TestApp, testEngine } from '../../support/context';
import { pgPlan } from '../../support/pg-plan';
import { run, valueOf } from '../../support/sql';

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(() => app.close());

type Compiled = { compile(): { sql: string; parameters: readonly unknown[] } };
const planIn = (a: TestApp, q: Compiled): string[] => {
  const c = q.compile();
  return (a.ctx.raw.prepare(`explain query plan ${c.sql}`).all(...c.parameters) as { detail: string }[]).map((r) => r.detail);
};
const plan = (q: Compiled): string[] => planIn(app, q);

/** A full scan of a big table: `SCAN posts`, `SCAN p`, `SCAN t` (a covering-index scan is still a scan). */
const fullScans = (lines: string[]) => lines.filter((l) => /^SCAN (p|posts|t|post_targets|h|post_hashtags)\b|INDEX posts_deleted/.test(l));

const range = { from: '2026-08-01T00:00:00Z', to: '2026-09-01T00:00:00Z', fromDay: '2026-08-01', toDay: '2026-08-31' };
/** Four whole weeks of August 2026, as the cadence report asks for them. */
const cadenceRange = cadenceWeeks(['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24'], 'Europe/Madrid');
const filters = { accountIds: [1, 2], networks: ['x' as const], campaignId: 1, statuses: ['draft' as const] };

// SQLite's query planner and its index names: the server plans with its own.
describe.runIf(testEngine() === 'sqlite')('query plans of the calendar views', () => {
  it('month range: posts and targets by index, with and without filters', () => {
    const posts = plan(listRangeQuery(app.ctx.db, range, {}));
    expect(posts.join('\n')).toMatch(/posts_scheduled_at[\s\S]*posts_scheduled_day/);
    expect(fullScans(posts)).toEqual([]);
    expect(fullScans(plan(rangeTargets(app.ctx.db, range, {})))).toEqual([]);
    expect(fullScans(plan(listRangeQuery(app.ctx.db, range, filters)))).toEqual([]);
    expect(fullScans(plan(rangeTargets(app.ctx.db, range, filters)))).toEqual([]);
  });

  it('cadence: posts by range index, accounts by status index', () => {
    const posts = plan(cadencePostsQuery(app.ctx.db, app.ctx.engine, cadenceRange));
    expect(posts.join('\n')).toMatch(/posts_scheduled_at[\s\S]*posts_scheduled_day/);
    expect(fullScans(posts)).toEqual([]);
    expect(plan(cadenceAccountsQuery(app.ctx.db)).join('\n')).toMatch(/USING INDEX accounts_(status|role)/);
  });

  it('backlog: the few posts with no time, never every timed post walked for "no day"', () => {
    const lines = plan(backlogQuery(app.ctx.db, app.ctx.engine));
    expect(lines.join('\n')).toMatch(/SEARCH p USING INDEX posts_scheduled_at \(scheduled_at=\?\)/);
    expect(lines.join('\n')).not.toMatch(/posts_scheduled_day/);
    expect(fullScans(lines)).toEqual([]);
  });

  it('search: the FTS index, then posts by primary key', () => {
    const lines = plan(searchQuery(app.ctx, 'camion')!);
    expect(lines.join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
    expect(fullScans(lines)).toEqual([]);
  });
});

// SQLite's query planner and its index names: the server plans with its own.
describe.runIf(testEngine() === 'sqlite')('plans with statistics of a used file', () => {
  it('keep the range indexes after ANALYZE', async () => {
    // A file of its own: statistics change every later plan, and the other tests plan without them.
    const used = await openTestApp();
    used.ctx.raw.exec('analyze');
    for (const q of [listRangeQuery(used.ctx.db, range, {}), rangeTargets(used.ctx.db, range, {}), cadencePostsQuery(used.ctx.db, used.ctx.engine, cadenceRange)]) {
      const lines = planIn(used, q);
      expect(fullScans(lines), lines.join(' | ')).toEqual([]);
    }
    await used.close();
  });
});

/**
 * The server's plans, each scan with the index it reads and its condition.
 * Read after 20,000 posts over two years and ANALYZE, as a used team
 * database has them; at that size a sequential scan is still cheap enough
 * for the server to prefer it, so sequential scans are off (this
 * transaction only) to show the index it takes once a scan costs more.
 */
const serverPlan = (q: Compiled): Promise<string[]> => pgPlan(app, q, { seqscan: 'off' });

describe.runIf(testEngine() === 'postgres')('query plans of the calendar views on the team server', () => {
  beforeAll(async () => {
    await run(
      app,
      `insert into posts (title, body, scheduled_at, scheduled_day, status, hashtags)
       select 'Aviso ' || g, case when g % 8 = 0 then 'Fiestas del barrio, calle ' else 'Corte de agua en la calle ' end || g,
              case when g % 10 = 0 then null else to_char(timestamp '2025-01-01' + g * interval '52 minutes', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end,
              case when g % 10 = 0 then to_char(date '2025-01-01' + (g / 30), 'YYYY-MM-DD') end, 'draft', '[]'
       from generate_series(1, 20000) g`,
    );
    await run(app, 'analyze');
  }, 120_000);

  it('month range: posts by the two partial range indexes, targets by index, never a sequential scan', async () => {
    const posts = await serverPlan(listRangeQuery(app.ctx.db, range, {}));
    // Each index read over its range (a condition on its column), not walked whole.
    expect(posts.join('\n')).toMatch(/Index Scan posts_scheduled_at \(\(scheduled_at >= [\s\S]*Index Scan posts_scheduled_day \(\(scheduled_day >= /);
    expect(posts.filter((l) => l.startsWith('Seq Scan'))).toEqual([]);
    expect((await serverPlan(rangeTargets(app.ctx.db, range, {}))).filter((l) => l.startsWith('Seq Scan'))).toEqual([]);
  });

  it('search: the folded query is the index condition of the search index, for a word in one post of eight', async () => {
    const lines = await serverPlan(searchQuery(app.ctx, 'fiestas')!);
    expect(lines.join('\n')).toMatch(/Bitmap Index Scan posts_fts_document \(document @@ /);
    expect(lines.filter((l) => l.startsWith('Seq Scan'))).toEqual([]);
    expect((await app.call('posts.search', { q: 'fiestas' })).length).toBe(50);
    // Without seqscan forced off the choice is the planner's: the app's sessions price a page read out of order as memory does, so it follows the index once the table is big.
    expect(await valueOf(app, 'show random_page_cost')).toBe('1.1');
  });
});
