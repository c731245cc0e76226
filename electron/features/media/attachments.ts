import { MAX_POST_MEDIA, type MediaMime, type PostMedia } from '../../../shared/features/media/contract';
import type { FieldIssue } from '../../../shared/ipc/errors';
import { engineOf } from '../../db/engine/index';
import type { Db } from '../../db/transaction';
import { thumbUrl } from './files';
import { missingFiles } from './server-files';

/**
 * Each post's attachments in order, for any number of posts in one query
 * (a calendar range or a PDF never asks once per post).
 */
export async function loadAttachments(db: Db, postIds: readonly number[]): Promise<Map<number, PostMedia[]>> {
  const out = new Map<number, PostMedia[]>();
  if (postIds.length === 0) return out;
  const rows = await db
    .selectFrom('postMedia as pm')
    .innerJoin('media as m', 'm.id', 'pm.mediaId')
    .select(['pm.postId', 'pm.mediaId', 'pm.alt', 'm.mime', 'm.width', 'm.height', 'm.sha256', 'm.name'])
    .where(engineOf(db).inIds('pm.postId', postIds))
    .orderBy('pm.postId')
    .orderBy('pm.position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.postId) ?? [];
    out.set(r.postId, list);
    const mime = r.mime as MediaMime;
    list.push({
      mediaId: r.mediaId,
      alt: r.alt,
      mime,
      width: r.width,
      height: r.height,
      thumbUrl: thumbUrl(r.sha256),
      sha256: r.sha256,
      name: r.name,
    });
  }
  return out;
}

/** What the gate needs of a draft's attachments: their types, in order, and their alt text. */
export async function attachmentKinds(db: Db, media: readonly { mediaId: number; alt: string }[]): Promise<{ mime: string; alt: string }[]> {
  if (media.length === 0) return [];
  const rows = await db.selectFrom('media').select(['id', 'mime']).where('id', 'in', media.map((m) => m.mediaId)).execute();
  const mimeOf = new Map(rows.map((r) => [r.id, r.mime]));
  return media.flatMap((m) => (mimeOf.has(m.mediaId) ? [{ mime: mimeOf.get(m.mediaId) as string, alt: m.alt }] : []));
}

/** Attachments a draft names that the library does not hold. */
export async function attachmentIssues(db: Db, media: readonly { mediaId: number }[]): Promise<FieldIssue[]> {
  if (media.length > MAX_POST_MEDIA) return [{ path: 'media', code: 'media.errors.tooManyAttachments', params: { max: MAX_POST_MEDIA } }];
  if (media.length === 0) return [];
  const known = new Set((await db.selectFrom('media').select('id').where('id', 'in', media.map((m) => m.mediaId)).execute()).map((r) => r.id));
  return media.flatMap((m, i) => (known.has(m.mediaId) ? [] : [{ path: `media.${i}.mediaId`, code: 'media.errors.unknownMedia' }]));
}

/** Replace a post's attachments, inside the post's save transaction; the same file twice in one post counts once. */
export async function writeAttachments(trx: Db, postId: number, media: readonly { mediaId: number; alt: string }[]): Promise<void> {
  await trx.deleteFrom('postMedia').where('postId', '=', postId).execute();
  const seen = new Set<number>();
  const unique = media.filter((m) => !seen.has(m.mediaId) && seen.add(m.mediaId));
  if (unique.length === 0) return;
  await trx
    .insertInto('postMedia')
    .values(unique.map((m, position) => ({ postId, mediaId: m.mediaId, position, alt: m.alt.trim() })))
    .execute();
}

/** What a calendar item shows of a post's media: the first thumbnail, how many there are, and whether any file is missing. */
export interface CalendarMedia {
  thumbUrl: string;
  mediaCount: number;
  mediaMissing: boolean;
}

/** The attachments a calendar item sums up, first to last per post; the caller picks the posts. */
export const calendarMediaQuery = (db: Db) =>
  db.selectFrom('postMedia as pm').innerJoin('media as m', 'm.id', 'pm.mediaId').select(['pm.postId', 'm.sha256', 'm.mime']).orderBy('pm.postId').orderBy('pm.position');

/**
 * Each post's first thumbnail, its number of attachments and whether any of
 * their files is missing (`gone`: see missingFiles, gone from the data
 * folder and, in a team, from the server too).
 */
export function summedMedia(rows: readonly { postId: number; sha256: string }[], gone: ReadonlySet<string>): Map<number, CalendarMedia> {
  const out = new Map<number, CalendarMedia>();
  for (const r of rows) {
    const missing = gone.has(r.sha256);
    const seen = out.get(r.postId);
    if (seen) {
      seen.mediaCount++;
      seen.mediaMissing ||= missing;
    } else out.set(r.postId, { thumbUrl: thumbUrl(r.sha256), mediaCount: 1, mediaMissing: missing });
  }
  return out;
}

/**
 * For a calendar view: what each listed post shows of its media (see
 * summedMedia), in one query for all of them. Compiled each time: its
 * parameter is the list.
 */
export async function calendarMedia(db: Db, dataDir: string, postIds: readonly number[]): Promise<Map<number, CalendarMedia>> {
  if (postIds.length === 0) return new Map();
  const engine = engineOf(db);
  const rows = await engine.rows(calendarMediaQuery(db).where(engine.inIds('pm.postId', postIds)));
  return summedMedia(rows, await missingFiles(db, dataDir, rows));
}
