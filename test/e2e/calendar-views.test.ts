import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv } from './support/app';
import { startCalendarE2e } from './support/calendar';

/**
 * The week and list views with the same posts as the month: the week puts
 * timed posts at their hour and day-only ones in the day's top row, and
 * moves a week at a time; the list gives the month's posts in date order,
 * and a post opened from it is the post.
 */
let env: E2eEnv;
beforeAll(async () => {
  // Wednesday 13 January 2027: the week runs from Monday 11 to Sunday 17.
  const started = await startCalendarE2e();
  env = started.env;
  const { s, fb } = started;
  const post = (title: string, when: { scheduledAt: string } | { scheduledDay: string }) => s.call('posts.save', { title, body: title, ...when, targets: [{ accountId: fb }] });
  await post('Concierto de Reyes', { scheduledAt: '2027-01-05T18:00:00Z' });
  await post('Pleno municipal', { scheduledAt: '2027-01-12T17:00:00Z' });
  await post('Mercadillo solidario', { scheduledDay: '2027-01-16' });
  await post('Carrera de San Antón', { scheduledAt: '2027-01-17T09:30:00Z' });
  await post('Cabalgata del año que viene', { scheduledAt: '2027-02-05T18:00:00Z' });
});
afterAll(() => env?.close());

const titles = ['Concierto de Reyes', 'Pleno municipal', 'Mercadillo solidario', 'Carrera de San Antón', 'Cabalgata del año que viene'];

describe('calendar week and list views', () => {
  it("the week view shows this week's posts at their Madrid hour and the day-only one with no hour, and moves a week back", async () => {
    const { page, context } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
    await page.getByRole('tab', { name: 'Ver por semana' }).click();
    const region = page.getByRole('region', { name: 'Calendario de publicaciones' });
    await region.getByRole('button', { name: /Pleno municipal/ }).waitFor();
    const shown = async () => {
      const names = await Promise.all(titles.map(async (t) => [t, await region.getByRole('button', { name: new RegExp(t) }).count()] as const));
      return names.filter(([, n]) => n > 0).map(([t]) => t);
    };
    expect(await shown()).toEqual(['Pleno municipal', 'Mercadillo solidario', 'Carrera de San Antón']);
    // 17:00 UTC is 18:00 in Madrid in winter; 09:30 UTC is 10:30.
    expect(await region.getByRole('button', { name: /Pleno municipal/ }).innerText()).toMatch(/^18:00/);
    expect(await region.getByRole('button', { name: /Carrera de San Antón/ }).innerText()).toMatch(/^10:30/);
    // The day-only post: its status and title, and no hour anywhere on it.
    const dayOnly = await region.getByRole('button', { name: /Mercadillo solidario/ }).innerText();
    expect(dayOnly.split('\n')).toEqual(['Borrador: Mercadillo solidario · Facebook @ayto', 'Mercadillo solidario', 'Borrador']);
    expect(dayOnly).not.toMatch(/\d{1,2}:\d{2}/);

    await region.getByRole('button', { name: /antes$/ }).click();
    await region.getByRole('button', { name: /Concierto de Reyes/ }).waitFor();
    expect(await shown()).toEqual(['Concierto de Reyes']);
    await context.close();
  });

  it("the list view gives the month's posts in date order, and opening one edits that post", async () => {
    const { page, context } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
    await page.getByRole('tab', { name: 'Ver en lista' }).click();
    const region = page.getByRole('region', { name: 'Calendario de publicaciones' });
    await region.getByRole('button', { name: /Concierto de Reyes/ }).waitFor();
    const order = await region.evaluate((el, wanted) => {
      const text = el.textContent ?? '';
      return wanted.map((t) => [t, text.indexOf(t)] as const).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]).map(([t]) => t);
    }, titles);
    expect(order).toEqual(['Concierto de Reyes', 'Pleno municipal', 'Mercadillo solidario', 'Carrera de San Antón']);

    await region.getByRole('button', { name: /Mercadillo solidario/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
    expect(await dialog.getByRole('textbox', { name: 'Título interno' }).inputValue()).toBe('Mercadillo solidario');
    await context.close();
  });
});
