import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { serverPool } from '../../electron/db/server-store';

/**
 * A throwaway PostgreSQL server for tests: its own data folder in the temp
 * directory, its own port on 127.0.0.1, trust login for one role, stopped and
 * removed by `stop()`. It uses the server binaries the machine has (Debian's
 * `postgresql` package, installed by `.ci/run`), so the tests run against
 * the engine a town hall would run, not a look-alike.
 */
export interface TestPostgres {
  /** `postgres://user@127.0.0.1:port/db`, as a town hall's server would be given. */
  url: string;
  port: number;
  /** The server's data and socket folder, removed by `stop()`. */
  dir: string;
  /** A new, empty database on this server; answers its URL. */
  createDatabase(name: string): string;
  /** Stop the server and keep its data, as a server room's power cut would; `resume()` starts it again on the same port. */
  pause(): void;
  resume(): void;
  stop(): void;
}

const USER = 'pregonero';
const DATABASE = 'pregonero';

/** The newest server install under /usr/lib/postgresql, or null when there is none. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : path.join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The server refuses to run as root: as root, its commands run as the
 * `postgres` system user and the data folder is handed to that user.
 */
function runner(): { run(bin: string, args: string[]): void; own(dir: string): void } {
  const asRoot = process.getuid?.() === 0;
  return {
    run(bin, args) {
      const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
      const r = spawnSync(cmd, argv, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${path.basename(bin)} failed (${r.status}): ${r.stderr || r.stdout}`);
    },
    own(dir) {
      if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    },
  };
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql: install Debian\'s postgresql package (.ci/run does)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-pg-'));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const { run, own } = runner();
  own(dir);
  const port = await freePort();
  run(path.join(bin, 'initdb'), ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Sockets in the test's own folder, fsync off: a test server holds nothing worth a flush.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off`;
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', options, '-w', 'start']);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER, DATABASE]);
  } catch (e) {
    stop();
    throw e;
  }
  const urlOf = (db: string): string => `postgres://${USER}@127.0.0.1:${port}/${db}`;
  const createDatabase = (name: string): string => {
    run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER, name]);
    return urlOf(name);
  };
  const pause = (): void => run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  const resume = (): void => run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', options, '-w', 'start']);
  return { url: urlOf(DATABASE), port, dir, createDatabase, pause, resume, stop };
}

/**
 * One server for a test file: started before its tests, stopped after them,
 * with every pool opened through `pool()` ended first.
 */
export function postgresForSuite(): { server: () => TestPostgres; pool: (url: string) => pg.Pool } {
  let server: TestPostgres | undefined;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const p of pools) await p.end().catch(() => undefined);
    server?.stop();
  });
  return {
    server: () => {
      if (!server) throw new Error('the PostgreSQL server starts in beforeAll');
      return server;
    },
    pool: (url) => {
      const p = serverPool(url);
      pools.push(p);
      return p;
    },
  };
}
