import type { BrowserContext } from 'playwright-core';
import type { Harness } from '../../../electron/web/harness';

/**
 * Cut the browser off the network. Chromium's offline mode also blocks
 * loopback, so the harness's HTTP transport stops too; in the desktop app
 * the renderer reaches the main process through Electron IPC, which is not
 * network. This stands in for that bridge: /ipc/<channel> requests are
 * answered in-process by the same router (token still checked), and every
 * other request fails as it would with no connection. Returns the list of
 * requests that tried to leave the machine (should stay empty).
 */
export async function goOffline(context: BrowserContext, harness: Harness): Promise<string[]> {
  const escaped: string[] = [];
  await context.setOffline(true);
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === new URL(harness.url).origin && url.pathname.startsWith('/ipc/') && request.method() === 'POST') {
      if (request.headers().authorization !== `Bearer ${harness.token}`) {
        await route.fulfill({ status: 401, json: { ok: false, error: { code: 'unauthorized' } } });
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
      const result = await harness.invoke(channel, request.postDataJSON());
      await route.fulfill({ status: 200, json: result });
      return;
    }
    if (url.origin !== new URL(harness.url).origin) escaped.push(request.url());
    await route.abort('internetdisconnected');
  });
  return escaped;
}
