import type { Page } from 'playwright-core';
import { dayInZone, startOfDayInZone } from '../../shared/domain/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/i18n/dates';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { PLAIN_NOW, seeder, thisWeek } from './support/calendar';
import { rangeEvents } from '../../shared/features/calendar/rangeEvents';

let env: E2eEnv;
let s: ReturnType<typeof seeder>;
let fb: number;
let x: number;
const w = thisWeek(PLAIN_NOW);
beforeAll(async () => {
  env = await startE2e({ lang: 'es', now: PLAIN_NOW });
  s = seeder(env.harness);
  await s.call('settings.save', { timeZone: 'Europe/Madrid' });
  fb = await s.account('facebook', 'ayto', 1);
  x = await s.account('x', 'ayto_x', 1);
});
afterAll(() => env?.close());

/** A day cell of the month view, found by the full date FullCalendar gives it. */
const cell = (page: Page, day: string) => page.getByRole('cell', { name: new RegExp(`^${formatDay(day, "d 'de' MMMM 'de' yyyy", 'es')}`) });

async function open(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
  await page.getByRole('heading', { name: 'Próximas 4 semanas' }).waitFor();
}

describe('editorial calendar in Chromium', () => {
  it('plans a week for two accounts, and the silent-week mark goes once the week has posts', async () => {
    const { page, context } = await env.open();
    await open(page);
    const monday = cell(page, w.day(0));
    // Opening the week's gap mark starts a post for the accounts it names.
    await monday.getByRole('button', { name: /Semana sin publicar: Facebook @ayto, X @ayto_x/ }).click();
    const fromGap = page.getByRole('dialog', { name: 'Nueva publicación' });
    expect(await fromGap.getByRole('checkbox', { name: 'X @ayto_x' }).isChecked()).toBe(true);
    await fromGap.getByRole('button', { name: 'Cerrar' }).click();

    await page.getByRole('button', { name: 'Nueva publicación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Pleno ordinario');
    await dialog.getByRole('textbox', { name: 'Texto base' }).fill('Pleno ordinario el jueves a las 19:00 en el salón de actos.');
    await dialog.getByLabel('Día y hora de publicación').fill(`${w.day(3)}T09:00`);
    await dialog.getByRole('checkbox', { name: 'Facebook @ayto' }).check();
    await dialog.getByRole('checkbox', { name: 'X @ayto_x' }).check();
    await dialog.getByRole('textbox', { name: 'Texto propio para X @ayto_x' }).fill('Pleno el jueves, 19:00');
    await dialog.getByText('X: 22 de 280 caracteres').waitFor();
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();
    await cell(page, w.day(3)).getByRole('button', { name: /Pleno ordinario · Facebook @ayto, X @ayto_x/ }).waitFor();
    await expect.poll(() => monday.getByRole('button', { name: /Semana sin publicar/ }).count()).toBe(0);

    // A second post, Facebook only, from a click on Tuesday.
    await cell(page, w.day(1)).click({ position: { x: 60, y: 60 } });
    const second = page.getByRole('dialog', { name: 'Nueva publicación' });
    await second.getByRole('textbox', { name: 'Título interno' }).fill('Mercado semanal');
    await second.getByRole('checkbox', { name: 'Facebook @ayto' }).check();
    await second.getByRole('button', { name: 'Guardar publicación' }).click();
    await cell(page, w.day(1)).getByRole('button', { name: /Mercado semanal/ }).waitFor();

    const week = rangeEvents(await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) }));
    expect(week.map((p) => [p.title, p.scheduledAt, p.targets.map((t) => t.handle)])).toEqual([
      ['Mercado semanal', w.at(1, 10), ['ayto']],
      ['Pleno ordinario', w.at(3, 9), ['ayto', 'ayto_x']],
    ]);
    await context.close();
  });

  it('drags a post to another day, and it stays there after a reload', async () => {
    await s.call('posts.save', { title: 'Feria del libro', scheduledAt: w.at(2, 11), targets: [{ accountId: fb }] });
    const { page, context } = await env.open();
    await open(page);
    const event = page.getByRole('button', { name: /Feria del libro/ });
    await event.waitFor();
    await cell(page, w.day(4)).scrollIntoViewIfNeeded();
    const from = (await event.boundingBox())!;
    const to = (await cell(page, w.day(4)).boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
    await page.getByRole('status').getByText(/Publicación movida al/).waitFor();
    await page.reload();
    await open(page);
    await cell(page, w.day(4)).getByRole('button', { name: /Feria del libro/ }).waitFor();
    expect(await cell(page, w.day(2)).getByRole('button', { name: /Feria del libro/ }).count()).toBe(0);
    const [moved] = (await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).posts.filter((p) => p.title === 'Feria del libro');
    // Same time of day, two days later.
    expect(moved?.scheduledAt).toBe(w.at(4, 11));
    await context.close();
  });

  it('refuses approval while the pre-publication check is incomplete, and says why', async () => {
    await s.call('posts.save', { title: 'Campaña de reciclaje', scheduledAt: w.at(5, 12), status: 'in_review', targets: [{ accountId: x }] });
    const { page, context } = await env.open();
    await open(page);
    await page.getByRole('button', { name: /Campaña de reciclaje/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
    await dialog.getByRole('combobox', { name: 'Estado' }).selectOption('approved');
    await dialog.getByRole('checkbox', { name: 'Ortografía y redacción leídas en voz alta' }).check();
    await dialog.getByRole('checkbox', { name: 'Los enlaces abren y llevan al sitio correcto' }).check();
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await dialog.getByRole('alert').getByText(/Hay datos que revisar/).waitFor();
    // The banner names the field as the form labels it, never by its internal name.
    await dialog.getByRole('alert').getByText('Hay datos que revisar. Estado: No se puede aprobar ni dar por publicada: faltan 4 comprobaciones de la lista previa.').waitFor();
    await dialog.getByText('No se puede aprobar ni dar por publicada: faltan 4 comprobaciones de la lista previa.', { exact: true }).waitFor();
    const [still] = (await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0), statuses: ['in_review'] })).posts.filter((p) => p.title === 'Campaña de reciclaje');
    expect(still?.status).toBe('in_review');
    for (const item of ['La imagen es la correcta y tiene texto alternativo', 'El vídeo se reproduce (o no hay vídeo)', 'El tono encaja con la cuenta y el momento', 'Nada delicado ocurre hoy que haga inoportuna la publicación']) {
      await dialog.getByRole('checkbox', { name: item }).check();
    }
    await dialog.getByText('Comprobación completa.').waitFor();
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();
    expect((await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0), statuses: ['approved'] })).posts.map((p) => p.title)).toEqual(['Campaña de reciclaje']);
    await context.close();
  });

  it('tabs through the calendar screen and creates a post without a mouse', async () => {
    await s.call('posts.save', { title: 'Concierto de Santa Cecilia', scheduledAt: w.at(2, 19), targets: [{ accountId: fb }] });
    const { page, context } = await env.open();
    await open(page);
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
        return (labelled || el.textContent || '').trim();
      });
    const tabTo = async (name: string | RegExp, max = 120) => {
      const seen: string[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const n = await focusedName();
        seen.push(n);
        if (typeof name === 'string' ? n === name : name.test(n)) return seen;
      }
      throw new Error(`never reached ${String(name)} by Tab; passed ${seen.join(' | ')}`);
    };
    // The calendar's own controls and its posts are in the tab order: open a post with Enter, close it with Escape.
    // The day itself is a tab stop now (it starts a post); the post inside it is the next one.
    const passed = await tabTo(/^19:00, Borrador: Concierto de Santa Cecilia/);
    // The view tabs are one tab stop (the chosen view); the arrows move between them.
    expect(passed).toEqual(expect.arrayContaining(['Mes siguiente', 'Ver por mes']));
    expect(passed).not.toContain('Ver por semana');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Editar publicación' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.keyboard.press('Shift+Tab');
    await page.locator('body').focus();
    await tabTo('Nueva publicación');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    await dialog.waitFor();
    expect(await focusedName()).toBe('Título interno');
    await page.keyboard.type('Bando de limpieza de calles');
    await page.keyboard.press('Tab');
    await page.keyboard.type('El lunes pasa la barredora: retira el coche.');
    await tabTo('Facebook @ayto');
    await page.keyboard.press('Space');
    await tabTo('Guardar publicación');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();
    await page.getByRole('button', { name: /Bando de limpieza de calles · Facebook @ayto/ }).waitFor();
    await context.close();
  });

  it('folds a busy day behind "+N más" in the month view and opens the rest in place', async () => {
    // Today is always in the month the calendar opens on.
    const today = dayInZone(env.now(), 'Europe/Madrid');
    const hour = (h: number) => new Date(Date.parse(startOfDayInZone(today, 'Europe/Madrid')) + h * 3_600_000).toISOString();
    for (let i = 1; i <= 8; i++) await s.call('posts.save', { title: `Aviso de obras ${i}`, scheduledAt: hour(7 + i), targets: [{ accountId: x }] });
    const { page, context } = await env.open();
    await open(page);
    const day = cell(page, today);
    const more = day.getByText(/^\+\d+ más$/);
    await more.waitFor();
    const shown = await day.getByRole('button', { name: /Aviso de obras/ }).count();
    expect(shown).toBeLessThan(8);
    expect(shown).toBeGreaterThan(0);
    await more.click();
    // The rest open over the grid, each still a button that opens its post.
    const rest = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: /Aviso de obras 8/ }) });
    await rest.waitFor();
    expect(await rest.getByRole('button', { name: /Aviso de obras/ }).count()).toBe(8);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/calendar-day-list.png' });
    await rest.getByRole('button', { name: /Aviso de obras 8/ }).click();
    await page.getByRole('dialog', { name: 'Editar publicación' }).waitFor();
    await context.close();
  });
});
