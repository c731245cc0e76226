import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { Empty, Locale } from '../../ipc/schemas';
import { TeamSave, TeamSettings } from './team';

/**
 * `not_pregonero`: SQLite, but not written by Pregonero. `not_a_file`: a folder (or other non-file) where the data file
 * should be. `missing`: the file store.json names is gone. `bad_pointer`: store.json is damaged or names a path outside the folder.
 * `sqlite_unavailable`: SQLite's native addon does not load on this computer; the file is not at fault.
 * `offline`: the team's shared server cannot be reached. `server_refused`: it answered and refused this
 * computer (user, password, database name or rights).
 */
export const StoreState = z.enum(['ready', 'not_sqlite', 'corrupt', 'too_new', 'not_pregonero', 'not_a_file', 'missing', 'bad_pointer', 'sqlite_unavailable', 'offline', 'server_refused']);
export type StoreState = z.infer<typeof StoreState>;

export const Backup = z.object({ path: z.string(), name: z.string(), createdAt: z.string(), bytes: z.number() });

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataPath: z.string(),
  locale: Locale,
  store: StoreState,
  /** Where the data lives: the local SQLite file, or the team's PostgreSQL server. */
  engine: z.enum(['sqlite', 'postgres']),
  /** Since when the team's server has not answered, while the app is open (null while it answers). */
  offlineSince: z.string().nullable(),
  /**
   * While the server is away and the app reads from its local read-only copy:
   * when that copy was taken from the server. Null on the server itself, on
   * the local file, and when there is no copy to read.
   */
  snapshotAt: z.string().nullable(),
});

const JsonSchema = z.record(z.string(), z.unknown());

export const appChannels = defineChannels({
  'app.info': { input: Empty, output: AppInfo },
  'app.channels': {
    input: Empty,
    output: z.array(z.object({ name: z.string(), input: JsonSchema, output: JsonSchema })),
  },
  /** The backups kept beside the data file (on a team's server: the copies kept on the server), newest first. */
  'store.backups': { input: Empty, output: z.array(Backup) },
  /** Copy the data file now (SQLite online backup: safe while the app runs); on a team's server, a copy of its tables in a schema of their own. */
  'store.backup': { input: Empty, output: Backup },
  /** Switch to a copy of a backup, leaving the current file untouched. */
  'store.openBackup': { input: z.strictObject({ name: z.string().min(1).max(255) }), output: AppInfo },
  /** Start an empty data file, leaving the current one untouched. */
  'store.createNew': { input: Empty, output: AppInfo },
  /** This computer's part in a team: who works here, and the shared server it works on. */
  'team.get': { input: Empty, output: TeamSettings },
  /** Save who works here and which server (null: the local file); the app moves to that store at once. */
  'team.save': { input: TeamSave, output: TeamSettings },
});

export const appErrorCodes = ['app.errors.noKeychain', 'app.errors.serverUrl', 'app.errors.teamFixed', 'app.errors.serverCopies'] as const;
