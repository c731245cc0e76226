import fs from 'node:fs/promises';
import { THUMB_URL_RE } from '../features/media/files';
import { resolveAsset, responseHeaders } from './policy';

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/**
 * The app:// request handler: the built renderer, read-only, nothing outside
 * its folder (see resolveAsset), each file with its MIME type and the CSP.
 * Plain web Request/Response, no Electron, so a test can call it directly.
 * `thumbFile` finds a thumbnail by SHA-256 (see media/server-files.ts).
 */
export function assetHandler(root: string, thumbFile?: (sha256: string) => Promise<string | null>): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    // Thumbnails of the media library, by SHA-256 only: the data folder's path never reaches the page.
    const thumb = thumbFile ? THUMB_URL_RE.exec(new URL(request.url).pathname) : null;
    if (thumb && thumbFile) {
      try {
        const file = await thumbFile(thumb[1] as string);
        if (!file) return plain(404, 'Not found');
        const body = await fs.readFile(file);
        return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'Content-Type': 'image/webp', 'X-Content-Type-Options': 'nosniff' } });
      } catch {
        return plain(404, 'Not found');
      }
    }
    const asset = resolveAsset(root, request.url);
    if (asset.kind === 'refused') return plain(404, 'Not found');
    try {
      const body = await fs.readFile(asset.file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(asset.file) });
    } catch {
      return plain(404, 'Not found');
    }
  };
}
