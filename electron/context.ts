import type { Kysely } from 'kysely';
import { AppError } from '../shared/ipc/errors';
import type { Database } from './db/schema';
import { sweepMedia } from './features/media/service';
import { openStore, type StoreStatus } from './db/store';
import { openServer } from './db/server-open';
import type { RawDb } from './db/open';
import type { Engine } from './db/engine/index';
import type { Platform } from './platform';

/**
 * What every handler receives. The store can be refused (damaged file, newer
 * schema); then only app.* and store.* channels work and the rest answer
 * `store_unavailable`, so the renderer can offer a backup or a new file.
 */
export interface StoreOptions {
  /** The team's PostgreSQL server (`postgres://user:password@host:port/db`); without it, the local file. */
  database?: string;
}

export class AppContext {
  private status: StoreStatus;

  constructor(
    readonly dataDir: string,
    readonly platform: Platform,
    status: StoreStatus,
    readonly clock: () => Date = () => new Date(),
    private readonly options: StoreOptions = {},
  ) {
    this.status = status;
  }

  static async open(dataDir: string, platform: Platform, clock?: () => Date, options: StoreOptions = {}): Promise<AppContext> {
    const ctx = new AppContext(dataDir, platform, await AppContext.openStatus(dataDir, options, clock), clock, options);
    await ctx.sweep();
    return ctx;
  }

  private static openStatus(dataDir: string, options: StoreOptions, clock = () => new Date()): Promise<StoreStatus> {
    return options.database === undefined ? openStore(dataDir) : openServer(options.database, undefined, clock());
  }

  /** Which engine holds the data: the local SQLite file, or the team's server. */
  get engineName(): 'sqlite' | 'postgres' {
    return this.options.database === undefined ? 'sqlite' : 'postgres';
  }

  /** Housekeeping when a data file opens: media files deleted long ago and used nowhere leave the disk. */
  private async sweep(): Promise<void> {
    if (this.status.state === 'ready') await sweepMedia(this);
  }

  get store(): StoreStatus {
    return this.status;
  }

  get db(): Kysely<Database> {
    if (this.status.state !== 'ready') throw new AppError('store_unavailable', { state: this.status.state });
    return this.status.db;
  }

  /** The engine's own pieces (fast reads, text search, case rules); features never write engine SQL themselves. */
  get engine(): Engine {
    if (this.status.state !== 'ready') throw new AppError('store_unavailable', { state: this.status.state });
    return this.status.engine;
  }

  /** The SQLite file's own handle (backups of the file); a shared server has none. */
  get raw(): RawDb {
    if (this.status.state !== 'ready') throw new AppError('store_unavailable', { state: this.status.state });
    if (!this.status.raw) throw new AppError('store_unavailable', { state: 'server' });
    return this.status.raw;
  }

  now(): Date {
    return this.clock();
  }

  /** Close the current file and open another (after restoring a backup or starting anew). */
  async reopen(): Promise<void> {
    await this.close();
    this.status = await AppContext.openStatus(this.dataDir, this.options, this.clock);
    await this.sweep();
  }

  async close(): Promise<void> {
    if (this.status.state === 'ready') {
      await this.status.db.destroy();
      // Kysely closes the handle only if a query went through it; a clean close also folds the WAL back into the file.
      if (this.status.raw?.open) this.status.raw.close();
    }
  }
}
