import type { TestProject } from 'vitest/node';
import { openServerStore, serverPool } from '../../electron/db/server-store';
import { startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The integration suite's PostgreSQL server, for `openTestApp` on the postgres engine. */
    postgres: { url: string; template: string };
  }
}

export const TEMPLATE = 'pregonero_template';

/**
 * One server for the whole suite on PostgreSQL, and one database migrated
 * once as a template: each test app gets its own copy of it (a database
 * made from a template is a file copy on the server), so tests stay apart
 * and none waits for fourteen migrations.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  try {
    const url = server.createDatabase(TEMPLATE);
    const pool = serverPool(url);
    try {
      const opened = await openServerStore(pool);
      if (opened.state !== 'ready') throw new Error(`the template database was refused: ${opened.state}`);
    } finally {
      await pool.end();
    }
  } catch (e) {
    server.stop();
    throw e;
  }
  project.provide('postgres', { url: server.url, template: TEMPLATE });
  return () => server.stop();
}
