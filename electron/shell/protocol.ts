import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, resolveAsset, responseHeaders } from './policy';

/** Must run before app 'ready': app:// behaves like https (standard, secure origin, fetch), not like file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/**
 * Serve the built renderer (out/renderer) read-only under app://pregonero/.
 * Nothing outside that folder can be named: see resolveAsset in policy.ts.
 */
export function serveRenderer(root: string, target: Pick<typeof protocol, 'handle'> = protocol): void {
  target.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const asset = resolveAsset(root, request.url);
    if (asset.kind === 'refused') return plain(404, 'Not found');
    try {
      const body = await fs.readFile(asset.file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(asset.file) });
    } catch {
      return plain(404, 'Not found');
    }
  });
}
