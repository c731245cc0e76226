import { errorCodes } from '../../shared/ipc/contract';
import { sql } from 'kysely';
import type { AppContext } from '../../electron/context';
import { TestPlatform } from './context';

const known = new Set<string>(errorCodes);

/**
 * Why an answer from the boundary is unacceptable, or null when it is fine:
 * `{ ok: true }` or `{ ok: false, error: { code } }` with a known code (core,
 * or a feature's full catalog key), and never `internal` for bad input.
 */
export function badAnswer(answer: unknown): string | null {
  if (answer === null || typeof answer !== 'object') return `not a Result: ${String(answer)}`;
  const r = answer as { ok?: unknown; error?: { code?: unknown } };
  if (r.ok === true) return null;
  if (r.ok !== false) return `not a Result: ${JSON.stringify(answer).slice(0, 200)}`;
  const code = r.error?.code;
  if (typeof code !== 'string') return `error without a code: ${JSON.stringify(answer).slice(0, 200)}`;
  if (code === 'internal') return 'answered internal';
  if (!known.has(code) && !/^[a-z][A-Za-z]*\.errors\.[A-Za-z0-9_.]+$/.test(code)) return `unknown error code ${code}`;
  return null;
}

/**
 * The store is sound. The file: integrity_check says ok and no foreign key
 * is dangling. The server keeps its foreign keys itself: none of them, nor a
 * check, may be left unvalidated. On both, no row has a negative version.
 */
export async function storeProblems(ctx: AppContext): Promise<string[]> {
  const problems: string[] = [];
  const db = ctx.db.withoutPlugins();
  if (ctx.engineName === 'sqlite') {
    const integrity = ctx.raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = ctx.raw.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
  } else {
    const { rows } = await sql<{ name: string }>`select conname as name from pg_constraint where contype in ('f', 'c') and not convalidated`.execute(db);
    if (rows.length > 0) problems.push(`not validated: ${rows.map((r) => r.name).join(', ')}`);
  }
  for (const table of await db.introspection.getTables()) {
    if (!table.columns.some((c) => c.name === 'version')) continue;
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table.name)} where version < 0`.execute(db);
    if (Number(rows[0]?.n) > 0) problems.push(`${table.name}: ${rows[0]?.n} rows with a negative version`);
  }
  return problems;
}

/** Object.prototype and Array.prototype carry nothing a request put there. */
export function prototypePollution(): string[] {
  const found: string[] = [];
  for (const key of ['polluted', 'isAdmin']) {
    if (key in Object.prototype || key in {}) found.push(`Object.prototype.${key}`);
    if (key in Array.prototype) found.push(`Array.prototype.${key}`);
  }
  if (Object.getOwnPropertyNames(Object.prototype).length !== PROTO_KEYS) found.push('Object.prototype gained a key');
  return found;
}
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).length;

/** A platform whose PDF printer answers a tiny valid PDF, so exports can run without a browser. */
export class FuzzPlatform extends TestPlatform {
  override async printToPdf(): Promise<Buffer> {
    return Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
  }
}
