import { type Kysely, sql } from 'kysely';
import { AppError } from '../shared/ipc/errors';
import type { Database } from './db/schema';
import { sweepMedia } from './features/media/service';
import { openStore, type StoreStatus } from './db/store';
import { openServer } from './db/server-open';
import { displayUrl } from './db/server-store';
import { SnapshotKeeper } from './db/snapshot/keeper';
import { openSnapshot, type Snapshot } from './db/snapshot/read';
import { takeSnapshot } from './db/snapshot/take';
import { getSettings } from './features/settings/service';
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
  /** How long the app waits between tries of a server that is away (tests make it 0). */
  retryEveryMs?: number;
  /** Keep a local copy of the team's server to read while it is away (on unless a test turns it off). */
  keepSnapshot?: boolean;
}

/** How often an app whose server is away tries it again. */
const RETRY_EVERY_MS = 5_000;
/** How long the copy's handle stays open after the server is back, for calls already reading it. */
const LEAVE_GRACE_MS = 2_000;

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
    this.snapshots = new SnapshotKeeper(() => this.refreshSnapshot(), options.keepSnapshot !== false);
  }

  static async open(dataDir: string, platform: Platform, clock?: () => Date, options: StoreOptions = {}): Promise<AppContext> {
    const ctx = new AppContext(dataDir, platform, { state: 'offline', file: '', detail: 'opening' }, clock, options);
    ctx.status = await ctx.openStatus();
    // Just tried: the first app.info must not try again at once.
    ctx.lastAttempt = Date.now();
    await ctx.settle();
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
  private failures = 0;
  private lastAttempt = 0;
  private retrying: Promise<void> | null = null;
  /** The local copy of the team's server, open read-only while the server is away; null otherwise. */
  private snapshot: Snapshot | null = null;
  /** When the local copy of the team's server is refreshed (see db/snapshot/). */
  readonly snapshots: SnapshotKeeper;

  /**
   * When this app found the team's server away (the first call that failed,
   * or the start that could not reach it), or null while it answers.
   * Without a local copy the pool reconnects on its own once the server is
   * back and the next call that gets through clears it; with one, reads come
   * from the copy and `retryServer` looks for the server.
   */
  get serverDownSince(): Date | null {
    return this.downSince;
  }

  /** How many calls found the server away: a call during which this grew was not answered by the server. */
  get serverFailures(): number {
    return this.failures;
  }

  /** True while reads come from the local copy: every write answers `offline` (see offline.ts). */
  get onSnapshot(): boolean {
    return this.snapshot !== null;
  }

  /** When the copy being read was taken from the server, while the app reads from it. */
  get snapshotTakenAt(): string | null {
    return this.snapshot?.takenAt ?? null;
  }

  /** The schema of the copy being read (null while none is): the app still says which schema it reads. */
  get snapshotSchemaVersion(): number | null {
    return this.snapshot?.schemaVersion ?? null;
  }

  /** A call could not reach the server (the router saw it fail for that reason): read from the copy if there is one. */
  noteServerDown(): Date {
    this.failures++;
    this.downSince ??= this.now();
    this.useSnapshot();
    return this.downSince;
  }

  /** The server itself answered a call: it is there, and the copy is kept fresh (after a write, or when old). */
  servedByServer(read: boolean): void {
    const back = this.downSince !== null;
    this.downSince = null;
    if (this.status.state !== 'ready' || this.engineName !== 'postgres') return;
    // Back after an outage with no copy to read from: one now, for the next.
    if (back) this.snapshots.opened();
    else if (read) this.snapshots.served();
    else this.snapshots.written();
  }

  /** Read from the copy of this server, if one was kept. */
  private useSnapshot(): boolean {
    const address = this.serverAddress;
    if (!this.snapshot && address !== null) this.snapshot = openSnapshot(this.dataDir, displayUrl(address));
    return this.snapshot !== null;
  }

  /** Back on the server: the copy's handle closes a little later, once calls already reading it are done. */
  private leaveSnapshot(): void {
    const left = this.snapshot;
    this.snapshot = null;
    if (left) setTimeout(() => left.raw.close(), LEAVE_GRACE_MS).unref();
  }

  /** Copy what a bad day needs from the server now (the keeper decides when; never on a call's path). */
  private async refreshSnapshot(): Promise<void> {
    const status = this.status;
    if (status.state !== 'ready' || this.engineName !== 'postgres' || this.snapshot || this.downSince) return;
    const at = this.now();
    const { timeZone } = await getSettings(this);
    await takeSnapshot(status.db, this.dataDir, { takenAt: at.toISOString(), server: status.file }, timeZone, at);
  }

  /**
   * The server is away (the app opened without it, or reads from its copy):
   * try it again, at most every few seconds however often the screen asks
   * (it asks while the banner or the problem screen is up). Once it answers,
   * the app works on it again with no restart.
   */
  async retryServer(): Promise<void> {
    if (this.serverAddress === null || (this.status.state !== 'offline' && !this.snapshot)) return;
    const at = Date.now();
    if (at - this.lastAttempt < (this.options.retryEveryMs ?? RETRY_EVERY_MS)) return;
    this.lastAttempt = at;
    this.retrying ??= this.tryServer().finally(() => (this.retrying = null));
    await this.retrying;
  }

  private async tryServer(): Promise<void> {
    if (this.status.state === 'offline') {
      const status = await this.openStatus();
      if (status.state === 'offline') return;
      this.status = status;
    } else if (this.status.state === 'ready') {
      try {
        await sql`select 1`.execute(this.status.db);
      } catch {
        return;
      }
    }
    this.leaveSnapshot();
    this.downSince = null;
    // The next copy once the old one's handle has closed (a file open elsewhere cannot be replaced on every system).
    await this.settle(2 * LEAVE_GRACE_MS);
  }

  /** The address came from the command line: the Settings screen shows it but cannot change it. */
  get serverFixed(): boolean {
    return this.options.database !== undefined;
  }

  /**
   * When a store has opened: housekeeping (media files deleted long ago and
   * used nowhere leave the disk) and, on the team's server, a fresh local
   * copy soon; without the server, reads from the copy if one was kept.
   */
  private async settle(copyAfterMs = 0): Promise<void> {
    if (this.status.state === 'ready') {
      await sweepMedia(this);
      if (this.engineName === 'postgres') this.snapshots.opened(copyAfterMs);
    } else if (this.status.state === 'offline' && this.useSnapshot()) {
      this.downSince ??= this.now();
    }
  }

  get store(): StoreStatus {
    return this.status;
  }

  get db(): Kysely<Database> {
    if (this.snapshot) return this.snapshot.db;
    if (this.status.state !== 'ready') throw new AppError('store_unavailable', { state: this.status.state });
    return this.status.db;
  }

  /** The engine's own pieces (fast reads, text search, case rules); features never write engine SQL themselves. */
  get engine(): Engine {
    if (this.snapshot) return this.snapshot.engine;
    if (this.status.state !== 'ready') throw new AppError('store_unavailable', { state: this.status.state });
    return this.status.engine;
  }

  /** The SQLite file's own handle (backups of the file); a shared server has none. */
  get raw(): RawDb {
    if (this.snapshot) throw new AppError('offline', { since: (this.downSince ?? this.now()).toISOString() });
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
    this.lastAttempt = Date.now();
    await this.settle();
  }

  async close(): Promise<void> {
    await this.snapshots.stop();
    this.snapshot?.raw.close();
    this.snapshot = null;
    this.downSince = null;
    if (this.status.state === 'ready') {
      await this.status.db.destroy();
      // Kysely closes the handle only if a query went through it; a clean close also folds the WAL back into the file.
      if (this.status.raw?.open) this.status.raw.close();
    }
  }
}
