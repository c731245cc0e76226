import type { Browser } from 'playwright-core';
import type { Harness } from '../../electron/web/harness';
import { calendarLabels, calendarReady, type PaintStamps, stampCalendarPaint } from './entries';

/**
 * Open the app's calendar month once in a fresh browser context, with the
 * office's clock on `anchor`, and read when the page itself saw the grid and
 * then its first item.
 */
export async function paintOnce(browser: Browser, h: Harness, anchor: Date): Promise<Required<PaintStamps>> {
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid', viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(stampCalendarPaint, calendarLabels);
    await page.clock.install({ time: anchor });
    await page.clock.resume();
    await page.goto(`${h.url}/#token=${h.token}`);
    await calendarReady(page).getByRole('button').first().waitFor({ state: 'visible', timeout: 15_000 });
    const stamps = await page.evaluate(() => (window as unknown as { __calendarPaint: PaintStamps }).__calendarPaint);
    if (stamps.grid === undefined || stamps.items === undefined) throw new Error('the page did not stamp the grid and its first item');
    return { grid: stamps.grid, items: stamps.items };
  } finally {
    await context.close();
  }
}
