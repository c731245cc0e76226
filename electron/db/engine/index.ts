import type { AliasedRawBuilder, Compilable, Kysely, RawBuilder, SqlBool, Transaction } from 'kysely';
import type { Database } from '../schema';

/** A read built with Kysely, on the database or inside a transaction. */
export type Read<O> = Compilable<O> & { execute(): Promise<O[]> };

/** A read, or a function that builds it when asked (see Engine.rows). */
export type LazyRead<O> = Read<O> | (() => Read<O>);

/** The read itself, or the one its function builds. */
export const readOf = <O>(query: LazyRead<O>): Read<O> => (typeof query === 'function' ? query() : query);

/** Tables that have a full-text index over their text columns. */
export type SearchableTable = 'posts' | 'accounts' | 'contacts';

/** One full-text hit, as a derived table to join on `id`: the best first by `rank`, with a short extract of the matched text. */
export interface SearchHit {
  id: number;
  snippet: string;
  rank: number;
}

/**
 * What differs between database engines, behind one typed interface: the
 * features build their queries with Kysely and ask this for the few pieces
 * plain SQL does not share (case-insensitive text, id lists, full-text
 * search, JSON fields, index hints) and for running a read fast. One module
 * per engine implements it (sqlite.ts, postgres.ts).
 */
export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  /**
   * Run a read built with Kysely and return its rows as Kysely would. An
   * engine may keep the statement prepared; `key`, when given, names the
   * query's shape and values so its compiled SQL is reused too (a view asks
   * for the same read again and again). Given as a function, the query is
   * built only when the engine has nothing kept under `key`: building it
   * costs about as much as compiling it. A query built on a transaction
   * reads inside it.
   */
  rows<O>(query: LazyRead<O>, key?: string): Promise<O[]>;
  /** A text column for ordering and comparing without regard to case. */
  caseless(column: string): RawBuilder<string>;
  /** `column = value`, case ignored. */
  caselessEquals(column: string, value: string): RawBuilder<SqlBool>;
  /** The column starts with / contains `text` (taken literally, case ignored). */
  startsWith(column: string, text: string): RawBuilder<SqlBool>;
  contains(column: string, text: string): RawBuilder<SqlBool>;
  /** `column in (ids)`, with one parameter however many ids there are (one statement serves every list). */
  inIds(column: string, ids: readonly number[]): RawBuilder<SqlBool>;
  /**
   * Rows of `table` whose text matches what a person typed, accents and case
   * ignored, every word as a prefix; `columns` narrows it to some of the
   * indexed columns. Null when nothing searchable is left of the input.
   */
  matches(table: SearchableTable, column: string, input: string, columns?: readonly string[]): RawBuilder<SqlBool> | null;
  /** The hits of a full-text search as a derived table named `alias` (null as for `matches`). */
  hits<A extends string>(table: SearchableTable, input: string, alias: A): AliasedRawBuilder<SearchHit, A> | null;
  /** A JSON text column holding an array of strings has at least one of `values`. */
  jsonArrayHasAny(column: string, values: readonly string[]): RawBuilder<SqlBool>;
  /** A string field of a JSON text column. */
  jsonText(column: string, field: string): RawBuilder<string | null>;
  /** The column as a value the planner will not pick an index for (where another index is the better road). */
  unindexed(column: string): RawBuilder<unknown>;
}

const engines = new WeakMap<object, Engine>();

/** Tie an engine to an open database (done once, when the store opens). */
export function attachEngine(db: Kysely<Database>, engine: Engine): void {
  engines.set(db.getExecutor().adapter, engine);
}

/**
 * The engine of a database or of a transaction on it: both share one
 * dialect adapter, so code given only a `Db` still finds its engine.
 */
export function engineOf(db: Kysely<Database> | Transaction<Database>): Engine {
  const engine = engines.get(db.getExecutor().adapter);
  if (!engine) throw new Error('no engine attached to this database');
  return engine;
}
