import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exifHasGps } from '../../../electron/features/media/exif';
import { readVideoInfo } from '../../../electron/features/media/mp4';
import { addAccount, fullChecklist } from '../../support/calendar';
import { addPost } from '../../support/exports-fixtures';
import { openTestApp, type TestApp } from '../../support/context';
import { fixtureVideo, importBytes, jpegWithGps, png } from '../../support/media';
import { withLocationTrack } from '../../support/mp4-location-track';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-30T09:00:00.000Z') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
});
afterEach(() => app.close());

describe('exports.publishingPack', () => {
  it('writes a folder per day, a text per account with the final text, the media in order without GPS, and an escaped index', async () => {
    const ig = await addAccount(app, { network: 'instagram', handle: 'cultura_cangas' });
    const x = await addAccount(app, { network: 'x', handle: '@aytocangas' });
    const gpsPhoto = await jpegWithGps('#884400', 1200, 900);
    const plaza = await importBytes(app, 'Plaza Mayor.jpg', gpsPhoto);
    expect(plaza.hasLocation).toBe(true);
    const cartel = await importBytes(app, 'cartel <fiesta>.png', await png());
    const video = await importBytes(app, 'pregón.mp4', fs.readFileSync(fixtureVideo('clip.mp4')));
    await app.call('posts.save', {
      title: 'Fiestas de San Antonio <b>',
      body: 'Programa de las fiestas.',
      scheduledAt: '2026-12-02T10:30:00.000Z',
      status: 'approved',
      checklist: fullChecklist,
      link: 'https://www.cangas.es/fiestas',
      hashtags: ['SanAntonio'],
      targets: [{ accountId: ig }, { accountId: x, text: 'Fiestas: programa completo' }],
      media: [
        { mediaId: plaza.id, alt: 'Plaza Mayor en fiestas' },
        { mediaId: cartel.id, alt: 'Cartel' },
      ],
    });
    await app.call('posts.save', { title: 'Pregón en vídeo', scheduledDay: '2026-12-03', status: 'draft', targets: [{ accountId: x }], media: [{ mediaId: video.id, alt: '' }] });
    await app.call('posts.save', { title: 'Anulado', scheduledDay: '2026-12-03', status: 'cancelled', targets: [{ accountId: x }] });

    const res = await app.call('exports.publishingPack', { from: '2026-11-30', to: '2026-12-06' });
    expect(res).toMatchObject({ posts: 2, files: 6 });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(res.path as string)));
    expect(Object.keys(zip).sort()).toEqual([
      '2026-12-02/1030-fiestas-de-san-antonio-b-1/01-plaza-mayor.jpg',
      '2026-12-02/1030-fiestas-de-san-antonio-b-1/02-cartel-fiesta.png',
      '2026-12-02/1030-fiestas-de-san-antonio-b-1/instagram-cultura-cangas.txt',
      '2026-12-02/1030-fiestas-de-san-antonio-b-1/x-aytocangas.txt',
      '2026-12-03/pregon-en-video-2/01-pregon.mp4',
      '2026-12-03/pregon-en-video-2/x-aytocangas.txt',
      'index.html',
    ]);
    const dir = '2026-12-02/1030-fiestas-de-san-antonio-b-1';
    expect(strFromU8(zip[`${dir}/instagram-cultura-cangas.txt`]!)).toBe('Programa de las fiestas.\n\nhttps://www.cangas.es/fiestas\n\n#SanAntonio\n');
    expect(strFromU8(zip[`${dir}/x-aytocangas.txt`]!)).toBe('Fiestas: programa completo\n\nhttps://www.cangas.es/fiestas\n\n#SanAntonio\n');

    // The copy is the same picture, upright, with no EXIF and so no GPS; the original keeps it.
    const copy = Buffer.from(zip[`${dir}/01-plaza-mayor.jpg`]!);
    const meta = await sharp(copy).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif, exifHasGps(meta.exif)]).toEqual(['jpeg', 1200, 900, undefined, false]);
    expect(exifHasGps((await sharp(gpsPhoto).metadata()).exif)).toBe(true);
    // The video is the same size, frames untouched; only its metadata boxes are blanked.
    expect(zip['2026-12-03/pregon-en-video-2/01-pregon.mp4']!.length).toBe(fs.statSync(fixtureVideo('clip.mp4')).size);

    const index = strFromU8(zip['index.html']!);
    expect(index).toContain('Fiestas de San Antonio &lt;b&gt;');
    expect(index).not.toContain('<b>');
    expect(index).toContain('Plaza Mayor en fiestas');
    expect(index).toContain('Paquete de publicación del 2026-11-30 al 2026-12-06');
  });

  it('copies videos without where they were filmed: the same frames, no ©xyz, loci or location key', async () => {
    const x = await addAccount(app, { network: 'x', handle: 'ayto' });
    const names = ['located.mp4', 'located.mov', 'located-keys.mov'] as const;
    for (const [i, name] of names.entries()) {
      const video = await importBytes(app, name, fs.readFileSync(fixtureVideo(name)));
      expect(video.hasLocation).toBe(true);
      await app.call('posts.save', { title: `Vídeo ${i + 1}`, scheduledDay: '2026-12-01', targets: [{ accountId: x }], media: [{ mediaId: video.id, alt: '' }] });
    }
    const res = await app.call('exports.publishingPack', { from: '2026-12-01', to: '2026-12-01' });
    expect(res).toMatchObject({ posts: 3, files: 6 });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(res.path as string)));
    const copies = Object.keys(zip).filter((k) => /\.(mp4|mov)$/.test(k)).sort();
    expect(copies).toEqual(['2026-12-01/video-1-1/01-located.mp4', '2026-12-01/video-2-2/01-located.mov', '2026-12-01/video-3-3/01-located-keys.mov']);
    for (const [i, name] of names.entries()) {
      const original = fs.readFileSync(fixtureVideo(name));
      const copy = Buffer.from(zip[copies[i]!]!);
      for (const mark of ['\xa9xyz', 'loci', 'location', '+40.4168']) expect([name, copy.indexOf(mark, 0, 'latin1')]).toEqual([name, -1]);
      expect(copy.length).toBe(original.length);
      // The media data, where the frames are, is byte for byte the original's.
      const mdat = original.indexOf('mdat', 0, 'latin1');
      const size = original.readUInt32BE(mdat - 4);
      expect(copy.subarray(mdat - 4, mdat - 4 + size).equals(original.subarray(mdat - 4, mdat - 4 + size))).toBe(true);
      const file = path.join(app.dataDir, `copy-${i}`);
      fs.writeFileSync(file, copy);
      expect(readVideoInfo(file)).toEqual({ width: 64, height: 48, durationMs: 1000, hasLocation: false });
    }
  });

  it('copies a video without the place its timed metadata track holds: the track and its samples cleared, the frames untouched', async () => {
    const x = await addAccount(app, { network: 'x', handle: 'ayto' });
    const original = withLocationTrack(fs.readFileSync(fixtureVideo('clip.mp4')), '+40.4168-003.7038+650.000/');
    const video = await importBytes(app, 'iphone.mp4', original);
    expect(video.hasLocation).toBe(true);
    await app.call('posts.save', { title: 'Vídeo del iPhone', scheduledDay: '2026-12-01', targets: [{ accountId: x }], media: [{ mediaId: video.id, alt: '' }] });
    const res = await app.call('exports.publishingPack', { from: '2026-12-01', to: '2026-12-01' });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(res.path as string)));
    const copy = Buffer.from(zip['2026-12-01/video-del-iphone-1/01-iphone.mp4']!);
    for (const mark of ['location', '+40.4168', 'mebx', 'cdsc']) expect([mark, copy.indexOf(mark, 0, 'latin1')]).toEqual([mark, -1]);
    expect(copy.length).toBe(original.length);
    // The first mdat holds the frames: byte for byte the original's.
    const mdat = original.indexOf('mdat', 0, 'latin1');
    const size = original.readUInt32BE(mdat - 4);
    expect(copy.subarray(mdat - 4, mdat - 4 + size).equals(original.subarray(mdat - 4, mdat - 4 + size))).toBe(true);
    const file = path.join(app.dataDir, 'copy.mp4');
    fs.writeFileSync(file, copy);
    expect(readVideoInfo(file)).toEqual({ width: 320, height: 240, durationMs: 2000, hasLocation: false });
  });

  it('leaves out ideas, held and cancelled posts and posts on no account, and names the file for its day or range', async () => {
    const x = await addAccount(app, { network: 'x', handle: 'ayto' });
    const day = '2026-12-01';
    for (const [title, status] of [['Idea', 'idea'], ['En pausa', 'on_hold'], ['Anulada', 'cancelled'], ['En revisión', 'in_review'], ['Publicada', 'published'], ['Borrador', 'draft']] as const) {
      await addPost(app.ctx, { title, body: `Texto: ${title}`, scheduledDay: day, status, targets: [{ accountId: x }] });
    }
    await addPost(app.ctx, { title: 'Sin cuenta', body: 'Nadie', scheduledDay: day, status: 'approved', targets: [] });
    const res = await app.call('exports.publishingPack', { from: day, to: day });
    expect(res).toMatchObject({ posts: 3, files: 3 });
    expect(path.basename(res.path as string)).toBe('pregonero-publicar-2026-12-01.zip');
    const zip = unzipSync(new Uint8Array(fs.readFileSync(res.path as string)));
    expect(Object.keys(zip).sort()).toEqual(['2026-12-01/borrador-6/x-ayto.txt', '2026-12-01/en-revision-4/x-ayto.txt', '2026-12-01/publicada-5/x-ayto.txt', 'index.html']);
    expect(strFromU8(zip['2026-12-01/en-revision-4/x-ayto.txt']!)).toBe('Texto: En revisión\n');
    expect(strFromU8(zip['index.html']!)).toContain('<title>Paquete de publicación del 2026-12-01 al 2026-12-01</title>');
    const week = await app.call('exports.publishingPack', { from: '2026-11-30', to: '2026-12-06' });
    expect(path.basename(week.path as string)).toBe('pregonero-publicar-2026-11-30_2026-12-06.zip');
  });

  it('keeps only the chosen accounts', async () => {
    const ig = await addAccount(app, { network: 'instagram', handle: 'cultura' });
    const x = await addAccount(app, { network: 'x', handle: 'ayto' });
    await app.call('posts.save', { title: 'Solo X', scheduledDay: '2026-12-01', targets: [{ accountId: x }] });
    await app.call('posts.save', { title: 'Solo IG', scheduledDay: '2026-12-01', targets: [{ accountId: ig }] });
    const res = await app.call('exports.publishingPack', { from: '2026-12-01', to: '2026-12-01', accountIds: [x] });
    expect(res).toMatchObject({ posts: 1, files: 1 });
    expect(Object.keys(unzipSync(new Uint8Array(fs.readFileSync(res.path as string)))).sort()).toEqual(['2026-12-01/solo-x-1/x-ayto.txt', 'index.html']);
  });
});
