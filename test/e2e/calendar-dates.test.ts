import type { Page } from 'playwright-core';
import { dayInZone } from '../../shared/domain/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/i18n/dates';
import { type E2eEnv, startE2e } from './support/app';
import { AWKWARD_DAYS, seeder, thisWeek } from './support/calendar';

/** A day cell of the month view, found by the full date FullCalendar gives it. */
const cell = (page: Page, day: string) => page.getByRole('cell', { name: new RegExp(`^${formatDay(day, "d 'de' MMMM 'de' yyyy", 'es')}`) });

describe.each(AWKWARD_DAYS)('the calendar on $name', ({ now }) => {
  let env: E2eEnv;
  let s: ReturnType<typeof seeder>;
  const w = thisWeek(now);
  // The month opened is today's, and it hides other months' days: the mark
  // of a week that began last month sits on this month's first day.
  const firstOfMonth = `${dayInZone(now, 'Europe/Madrid').slice(0, 8)}01`;
  const markDay = w.day(0) < firstOfMonth ? firstOfMonth : w.day(0);
  const markIndex = [0, 1, 2, 3, 4, 5, 6].find((i) => w.day(i) === markDay)!;
  beforeAll(async () => {
    env = await startE2e({ lang: 'es', now });
    s = seeder(env.harness);
    await s.call('settings.save', { timeZone: 'Europe/Madrid' });
    await s.account('facebook', 'ayto', 1);
  });
  afterAll(() => env?.close());

  it("shows this week's silent mark on a day the month shows, and a post from it lands there at 10:00 Madrid time", async () => {
    const { page, context } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
    const mark = cell(page, markDay).getByRole('button', { name: /Semana sin publicar: Facebook @ayto/ });
    await mark.click();
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    expect(await dialog.getByRole('checkbox', { name: 'Facebook @ayto' }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Día y hora de publicación').inputValue()).toBe(`${markDay}T10:00`);
    await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Aviso de la semana');
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();
    await cell(page, markDay).getByRole('button', { name: /Aviso de la semana · Facebook @ayto/ }).waitFor();
    await expect.poll(() => cell(page, markDay).getByRole('button', { name: /Semana sin publicar/ }).count()).toBe(0);

    const [saved] = (await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).posts;
    expect(saved?.scheduledAt).toBe(w.at(markIndex, 10));

    // The week view shows the whole week, across the month's edge, with the post in it.
    await page.getByRole('tab', { name: 'Ver por semana' }).click();
    await page.getByRole('button', { name: /Aviso de la semana/ }).waitFor();
    const days = [0, 1, 2, 3, 4, 5, 6].map((i) => w.day(i));
    for (const day of days) await page.getByRole('columnheader', { name: formatDay(day, "d 'de' MMMM 'de' yyyy", 'es'), exact: true }).waitFor();
    expect(await page.getByRole('columnheader').count()).toBe(7);
    await context.close();
  });
});

describe("a computer whose clock is set to another zone than the office's", () => {
  // 2 a.m. on 1 December in Madrid is still 30 November in New York: the computer's month is not the office's.
  const now = new Date('2026-12-01T02:00:00+01:00');
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e({ lang: 'es', now });
    const s = seeder(env.harness);
    await s.call('settings.save', { timeZone: 'Europe/Madrid' });
    const fb = await s.account('facebook', 'ayto', 1);
    await s.call('posts.save', { title: 'Feria de diciembre', scheduledAt: '2026-12-01T09:00:00.000Z', targets: [{ accountId: fb }] });
    await s.call('posts.save', { title: 'Cierre de noviembre', scheduledAt: '2026-11-30T09:00:00.000Z', targets: [{ accountId: fb }] });
  });
  afterAll(() => env?.close());

  it("opens on the office's month, with its posts", async () => {
    const { page, context } = await env.open({ timezoneId: 'America/New_York' });
    // (Not its time: the test browser's stand-in clock reads office-zone hours in the browser's own zone.)
    await cell(page, '2026-12-01').getByRole('button', { name: /Borrador: Feria de diciembre/ }).waitFor();
    await page.getByRole('heading', { name: 'diciembre de 2026' }).waitFor();
    expect(await page.getByRole('button', { name: /Cierre de noviembre/ }).count()).toBe(0);
    await context.close();
  });
});
