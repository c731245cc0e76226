import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv } from './support/app';
import { startCalendarE2e } from './support/calendar';

/**
 * How the app loads, as the browser sees it: the first reads leave while
 * the main code is still on its way, and that code comes as one file (with
 * its styles), not a dozen.
 */
let env: E2eEnv;
beforeAll(async () => {
  const started = await startCalendarE2e();
  env = started.env;
  await started.s.call('posts.save', { title: 'Pleno municipal', scheduledAt: '2027-01-12T17:00:00Z', targets: [{ accountId: started.fb }] });
});
afterAll(() => env?.close());

describe('the first load', () => {
  it("sends the start's reads before it asks for the main code, and asks for that code in few files", async () => {
    const { page, context } = await env.open();
    const events: string[] = [];
    const sizes = new Map<string, number>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/ipc/')) events.push(`asked ${path.slice(5)}`);
      if (r.resourceType() === 'script') events.push(`script ${path}`);
    });
    page.on('requestfinished', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === 'script') void r.sizes().then((s) => sizes.set(path, s.responseBodySize));
      if (r.resourceType() === 'script') events.push(`loaded ${path}`);
    });
    // Routing every request through the test turns the browser's cache off: the reload loads as the first start did.
    await page.route('**/*', (route) => route.continue());
    await page.getByRole('button', { name: /Borrador: Pleno municipal/ }).waitFor();
    await page.waitForLoadState('networkidle');
    events.length = 0;
    sizes.clear();
    await page.reload();
    await page.getByRole('button', { name: /Borrador: Pleno municipal/ }).waitFor();
    await expect.poll(() => sizes.size).toBeGreaterThan(4);
    const main = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
    // The start's reads left before the main code (by far the largest file) was even asked for.
    expect(events.indexOf('asked app.info')).toBeGreaterThan(-1);
    expect(events.indexOf('asked settings.get')).toBeGreaterThan(-1);
    expect(events.indexOf('asked settings.get')).toBeLessThan(events.indexOf(`script ${main}`));
    // Until it had loaded, the page asked for the entry, React, the first reads' code, the loader, and the main code's own import and its one file.
    const before = events.slice(0, events.indexOf(`loaded ${main}`)).filter((e) => e.startsWith('script '));
    expect(before.length, before.join(', ')).toBeLessThanOrEqual(6);
    await context.close();
  });
});
