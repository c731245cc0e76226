import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { openTestApp, type TestApp } from '../../support/context';
import { fixtureVideo, importBytes, jpegWithGps, mediaFiles, png, pngBomb, removeByHand } from '../../support/media';
import { LOCATION_KEY, withLocationTrack } from '../../support/mp4-location-track';

let app: TestApp;
let now = new Date('2026-12-01T10:00:00.000Z');
beforeEach(async () => {
  now = new Date('2026-12-01T10:00:00.000Z');
  app = await openTestApp({ clock: () => now });
});
afterEach(() => app.close());

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e.toData() : e));
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('importing photos and videos', () => {
  it('reads type, size and location from the content, stores the file once by SHA-256 with a 320 px thumbnail', async () => {
    const photo = await jpegWithGps('#c0392b', 1600, 1200);
    // The name says PNG; the bytes say JPEG, and the bytes win.
    const item = await importBytes(app, 'feria.png', photo);
    expect(item).toMatchObject({ name: 'feria.png', mime: 'image/jpeg', width: 1600, height: 1200, bytes: photo.length, durationMs: null, hasLocation: true, tags: [], missing: false });
    expect(item.sha256).toBe(sha(photo));
    expect(item.thumbUrl).toBe(`/media/thumbs/${sha(photo)}.webp`);
    expect(mediaFiles(app)).toEqual([`${sha(photo)}.jpg`, `thumbs/${sha(photo)}.webp`]);
    const thumb = fs.readFileSync(path.join(app.dataDir, 'media', 'thumbs', `${sha(photo)}.webp`));
    expect(thumb.subarray(8, 12).toString('latin1')).toBe('WEBP');

    // The same bytes again under another name: the existing item, nothing new on disk.
    const again = await importBytes(app, 'otra.jpg', photo);
    expect(again.id).toBe(item.id);
    expect(again.name).toBe('feria.png');
    expect(mediaFiles(app)).toHaveLength(2);
    expect((await app.call('media.list', {})).total).toBe(1);
  });

  it('takes the same bytes arriving twice at once as one item: both answers name it, one file on disk', async () => {
    const photo = await jpegWithGps('#1e8449', 1600, 1200);
    const [a, b] = await Promise.all([importBytes(app, 'feria.jpg', photo), importBytes(app, 'feria (copia).jpg', photo)]);
    expect(a.id).toBe(b.id);
    expect(mediaFiles(app)).toEqual([`${sha(photo)}.jpg`, `thumbs/${sha(photo)}.webp`]);
    expect((await app.call('media.list', {})).total).toBe(1);
  });

  it('takes PNG without location, and MP4 and MOV with duration and picture size from the container', async () => {
    const p = await importBytes(app, 'cartel.png', await png('#2e86c1', 400, 300));
    expect(p).toMatchObject({ mime: 'image/png', width: 400, height: 300, hasLocation: false });
    const mp4 = await importBytes(app, 'pregon.mp4', fs.readFileSync(fixtureVideo('clip.mp4')));
    expect(mp4).toMatchObject({ mime: 'video/mp4', width: 320, height: 240, durationMs: 2000 });
    const mov = await importBytes(app, 'vertical.mov', fs.readFileSync(fixtureVideo('clip.mov')));
    expect(mov).toMatchObject({ mime: 'video/quicktime', width: 240, height: 320, durationMs: 1500 });
    expect([mp4.hasLocation, mov.hasLocation]).toEqual([false, false]);
    // A drawn poster: the video's proportions in 320 px.
    expect(fs.existsSync(path.join(app.dataDir, 'media', 'thumbs', `${mp4.sha256}.webp`))).toBe(true);
  });

  it('sees where a video was filmed, however the phone wrote it: ©xyz, 3GPP loci or a QuickTime location key', async () => {
    const located = [];
    for (const name of ['located.mp4', 'located.mov', 'located-keys.mov'] as const) located.push(await importBytes(app, name, fs.readFileSync(fixtureVideo(name))));
    expect(located.map((v) => [v.name, v.mime, v.width, v.height, v.durationMs, v.hasLocation])).toEqual([
      ['located.mp4', 'video/mp4', 64, 48, 1000, true],
      ['located.mov', 'video/quicktime', 64, 48, 1000, true],
      ['located-keys.mov', 'video/quicktime', 64, 48, 1000, true],
    ]);
  });

  it('sees a place kept sample by sample in a timed metadata track, as recent iPhones film, and not in a track without one', async () => {
    const clip = fs.readFileSync(fixtureVideo('clip.mov'));
    const tracked = await importBytes(app, 'iphone.mov', withLocationTrack(clip, '+40.4168-003.7038+650.000/'));
    expect([tracked.mime, tracked.width, tracked.height, tracked.durationMs, tracked.hasLocation]).toEqual(['video/quicktime', 240, 320, 1500, true]);
    // The same kind of track holding something else (the camera's focus, say) records no place.
    const focus = withLocationTrack(clip, '0.25');
    const at = focus.indexOf(LOCATION_KEY, 0, 'latin1');
    focus.write('com.apple.quicktime.focus.distance'.padEnd(LOCATION_KEY.length, '.'), at, 'latin1');
    expect((await importBytes(app, 'enfoque.mov', focus)).hasLocation).toBe(false);
  });

  it('refuses what is not a photo or video, damaged files, bombs, HEIC and names with slashes, leaving no file behind', async () => {
    const photo = await jpegWithGps();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(40)]);
    expect(await failure(importBytes(app, 'notas.txt', Buffer.from('Orden del día del pleno')))).toEqual({ code: 'media.errors.notMedia' });
    expect(await failure(importBytes(app, 'rota.jpg', photo.subarray(0, Math.floor(photo.length / 2))))).toEqual({ code: 'media.errors.damaged' });
    expect(await failure(importBytes(app, 'bomba.png', await pngBomb()))).toEqual({ code: 'media.errors.tooManyPixels', params: { max: 100 } });
    expect(await failure(importBytes(app, 'IMG_0001.HEIC', heic))).toEqual({ code: 'media.errors.heic' });
    expect(await failure(importBytes(app, '../../etc/feria.jpg', photo))).toEqual({ code: 'media.errors.badName' });
    expect(await failure(importBytes(app, 'C:\\fotos\\feria.jpg', photo))).toEqual({ code: 'media.errors.badName' });
    expect(await failure(importBytes(app, 'vacia.jpg', Buffer.alloc(0)))).toEqual({ code: 'media.errors.empty' });
    const damagedVideo = fs.readFileSync(fixtureVideo('clip.mp4')).subarray(0, 40);
    expect(await failure(importBytes(app, 'cortado.mp4', damagedVideo))).toEqual({ code: 'media.errors.damaged' });
    expect(mediaFiles(app)).toEqual([]);
    expect((await app.call('media.list', {})).total).toBe(0);
  });

  it('refuses a photo over 30 MB', async () => {
    const big = Buffer.concat([await png(), Buffer.alloc(30 * 1024 * 1024)]);
    expect(await failure(importBytes(app, 'enorme.png', big))).toEqual({ code: 'media.errors.tooLarge', params: { max: 30 } });
    expect(mediaFiles(app)).toEqual([]);
  });
});

describe('the library through the router', () => {
  it('lists newest first, searches by name and tag, filters unused, and says where an item is used', async () => {
    const feria = await importBytes(app, 'feria-2026.jpg', await jpegWithGps('#aa0000'));
    now = new Date('2026-12-01T11:00:00.000Z');
    const cartel = await importBytes(app, 'cartel-navidad.png', await png('#00aa00'));
    await app.call('media.update', { id: feria.id, version: feria.version, tags: ['fiestas', 'plaza'], alt: 'Casetas en la plaza' });
    expect((await app.call('media.list', {})).items.map((i) => i.name)).toEqual(['cartel-navidad.png', 'feria-2026.jpg']);
    expect((await app.call('media.list', { search: 'navidad' })).items.map((i) => i.name)).toEqual(['cartel-navidad.png']);
    expect((await app.call('media.list', { search: 'plaza' })).items.map((i) => i.name)).toEqual(['feria-2026.jpg']);
    expect((await app.call('media.list', { tags: ['fiestas'] })).items.map((i) => [i.name, i.tags, i.alt])).toEqual([['feria-2026.jpg', ['fiestas', 'plaza'], 'Casetas en la plaza']]);
    expect(await app.call('media.list', { search: '100%' })).toEqual({ items: [], total: 0 });

    const post = await app.call('posts.save', { title: 'Feria de diciembre', scheduledDay: '2026-12-12', media: [{ mediaId: feria.id, alt: 'Casetas' }] });
    expect((await app.call('media.list', { unusedOnly: true })).items.map((i) => i.name)).toEqual(['cartel-navidad.png']);
    expect((await app.call('media.list', {})).items.map((i) => [i.name, i.useCount])).toEqual([
      ['cartel-navidad.png', 0],
      ['feria-2026.jpg', 1],
    ]);
    // An undated idea that uses it too comes first, before the dated posts, on either engine.
    const idea = await app.call('posts.save', { title: 'Cartel para la feria', status: 'idea', media: [{ mediaId: feria.id, alt: 'Casetas' }] });
    expect((await app.call('media.get', { id: feria.id })).usage).toEqual([
      { postId: idea.id, title: 'Cartel para la feria', scheduledAt: null, scheduledDay: null },
      { postId: post.id, title: 'Feria de diciembre', scheduledAt: null, scheduledDay: '2026-12-12' },
    ]);
    expect((await app.call('media.get', { id: cartel.id })).usage).toEqual([]);
  });

  it('offers the tags in use, each with how many files carry it, and filters by one or more of them', async () => {
    const feria = await importBytes(app, 'feria.jpg', await jpegWithGps('#aa0000'));
    const cartel = await importBytes(app, 'cartel.png', await png('#00aa00'));
    const obras = await importBytes(app, 'obras.png', await png('#0000aa'));
    await importBytes(app, 'sin-etiquetas.png', await png('#aaaa00'));
    await app.call('media.update', { id: feria.id, version: feria.version, tags: ['fiestas', 'plaza'] });
    await app.call('media.update', { id: cartel.id, version: cartel.version, tags: ['Navidad', 'fiestas', 'fiestas'] });
    const tagged = await app.call('media.update', { id: obras.id, version: obras.version, tags: ['obras'] });
    // A deleted file's tags are not offered.
    await app.call('media.delete', { id: obras.id, version: tagged.version });
    expect(await app.call('media.tags', {})).toEqual({
      tags: [
        { tag: 'fiestas', count: 2 },
        { tag: 'Navidad', count: 1 },
        { tag: 'plaza', count: 1 },
      ],
    });
    const names = async (input: object) => (await app.call('media.list', input)).items.map((i) => i.name).sort();
    expect(await names({ tags: ['plaza'] })).toEqual(['feria.jpg']);
    expect(await names({ tags: ['plaza', 'Navidad'] })).toEqual(['cartel.png', 'feria.jpg']);
    expect(await names({ tags: ['fiestas'], search: 'cartel' })).toEqual(['cartel.png']);
    expect(await names({ tags: ['obras'] })).toEqual([]);
  });

  it('a stale update is a conflict; a name with a slash is refused', async () => {
    const item = await importBytes(app, 'feria.jpg', await jpegWithGps());
    await app.call('media.update', { id: item.id, version: item.version, name: 'Feria 2026' });
    expect(await failure(app.call('media.update', { id: item.id, version: item.version, name: 'Otro' }))).toMatchObject({ code: 'conflict' });
    expect(await failure(app.call('media.update', { id: item.id, version: item.version + 1, name: 'a/b' }))).toEqual({ code: 'media.errors.badName' });
  });

  it('delete in use is undoable; the file leaves the disk only when unused and past the undo window', async () => {
    const photo = await jpegWithGps();
    const item = await importBytes(app, 'feria.jpg', photo);
    const post = await app.call('posts.save', { title: 'Feria', media: [{ mediaId: item.id, alt: 'Casetas' }] });
    const deleted = await app.call('media.delete', { id: item.id, version: item.version });
    expect(deleted.deletedAt).toBe('2026-12-01T10:00:00.000Z');
    expect((await app.call('media.list', {})).total).toBe(0);
    // The post keeps its attachment.
    expect((await app.call('posts.get', { id: post.id })).media.map((m) => m.mediaId)).toEqual([item.id]);
    const restored = await app.call('media.restore', { id: item.id });
    expect(restored.deletedAt).toBeNull();
    await app.call('media.delete', { id: item.id, version: restored.version });

    // Reopened 31 days later, but a post still uses it: it stays.
    now = new Date('2027-01-01T10:00:00.000Z');
    await app.ctx.reopen();
    expect(mediaFiles(app)).toHaveLength(2);
    // Once no post uses it, the next opening after the window removes it.
    await app.call('posts.save', { id: post.id, version: post.version, title: 'Feria', media: [] });
    now = new Date('2026-12-30T10:00:00.000Z');
    await app.ctx.reopen();
    expect(mediaFiles(app)).toHaveLength(2);
    now = new Date('2027-01-01T10:00:00.000Z');
    await app.ctx.reopen();
    expect(mediaFiles(app)).toEqual([]);
    expect(await failure(app.call('media.get', { id: item.id }))).toMatchObject({ code: 'not_found' });
  });

  it('a file removed by hand shows as missing and the health check lists it; importing it again mends it', async () => {
    const photo = await png('#123456');
    const item = await importBytes(app, 'cartel.png', photo);
    await removeByHand(app, item);
    expect((await app.call('media.get', { id: item.id })).missing).toBe(true);
    expect(await app.call('media.health', {})).toEqual({ missing: [{ id: item.id, name: 'cartel.png', sha256: item.sha256 }] });
    await importBytes(app, 'cartel.png', photo);
    expect(await app.call('media.health', {})).toEqual({ missing: [] });
  });
});
