import { protocol } from 'electron';
import type { AppContext } from '../context';
import { thumbFile } from '../features/media/server-files';
import { assetHandler } from './asset-handler';
import { APP_SCHEME } from './policy';

/** Must run before app 'ready': app:// behaves like https (standard, secure origin, fetch), not like file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serve the built renderer (out/renderer) under app://pregonero/, and the media thumbnails under app://pregonero/media/thumbs/. */
export function serveRenderer(root: string, ctx: AppContext): void {
  protocol.handle(APP_SCHEME, assetHandler(root, (sha256) => thumbFile(ctx, sha256)));
}
