import type Database from 'better-sqlite3';
import type { RawDb } from './open';

const caches = new WeakMap<RawDb, Map<string, Database.Statement>>();
/** Filters shape the SQL (one placeholder per chosen account): bound the variants kept. */
const MAX_STATEMENTS = 256;

/**
 * A statement prepared once per open database and reused: the views' reads
 * run many times a minute, and preparing their SQL each time costs about as
 * much as running it on a small range.
 */
export function cachedStatement(raw: RawDb, sql: string): Database.Statement {
  let cache = caches.get(raw);
  if (!cache) caches.set(raw, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    cache.set(sql, (stmt = raw.prepare(sql)));
  }
  return stmt;
}
