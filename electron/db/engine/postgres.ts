import { type SqlBool, sql } from 'kysely';
import { searchWords } from '../fts';
import { type Engine, readOf, type SearchableTable } from './index';

/**
 * The text each search table is built from, to cut a short extract from: the
 * index itself keeps only the folded words. Their order matches what the
 * SQLite index shows first.
 */
const extractOf: Record<SearchableTable, string> = {
  posts: "concat_ws(' ', s.title, s.body, s.hashtags)",
  accounts: "concat_ws(' ', s.handle, s.display_name, s.department)",
  contacts: "concat_ws(' ', s.name, s.role, s.notes)",
};

/**
 * What a person typed as a `tsquery`: every word quoted (operators and quotes
 * in the input mean nothing) and matched as a prefix, all of them required,
 * folded by the same function the index was built with, so "camion" finds
 * "camión" and "CAMIÓN".
 */
function tsquery(input: string) {
  const words = searchWords(input);
  if (words.length === 0) return null;
  const text = words.map((w) => `'${w.replace(/'/gu, "''").replace(/\\/gu, '\\\\')}':*`).join(' & ');
  return sql`to_tsquery('simple', pregonero_fold(${text}))`;
}

/** A LIKE pattern that takes the text literally. */
const literal = (text: string) => text.replace(/[\\%_]/gu, (c) => `\\${c}`);
// `lower` on both sides: the `nocase` collation is nondeterministic, and PostgreSQL 15 refuses LIKE on those.
const like = (column: string, pattern: string) => sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;

/**
 * PostgreSQL through node-postgres. Reads run as Kysely runs them (the pool
 * prepares nothing per text; the server plans each query). Case rules use the
 * ICU `nocase` collation the first migration creates, and search the folded
 * `tsvector` tables kept by triggers, so both engines answer the same rows.
 */
export function postgresEngine(): Engine {
  return {
    name: 'postgres',
    rows: (query) => readOf(query).execute(),
    caseless: (column) => sql<string>`${sql.ref(column)} collate nocase`,
    caselessEquals: (column, value) => sql`${sql.ref(column)} = ${value} collate nocase`,
    startsWith: (column, text) => like(column, `${literal(text)}%`),
    contains: (column, text) => like(column, `%${literal(text)}%`),
    inIds: (column, ids) => sql`${sql.ref(column)} = any(${[...ids]}::integer[])`,
    matches(table, column, input, columns) {
      const q = tsquery(input);
      if (!q) return null;
      if (columns) {
        // Only some columns: folded on the fly from the rows themselves (the index covers every column together).
        const fields = sql.join(columns.map((c) => sql.ref(`s.${c}`)));
        return sql`${sql.ref(column)} in (select s.id from ${sql.table(table)} s where to_tsvector('simple', pregonero_fold(concat_ws(' ', ${fields}))) @@ ${q})`;
      }
      return sql`${sql.ref(column)} in (select f.rowid from ${sql.table(`${table}_fts`)} f where f.document @@ ${q})`;
    },
    hits(table, input, alias) {
      const q = tsquery(input);
      if (!q) return null;
      const extract = sql.raw(extractOf[table]);
      return sql<{ id: number; snippet: string; rank: number }>`(select f.rowid as id,
          ts_headline('simple', ${extract}, q.q, 'MaxWords=12, MinWords=6, ShortWord=0, HighlightAll=false, StartSel="", StopSel=""') as snippet,
          -ts_rank(f.document, q.q) as rank
        from ${sql.table(`${table}_fts`)} f
        join ${sql.table(table)} s on s.id = f.rowid
        cross join (select ${q} as q) q
        where f.document @@ q.q)`.as(alias);
    },
    jsonArrayHasAny: (column, values) =>
      sql<SqlBool>`exists (select 1 from json_array_elements_text(${sql.ref(column)}::json) j(v) where j.v = any(${[...values]}::text[]))`,
    jsonText: (column, field) => sql<string | null>`(${sql.ref(column)}::json ->> ${field})`,
    // A function of the column, not the column: the planner will not use its index for it.
    unindexed: (column) => sql`coalesce(${sql.ref(column)}, ${sql.ref(column)})`,
  };
}
