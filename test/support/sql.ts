import { sql } from 'kysely';
import type { TestApp } from './context';

/**
 * Plain SQL in a test, on whichever engine the suite runs: `?` placeholders,
 * rows as the database names them (snake_case unless aliased). For the
 * checks a test writes by hand, independent of the app's query builders.
 */
export async function rowsOf<R = Record<string, unknown>>(app: TestApp, text: string, ...params: unknown[]): Promise<R[]> {
  const parts = text.split('?');
  if (parts.length - 1 !== params.length) throw new Error(`${parts.length - 1} placeholders, ${params.length} values`);
  const query = sql.join(
    parts.map((p, i) => (i < params.length ? sql`${sql.raw(p)}${params[i]}` : sql.raw(p))),
    sql``,
  );
  const { rows } = await query.execute(app.ctx.db.withoutPlugins());
  return rows as R[];
}

/** The first column of every row (as better-sqlite3's `pluck`). */
export async function columnOf<T = unknown>(app: TestApp, text: string, ...params: unknown[]): Promise<T[]> {
  const rows = await rowsOf(app, text, ...params);
  return rows.map((r) => Object.values(r)[0] as T);
}

/** The first column of the first row, or undefined. */
export async function valueOf<T = unknown>(app: TestApp, text: string, ...params: unknown[]): Promise<T | undefined> {
  return (await columnOf<T>(app, text, ...params))[0];
}

/** Run a statement that answers no rows. */
export async function run(app: TestApp, text: string, ...params: unknown[]): Promise<void> {
  await rowsOf(app, text, ...params);
}
