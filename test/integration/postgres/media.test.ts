import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { thumbFile } from '../../../electron/features/media/server-files';
import { assetHandler } from '../../../electron/shell/asset-handler';
import { HarnessPlatform } from '../../../electron/web/platform';
import { addAccount, fullChecklist } from '../../support/calendar';
import { openTestApp, type TestApp, tempDir } from '../../support/context';
import { importBytes, jpegWithGps, mediaFiles } from '../../support/media';
import { imagesIn } from '../../support/pdf-text';
import { rowsOf, run } from '../../support/sql';
import { postgresForSuite } from '../../support/postgres';

/**
 * The photo library of a team on one server: a file one person imports
 * reaches every teammate's computer through the server, fetched when first
 * needed (its thumbnail on screen, a PDF, the publishing pack) into that
 * computer's own data folder. Each instance here has a data folder of its
 * own, as two laptops would.
 */
const pg = postgresForSuite();
let n = 0;
const opened: { app: TestApp; platform: HarnessPlatform }[] = [];
const week = { from: '2026-11-30', to: '2026-12-06' };
let now = new Date('2026-11-30T09:00:00.000Z');

afterEach(async () => {
  for (const { app, platform } of opened.splice(0)) {
    await platform.close();
    await app.close();
  }
  now = new Date('2026-11-30T09:00:00.000Z');
});

async function instance(database: string, person: string): Promise<TestApp> {
  const dataDir = tempDir('pregonero-team-media-');
  const platform = new HarnessPlatform(dataDir, 'es', '0.0.0-test');
  const app = await openTestApp({ dataDir, platform, clock: () => now, database, person });
  opened.push({ app, platform });
  return app;
}

async function team() {
  const url = pg.server().createDatabase(`media_${++n}`);
  return { ana: await instance(url, 'Ana Ruiz'), luis: await instance(url, 'Luis Gómez') };
}

/** A photo of noise: 3 MB of PNG that compresses badly, so it is stored in several parts. */
const noisePng = (): Promise<Buffer> =>
  sharp({ create: { width: 1000, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .png()
    .toBuffer();

const sha = (data: Buffer | Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex');
const parts = (app: TestApp, sha256: string) =>
  rowsOf<{ kind: string; n: number; bytes: number }>(app, 'select kind, count(*)::int as n, sum(length(data))::int as bytes from media_parts where sha256 = ? group by kind order by kind', sha256);

/** The thumbnail as the app's window asks for it: the app:// protocol's handler, with the function the app gives it. */
const thumbOf = async (app: TestApp, sha256: string) => {
  const root = tempDir('pregonero-renderer-');
  try {
    return await assetHandler(root, (s) => thumbFile(app.ctx, s))(new Request(`app://pregonero/media/thumbs/${sha256}.webp`));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
};

describe('media in a team', () => {
  it("reaches a teammate's computer: not missing, its thumbnail served, in the approval PDF and the publishing pack", async () => {
    const { ana, luis } = await team();
    const photo = await jpegWithGps('#884400', 1200, 900);
    const noise = await noisePng();
    const plaza = await importBytes(ana, 'Plaza Mayor.jpg', photo);
    const cartel = await importBytes(ana, 'cartel.png', noise);
    // On the server in parts of at most 1 MiB, each file whole.
    expect(await parts(ana, cartel.sha256)).toEqual([
      { kind: 'original', n: Math.ceil(noise.length / (1024 * 1024)), bytes: noise.length },
      { kind: 'thumb', n: 1, bytes: fs.statSync(path.join(ana.dataDir, 'media', 'thumbs', `${cartel.sha256}.webp`)).size },
    ]);
    expect((await parts(ana, cartel.sha256))[0]!.n).toBeGreaterThan(1);
    const fb = await addAccount(ana, { network: 'facebook', handle: 'ayto' });
    await ana.call('posts.save', {
      title: 'Fiestas de la Plaza',
      scheduledAt: '2026-12-02T10:30:00.000Z',
      status: 'approved',
      checklist: fullChecklist,
      targets: [{ accountId: fb }],
      media: [
        { mediaId: plaza.id, alt: 'Plaza Mayor en fiestas' },
        { mediaId: cartel.id, alt: 'Cartel' },
      ],
    });

    // Luis's computer has none of the files yet, and none is missing for him.
    expect(mediaFiles(luis)).toEqual([]);
    const list = await luis.call('media.list', {});
    expect(list.items.map((i) => [i.name, i.missing])).toEqual([
      ['cartel.png', false],
      ['Plaza Mayor.jpg', false],
    ]);
    expect(await luis.call('media.health', {})).toEqual({ missing: [] });
    expect((await luis.call('posts.listRange', { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' })).posts[0]).toMatchObject({ mediaCount: 2, mediaMissing: false });

    const thumb = await thumbOf(luis, plaza.sha256);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await thumb.arrayBuffer())).toEqual(fs.readFileSync(path.join(ana.dataDir, 'media', 'thumbs', `${plaza.sha256}.webp`)));
    // Fetched into his data folder, which serves it from now on; nothing left half-way under incoming/.
    expect(mediaFiles(luis)).toEqual([`thumbs/${plaza.sha256}.webp`]);

    const pdf = await luis.call('exports.approvalPdf', week);
    expect(imagesIn(pdf.path as string)).toHaveLength(2);

    const pack = await luis.call('exports.publishingPack', week);
    expect(pack).toMatchObject({ posts: 1, files: 3 });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(pack.path as string)));
    const folder = '2026-12-02/1030-fiestas-de-la-plaza-1';
    expect(Object.keys(zip).sort()).toEqual([`${folder}/01-plaza-mayor.jpg`, `${folder}/02-cartel.png`, `${folder}/facebook-ayto.txt`, 'index.html']);
    // The PNG copy is the original's pixels; the originals themselves are now on his computer, byte for byte.
    const copied = await sharp(Buffer.from(zip[`${folder}/02-cartel.png`]!)).raw().toBuffer();
    expect(sha(copied)).toBe(sha(await sharp(noise).raw().toBuffer()));
    expect(sha(fs.readFileSync(path.join(luis.dataDir, 'media', `${cartel.sha256}.png`)))).toBe(cartel.sha256);
    expect(sha(fs.readFileSync(path.join(luis.dataDir, 'media', `${plaza.sha256}.jpg`)))).toBe(plaza.sha256);
    expect(mediaFiles(luis).filter((f) => f.startsWith('incoming'))).toEqual([]);
  }, 90_000);

  it('counts a file missing only when neither this computer nor the server has it, and the same bytes again mend the server', async () => {
    const { ana, luis } = await team();
    const photo = await jpegWithGps('#226688', 800, 600);
    const item = await importBytes(ana, 'faro.jpg', photo);
    await run(ana, 'delete from media_parts where sha256 = ?', item.sha256);

    // Ana still has it on her computer; Luis has it nowhere.
    expect((await ana.call('media.get', { id: item.id })).missing).toBe(false);
    expect((await luis.call('media.get', { id: item.id })).missing).toBe(true);
    expect((await luis.call('media.list', {})).items.map((i) => i.missing)).toEqual([true]);
    expect(await luis.call('media.health', {})).toEqual({ missing: [{ id: item.id, name: 'faro.jpg', sha256: item.sha256 }] });
    expect(await ana.call('media.health', {})).toEqual({ missing: [] });
    expect((await thumbOf(luis, item.sha256)).status).toBe(404);

    const again = await importBytes(ana, 'faro otra vez.jpg', photo);
    expect(again.id).toBe(item.id);
    expect((await parts(ana, item.sha256)).map((p) => p.kind)).toEqual(['original', 'thumb']);
    expect((await luis.call('media.get', { id: item.id })).missing).toBe(false);
    expect(await luis.call('media.health', {})).toEqual({ missing: [] });
  }, 60_000);

  it('keeps out of the pack, as missing, an original whose copy on the server does not match its SHA-256, and leaves no file of it', async () => {
    const { ana, luis } = await team();
    const item = await importBytes(ana, 'mural.png', await noisePng());
    await run(ana, "update media_parts set data = '\\x00'::bytea where sha256 = ? and kind = 'original' and part = 1", item.sha256);
    const fb = await addAccount(ana, { network: 'facebook', handle: 'ayto' });
    await ana.call('posts.save', { title: 'Mural', scheduledDay: '2026-12-03', status: 'approved', checklist: fullChecklist, targets: [{ accountId: fb }], media: [{ mediaId: item.id, alt: 'Mural' }] });

    const pack = await luis.call('exports.publishingPack', week);
    expect(pack).toMatchObject({ posts: 1, files: 1 });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(pack.path as string)));
    expect(Buffer.from(zip['index.html']!).toString('utf8')).toContain('mural.png: ');
    expect(mediaFiles(luis)).toEqual([]);
  }, 60_000);

  it('the sweep removes the parts of the files it removes for good, and no others', async () => {
    const { ana, luis } = await team();
    const gone = await importBytes(ana, 'vieja.jpg', await jpegWithGps('#aa0000', 400, 300));
    const kept = await importBytes(ana, 'nueva.jpg', await jpegWithGps('#00aa00', 400, 300));
    await ana.call('media.delete', { id: gone.id, version: gone.version });
    now = new Date(now.getTime() + 31 * 86_400_000);
    await luis.ctx.reopen();
    expect(await parts(ana, gone.sha256)).toEqual([]);
    expect((await parts(ana, kept.sha256)).map((p) => p.kind)).toEqual(['original', 'thumb']);
    expect((await luis.call('media.list', {})).items.map((i) => i.name)).toEqual(['nueva.jpg']);
  }, 60_000);

  it('a backup on the server shares the files: the sweep keeps the parts of a file a backup names until the backup is dropped, and clears parts no item names', async () => {
    const { ana, luis } = await team();
    const before = await importBytes(ana, 'pregón.jpg', await jpegWithGps('#0000aa', 400, 300));
    const backup = await ana.call('store.backup', {});
    const after = await importBytes(ana, 'después.jpg', await jpegWithGps('#aa00aa', 400, 300));
    // The copy names the file and holds no parts of its own.
    expect(await rowsOf(ana, `select name from ${backup.name}.media`)).toEqual([{ name: 'pregón.jpg' }]);
    expect(await rowsOf(ana, "select count(*)::int as n from information_schema.tables where table_schema = ? and table_name = 'media_parts'", backup.name)).toEqual([{ n: 0 }]);
    for (const item of [before, after]) await ana.call('media.delete', { id: item.id, version: item.version });
    now = new Date(now.getTime() + 31 * 86_400_000);
    await luis.ctx.reopen();
    expect((await luis.call('media.list', {})).items).toEqual([]);
    expect((await parts(ana, before.sha256)).map((p) => p.kind)).toEqual(['original', 'thumb']);
    expect(await parts(ana, after.sha256)).toEqual([]);

    // Left by a crash between a file's parts and its row, two days ago; and a file being imported right now.
    const crashed = 'd'.repeat(64);
    const arriving = 'e'.repeat(64);
    await run(ana, "insert into media_parts (sha256, kind, part, data, stored_at) values (?, 'original', 0, '\\x01'::bytea, ?)", crashed, new Date(now.getTime() - 2 * 86_400_000).toISOString());
    await run(ana, "insert into media_parts (sha256, kind, part, data, stored_at) values (?, 'original', 0, '\\x02'::bytea, ?)", arriving, now.toISOString());
    // The administrator drops the backup; the next open sweeps what only it named.
    await run(ana, `drop schema ${backup.name} cascade`);
    await ana.ctx.reopen();
    const left = await rowsOf<{ sha256: string }>(ana, 'select distinct sha256 from media_parts order by sha256');
    expect(left.map((r) => r.sha256)).toEqual([arriving]);
  }, 60_000);
});
