import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { MediaMime } from '../../../shared/features/media/contract';
import { extensionOf } from './sniff';

/**
 * Where the library keeps its files, inside the data folder: each original
 * named by its SHA-256 (the same file twice is one file), its thumbnail
 * beside it in thumbs/, and files still arriving in incoming/ until they
 * are checked, so a half-written or refused upload never sits among them.
 */
export const mediaDir = (dataDir: string): string => path.join(dataDir, 'media');
export const thumbsDir = (dataDir: string): string => path.join(mediaDir(dataDir), 'thumbs');
export const incomingDir = (dataDir: string): string => path.join(mediaDir(dataDir), 'incoming');

export const originalPath = (dataDir: string, sha256: string, mime: MediaMime): string => path.join(mediaDir(dataDir), `${sha256}.${extensionOf[mime]}`);
export const thumbPath = (dataDir: string, sha256: string): string => path.join(thumbsDir(dataDir), `${sha256}.webp`);

/** The original is gone from the data folder (removed by hand): every view shows a placeholder and says so, and the health check lists it. */
export const isMissing = (dataDir: string, sha256: string, mime: MediaMime): boolean => !fs.existsSync(originalPath(dataDir, sha256, mime));

/** The address a page reads a thumbnail from: the app:// protocol and the harness both serve /media/thumbs/. */
export const thumbUrl = (sha256: string): string => `/media/thumbs/${sha256}.webp`;
export const THUMB_URL_RE = /^\/media\/thumbs\/([0-9a-f]{64})\.webp$/;

/** A fresh name under incoming/ for a file on its way in. */
export function incomingFile(dataDir: string): string {
  fs.mkdirSync(incomingDir(dataDir), { recursive: true });
  return path.join(incomingDir(dataDir), `${crypto.randomUUID()}.part`);
}

/** Copy a stream to a file while hashing it; stops with `tooLarge` past max bytes. Returns hex SHA-256 and size. */
export async function copyHashing(source: NodeJS.ReadableStream, target: string, max: number): Promise<{ sha256: string; bytes: number }> {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > max) return done(new TooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, counter, fs.createWriteStream(target, { flags: 'wx' }));
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  }
  return { sha256: hash.digest('hex'), bytes };
}

export class TooLarge extends Error {}
