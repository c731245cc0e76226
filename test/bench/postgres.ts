import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { searchWords } from '../../electron/db/fts';
import { sessionOptions } from '../../electron/db/server-store';
import { startHarness } from '../../electron/web/harness';
import { dayInZoneFn } from '../../shared/domain/time';
import { seedFolder, type Scale } from '../fixtures/seed';
import { startPostgres } from '../support/postgres';
import { targets } from './entries';
import { timeInTurns } from './timing';

/** A read timed against its hand-written SQL on the same PostgreSQL server. */
export interface ServerRow {
  name: string;
  /** The same read's line on SQLite (test/bench/entries.ts), to print the two side by side. */
  sqliteName: string;
  channel: string;
  medianMs: number;
  p95Ms: number;
  rawMedianMs: number;
  ratio: number;
  target: string;
  status: 'pass' | 'fail';
  note?: string;
}

interface Options {
  scale: Scale;
  seed: number;
  anchor: Date;
  runs: number;
  log: (line: string) => void;
}

/** The SQLite lines (test/bench/entries.ts) of the reads timed on PostgreSQL too: month, search, accounts list. */
export const sqliteNames = {
  month: 'calendar month (posts.listRange)',
  search: 'search (posts.search "fiestas")',
  accounts: 'accounts list, first page (accounts.list)',
} as const;

const RANGE_IDS = `select id from posts where deleted_at is null and scheduled_at >= $1 and scheduled_at < $2
  union all select id from posts where deleted_at is null and scheduled_day >= $3 and scheduled_day <= $4`;

/** How the server reads the search table for this query: by its index, or whole. */
async function searchTableRead(client: pg.Client, text: string, words: string): Promise<string> {
  type Node = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: Node[] };
  const { rows } = await client.query<{ 'QUERY PLAN': { Plan: Node }[] }>(`explain (format json) ${text}`, [words]);
  const nodes = (n: Node): Node[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
  const reads = nodes(rows[0]!['QUERY PLAN'][0]!.Plan).filter((n) => n['Index Name'] === 'posts_fts_document' || n['Relation Name'] === 'posts_fts');
  return `posts_fts read by: ${reads.map((n) => `${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`).join(', ')}`;
}

/**
 * The month range, search and accounts list on a real PostgreSQL server
 * seeded like the SQLite city: each handler through the router against the
 * same reads written by hand and sent with node-postgres, so the ratio is
 * what the layers above SQL cost on that engine.
 */
export async function postgresReads(options: Options): Promise<ServerRow[]> {
  const server = await startPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-pg-'));
  const url = server.createDatabase('bench');
  // The raw reads run with the settings the app's own sessions start with: one planner, two callers.
  const client = new pg.Client({ connectionString: url, options: sessionOptions });
  try {
    const t0 = performance.now();
    await seedFolder(dataDir, { scale: options.scale, seed: options.seed, anchor: options.anchor, database: url });
    options.log(`seeded ${options.scale} on PostgreSQL in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const h = await startHarness({ port: 0, dataDir, database: url, clock: () => options.anchor });
    // The local copy a session keeps is taken as the server opens: done before anything is timed.
    await h.ctx.snapshots.flush();
    await client.connect();
    // As the server's autovacuum leaves a database in use: statistics, and the search index's list of rows
    // written since (a GIN index keeps new entries aside until a vacuum) merged into it, which a seed just written still has.
    await client.query('vacuum analyze');
    try {
      const y = options.anchor.getUTCFullYear();
      const m = options.anchor.getUTCMonth();
      const from = new Date(Date.UTC(y, m, 1)).toISOString();
      const to = new Date(Date.UTC(y, m + 1, 1)).toISOString();
      const toDay = dayInZoneFn('Europe/Madrid');
      const range = [from, to, toDay(from), toDay(new Date(Date.parse(to) - 1))];
      const words = searchWords('fiestas').map((w) => `'${w}':*`).join(' & ');
      const searchSql = `select p.id, p.title, p.status, p.scheduled_at, p.scheduled_day,
                 ts_headline('simple', concat_ws(' ', p.title, p.body, p.hashtags), q, 'MaxWords=12, MinWords=6') as snippet
               from posts_fts f join posts p on p.id = f.rowid, to_tsquery('simple', pregonero_fold($1)) q
               where f.document @@ q and p.deleted_at is null order by ts_rank(f.document, q) desc limit 50`;
      const reads: { name: string; sqliteName: string; channel: string; input: unknown; raw: () => Promise<unknown>; note?: () => Promise<string> }[] = [
        {
          name: 'calendar month (posts.listRange) on PostgreSQL',
          sqliteName: sqliteNames.month,
          channel: 'posts.listRange',
          input: { from, to },
          raw: async () => {
            await client.query('select key, value from settings');
            await client.query(
              `select p.id, p.version, p.title, p.scheduled_at, p.scheduled_day, p.status, p.campaign_id, c.color, p.approved_version
               from posts p left join campaigns c on c.id = p.campaign_id and c.deleted_at is null
               where p.id in (${RANGE_IDS}) order by coalesce(p.scheduled_at, p.scheduled_day), p.id`,
              range,
            );
            const t = await client.query<{ account_id: number }>(`select t.post_id, t.account_id from post_targets t where t.post_id in (${RANGE_IDS})`, range);
            await client.query('select id, network, handle, display_name from accounts where id = any($1::integer[]) and deleted_at is null', [[...new Set(t.rows.map((r) => r.account_id))]]);
            await client.query(
              `select pm.post_id, m.sha256, m.mime from post_media pm join media m on m.id = pm.media_id
               where pm.post_id in (${RANGE_IDS}) order by pm.post_id, pm.position`,
              range,
            );
          },
        },
        {
          name: 'search (posts.search "fiestas") on PostgreSQL',
          sqliteName: sqliteNames.search,
          channel: 'posts.search',
          input: { q: 'fiestas' },
          raw: () => client.query(searchSql, [words]),
          note: () => searchTableRead(client, searchSql, words),
        },
        {
          name: 'accounts list, first page (accounts.list) on PostgreSQL',
          sqliteName: sqliteNames.accounts,
          channel: 'accounts.list',
          input: {},
          raw: async () => {
            await client.query('select * from accounts where deleted_at is null order by handle collate nocase, id limit 100');
            await client.query('select count(*) from accounts where deleted_at is null');
          },
        },
      ];
      const rows: ServerRow[] = [];
      for (const r of reads) {
        const invoke = async () => {
          const res = await h.invoke(r.channel, r.input);
          if (!res.ok) throw new Error(`${r.channel}: ${JSON.stringify(res.error)}`);
        };
        const [handler, raw] = await timeInTurns(invoke, r.raw, options.runs);
        const ratio = handler.median / raw.median;
        rows.push({
          name: r.name,
          sqliteName: r.sqliteName,
          channel: r.channel,
          medianMs: handler.median,
          p95Ms: handler.p95,
          rawMedianMs: raw.median,
          ratio,
          target: `≤ ${targets.ratio}x raw`,
          status: ratio <= targets.ratio ? 'pass' : 'fail',
          ...(r.note && { note: await r.note() }),
        });
      }
      return rows;
    } finally {
      await h.close();
    }
  } finally {
    await client.end().catch(() => undefined);
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
