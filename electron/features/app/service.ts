import { z } from 'zod';
import type { AppInfo } from '../../../shared/features/app/contract';
import { contract } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { backupTo, listBackups } from '../../db/backup';
import { restoreCopyOf, startNewFile } from '../../db/store';
import { getSettings } from '../settings/service';
import { backUpMedia, restoreMedia } from '../media/backup';

export async function appInfo(ctx: AppContext): Promise<z.output<typeof AppInfo>> {
  const store = ctx.store;
  const locale = store.state === 'ready' ? (await getSettings(ctx)).locale : ctx.platform.defaultLocale;
  return {
    name: 'Pregonero',
    version: ctx.platform.appVersion,
    schemaVersion: store.state === 'ready' ? store.schemaVersion : 0,
    dataPath: store.file,
    locale,
    store: store.state,
    engine: ctx.engineName,
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

/** The data file, and the media files it names (kept once for every backup: see media/backup.ts). */
export async function backupNow(ctx: AppContext) {
  const file = await backupTo(ctx.raw, ctx.dataDir, 'manual', ctx.now());
  backUpMedia(ctx.dataDir);
  return file;
}

/**
 * Without a working SQLite nothing can be opened, and pointing at another file
 * would only hide the real one once SQLite works again: the current file stays current.
 */
function assertCanSwitchFile(ctx: AppContext): void {
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
