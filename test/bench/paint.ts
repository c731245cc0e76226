import type { Browser } from 'playwright-core';
import type { Harness } from '../../electron/web/harness';
import { calendarReady, type PaintStamps, paintWatch, stampCalendarPaint } from './entries';

/**
 * Open the app's calendar month once in a fresh browser context, with the
 * office's clock on `anchor`, and read when the page itself saw the grid and
 * then its first item.
 */
export async function paintOnce(browser: Browser, h: Harness, anchor: Date): Promise<Required<PaintStamps>> {
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid', viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(stampCalendarPaint, paintWatch);
    await page.clock.install({ time: anchor });
    await page.clock.resume();
    // Wait on the page's own word, not by asking it: whatever the test runs in the page while it draws
    // (a role query polled, accessible names over the whole grid) runs on its main thread and delays the very paint it waits for.
    const painted = page.waitForEvent('console', { predicate: (m) => m.text() === paintWatch.painted, timeout: 15_000 });
    await page.goto(`${h.url}/#token=${h.token}`);
    await painted;
    await calendarReady(page).getByRole('button').first().waitFor({ state: 'visible', timeout: 5_000 });
    const stamps = await page.evaluate(() => (window as unknown as { __calendarPaint: PaintStamps }).__calendarPaint);
    if (stamps.grid === undefined || stamps.items === undefined) throw new Error('the page did not stamp the grid and its first item');
    return { grid: stamps.grid, items: stamps.items };
  } finally {
    await context.close();
  }
}
