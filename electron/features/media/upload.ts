import fs from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../../../shared/ipc/errors';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { underServerRules } from '../../offline';
import { importStream } from './service';

/** An import's outcome as both transports answer it: the same Result the router gives. */
async function asResult(ctx: AppContext, work: () => Promise<unknown>, log: (event: string, detail: Record<string, string>) => void): Promise<Result<unknown>> {
  try {
    // An upload is a write: refused before a byte is copied while the app reads from the team server's local copy.
    return ok(await underServerRules(ctx, false, work));
  } catch (e) {
    if (isAppError(e)) return fail(e.toData());
    log('media_import_failed', { message: e instanceof Error ? e.message.slice(0, 300) : 'unknown' });
    return fail({ code: 'internal' });
  }
}

/**
 * The desktop app's import: a file the officer picked or dropped, by the
 * path Electron gives for it (webUtils.getPathForFile in the preload). Only
 * an absolute path to a regular file is read; its bytes go through the same
 * checks as any upload.
 */
export function importPath(ctx: AppContext, file: unknown, name: unknown, log: (event: string, detail: Record<string, string>) => void = () => undefined): Promise<Result<unknown>> {
  return asResult(ctx, async () => {
    if (typeof file !== 'string' || !path.isAbsolute(file) || typeof name !== 'string') throw new AppError('bad_request');
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      throw new AppError('not_found', { what: 'file' });
    }
    if (!st.isFile()) throw new AppError('media.errors.notMedia');
    return importStream(ctx, name, fs.createReadStream(file));
  }, log);
}

/** The harness's import: the request body itself, streamed to disk. */
export function importBody(ctx: AppContext, name: string, body: NodeJS.ReadableStream, log: (event: string, detail: Record<string, string>) => void = () => undefined): Promise<Result<unknown>> {
  return asResult(ctx, () => importStream(ctx, name, body), log);
}
