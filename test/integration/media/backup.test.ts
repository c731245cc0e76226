import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, testEngine, type TestApp } from '../../support/context';
import { importBytes, jpegWithGps, mediaFiles, png } from '../../support/media';

let app: TestApp;
let now = new Date('2026-12-01T10:00:00.000Z');
beforeEach(async () => {
  now = new Date('2026-12-01T10:00:00.000Z');
  app = await openTestApp({ clock: () => now });
});
afterEach(() => app.close());

// Backups copy the local file (store.backup); a team's server is backed up by its own administrator.
describe.runIf(testEngine() === 'sqlite')('backups include media', () => {
  it('back up now keeps the media files; opening that backup brings them back', async () => {
    const feria = await importBytes(app, 'feria.jpg', await jpegWithGps());
    const backup = await app.call('store.backup', {});
    const kept = fs.readdirSync(path.join(app.dataDir, 'backups', 'media'), { recursive: true, encoding: 'utf8' }).sort();
    expect(kept).toEqual([`${feria.sha256}.jpg`, 'thumbs', `thumbs/${feria.sha256}.webp`]);

    // Later: the photo is deleted and swept away, and another one arrives.
    await app.call('media.delete', { id: feria.id, version: feria.version });
    now = new Date('2027-01-15T10:00:00.000Z');
    await app.ctx.reopen();
    expect(mediaFiles(app)).toEqual([]);
    const cartel = await importBytes(app, 'cartel.png', await png());

    await app.call('store.openBackup', { name: backup.name });
    expect((await app.call('media.list', {})).items.map((i) => [i.name, i.missing])).toEqual([['feria.jpg', false]]);
    expect(await app.call('media.health', {})).toEqual({ missing: [] });
    // The newer file is left where it was: nothing is deleted by opening a backup.
    expect(mediaFiles(app)).toEqual([`${cartel.sha256}.png`, `${feria.sha256}.jpg`, `thumbs/${cartel.sha256}.webp`, `thumbs/${feria.sha256}.webp`].sort());
  });

  it('a second backup copies only the new files', async () => {
    await importBytes(app, 'feria.jpg', await jpegWithGps());
    await app.call('store.backup', {});
    const dir = path.join(app.dataDir, 'backups', 'media');
    const first = fs.statSync(fs.readdirSync(dir).map((f) => path.join(dir, f)).find((f) => f.endsWith('.jpg')) as string).mtimeMs;
    await importBytes(app, 'cartel.png', await png());
    now = new Date('2026-12-01T11:00:00.000Z');
    await app.call('store.backup', {});
    expect(fs.readdirSync(dir).filter((f) => f !== 'thumbs')).toHaveLength(2);
    expect(fs.statSync(fs.readdirSync(dir).map((f) => path.join(dir, f)).find((f) => f.endsWith('.jpg')) as string).mtimeMs).toBe(first);
  });
});
