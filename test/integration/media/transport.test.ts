import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPath } from '../../../electron/features/media/upload';
import { startHarness, type Harness } from '../../../electron/web/harness';
import { tempDir } from '../../support/context';
import { jpegWithGps } from '../../support/media';
import path from 'node:path';

let harness: Harness;
let dataDir: string;
beforeEach(async () => {
  dataDir = tempDir('pregonero-media-http-');
  harness = await startHarness({ port: 0, dataDir, token: 'media-test-token', checkOutputs: true, clock: () => new Date('2026-12-01T10:00:00Z') });
});
afterEach(async () => {
  await harness.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const post = (body: Buffer, headers: Record<string, string>) => fetch(`${harness.url}/media`, { method: 'POST', headers, body: new Uint8Array(body) });
const auth = { Authorization: 'Bearer media-test-token' };
const incoming = () => (fs.existsSync(path.join(dataDir, 'media', 'incoming')) ? fs.readdirSync(path.join(dataDir, 'media', 'incoming')) : []);

describe('POST /media in the web harness', () => {
  it('takes the raw file with its URL-encoded name and answers the item; the thumbnail needs the cookie, not the token in the URL', async () => {
    const photo = await jpegWithGps();
    const res = await post(photo, { ...auth, 'X-File-Name': encodeURIComponent('Feria de San Mateo ñ.jpg') });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pregonero_media=[\w-]+; Path=\/media\/; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain('media-test-token');
    const body = (await res.json()) as { ok: true; value: { name: string; mime: string; thumbUrl: string } };
    expect(body).toMatchObject({ ok: true, value: { name: 'Feria de San Mateo ñ.jpg', mime: 'image/jpeg', hasLocation: true } });

    const thumb = `${harness.url}${body.value.thumbUrl}`;
    expect((await fetch(thumb)).status).toBe(401);
    expect((await fetch(thumb, { headers: { Cookie: 'pregonero_media=wrong' } })).status).toBe(401);
    const ok = await fetch(thumb, { headers: { Cookie: cookie.split(';')[0] as string } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/webp');
    // No other path under /media/ reads the data folder.
    expect((await fetch(`${harness.url}/media/thumbs/../../pregonero.sqlite`, { headers: { Cookie: cookie.split(';')[0] as string } })).headers.get('content-type')).not.toBe('image/webp');
  });

  it('refuses a call without the token, and a file that is not media, writing nothing', async () => {
    const photo = await jpegWithGps();
    const noToken = await post(photo, { 'X-File-Name': 'feria.jpg' });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toEqual({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await post(photo, { Authorization: 'Bearer nope', 'X-File-Name': 'feria.jpg' });
    expect(wrong.status).toBe(401);
    expect(await (await post(Buffer.from('%PDF-1.7 acta del pleno'), { ...auth, 'X-File-Name': 'acta.jpg' })).json()).toEqual({ ok: false, error: { code: 'media.errors.notMedia' } });
    expect(await (await post(photo, { ...auth, 'X-File-Name': encodeURIComponent('../feria.jpg') })).json()).toEqual({ ok: false, error: { code: 'media.errors.badName' } });
    expect(incoming()).toEqual([]);
    expect((await harness.invoke('media.list', {})) as unknown).toEqual({ ok: true, value: { items: [], total: 0 } });
  });
});

describe('the desktop import by path', () => {
  it('reads an absolute path to a file, and refuses anything else', async () => {
    const file = path.join(dataDir, 'feria.jpg');
    fs.writeFileSync(file, await jpegWithGps());
    expect(await importPath(harness.ctx, file, 'feria.jpg')).toMatchObject({ ok: true, value: { name: 'feria.jpg', mime: 'image/jpeg' } });
    expect(await importPath(harness.ctx, 'feria.jpg', 'feria.jpg')).toEqual({ ok: false, error: { code: 'bad_request' } });
    expect(await importPath(harness.ctx, '', 'x.jpg')).toEqual({ ok: false, error: { code: 'bad_request' } });
    expect(await importPath(harness.ctx, dataDir, 'carpeta')).toEqual({ ok: false, error: { code: 'media.errors.notMedia' } });
  });
});
