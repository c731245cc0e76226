import fs from 'node:fs/promises';
import { resolveAsset, responseHeaders } from './policy';

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/**
 * The app:// request handler: the built renderer, read-only, nothing outside
 * its folder (see resolveAsset), each file with its MIME type and the CSP.
 * Plain web Request/Response, no Electron, so a test can call it directly.
 */
export function assetHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
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
