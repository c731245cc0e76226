import { CompiledQuery } from 'kysely';
import type { TestApp } from './context';

type PgPlan = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; 'Index Cond'?: string; Plans?: PgPlan[] };
const nodesOf = (p: PgPlan): string[] => [
  [p['Node Type'], p['Index Name'] ?? p['Relation Name'], p['Index Cond']].filter(Boolean).join(' '),
  ...(p.Plans ?? []).flatMap(nodesOf),
];

/**
 * The server's plan of a query, from EXPLAIN (FORMAT JSON): every node, as
 * its type with the index or table it reads and its index condition
 * (`Index Scan accounts_live_handle`, `Sort`). `seqscan: 'off'` turns
 * sequential scans off for this transaction only, to show the index a query
 * takes once a scan costs more than at a test's size.
 */
export async function pgPlan(app: TestApp, q: { compile(): { sql: string; parameters: readonly unknown[] } }, options: { seqscan: 'off' | 'on' }): Promise<string[]> {
  const c = q.compile();
  return app.ctx.db.withoutPlugins().transaction().execute(async (trx) => {
    if (options.seqscan === 'off') await trx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
    const explained = await trx.executeQuery<{ 'QUERY PLAN': { Plan: PgPlan }[] }>(CompiledQuery.raw(`explain (format json) ${c.sql}`, [...c.parameters]));
    return nodesOf(explained.rows[0]!['QUERY PLAN'][0]!.Plan);
  });
}
