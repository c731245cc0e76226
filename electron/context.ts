import type { Kysely } from 'kysely';
import { AppError } from '../shared/ipc/errors';
import type { Database } from './db/schema';
import { sweepMedia } from './features/media/service';
import { openStore, type StoreStatus } from './db/store';
import { openServer } from './db/server-open';
import { readTeamFile, serverAddress, type TeamFile, writeTeamFile } from './features/app/team-file';
import type { RawDb } from './db/open';
import type { Engine } from './db/engine/index';
import type { Platform } from './platform';

/**
 * What every handler receives. The store can be refused (damaged file, newer
 * schema); then only app.* and store.* channels work and the rest answer
 * `store_unavailable`, so the renderer can offer a backup or a new file.
 */
export interface StoreOptions {
  /**
   * The team's PostgreSQL server (`postgres://user:password@host:port/db`),
   * given on the command line; without it, the server saved in team.json,
   * or else the local file.
   */
  database?: string | undefined;
  /** Who works at this instance, given on the command line; else the name saved in team.json. */
  person?: string | undefined;
  /** How long an app that opened without its server waits between tries (tests make it 0). */
  retryEveryMs?: number;
}

/** How often an app that opened without its server tries it again. */
const RETRY_EVERY_MS = 5_000;

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
    const ctx = new AppContext(dataDir, platform, { state: 'offline', file: '', detail: 'opening' }, clock, options);
    ctx.status = await ctx.openStatus();
    await ctx.sweep();
    return ctx;
  }

  private team: TeamFile | null = null;

  /** This computer's part in a team, as saved beside the data file. */
  get teamFile(): TeamFile {
    return (this.team ??= readTeamFile(this.dataDir));
  }

  /** Save this computer's part in a team and move to the store it names. */
  async saveTeamFile(team: TeamFile): Promise<void> {
    writeTeamFile(this.dataDir, team);
    this.team = team;
    await this.reopen();
  }

  /** Save a change that keeps the store (the name of who works here). */
  saveTeamName(team: TeamFile): void {
    writeTeamFile(this.dataDir, team);
    this.team = team;
  }

  /** The server's address given on the command line, or saved for this computer; null for the local file. */
  get serverAddress(): string | null {
    return this.options.database ?? serverAddress(this.teamFile, this.platform.secrets?.unseal);
  }

  /** Who works at this instance: written on every row they change. */
  get personName(): string | null {
    const name = (this.options.person ?? this.teamFile.personName).trim();
    return name === '' ? null : name;
  }

  private openStatus(): Promise<StoreStatus> {
    const address = this.serverAddress;
    const author = () => this.personName;
    return address === null ? openStore(this.dataDir, undefined, undefined, author) : openServer(address, undefined, this.clock(), author);
  }

  /** Which engine holds the data: the local SQLite file, or the team's server. */
  get engineName(): 'sqlite' | 'postgres' {
    return this.serverAddress === null ? 'sqlite' : 'postgres';
  }

  private downSince: Date | null = null;
  private lastAttempt = 0;

  /**
   * When the team's server stopped answering, or null while it answers. The
   * pool reconnects on its own once the server is back: the next call that
   * gets through clears it.
   */
  get serverDownSince(): Date | null {
    return this.downSince;
  }

  /** A call could not reach the server (the router saw it fail for that reason). */
  noteServerDown(): Date {
    this.downSince ??= this.now();
    return this.downSince;
  }

  noteServerUp(): void {
    this.downSince = null;
  }

  /**
   * The server was unreachable when the app opened: try again, at most every
   * few seconds however often the screen asks (it asks while it waits).
   */
  async retryServer(): Promise<void> {
    if (this.status.state !== 'offline' || this.serverAddress === null) return;
    const at = Date.now();
    if (at - this.lastAttempt < (this.options.retryEveryMs ?? RETRY_EVERY_MS)) return;
    this.lastAttempt = at;
    this.status = await this.openStatus();
    if (this.status.state === 'ready') await this.sweep();
  }

  /** The address came from the command line: the Settings screen shows it but cannot change it. */
  get serverFixed(): boolean {
    return this.options.database !== undefined;
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
    this.status = await this.openStatus();
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
