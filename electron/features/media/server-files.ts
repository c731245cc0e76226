import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { MediaMime } from '../../../shared/features/media/contract';
import type { AppContext } from '../../context';
import { engineOf } from '../../db/engine/index';
import { backupsHolding } from '../../db/server-store';
import type { Database } from '../../db/schema';
import type { Db } from '../../db/transaction';
import { incomingFile, isMissing, originalPath, thumbPath } from './files';
import type { MediaPartRow } from './tables';

/**
 * Where a library file is found. On the team's server (PostgreSQL) the rows
 * are everyone's, so the files are too: after an import each original and
 * its thumbnail is stored there in numbered parts (media_parts), and a
 * computer that lacks one fetches it on demand into its own data folder,
 * which then serves it like any imported file (offline too). The local file
 * (SQLite) writes no parts: the data is on this computer only, its files
 * are already in its folder beside it, and copying them into the file
 * would double the disk they take and every backup of the file.
 */
export const PART_BYTES = 1024 * 1024;
/** How many SHA-256 one "which of these are on the server" query names: well under PostgreSQL's parameter limit. */
const ASK_AT_ONCE = 1000;

type Kind = MediaPartRow['kind'];

/** Decided by the engine that holds the rows: the local copy of the team's server, read while it is away, has no parts either. */
const onServer = (db: Db): boolean => engineOf(db).name === 'postgres';

const hasParts = async (db: Db, sha256: string, kind: Kind): Promise<boolean> =>
  (await db.selectFrom('mediaParts').select('part').where('sha256', '=', sha256).where('kind', '=', kind).where('part', '=', 0).executeTakeFirst()) !== undefined;

/**
 * One file into parts, read from disk a part at a time (a 1 GB video never
 * sits in memory), in one transaction: a file half stored is never seen. The
 * first part goes in first and, if someone else's is already there or
 * arriving (two people importing the same bytes), waits for theirs and
 * stops: the parts of one file all come from one writer.
 */
async function storeFile(db: Kysely<Database>, sha256: string, kind: Kind, file: string, storedAt: string): Promise<void> {
  if (await hasParts(db, sha256, kind)) return;
  await db.transaction().execute(async (trx) => {
    let part = 0;
    for await (const data of fs.createReadStream(file, { highWaterMark: PART_BYTES }) as AsyncIterable<Buffer>) {
      const insert = trx.insertInto('mediaParts').values({ sha256, kind, part, data, storedAt });
      if (part > 0) await insert.execute();
      else if (!(await insert.onConflict((oc) => oc.doNothing()).returning('part').executeTakeFirst())) return;
      part++;
    }
  });
}

/** After an import, or the same bytes imported again: on the team's server, its original and thumbnail go there if they are not there yet. */
export async function storeOnServer(db: Kysely<Database>, dataDir: string, sha256: string, mime: MediaMime, now: string): Promise<void> {
  if (!onServer(db)) return;
  await storeFile(db, sha256, 'thumb', thumbPath(dataDir, sha256), now);
  await storeFile(db, sha256, 'original', originalPath(dataDir, sha256, mime), now);
}

/**
 * Parts no item names any more, on the team's server: neither a row of the
 * library nor one in a backup kept on the server (a backup leaves the parts
 * out, so every backup shares the one copy of each file, and bringing one
 * back finds its files still there). Only parts stored before `before`: a
 * file being imported has its parts before its row. Removes nothing on the
 * local file, which has no parts.
 */
export async function sweepParts(trx: Db, before: string): Promise<void> {
  if (!onServer(trx)) return;
  const named = [sql`select sha256 from media`, ...(await backupsHolding(trx, 'media')).map((schema) => sql`select sha256 from ${sql.id(schema, 'media')}`)];
  await sql`delete from media_parts
    where (stored_at is null or stored_at < ${before})
      and sha256 not in (${sql.join(named, sql` union `)})`.execute(trx);
}

/**
 * A file from the server into the data folder: written under incoming/ and
 * renamed into place, so no half file ever sits under its real name; an
 * original is kept only if its bytes hash to its name. False when the
 * server has no parts of it (or only a damaged copy).
 */
async function fetchFile(db: Db, dataDir: string, sha256: string, kind: Kind, target: string): Promise<boolean> {
  const tmp = incomingFile(dataDir);
  const hash = crypto.createHash('sha256');
  const out = await fs.promises.open(tmp, 'wx');
  let parts = 0;
  try {
    try {
      for (;;) {
        const row = await db.selectFrom('mediaParts').select('data').where('sha256', '=', sha256).where('kind', '=', kind).where('part', '=', parts).executeTakeFirst();
        if (!row) break;
        await out.write(row.data);
        hash.update(row.data);
        parts++;
      }
    } finally {
      await out.close();
    }
    if (parts === 0 || (kind === 'original' && hash.digest('hex') !== sha256)) return false;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(tmp, target);
    return true;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Fetches under way, by target: a calendar asking for one thumbnail twice at once fetches it once. */
const fetching = new Map<string, Promise<boolean>>();

async function local(db: Db, dataDir: string, sha256: string, kind: Kind, target: string): Promise<string | null> {
  if (fs.existsSync(target)) return target;
  if (!onServer(db)) return null;
  let fetched = fetching.get(target);
  if (!fetched) {
    fetched = fetchFile(db, dataDir, sha256, kind, target).finally(() => fetching.delete(target));
    fetching.set(target, fetched);
  }
  return (await fetched) ? target : null;
}

/** The original's path in the data folder, fetched from the team's server if only it has the file; null when neither has it. */
export const localOriginal = (db: Db, dataDir: string, sha256: string, mime: MediaMime): Promise<string | null> =>
  local(db, dataDir, sha256, 'original', originalPath(dataDir, sha256, mime));

/** The thumbnail's path, the same way. */
export const localThumb = (db: Db, dataDir: string, sha256: string): Promise<string | null> => local(db, dataDir, sha256, 'thumb', thumbPath(dataDir, sha256));

/**
 * The thumbnail a page's <img> asks for (the app:// protocol, the harness),
 * by SHA-256: null when neither this computer nor the server has it, or
 * there is no store to ask (refused, or the server away).
 */
export async function thumbFile(ctx: AppContext, sha256: string): Promise<string | null> {
  const file = thumbPath(ctx.dataDir, sha256);
  if (fs.existsSync(file)) return file;
  try {
    return await localThumb(ctx.db, ctx.dataDir, sha256);
  } catch {
    return null;
  }
}

/**
 * The SHA-256 of those files whose original is missing: gone from the data
 * folder and, on the team's server, not there either (asked once for all of
 * them, never once per file).
 */
export async function missingFiles(db: Db, dataDir: string, media: Iterable<{ sha256: string; mime: string }>): Promise<Set<string>> {
  const gone = [...new Set([...media].filter((m) => isMissing(dataDir, m.sha256, m.mime as MediaMime)).map((m) => m.sha256))];
  if (gone.length === 0 || !onServer(db)) return new Set(gone);
  const stored = new Set<string>();
  for (let i = 0; i < gone.length; i += ASK_AT_ONCE) {
    const rows = await db.selectFrom('mediaParts').select('sha256').where('kind', '=', 'original').where('part', '=', 0).where('sha256', 'in', gone.slice(i, i + ASK_AT_ONCE)).execute();
    for (const r of rows) stored.add(r.sha256);
  }
  return new Set(gone.filter((sha) => !stored.has(sha)));
}

/** Thumbnails as data: URLs for a printed document (it loads nothing from outside itself); a missing one is left out. */
export async function thumbDataUrls(db: Db, dataDir: string, sha256s: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const sha of new Set(sha256s)) {
    const file = await localThumb(db, dataDir, sha);
    try {
      if (file) out.set(sha, `data:image/webp;base64,${fs.readFileSync(file).toString('base64')}`);
    } catch {
      // The placeholder shows instead.
    }
  }
  return out;
}
