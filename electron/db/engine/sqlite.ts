import type Database from 'better-sqlite3';
import { type CompiledQuery, type SqlBool, sql } from 'kysely';
import { ftsQuery } from '../fts';
import type { RawDb } from '../open';
import { type Engine, type LazyRead, readOf, type SearchableTable } from './index';

/** Filters shape the SQL (one placeholder per chosen status): bound the variants kept. */
const MAX_KEPT = 256;

const camelKeys = new Map<string, string>();
const camel = (key: string): string => {
  let k = camelKeys.get(key);
  if (k === undefined) camelKeys.set(key, (k = key.replace(/_([a-z])/gu, (_, c: string) => c.toUpperCase())));
  return k;
};

interface Prepared {
  stmt: Database.Statement;
  /** Builds one row from the statement's values, named as Kysely's CamelCasePlugin names them. */
  row: (values: unknown[]) => unknown;
}

/**
 * An object literal of fixed shape per statement is built as fast as
 * better-sqlite3 builds its own rows; setting the keys one by one costs
 * about 40 % more on a 600-row read. The keys are our own SQL's column names,
 * each written as a JSON string, so nothing from the data reaches the code.
 */
function rowBuilder(columns: string[], text: string): (values: unknown[]) => unknown {
  // Who changed a row is written on every row but answered only where a query names it (changed-by.ts); a `select *` leaves it out here too.
  const named = text.includes('"changed_by"');
  const fields = columns
    .map((name, i) => (name === 'changed_by' && !named ? '' : `${JSON.stringify(camel(name))}: v[${i}]`))
    .filter(Boolean)
    .join(', ');
  return new Function('v', `return { ${fields} };`) as (values: unknown[]) => unknown;
}

/**
 * SQLite through better-sqlite3. Reads built with Kysely are compiled and
 * run as statements prepared once per open file, rows read as arrays and
 * named with a key map: preparing the SQL, and Kysely's per-row plugin, cost
 * about as much as running a view's query on a small range.
 */
export function sqliteEngine(raw: RawDb): Engine {
  const statements = new Map<string, Prepared>();
  const compiled = new Map<string, CompiledQuery>();

  const prepared = (text: string): Prepared => {
    let hit = statements.get(text);
    if (!hit) {
      if (statements.size >= MAX_KEPT) statements.clear();
      const stmt = raw.prepare(text).raw(true);
      hit = { stmt, row: rowBuilder(stmt.columns().map((c) => c.name), text) };
      statements.set(text, hit);
    }
    return hit;
  };

  const compile = (query: LazyRead<unknown>, key?: string): CompiledQuery => {
    if (key === undefined) return readOf(query).compile();
    let hit = compiled.get(key);
    if (!hit) {
      if (compiled.size >= MAX_KEPT) compiled.clear();
      compiled.set(key, (hit = readOf(query).compile()));
    }
    return hit;
  };

  /** A LIKE pattern that takes the text literally. */
  const literal = (text: string) => text.replace(/[\\%_]/gu, (c) => `\\${c}`);
  const like = (column: string, pattern: string) => sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\' collate nocase`;

  const ftsTable = (table: SearchableTable) => sql.table(`${table}_fts`);

  return {
    name: 'sqlite',
    // better-sqlite3 has one connection: a query built on a Kysely transaction runs inside it here too.
    rows<O>(query: LazyRead<O>, key?: string): Promise<O[]> {
      const c = compile(query, key);
      const { stmt, row } = prepared(c.sql);
      return Promise.resolve((stmt.all(...c.parameters) as unknown[][]).map(row) as O[]);
    },
    caseless: (column) => sql<string>`${sql.ref(column)} collate nocase`,
    caselessEquals: (column, value) => sql`${sql.ref(column)} = ${value} collate nocase`,
    startsWith: (column, text) => like(column, `${literal(text)}%`),
    contains: (column, text) => like(column, `%${literal(text)}%`),
    inIds: (column, ids) => sql`${sql.ref(column)} in (select value from json_each(${JSON.stringify(ids)}))`,
    matches(table, column, input, columns) {
      const words = ftsQuery(input);
      if (!words) return null;
      const match = columns ? `{${columns.join(' ')}} : (${words})` : words;
      return sql`${sql.ref(column)} in (select rowid from ${ftsTable(table)} where ${ftsTable(table)} match ${match})`;
    },
    hits(table, input, alias) {
      const words = ftsQuery(input);
      if (!words) return null;
      const fts = ftsTable(table);
      return sql<{ id: number; snippet: string; rank: number }>`(select rowid as id, snippet(${fts}, -1, '', '', '…', 12) as snippet, rank from ${fts} where ${fts} match ${words})`.as(alias);
    },
    jsonArrayHasAny: (column, values) =>
      sql<SqlBool>`exists (select 1 from json_each(${sql.ref(column)}) j where j.value in (select value from json_each(${JSON.stringify(values)})))`,
    jsonText: (column, field) => sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${field}`})`,
    unindexed: (column) => sql`+${sql.ref(column)}`,
  };
}
