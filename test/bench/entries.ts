import type { Locator, Page } from 'playwright-core';
import { addDays, dayInZoneFn, mondayOf, startOfDayInZone } from '../../shared/domain/time';
import type { RawDb } from '../../electron/db/open';
import { ftsQuery } from '../../electron/db/fts';
import type { Db } from '../../electron/db/transaction';
import { cadenceEndedStatuses, cadencePlannedStatuses } from '../../shared/features/calendar/rules';
import { calendar as en } from '../../shared/i18n/en/calendar';
import { calendar as es } from '../../shared/i18n/es/calendar';

/**
 * What the benchmark measures. Each read entry names the channel a view
 * calls, the input it sends, and the same read written by hand in SQL
 * (independent of the feature's Kysely builders, timed with better-sqlite3
 * directly), so the table shows what the layers above SQL cost.
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

/** One statement the handler's work takes: positional parameters, or one object of named ones. */
export interface RawSql {
  sql: string;
  params: unknown[];
}

export interface ReadEntry {
  name: string;
  channel: string;
  input(scope: BenchScope): unknown;
  /** The same reads written by hand, in order (what the handler would cost with no layer above SQL). */
  raw?(scope: BenchScope): RawSql[];
  /** Target for the handler's p95 in ms, in-process (the ratio target always applies). */
  p95Ms?: number;
  /** Also time it over the harness HTTP, with this p95 target. */
  httpP95Ms?: number;
  /** Measured for reference only: no target (tiny queries make the ratio meaningless). */
  infoOnly?: boolean;
}

/** getSettings: every handler that depends on the office time zone reads it first. */
const settingsRead = (): RawSql => ({ sql: 'select key, value from settings', params: [] });

const RANGE_IDS = `select id from posts where deleted_at is null and scheduled_at >= @from and scheduled_at < @to
    union all
    select id from posts where deleted_at is null and scheduled_day >= @fromDay and scheduled_day <= @toDay`;

/** posts.listRange with no filters: settings, the posts, their targets, the labels of the live accounts they name, and the posts' media (thumbnail and count). */
function rangeStatements(s: BenchScope, from: string, to: string): RawSql[] {
  const toDay = dayInZoneFn(s.timeZone);
  const named = { from, to, fromDay: toDay(from), toDay: toDay(new Date(Math.max(Date.parse(from), Date.parse(to) - 1))) };
  const targets = `select t.post_id, t.account_id from post_targets t where t.post_id in (select p.id from posts p where p.id in (${RANGE_IDS}))`;
  // The accounts a city month names: read once each, by id.
  const ids = JSON.stringify([...new Set((s.raw.prepare(targets).all(named) as { account_id: number }[]).map((t) => t.account_id))]);
  return [
    settingsRead(),
    {
      sql: `select p.id, p.version, p.title, p.scheduled_at, p.scheduled_day, p.status, p.campaign_id, c.color, p.approved_version
        from posts p left join campaigns c on c.id = p.campaign_id and c.deleted_at is null
        where p.id in (${RANGE_IDS})
        order by coalesce(p.scheduled_at, p.scheduled_day), p.id`,
      params: [named],
    },
    { sql: targets, params: [named] },
    { sql: 'select id, network, handle, display_name from accounts where id in (select value from json_each(?)) and deleted_at is null', params: [ids] },
    {
      sql: `select pm.post_id, m.sha256, m.mime from post_media pm join media m on m.id = pm.media_id
        where pm.post_id in (select p.id from posts p where p.id in (${RANGE_IDS})) order by pm.post_id, pm.position`,
      params: [named],
    },
  ];
}

const quoted = (list: readonly string[]) => [...new Set(list)].map((x) => `'${x}'`).join(',');

/** cadence.report: settings, the active medium accounts, the posts counted per account and whole week covered. */
function cadenceStatements(s: BenchScope, from: string, to: string): RawSql[] {
  const lastDay = dayInZoneFn(s.timeZone)(new Date(Date.parse(to) - 1));
  const mondays: string[] = [];
  for (let m = mondayOf(dayInZoneFn(s.timeZone)(from)); m <= lastDay; m = addDays(m, 7)) mondays.push(m);
  const named: Record<string, string> = {};
  mondays.forEach((m, i) => {
    named[`end${i}`] = startOfDayInZone(addDays(m, 7), s.timeZone);
    named[`endDay${i}`] = addDays(m, 7);
  });
  const n = mondays.length;
  Object.assign(named, { from: startOfDayInZone(mondays[0]!, s.timeZone), to: named[`end${n - 1}`], fromDay: mondays[0], toDay: addDays(mondays[n - 1]!, 6) });
  const ends = (column: string, param: string) => mondays.map((_, i) => `when p.${column} < @${param}${i} then ${i}`).join(' ');
  return [
    settingsRead(),
    {
      sql: `select id, network, handle, display_name, posts_per_week_target from accounts
        where status = 'active' and deleted_at is null and role in ('medium','both') order by network, handle`,
      params: [],
    },
    {
      sql: `select t.account_id,
          case when p.scheduled_at is not null then case ${ends('scheduled_at', 'end')} end else case ${ends('scheduled_day', 'endDay')} end end as week,
          count(*) as n, count(case when p.status in (${quoted(cadenceEndedStatuses)}) then 1 end) as done
        from posts p join post_targets t on t.post_id = p.id
        where +p.status in (${quoted([...cadencePlannedStatuses, ...cadenceEndedStatuses])}) and p.id in (${RANGE_IDS})
        group by 1, 2`,
      params: [named],
    },
  ];
}

const PAGE = 100;
/** accounts.list: the page, and its total when the page is full (a shorter first page is its own total). */
function accountsListStatements(s: BenchScope, where: string, order: string, params: unknown[]): RawSql[] {
  const base = `from accounts where deleted_at is null${where}`;
  const page = { sql: `select * ${base} order by ${order} limit ${PAGE} offset 0`, params };
  const full = s.raw.prepare(page.sql).all(...params).length === PAGE;
  return full ? [page, { sql: `select count(*) as n ${base}`, params }] : [page];
}

const accountsSearch = ' and id in (select rowid from accounts_fts where accounts_fts match ?)';

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
    httpP95Ms: 15,
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
    raw: () => [
      {
        sql: `select p.id, p.title, p.status, p.scheduled_at, p.scheduled_day, snippet(posts_fts, -1, '', '', '…', 12) as snippet
          from posts_fts cross join posts p on p.id = posts_fts.rowid
          where posts_fts match ? and p.deleted_at is null order by rank limit 50`,
        params: [ftsQuery('fiestas')],
      },
    ],
    p95Ms: 20,
  },
  {
    name: 'accounts list, first page (accounts.list)',
    channel: 'accounts.list',
    input: () => ({}),
    raw: (s) => accountsListStatements(s, '', 'handle collate nocase, id', []),
  },
  {
    name: 'accounts list, department filter (accounts.list)',
    channel: 'accounts.list',
    input: () => ({ department: 'Turismo', sort: 'department' }),
    // The department's spellings in use first (one department however it is typed), then the page.
    raw: (s) => [
      { sql: 'select distinct department from accounts where deleted_at is null', params: [] },
      ...accountsListStatements(s, ' and department collate nocase in (?)', 'department collate nocase, handle collate nocase, id', ['Turismo']),
    ],
  },
  {
    name: 'accounts list, searched (accounts.list)',
    channel: 'accounts.list',
    input: () => ({ search: 'cultura' }),
    raw: (s) => accountsListStatements(s, accountsSearch, 'handle collate nocase, id', [ftsQuery('cultura')]),
  },
  {
    name: 'accounts list, searched by department (accounts.list)',
    channel: 'accounts.list',
    input: () => ({ search: 'cultura', sort: 'department' }),
    raw: (s) => accountsListStatements(s, accountsSearch, 'department collate nocase, handle collate nocase, id', [ftsQuery('cultura')]),
  },
  {
    name: 'accounts summary (accounts.summary)',
    channel: 'accounts.summary',
    input: () => ({}),
    raw: () => [
      settingsRead(),
      {
        sql: `select id, network, handle, display_name, department, status, role, owner_name, owner_trained_on, service_hours,
            last_activity_on, response_target_hours, covered_by_person_id, two_factor, created_at
          from accounts where deleted_at is null order by network, handle`,
        params: [],
      },
    ],
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
  /** Importing 50 photos of 12 MP with their thumbnails. */
  mediaImportMs: 10_000,
  /** The approval PDF of 300 posts, each with a photo. */
  mediaPdfMs: 5_000,
  /** A city month with thumbnails against without: its first posts show no more than this much later. */
  thumbsPaintSlack: 0.1,
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
 * or mark, a button by role), and says so on the console. Polling from the
 * test would add its own interval to every sample, and its first poll
 * compiles the driver's script in the page while the app draws.
 */
export function stampCalendarPaint({ labels, painted }: { labels: string[]; painted: string }): void {
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
      console.debug(painted);
    }
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** What stampCalendarPaint looks for, and the line it writes on the console once the first item showed. */
export const paintWatch = { labels: [es.calendarLabel, en.calendarLabel], painted: 'calendar painted' };
