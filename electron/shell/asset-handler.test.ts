import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../shared/security/csp';
import { thumbPath } from '../features/media/files';
import { assetHandler } from './asset-handler';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-app-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Pregonero</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-1.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-1.css'), 'body{}');
  // A secret next to the renderer folder, which no app:// URL may reach.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'top secret');
  handle = assetHandler(root);
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the page and its assets with their MIME types and the CSP', async () => {
    const page = await get('app://pregonero/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('<title>Pregonero</title>');
    expect((await get('app://pregonero/assets/index-1.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://pregonero/assets/index-1.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers index.html for the root', async () => {
    expect(await (await get('app://pregonero/')).text()).toContain('Pregonero');
  });

  it.each(['app://pregonero/..%2Fsecret.txt', 'app://pregonero/assets/..%2F..%2Fsecret.txt', 'app://pregonero/..%5Csecret.txt', 'app://elsewhere/secret.txt'])(
    'never serves files outside the renderer folder: %s',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('top secret');
    },
  );

  it('404s a missing asset and refuses writes', async () => {
    expect((await get('app://pregonero/assets/missing.js')).status).toBe(404);
    expect((await get('app://pregonero/index.html', 'POST')).status).toBe(405);
  });
});

describe('app:// media thumbnails', () => {
  it('serves a thumbnail from the data folder by its SHA-256, and nothing else from there', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-data-'));
    const sha = 'ab'.repeat(32);
    fs.mkdirSync(path.join(dataDir, 'media', 'thumbs'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'media', 'thumbs', `${sha}.webp`), 'RIFF....WEBP');
    fs.writeFileSync(path.join(dataDir, 'pregonero.sqlite'), 'the data file');
    // As the app finds thumbnails on the local file: in the data folder (media/server-files.ts adds the team's server).
    const withData = assetHandler(root, async (sha256) => (fs.existsSync(thumbPath(dataDir, sha256)) ? thumbPath(dataDir, sha256) : null));
    const thumb = await withData(new Request(`app://pregonero/media/thumbs/${sha}.webp`));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(await thumb.text()).toBe('RIFF....WEBP');
    expect((await withData(new Request(`app://pregonero/media/thumbs/${'cd'.repeat(32)}.webp`))).status).toBe(404);
    for (const url of ['app://pregonero/media/thumbs/..%2F..%2Fpregonero.sqlite', 'app://pregonero/media/pregonero.sqlite', 'app://pregonero/media/thumbs/ABC.webp']) {
      expect(await (await withData(new Request(url))).text()).not.toContain('the data file');
    }
  });
});
