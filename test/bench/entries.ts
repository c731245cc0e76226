import type { Locator, Page } from 'playwright-core';
import type { RawDb } from '../../electron/db/open';
import { ftsQuery } from '../../electron/db/fts';
import type { Db } from '../../electron/db/transaction';
import { listBase, listQuery } from '../../electron/features/accounts/service';
import { SUMMARY_SQL } from '../../electron/features/accounts/summary';
import { SETTINGS_SQL } from '../../electron/features/settings/service';
import { CADENCE_ACCOUNTS_SQL, cadenceMondays, cadenceParams, cadencePostsSql } from '../../electron/features/calendar/cadence';
import { ACCOUNT_LABELS_SQL, listRangeSql, SEARCH_SQL } from '../../electron/features/calendar/posts';
import { AccountQuery as AccountQuerySchema, type AccountQuery } from '../../shared/features/accounts/contract';
import { calendar as en } from '../../shared/i18n/en/calendar';
import { calendar as es } from '../../shared/i18n/es/calendar';
import { dayInZoneFn } from '../../shared/features/calendar/rules';

/**
 * What the benchmark measures. Each read entry names the channel a view
 * calls, the input it sends, and the statements its handler runs (taken from
 * the feature's own SQL constants and Kysely builders, timed with
 * better-sqlite3 directly), so the table shows what the layers above SQL cost.
 */
export interface BenchScope {
  raw: RawDb;
  db: Db;
  /** The office time zone the seed saved (the handlers read it from settings). */
  timeZone: string;
  /** First instant of the measured month (UTC ISO), and the one after it. */
  monthFrom: string;
  monthTo: string;
  weekFrom: string;
  weekTo: string;
  /** Four weeks from weekFrom. */
  fourWeeksTo: string;
}

/** One statement the handler runs: positional parameters, or one object of named ones. */
export interface RawSql {
  sql: string;
  params: unknown[];
}

export interface ReadEntry {
  name: string;
  channel: string;
  input(scope: BenchScope): unknown;
  /** Every statement the handler runs for this input, in order (imported from the feature, so they cannot drift). */
  raw?(scope: BenchScope): RawSql[];
  /** Target for the handler's p95 in ms, in-process (the ratio target always applies). */
  p95Ms?: number;
  /** Also time it over the harness HTTP, with this p95 target. */
  httpP95Ms?: number;
  /** Measured for reference only: no target (tiny queries make the ratio meaningless). */
  infoOnly?: boolean;
}

const compiled = (q: { compile(): { sql: string; parameters: readonly unknown[] } }): RawSql => {
  const c = q.compile();
  return { sql: c.sql, params: [...c.parameters] };
};

/** getSettings: every handler that depends on the office time zone reads it first. */
const settingsRead = (): RawSql => ({ sql: SETTINGS_SQL, params: [] });

/** posts.listRange with no filters: settings, the posts and targets statements of listRangeSql, and the accounts' labels. */
function rangeStatements(s: BenchScope, from: string, to: string): RawSql[] {
  const toDay = dayInZoneFn(s.timeZone);
  const named = { from, to, fromDay: toDay(from), toDay: toDay(new Date(Math.max(Date.parse(from), Date.parse(to) - 1))) };
  const q = listRangeSql({});
  // The accounts a city month names: listRange reads their labels once, by id.
  const ids = JSON.stringify((s.raw.prepare(q.targets).all(named) as { accountId: number }[]).map((t) => t.accountId).filter((id, i, all) => all.indexOf(id) === i));
  return [settingsRead(), { sql: q.posts, params: [named] }, { sql: q.targets, params: [named] }, { sql: ACCOUNT_LABELS_SQL, params: [ids] }];
}

/** cadence.report: settings, the active medium accounts, the posts counted per account and whole week covered. */
function cadenceStatements(s: BenchScope, from: string, to: string): RawSql[] {
  const mondays = cadenceMondays(from, to, s.timeZone);
  return [settingsRead(), { sql: CADENCE_ACCOUNTS_SQL, params: [] }, { sql: cadencePostsSql(mondays.length), params: [cadenceParams(mondays, s.timeZone)] }];
}

/** accounts.list: the page and its total (listQuery and listBase, as listAccounts runs them). */
function accountsListStatements(s: BenchScope, input: AccountQuery): RawSql[] {
  const q = AccountQuerySchema.parse(input);
  return [compiled(listQuery(s.db, q)), compiled(listBase(s.db, q).select((eb) => eb.fn.countAll<number>().as('n')))];
}

export const readEntries: ReadEntry[] = [
  {
    // Always in the contract: proves the machinery (router vs raw SQL, HTTP) on any branch.
    name: 'settings (settings.get), reference',
    channel: 'settings.get',
    input: () => ({}),
    raw: () => [settingsRead()],
    infoOnly: true,
  },
  {
    name: 'calendar month (posts.listRange)',
    channel: 'posts.listRange',
    input: (s) => ({ from: s.monthFrom, to: s.monthTo }),
    raw: (s) => rangeStatements(s, s.monthFrom, s.monthTo),
    httpP95Ms: 25,
  },
  {
    name: 'calendar week (posts.listRange)',
    channel: 'posts.listRange',
    input: (s) => ({ from: s.weekFrom, to: s.weekTo }),
    raw: (s) => rangeStatements(s, s.weekFrom, s.weekTo),
  },
  {
    name: 'cadence 4 weeks (cadence.report)',
    channel: 'cadence.report',
    input: (s) => ({ from: s.weekFrom, to: s.fourWeeksTo }),
    raw: (s) => cadenceStatements(s, s.weekFrom, s.fourWeeksTo),
  },
  {
    name: 'search (posts.search "fiestas")',
    channel: 'posts.search',
    input: () => ({ q: 'fiestas' }),
    raw: () => [{ sql: SEARCH_SQL, params: [ftsQuery('fiestas')] }],
    p95Ms: 20,
  },
  {
    name: 'accounts list, first page (accounts.list)',
    channel: 'accounts.list',
    input: () => ({}),
    raw: (s) => accountsListStatements(s, {}),
  },
  {
    name: 'accounts list, department filter (accounts.list)',
    channel: 'accounts.list',
    input: () => ({ department: 'Turismo', sort: 'department' }),
    raw: (s) => accountsListStatements(s, { department: 'Turismo', sort: 'department' }),
  },
  {
    name: 'accounts list, searched (accounts.list)',
    channel: 'accounts.list',
    input: () => ({ search: 'cultura' }),
    raw: (s) => accountsListStatements(s, { search: 'cultura' }),
  },
  {
    name: 'accounts list, searched by department (accounts.list)',
    channel: 'accounts.list',
    input: () => ({ search: 'cultura', sort: 'department' }),
    raw: (s) => accountsListStatements(s, { search: 'cultura', sort: 'department' }),
  },
  {
    name: 'accounts summary (accounts.summary)',
    channel: 'accounts.summary',
    input: () => ({}),
    raw: () => [settingsRead(), { sql: SUMMARY_SQL, params: [] }],
  },
];

/** Whole-operation targets, in ms. */
export const targets = {
  ratio: 2,
  approvalPdfMs: 3000,
  importMs: 1000,
  firstPaintMs: 1500,
  /** Until the first posts of a city month show. */
  firstPostsMs: 600,
  /** The renderer's JS heap after opening a city month, after a garbage collection. */
  heapMb: 150,
  /** Rounds of reads the page makes after a save: the data it shows, fetched once. */
  readRoundsAfterSave: 1,
};

/**
 * The calendar month view is painted when FullCalendar 7's day grid (a
 * table by role) shows inside the calendar region, named as the catalogs
 * name it in either language.
 */
export const calendarReady = (page: Page): Locator =>
  page
    .getByRole('region', { name: new RegExp(`^(${es.calendarLabel}|${en.calendarLabel})$`) })
    .getByRole('table')
    .first();

/** When the month grid, and then its first item, showed: stamped by the page itself. */
export interface PaintStamps {
  grid?: number;
  items?: number;
}

/**
 * Runs in the page before the app: stamps performance.now() on the first DOM
 * change that shows the calendar region's grid, then its first item (a post
 * or mark, a button by role). Polling from the test would add its own
 * interval (up to 100 ms per poll) to every sample.
 */
export function stampCalendarPaint(labels: string[]): void {
  const stamps: PaintStamps = {};
  (window as unknown as { __calendarPaint: PaintStamps }).__calendarPaint = stamps;
  // No named inner functions: tsx would wrap them in a helper the page lacks.
  const observer = new MutationObserver(() => {
    const region = [...document.querySelectorAll('[role="region"]')].find((r) => labels.includes(r.getAttribute('aria-label') ?? ''));
    const grid = region?.querySelector<HTMLElement>('[role="table"]');
    if (stamps.grid === undefined && grid && grid.offsetHeight > 0) stamps.grid = performance.now();
    const item = grid?.querySelector<HTMLElement>('[role="button"]');
    if (stamps.grid !== undefined && item && item.offsetHeight > 0) {
      stamps.items = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true });
}

export const calendarLabels = [es.calendarLabel, en.calendarLabel];
