import { z } from 'zod';
import type { AppInfo } from '../../../shared/features/app/contract';
import { contract } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { backupTo, listBackups } from '../../db/backup';
import { restoreCopyOf, startNewFile } from '../../db/store';
import type { Locale } from '../../../shared/ipc/schemas';
import { isUnreachable } from '../../db/server-open';
import { backUpServer, serverBackups } from '../../db/server-store';
import { getSettings } from '../settings/service';
import { backUpMedia, restoreMedia } from '../media/backup';

/** The office's language; while the team's server is away, the system's (app.info must answer to say so). */
async function localeOf(ctx: AppContext): Promise<Locale> {
  try {
    return (await getSettings(ctx)).locale;
  } catch (e) {
    if (ctx.engineName !== 'postgres' || !isUnreachable(e)) throw e;
    ctx.noteServerDown();
    return ctx.onSnapshot ? (await getSettings(ctx)).locale : ctx.platform.defaultLocale;
  }
}

export async function appInfo(ctx: AppContext): Promise<z.output<typeof AppInfo>> {
  await ctx.retryServer();
  const store = ctx.store;
  // On the local copy of the team's server the settings are read from the copy.
  const locale = store.state === 'ready' || ctx.onSnapshot ? await localeOf(ctx) : ctx.platform.defaultLocale;
  const since = ctx.serverDownSince;
  return {
    name: 'Pregonero',
    version: ctx.platform.appVersion,
    schemaVersion: store.state === 'ready' ? store.schemaVersion : (ctx.snapshotSchemaVersion ?? 0),
    dataPath: store.file,
    locale,
    store: since ? 'offline' : store.state,
    engine: ctx.engineName,
    offlineSince: since?.toISOString() ?? null,
    snapshotAt: ctx.snapshotTakenAt,
  };
}

/** The contract as JSON Schema, generated from the zod schemas so it never drifts. */
export function describeChannels(): { name: string; input: Record<string, unknown>; output: Record<string, unknown> }[] {
  return Object.entries(contract).map(([name, ch]) => ({
    name,
    input: z.toJSONSchema(ch.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    output: z.toJSONSchema(ch.output, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
  }));
}

/**
 * The data file, and the media files it names (kept once for every backup:
 * see media/backup.ts). On the team's server, a copy on the server itself,
 * as before a migration; this computer's media folder is kept as well.
 */
export async function backupNow(ctx: AppContext) {
  const store = ctx.store;
  const copy =
    store.state === 'ready' && store.raw === null
      ? await backUpServer(store.db, store.file, store.schemaVersion, ctx.now())
      : await backupTo(ctx.raw, ctx.dataDir, 'manual', ctx.now());
  backUpMedia(ctx.dataDir);
  return copy;
}

/** The backups to choose from: beside the data file, or those kept on the team's server. */
export async function backups(ctx: AppContext) {
  const store = ctx.store;
  return store.state === 'ready' && store.raw === null ? serverBackups(store.db, store.file) : listBackups(ctx.dataDir);
}

/**
 * Without a working SQLite nothing can be opened, and pointing at another file
 * would only hide the real one once SQLite works again: the current file stays current.
 * On the team's server the data is everyone's: bringing back a copy, or
 * starting anew, is for the server's administrator, not one laptop.
 */
function assertCanSwitchFile(ctx: AppContext): void {
  if (ctx.engineName === 'postgres') throw new AppError('app.errors.serverCopies');
  if (ctx.store.state === 'sqlite_unavailable') throw new AppError('store_unavailable', { state: ctx.store.state });
}

export async function openBackup(ctx: AppContext, name: string) {
  assertCanSwitchFile(ctx);
  if (!listBackups(ctx.dataDir).some((b) => b.name === name)) throw new AppError('not_found', { what: 'backup' });
  restoreCopyOf(ctx.dataDir, name, ctx.now());
  restoreMedia(ctx.dataDir);
  await ctx.reopen();
  return appInfo(ctx);
}

export async function createNew(ctx: AppContext) {
  assertCanSwitchFile(ctx);
  startNewFile(ctx.dataDir, ctx.now());
  await ctx.reopen();
  return appInfo(ctx);
}
