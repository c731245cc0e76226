import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { originalPath, thumbPath } from '../../electron/features/media/files';
import { importStream } from '../../electron/features/media/service';
import type { MediaMime } from '../../shared/features/media/contract';
import { HarnessPlatform } from '../../electron/web/platform';
import { addAccount } from './calendar';
import { openTestApp, type TestApp, tempDir } from './context';
import { run } from './sql';

/** Real pictures made by sharp: a JPEG that records where it was taken (Plaza Mayor, Madrid), and plain ones. */
export async function jpegWithGps(colour = '#c0392b', width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .withExif({ IFD0: { Make: 'Pregonero test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 57/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 42/1 25/1' } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export async function png(colour = '#2e86c1', width = 400, height = 300): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

/** Videos made once with ffmpeg and committed (test/fixtures/media/README.md says how); the `located` ones record where they were filmed. */
export const fixtureVideo = (name: 'clip.mp4' | 'clip.mov' | 'located.mp4' | 'located.mov' | 'located-keys.mov'): string => path.join(import.meta.dirname, '..', 'fixtures', 'media', name);

/**
 * A PNG whose header says 30000 × 30000 pixels (900 megapixels) around a
 * few bytes of data: what a decompression bomb looks like before it unpacks.
 */
export async function pngBomb(): Promise<Buffer> {
  const buf = Buffer.from(await png('#000000', 1, 1));
  buf.writeUInt32BE(30_000, 16);
  buf.writeUInt32BE(30_000, 20);
  // The IHDR checksum covers its type and data (bytes 12 to 29).
  buf.writeUInt32BE(crc32(buf.subarray(12, 29)), 29);
  return buf;
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** Import bytes the way both transports do: a stream into the library's one import function. */
export async function importBytes(app: TestApp, name: string, data: Buffer) {
  const file = path.join(app.dataDir, `source-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, data);
  try {
    return await importStream(app.ctx, name, fs.createReadStream(file));
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * A file removed by hand: gone from the data folder and, on the team's
 * server, from there too (else this computer fetches it back, as a
 * teammate's would: postgres/media.test.ts).
 */
export async function removeByHand(app: TestApp, item: { sha256: string; mime: MediaMime }, kind: 'original' | 'thumb' = 'original'): Promise<void> {
  fs.rmSync(kind === 'original' ? originalPath(app.dataDir, item.sha256, item.mime) : thumbPath(app.dataDir, item.sha256));
  await run(app, 'delete from media_parts where sha256 = ? and kind = ?', item.sha256, kind);
}

/** Every file under the data folder's media/, relative to it. */
export const mediaFiles = (app: TestApp): string[] =>
  fs.existsSync(path.join(app.dataDir, 'media'))
    ? (fs.readdirSync(path.join(app.dataDir, 'media'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(app.dataDir, 'media', f)).isFile()).sort()
    : [];

/** An app that prints real PDFs (through Chromium), on 30 November 2026 in Madrid, with one Facebook account. */
export async function openPrintingApp(): Promise<{ app: TestApp; platform: HarnessPlatform; fb: number }> {
  const dataDir = tempDir();
  const platform = new HarnessPlatform(dataDir, 'es', '0.0.0-test');
  const app = await openTestApp({ dataDir, platform, clock: () => new Date('2026-11-30T09:00:00.000Z') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
  return { app, platform, fb: await addAccount(app, { network: 'facebook', handle: 'ayto' }) };
}
