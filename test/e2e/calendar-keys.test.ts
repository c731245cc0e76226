import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/i18n/dates';
import { seriousViolations } from './support/axe';
import { calendarSuite, dragOnto, PLAIN_NOW, thisWeek } from './support/calendar';

const w = thisWeek(PLAIN_NOW);
const suite = calendarSuite();

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
const title = (page: Page) => page.getByRole('heading', { level: 2, name: /de 2027$/ }).textContent();

async function open() {
  const opened = await suite.env.open();
  await opened.page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
  await opened.page.getByRole('heading', { name: 'Próximas 4 semanas' }).waitFor();
  return opened;
}

describe('the calendar by keyboard', () => {
  it('skips past the filters to today, moves between days with the arrows and starts a post on one with Enter', async () => {
    const { page, context } = await open();
    await page.getByRole('link', { name: 'Saltar al calendario' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toMatch(/^13 de enero de 2027/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toMatch(/^14 de enero de 2027/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedName(page)).toMatch(/^21 de enero de 2027/);
    // Only one day is in the tab order: the one the arrows left the focus on.
    expect(await page.locator('[data-day][tabindex="0"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')))).toEqual(['2027-01-21']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    expect(await dialog.getByLabel('Día y hora de publicación').inputValue()).toBe('2027-01-21T10:00');
    // Nothing typed yet: Escape closes at once, and the arrows carry on into the next month.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('[data-day="2027-01-21"]').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedName(page)).toMatch(/^4 de febrero de 2027/);
    expect(await title(page)).toBe('febrero de 2027');
    await context.close();
  });

  it('answers the one-key shortcuts and lists them on "?"', async () => {
    const { page, context } = await open();
    const tab = (name: string) => page.getByRole('tab', { name });
    await page.locator('body').focus();
    await page.keyboard.press('w');
    await expect.poll(() => tab('Ver por semana').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('l');
    await expect.poll(() => tab('Ver en lista').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('m');
    await expect.poll(() => tab('Ver por mes').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('j');
    await expect.poll(() => title(page)).toBe('febrero de 2027');
    await page.keyboard.press('j');
    await expect.poll(() => title(page)).toBe('marzo de 2027');
    await page.keyboard.press('k');
    await expect.poll(() => title(page)).toBe('febrero de 2027');
    await page.keyboard.press('t');
    await expect.poll(() => title(page)).toBe('enero de 2027');
    await page.keyboard.press('/');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Buscar publicaciones' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // Typing in a field is typing, not a shortcut.
    await page.keyboard.type('mw');
    expect(await page.getByRole('searchbox', { name: 'Buscar publicaciones' }).inputValue()).toBe('mw');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('c');
    await page.getByRole('dialog', { name: 'Nueva publicación' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Atajos de teclado' });
    await help.waitFor();
    expect(await help.getByRole('definition').allTextContents()).toEqual([
      'Nueva publicación',
      'Ir a hoy',
      'Periodo siguiente',
      'Periodo anterior',
      'Vista de mes',
      'Vista de semana',
      'Vista de lista',
      'Buscar publicaciones',
      'Ver estos atajos',
      'En el mes: pasar de un día a otro',
      'En un día: crear una publicación ese día',
      'En una publicación del mes: moverla a otro día (flechas e Intro)',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('moves between the view tabs with the arrows, each tab controlling the view', async () => {
    const { page, context } = await open();
    const tabs = page.getByRole('tablist');
    expect(await tabs.getByRole('tab').evaluateAll((els) => els.map((e) => [e.getAttribute('aria-label'), e.getAttribute('tabindex'), e.getAttribute('aria-controls')]))).toEqual([
      ['Ver por mes', '0', 'calendar-view'],
      ['Ver por semana', '-1', 'calendar-view'],
      ['Ver en lista', '-1', 'calendar-view'],
    ]);
    await tabs.getByRole('tab', { name: 'Ver por mes' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toBe('Ver por semana');
    await expect.poll(() => tabs.getByRole('tab', { name: 'Ver por semana' }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: 'Ver por semana' });
    await panel.getByRole('columnheader').first().waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => focusedName(page)).toBe('Ver en lista');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toBe('Ver por mes');
    await page.getByRole('tabpanel', { name: 'Ver por mes' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('offers "Deshacer" after a move, and undoing puts the post back', async () => {
    await suite.s.call('posts.save', { title: 'Feria de artesanía', scheduledAt: w.at(2, 11), targets: [{ accountId: suite.fb }] });
    const { page, context } = await open();
    const event = page.getByRole('button', { name: /Feria de artesanía/ });
    await event.waitFor();
    const target = page.getByRole('cell', { name: new RegExp(`^${formatDay(w.day(4), "d 'de' MMMM 'de' yyyy", 'es')}`) });
    await dragOnto(page, event, target);
    const toast = page.getByRole('status').filter({ hasText: /Publicación movida al/ });
    await toast.getByRole('button', { name: 'Deshacer' }).click();
    await page.getByRole('status').getByText(/Publicación devuelta al/).waitFor();
    const [post] = (await suite.s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).posts.filter((p) => p.title === 'Feria de artesanía');
    expect(post?.scheduledAt).toBe(w.at(2, 11));
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`moves a post to another day by keyboard, keeping its time, and offers "Deshacer" as a drag does (${scheme})`, async () => {
      const title = `Concierto de la banda (${scheme})`;
      await suite.s.call('posts.save', { title, scheduledAt: w.at(1, 18), targets: [{ accountId: suite.fb }] });
      const { page, context } = await suite.env.open({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 900 });
      const item = page.getByRole('button', { name: new RegExp(title.replace(/[()]/g, '\\$&')) });
      await item.focus();
      await page.keyboard.press('Shift+M');
      await page.getByRole('status').getByText(`Moviendo «${title}»: elige el día con las flechas y pulsa Intro para dejarla; Esc cancela.`).waitFor();
      // The day the post is on takes the focus; the arrows pick another.
      await expect.poll(() => focusedName(page)).toMatch(/^12 de enero de 2027/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/calendar-key-move-${scheme}.png` });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedName(page)).toMatch(/^14 de enero de 2027/);
      await page.keyboard.press('Enter');
      const toast = page.getByRole('status').filter({ hasText: /Publicación movida al/ });
      await toast.waitFor();
      expect(await toast.textContent()).toBe('Publicación movida al 14 de enero de 2027 a las 18:00.Deshacer×');
      expect(await page.getByRole('dialog').count()).toBe(0);
      const stored = async () => (await suite.s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).posts.find((p) => p.title === title)?.scheduledAt;
      expect(await stored()).toBe(w.at(3, 18));
      await toast.getByRole('button', { name: 'Deshacer' }).click();
      await page.getByRole('status').getByText('Publicación devuelta al 12 de enero de 2027 a las 18:00.').waitFor();
      expect(await stored()).toBe(w.at(1, 18));

      // Escape leaves it where it was.
      await item.focus();
      await page.keyboard.press('Shift+M');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await page.getByRole('status').getByText(`Movimiento cancelado: «${title}» sigue en su día.`).waitFor();
      expect(await stored()).toBe(w.at(1, 18));
      await context.close();
    });
  }
});
