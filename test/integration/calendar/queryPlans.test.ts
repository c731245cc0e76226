import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CADENCE_ACCOUNTS_SQL, cadenceParams, cadencePostsSql } from '../../../electron/features/calendar/cadence';
import { listRangeSql, SEARCH_SQL } from '../../../electron/features/calendar/posts';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(() => app.close());

const plan = (sql: string, ...params: unknown[]): string[] =>
  (app.ctx.raw.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);

/** A full scan of a big table: `SCAN posts`, `SCAN p`, `SCAN t` (a covering-index scan is still a scan). */
const fullScans = (lines: string[]) => lines.filter((l) => /^SCAN (p|posts|t|post_targets|h|post_hashtags)\b|INDEX posts_deleted/.test(l));

const range = { from: '2026-08-01T00:00:00Z', to: '2026-09-01T00:00:00Z', fromDay: '2026-08-01', toDay: '2026-08-31' };
/** Four whole weeks of August 2026, as the cadence report asks for them. */
const cadenceRange = cadenceParams(['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24'], 'Europe/Madrid');

describe('query plans of the calendar views', () => {
  it('month range: posts and targets by index, with and without filters', () => {
    const plain = listRangeSql({});
    const posts = plan(plain.posts, range);
    expect(posts.join('\n')).toMatch(/posts_scheduled_at[\s\S]*posts_scheduled_day/);
    expect(fullScans(posts)).toEqual([]);
    expect(fullScans(plan(plain.targets, range))).toEqual([]);
    const filtered = listRangeSql({ accountIds: [1, 2], networks: ['x'], campaignId: 1, statuses: ['draft'] });
    expect(fullScans(plan(filtered.posts, { ...range, campaignId: 1 }, 'draft', 1, 2, 'x'))).toEqual([]);
  });

  it('cadence: posts by range index, accounts by status index', () => {
    const posts = plan(cadencePostsSql(4), cadenceRange);
    expect(posts.join('\n')).toMatch(/posts_scheduled_at[\s\S]*posts_scheduled_day/);
    expect(fullScans(posts)).toEqual([]);
    expect(plan(CADENCE_ACCOUNTS_SQL).join('\n')).toMatch(/USING INDEX accounts_(status|role)/);
  });

  it('search: the FTS index, then posts by primary key', () => {
    const lines = plan(SEARCH_SQL, '"camion"*');
    expect(lines.join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
    expect(fullScans(lines)).toEqual([]);
  });
});

describe('plans with statistics of a used file', () => {
  it('keep the range indexes after ANALYZE', async () => {
    // A file of its own: statistics change every later plan, and the other tests plan without them.
    const used = await openTestApp();
    used.ctx.raw.exec('analyze');
    const plan = (sql: string, ...params: unknown[]): string[] =>
      (used.ctx.raw.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    for (const [sql, params] of [
      [listRangeSql({}).posts, range],
      [listRangeSql({}).targets, range],
      [cadencePostsSql(4), cadenceRange],
    ] as const) {
      const lines = plan(sql, params);
      expect(fullScans(lines), lines.join(' | ')).toEqual([]);
    }
    await used.close();
  });
});
