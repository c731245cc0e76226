import fs from 'node:fs';
import { sql } from 'kysely';
import sharp, { type Metadata } from 'sharp';
import type { z } from 'zod';
import { isVideoMime, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES, type MediaItem, type MediaListInput, type MediaMime } from '../../../shared/features/media/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { type Db, nowIso, updateVersioned } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { exifHasGps } from './exif';
import { copyHashing, incomingFile, mediaDir, originalPath, thumbPath, thumbUrl, thumbsDir, TooLarge } from './files';
import { localThumb, missingFiles, storeOnServer, sweepParts } from './server-files';
import { readVideoInfo } from './mp4';
import { sniff } from './sniff';
import type { MediaRow } from './tables';

/**
 * Most pixels a photo may have: 100 megapixels is beyond any camera a town
 * hall uses, and refusing above it stops a small file that would unpack into
 * gigabytes of pixels (a decompression bomb) before it is decoded.
 */
export const MAX_PIXELS = 100_000_000;
const THUMB_PX = 320;
/** A deleted file stays on disk this long, so Undo in the library still finds it. */
export const MEDIA_UNDO_WINDOW_MS = 30 * 86_400_000;
/** A file's parts on the team's server come before its row: parts no item names are left over only once they are this old (clocks of a team's computers differ by minutes, an import by far less). */
const PARTS_SETTLE_MS = 86_400_000;

const MB = 1024 * 1024;
type Row = { [K in keyof MediaRow]: MediaRow[K] extends { __select__: infer S } ? S : MediaRow[K] } & { id: number };

const parseTags = (text: string): string[] => {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
};

function toItem(r: Row, missing: ReadonlySet<string>): MediaItem {
  return {
    id: r.id,
    version: r.version,
    sha256: r.sha256,
    name: r.name,
    mime: r.mime as MediaMime,
    width: r.width,
    height: r.height,
    bytes: r.bytes,
    durationMs: r.durationMs,
    tags: parseTags(r.tags),
    hasLocation: r.hasLocation === 1,
    alt: r.alt,
    createdAt: r.createdAt,
    thumbUrl: thumbUrl(r.sha256),
    missing: missing.has(r.sha256),
    deletedAt: r.deletedAt,
  };
}

const itemOf = async (ctx: AppContext, row: Row): Promise<MediaItem> => toItem(row, await missingFiles(ctx.db, ctx.dataDir, [row]));

/** A file name as the officer gave it; never a path, which could climb out of the folder it is written to. */
export function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200 || /[/\\\0]/.test(trimmed) || trimmed === '.' || trimmed === '..') {
    throw new AppError('media.errors.badName');
  }
  return trimmed;
}

interface Probed {
  width: number;
  height: number;
  durationMs: number | null;
  hasLocation: boolean;
}

const sharpOptions = { limitInputPixels: MAX_PIXELS, failOn: 'truncated' } as const;

/** sharp's refusal as the officer reads it: too many pixels, or a file it cannot read. */
const refusal = (e: unknown): AppError =>
  e instanceof Error && /pixel limit/i.test(e.message) ? new AppError('media.errors.tooManyPixels', { max: MAX_PIXELS / 1_000_000 }) : new AppError('media.errors.damaged');

async function probeImage(file: string, thumb: string): Promise<Probed> {
  let meta: Metadata;
  try {
    meta = await sharp(file, sharpOptions).metadata();
  } catch (e) {
    throw refusal(e);
  }
  if (!meta.width || !meta.height) throw new AppError('media.errors.damaged');
  if (meta.width * meta.height > MAX_PIXELS) throw new AppError('media.errors.tooManyPixels', { max: MAX_PIXELS / 1_000_000 });
  try {
    // Decoding the whole picture is what finds a damaged one; the thumbnail is that decode put to use.
    await sharp(file, sharpOptions).rotate().resize({ width: THUMB_PX, height: THUMB_PX, fit: 'inside', withoutEnlargement: true }).webp({ quality: 72 }).toFile(thumb);
  } catch (e) {
    throw refusal(e);
  }
  // Orientations 5 to 8 are quarter turns: the photo is seen with width and height swapped.
  const turned = (meta.orientation ?? 1) >= 5;
  return { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height, durationMs: null, hasLocation: exifHasGps(meta.exif) };
}

/**
 * Without a video decoder (none ships as a prebuilt npm package), a video's
 * thumbnail is drawn: a dark frame of the video's proportions with a play mark.
 */
async function probeVideo(file: string, thumb: string): Promise<Probed> {
  let info: ReturnType<typeof readVideoInfo>;
  try {
    info = readVideoInfo(file);
  } catch {
    throw new AppError('media.errors.damaged');
  }
  if (info.width <= 0 || info.height <= 0) throw new AppError('media.errors.damaged');
  const scale = THUMB_PX / Math.max(info.width, info.height);
  const w = Math.max(16, Math.round(info.width * scale));
  const h = Math.max(16, Math.round(info.height * scale));
  const r = Math.round(Math.min(w, h) / 5);
  const cx = w / 2;
  const cy = h / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#1f2933"/><circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" fill-opacity="0.85"/><path d="M${cx - r / 3} ${cy - r / 2} L${cx + r / 2} ${cy} L${cx - r / 3} ${cy + r / 2} Z" fill="#1f2933"/></svg>`;
  await sharp(Buffer.from(svg)).webp({ quality: 80 }).toFile(thumb);
  return { width: info.width, height: info.height, durationMs: info.durationMs, hasLocation: info.hasLocation };
}

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(32);
    const n = fs.readSync(fd, head, 0, 32, 0);
    return head.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

const selectItem = (db: Db) => db.selectFrom('media').selectAll();

/**
 * Take one file into the library, from any transport (the desktop app reads
 * the picked or dropped file, the harness the request body). It is written
 * under incoming/ while hashed, checked by its content, then renamed into
 * place; anything refused leaves no file behind. A file already in the
 * library answers its existing item (and brings it back if it was deleted).
 */
export async function importStream(ctx: AppContext, rawName: string, source: NodeJS.ReadableStream): Promise<MediaItem> {
  let name: string;
  try {
    name = checkName(rawName);
  } catch (e) {
    // Refused before a byte is read: a file is closed rather than left open, a request body drained so its answer still goes out.
    // A discarded stream's own errors (its file gone meanwhile) are nobody's to hear.
    source.on('error', () => undefined);
    if (source instanceof fs.ReadStream) source.destroy();
    else source.resume();
    throw e;
  }
  const db = ctx.db;
  const tmp = incomingFile(ctx.dataDir);
  const tmpThumb = `${tmp}.webp`;
  try {
    let copied: { sha256: string; bytes: number };
    try {
      copied = await copyHashing(source, tmp, MAX_VIDEO_BYTES);
    } catch (e) {
      if (e instanceof TooLarge) throw new AppError('media.errors.tooLarge', { max: MAX_VIDEO_BYTES / MB });
      throw e;
    }
    if (copied.bytes === 0) throw new AppError('media.errors.empty');
    const kind = sniff(readHead(tmp));
    if (kind === 'heic') throw new AppError('media.errors.heic');
    if (kind === null) throw new AppError('media.errors.notMedia');
    if (!isVideoMime(kind) && copied.bytes > MAX_IMAGE_BYTES) throw new AppError('media.errors.tooLarge', { max: MAX_IMAGE_BYTES / MB });
    const existing = await selectItem(db).where('sha256', '=', copied.sha256).executeTakeFirst();
    if (existing) return await bringBack(ctx, existing, tmp, tmpThumb);
    fs.mkdirSync(thumbsDir(ctx.dataDir), { recursive: true });
    const probed = isVideoMime(kind) ? await probeVideo(tmp, tmpThumb) : await probeImage(tmp, tmpThumb);
    const now = nowIso(ctx.now());
    fs.renameSync(tmpThumb, thumbPath(ctx.dataDir, copied.sha256));
    fs.renameSync(tmp, originalPath(ctx.dataDir, copied.sha256, kind));
    // On the team's server the file goes there before its row: a teammate never sees an item whose file has not arrived.
    await storeOnServer(db, ctx.dataDir, copied.sha256, kind, now);
    const row = await db
      .insertInto('media')
      .values({
        sha256: copied.sha256,
        name,
        mime: kind,
        width: probed.width,
        height: probed.height,
        bytes: copied.bytes,
        durationMs: probed.durationMs,
        hasLocation: probed.hasLocation ? 1 : 0,
        createdAt: now,
        updatedAt: now,
      })
      // The same bytes arriving twice at once (one drop holding a copy, or two people of a team): the first one in is the item.
      .onConflict((oc) => oc.column('sha256').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return await bringBack(ctx, await selectItem(db).where('sha256', '=', copied.sha256).executeTakeFirstOrThrow(), tmp, tmpThumb);
    return toItem(row, new Set());
  } finally {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(tmpThumb, { force: true });
  }
}

/**
 * The same bytes again: the existing item, undeleted, with its file put back
 * if it had gone missing (its thumbnail drawn again if that went too), and
 * on the team's server stored there if the server lacks it.
 */
async function bringBack(ctx: AppContext, row: Row, tmp: string, tmpThumb: string): Promise<MediaItem> {
  const mime = row.mime as MediaMime;
  const original = originalPath(ctx.dataDir, row.sha256, mime);
  if (!fs.existsSync(original)) fs.renameSync(tmp, original);
  if (!(await localThumb(ctx.db, ctx.dataDir, row.sha256))) {
    fs.mkdirSync(thumbsDir(ctx.dataDir), { recursive: true });
    await (isVideoMime(mime) ? probeVideo : probeImage)(original, tmpThumb);
    fs.renameSync(tmpThumb, thumbPath(ctx.dataDir, row.sha256));
  }
  await storeOnServer(ctx.db, ctx.dataDir, row.sha256, mime, nowIso(ctx.now()));
  if (row.deletedAt === null) return toItem(row, new Set());
  return restoreMedia(ctx, row.id);
}

export async function listMedia(ctx: AppContext, input: z.output<typeof MediaListInput>) {
  let q = ctx.db.selectFrom('media').where('media.deletedAt', 'is', null);
  const search = input.search?.trim();
  if (search) q = q.where((eb) => eb.or([ctx.engine.contains('media.name', search), ctx.engine.contains('media.tags', search)]));
  if (input.tags?.length) q = q.where(ctx.engine.jsonArrayHasAny('media.tags', input.tags));
  if (input.unusedOnly) q = q.where(sql<boolean>`not exists (select 1 from post_media pm join posts p on p.id = pm.post_id and p.deleted_at is null where pm.media_id = media.id)`);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('media')
    .select(sql<number>`(select count(distinct pm.post_id) from post_media pm join posts p on p.id = pm.post_id and p.deleted_at is null where pm.media_id = media.id)`.as('useCount'))
    .orderBy('media.createdAt', 'desc')
    .orderBy('media.id', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const missing = await missingFiles(ctx.db, ctx.dataDir, rows);
  return { items: rows.map((r) => ({ ...toItem(r, missing), useCount: Number(r.useCount) })), total: Number(total.n) };
}

/** The tags in use, in the library's language's alphabetical order, each with how many files carry it. */
export async function listTags(ctx: AppContext) {
  const rows = await ctx.db.selectFrom('media').select('tags').where('deletedAt', 'is', null).execute();
  const counts = new Map<string, number>();
  for (const r of rows) for (const tag of new Set(parseTags(r.tags))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const { locale } = await getSettings(ctx);
  const order = new Intl.Collator(locale, { sensitivity: 'base' });
  return { tags: [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => order.compare(a.tag, b.tag)) };
}

async function rowOf(db: Db, id: number): Promise<Row> {
  const row = await selectItem(db).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  return row;
}

export async function getMedia(ctx: AppContext, id: number) {
  const row = await rowOf(ctx.db, id);
  const usage = await ctx.db
    .selectFrom('postMedia as pm')
    .innerJoin('posts as p', 'p.id', 'pm.postId')
    .select(['p.id as postId', 'p.title', 'p.scheduledAt', 'p.scheduledDay'])
    // One line per post however often the item is in it (grouped by the key: PostgreSQL will not order a DISTINCT by a column it does not show).
    .groupBy('p.id')
    .where('pm.mediaId', '=', id)
    .where('p.deletedAt', 'is', null)
    // Undated ideas first on both engines, as SQLite orders them (PostgreSQL would put them last).
    .orderBy(sql`coalesce(p.scheduled_at, p.scheduled_day)`, (ob) => ob.asc().nullsFirst())
    .orderBy('p.id')
    .execute();
  return { ...(await itemOf(ctx, row)), usage };
}

export async function updateMedia(ctx: AppContext, input: { id: number; version: number; name?: string | undefined; tags?: string[] | undefined; alt?: string | undefined }) {
  const values: Record<string, unknown> = {};
  if (input.name !== undefined) values.name = checkName(input.name);
  if (input.tags !== undefined) values.tags = JSON.stringify([...new Set(input.tags)]);
  if (input.alt !== undefined) values.alt = input.alt;
  await updateVersioned(ctx.db, 'media', input.id, input.version, values, nowIso(ctx.now()));
  return itemOf(ctx, await rowOf(ctx.db, input.id));
}

/** Out of the library, undoably: posts that use it keep it, and its file stays until the sweep finds it unused and long deleted. */
export async function deleteMedia(ctx: AppContext, id: number, version: number) {
  const now = nowIso(ctx.now());
  await updateVersioned(ctx.db, 'media', id, version, { deletedAt: now }, now);
  return itemOf(ctx, await rowOf(ctx.db, id));
}

export async function restoreMedia(ctx: AppContext, id: number) {
  const row = await rowOf(ctx.db, id);
  await updateVersioned(ctx.db, 'media', id, row.version, { deletedAt: null }, nowIso(ctx.now()));
  return itemOf(ctx, await rowOf(ctx.db, id));
}

export async function mediaHealth(ctx: AppContext) {
  const rows = await selectItem(ctx.db).where('deletedAt', 'is', null).orderBy('name').execute();
  const missing = await missingFiles(ctx.db, ctx.dataDir, rows);
  return { missing: rows.filter((r) => missing.has(r.sha256)).map((r) => ({ id: r.id, name: r.name, sha256: r.sha256 })) };
}

/**
 * Remove for good what was deleted longer ago than the undo window and no
 * post (not even a deleted one, which can come back) uses: the row, the
 * original and its thumbnail; on the team's server, with the rows in one
 * transaction, the parts of every file that no item and no backup there
 * names any more. Files left under incoming/ by a crash go too.
 * Runs when the data file is opened.
 */
export async function sweepMedia(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.now().getTime() - MEDIA_UNDO_WINDOW_MS).toISOString();
  const gone = await ctx.db.transaction().execute(async (trx) => {
    const rows = await trx
      .deleteFrom('media')
      .where('deletedAt', 'is not', null)
      .where('deletedAt', '<', before)
      .where(sql<boolean>`not exists (select 1 from post_media pm where pm.media_id = media.id)`)
      .returning(['sha256', 'mime'])
      .execute();
    await sweepParts(trx, new Date(ctx.now().getTime() - PARTS_SETTLE_MS).toISOString());
    return rows;
  });
  for (const g of gone) {
    fs.rmSync(originalPath(ctx.dataDir, g.sha256, g.mime as MediaMime), { force: true });
    fs.rmSync(thumbPath(ctx.dataDir, g.sha256), { force: true });
  }
  fs.rmSync(`${mediaDir(ctx.dataDir)}/incoming`, { recursive: true, force: true });
  return gone.length;
}
