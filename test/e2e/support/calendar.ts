import type { Locator, Page } from 'playwright-core';
import { addDays, dayInZone, mondayOf, startOfDayInZone } from '../../../shared/domain/time';
import { afterAll, beforeAll } from 'vitest';
import type { Network } from '../../../shared/domain/networks';
import type { Harness } from '../../../electron/web/harness';
import { createRouter } from '../../../electron/router';
import type { ChannelName, Input, Output } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { saveAccount } from '../../support/accounts';
import { type E2eEnv, startE2e } from './app';

/** Seed through the harness's own store and the real router. */
export function seeder(harness: Harness) {
  const invoke = createRouter(harness.ctx, {});
  return {
    account: (network: Network, handle: string, target = 1): Promise<number> =>
      saveAccount(harness.ctx, { network, handle, displayName: handle, role: 'medium', status: 'active', postsPerWeekTarget: target }),
    async call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>> {
      const r = await invoke(channel, input);
      if (!r.ok) throw new AppError(r.error.code, r.error.params);
      return r.value as Output<C>;
    },
  };
}

/**
 * A day whose whole week lies inside one month, for tests about something
 * other than the calendar's edges (those take AWKWARD_DAYS).
 */
export const PLAIN_NOW = new Date('2027-01-13T10:00:00+01:00');

/** Days that break date code, as parameters: each is "now" in Madrid. */
export const AWKWARD_DAYS = [
  { name: 'a week that began in the previous month', now: new Date('2026-12-01T10:00:00+01:00') },
  { name: 'a week across the year end', now: new Date('2027-01-01T10:00:00+01:00') },
  { name: 'the week clocks go forward in Madrid', now: new Date('2027-03-28T12:00:00+02:00') },
  { name: 'the week clocks go back in Madrid', now: new Date('2026-10-25T12:00:00+01:00') },
  { name: 'a Monday that is the 1st', now: new Date('2027-02-01T10:00:00+01:00') },
] as const;

/** Days of the week of `now` in Madrid, and an instant at a local hour on one of them. */
export function thisWeek(now: Date) {
  const monday = mondayOf(dayInZone(now, 'Europe/Madrid'));
  const day = (i: number) => addDays(monday, i);
  const at = (i: number, hour: number) => new Date(Date.parse(startOfDayInZone(day(i), 'Europe/Madrid')) + hour * 3_600_000).toISOString();
  return { monday, day, at };
}

/** A harness in Spanish with the office in Madrid, its seeder, and one Facebook account. */
export async function startCalendarE2e(now = PLAIN_NOW): Promise<{ env: E2eEnv; s: ReturnType<typeof seeder>; fb: number }> {
  const env = await startE2e({ lang: 'es', now });
  const s = seeder(env.harness);
  await s.call('settings.save', { timeZone: 'Europe/Madrid' });
  return { env, s, fb: await s.account('facebook', 'ayto', 1) };
}

/** Drag an item onto a day cell with the mouse, as FullCalendar expects (a short move first starts the drag). Returns where it started. */
export async function dragOnto(page: Page, item: Locator, target: Locator) {
  const from = (await item.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  return from;
}

export type CalendarSuite = Awaited<ReturnType<typeof startCalendarE2e>>;

/** A test file's harness: started (and seeded) before its tests, closed after them. */
export function calendarSuite(seed?: (suite: CalendarSuite) => Promise<void>, now = PLAIN_NOW): CalendarSuite {
  const suite = {} as CalendarSuite;
  beforeAll(async () => {
    Object.assign(suite, await startCalendarE2e(now));
    await seed?.(suite);
  });
  afterAll(() => suite.env?.close());
  return suite;
}

/** Every line of text drawn in a week item, against the item's box: nothing may spill out. */
/** Items whose time is cut: any part of "08:00" outside its line (the title may end in an ellipsis, the time never). */
export const cutTimes = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ev-time')]
      .filter((t) => t.offsetParent !== null)
      .filter((t) => {
        const r = t.getBoundingClientRect();
        const line = t.closest('.ev-line')!.getBoundingClientRect();
        return r.left < line.left - 0.5 || r.right > line.right + 0.5 || t.scrollWidth > t.clientWidth + 0.5;
      })
      .map((t) => `${t.closest('.ev')?.querySelector('.visually-hidden')?.textContent ?? ''}: «${t.textContent ?? ''}» ${Math.round(t.getBoundingClientRect().width)} px in ${Math.round(t.closest('.ev-line')!.getBoundingClientRect().width)} px`),
  );

export async function spills(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const item of await page.getByRole('button', { name: /^\d{1,2}:\d{2}, / }).all()) {
    const box = (await item.boundingBox())!;
    for (const line of await item.locator('.ev-line').all()) {
      if (!(await line.isVisible())) continue;
      const r = (await line.boundingBox())!;
      const inner = await line.evaluate((el) => ({ over: el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis' && !el.querySelector('.ev-title') }));
      if (r.x < box.x - 0.5 || r.y < box.y - 0.5 || r.x + r.width > box.x + box.width + 0.5 || r.y + r.height > box.y + box.height + 0.5 || inner.over)
        out.push(`${(await item.getAttribute('aria-label')) ?? (await item.textContent())}: line ${JSON.stringify(r)} outside ${JSON.stringify(box)}`);
    }
  }
  return out;
}
