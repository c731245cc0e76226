import type { Page } from 'playwright-core';

/** The IPC channels a page calls from now on, in order (the web harness serves each at /ipc/<channel>). */
export function recordChannels(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/ipc/')) calls.push(decodeURIComponent(path.slice('/ipc/'.length)));
  });
  return calls;
}
