import type { Migration } from 'kysely/migration';
import { migrations as registry } from '../../migrations/index';
import { displayUrl, openServerStore, serverPool } from './server-store';
import type { Author } from './changed-by';
import type { StoreStatus } from './store';

/** Error codes of a server that cannot be reached (as opposed to one that answers and refuses). */
// ENOENT: a local server's socket file is not there (the server is not running).
const UNREACHABLE = new Set(['ENOENT', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P03']);

/** A connection that failed because the server is not there (down, no network), not because it said no. */
export function isUnreachable(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE.has(code)) return true;
  return e instanceof Error && /timeout|terminated|Connection terminated/iu.test(e.message);
}

/**
 * Open the team's database as the app's store: the same rules as the local
 * file (refuse someone else's tables or a newer schema, copy aside before
 * migrating). A server that cannot be reached is `offline`; the pool is
 * closed on every answer but `ready`.
 */
export async function openServer(url: string, list: Record<string, Migration> = registry, now = new Date(), author: Author = () => null): Promise<StoreStatus> {
  const file = displayUrl(url);
  const pool = serverPool(url);
  try {
    const opened = await openServerStore(pool, list, now, author);
    if (opened.state !== 'ready') {
      await pool.end();
      return { state: opened.state, file, detail: opened.detail };
    }
    return { state: 'ready', file, raw: null, db: opened.db, engine: opened.engine, schemaVersion: opened.schemaVersion };
  } catch (e) {
    await pool.end().catch(() => undefined);
    const code = String((e as { code?: unknown }).code ?? '');
    if (isUnreachable(e)) return { state: 'offline', file, detail: code || 'unreachable' };
    // Wrong user or password, no such database, no right to connect: the server answered, and said no.
    if (/^(28|3D|42501)/u.test(code)) return { state: 'server_refused', file, detail: code };
    throw e;
  }
}
