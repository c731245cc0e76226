import type { Locator, Page } from 'playwright-core';
import type { RawDb } from '../../electron/db/open';

/**
 * What the benchmark measures. Each read entry names the channel a view
 * calls, the input it sends, and the raw SQL the handler runs (timed with
 * better-sqlite3 directly), so the table shows what the layers above SQL
 * cost. Entries whose channel is not in the contract print "not available".
 * When a feature lands, check its raw SQL here matches what its handler runs.
 */
export interface BenchScope {
  raw: RawDb;
  /** First instant of the measured month (UTC ISO), and the one after it. */
  monthFrom: string;
  monthTo: string;
  weekFrom: string;
  weekTo: string;
  /** Four weeks from weekFrom. */
  fourWeeksTo: string;
}

export interface RawSql {
  sql: string;
  params: unknown[];
}

export interface ReadEntry {
  name: string;
  channel: string;
  input(scope: BenchScope): unknown;
  raw?(scope: BenchScope): RawSql;
  /** Target for the handler's p95 in ms, in-process (the ratio target always applies). */
  p95Ms?: number;
  /** Also time it over the harness HTTP, with this p95 target. */
  httpP95Ms?: number;
  /** Measured for reference only: no target (tiny queries make the ratio meaningless). */
  infoOnly?: boolean;
}

/** Posts of a range with their targets and accounts, in one statement (what a calendar view shows). */
const postsInRange: RawSql['sql'] = `
  select p.id, p.title, p.scheduled_at, p.scheduled_day, p.status, p.campaign_id, p.version, p.approved_version,
         json_group_array(json_object('accountId', a.id, 'network', a.network, 'handle', a.handle)) as targets
  from posts p
  left join post_targets t on t.post_id = p.id
  left join accounts a on a.id = t.account_id
  where p.deleted_at is null and p.scheduled_at >= ? and p.scheduled_at < ?
  group by p.id
  order by p.scheduled_at`;

export const readEntries: ReadEntry[] = [
  {
    // Always in the contract: proves the machinery (router vs raw SQL, HTTP) on any branch.
    name: 'settings (settings.get), reference',
    channel: 'settings.get',
    input: () => ({}),
    raw: () => ({ sql: 'select key, value from settings', params: [] }),
    infoOnly: true,
  },
  {
    name: 'calendar month (posts.listRange)',
    channel: 'posts.listRange',
    input: (s) => ({ from: s.monthFrom, to: s.monthTo }),
    raw: (s) => ({ sql: postsInRange, params: [s.monthFrom, s.monthTo] }),
    httpP95Ms: 25,
  },
  {
    name: 'calendar week (posts.listRange)',
    channel: 'posts.listRange',
    input: (s) => ({ from: s.weekFrom, to: s.weekTo }),
    raw: (s) => ({ sql: postsInRange, params: [s.weekFrom, s.weekTo] }),
  },
  {
    name: 'cadence 4 weeks (cadence.report)',
    channel: 'cadence.report',
    input: (s) => ({ from: s.weekFrom, to: s.fourWeeksTo }),
    raw: (s) => ({
      sql: `
        select a.id, a.posts_per_week_target, strftime('%Y-%W', p.scheduled_at) as week, count(p.id) as n
        from accounts a
        left join post_targets t on t.account_id = a.id
        left join posts p on p.id = t.post_id and p.deleted_at is null and p.status <> 'cancelled'
             and p.scheduled_at >= ? and p.scheduled_at < ?
        where a.deleted_at is null and a.status = 'active' and a.role in ('medium', 'both')
        group by a.id, week`,
      params: [s.weekFrom, s.fourWeeksTo],
    }),
  },
  {
    name: 'search (posts.search "fiestas")',
    channel: 'posts.search',
    input: () => ({ q: 'fiestas' }),
    raw: () => ({
      sql: `select p.id, p.title, p.scheduled_at from posts_fts f join posts p on p.id = f.rowid
            where posts_fts match ? and p.deleted_at is null order by rank limit 50`,
      params: ['"fiestas"*'],
    }),
    p95Ms: 20,
  },
  {
    name: 'accounts list (accounts.list)',
    channel: 'accounts.list',
    input: () => ({}),
    raw: () => ({ sql: `select * from accounts where deleted_at is null order by handle collate nocase limit 100`, params: [] }),
  },
  {
    name: 'accounts summary (accounts.summary)',
    channel: 'accounts.summary',
    input: () => ({}),
    raw: () => ({
      sql: `select network, department, status, role, count(*) as n from accounts where deleted_at is null group by network, department, status, role`,
      params: [],
    }),
  },
];

/** Whole-operation targets, in ms. */
export const targets = {
  ratio: 2,
  approvalPdfMs: 3000,
  importMs: 1000,
  firstPaintMs: 1500,
};

/**
 * The calendar month view is painted when its grid is visible (FullCalendar's
 * day grid is a grid or a table by role). Adjust here if the calendar screen
 * labels its view differently.
 */
export const calendarReady = (page: Page): Locator => {
  const main = page.getByRole('main');
  return main.getByRole('grid').or(main.getByRole('table')).first();
};
