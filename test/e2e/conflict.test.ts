import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { calendarSuite, PLAIN_NOW, thisWeek } from './support/calendar';

const w = thisWeek(PLAIN_NOW);
/** Each post on its own day of the week of 11 January 2027, at 11:00. */
const days = { 'Bando de fiestas': 2, 'Corte de agua': 1, 'Mercado de Navidad': 3 } as const;
type Title = keyof typeof days;
const ids = {} as Record<Title, number>;
const suite = calendarSuite(async ({ s, fb }) => {
  for (const [title, day] of Object.entries(days) as [Title, number][]) {
    const post = await s.call('posts.save', { title, body: 'Texto de partida.', scheduledAt: w.at(day, 11), targets: [{ accountId: fb }] });
    ids[title] = post.id;
  }
});

/** Another instance saves the post while this one has it open, from the same version: another title and body, the next day. */
async function saveBehindTheEditor(title: Title, change: { title: string; body: string }) {
  const post = await suite.s.call('posts.get', { id: ids[title] });
  expect(post.version).toBe(0);
  await suite.s.call('posts.save', {
    id: post.id,
    version: post.version,
    title: change.title,
    body: change.body,
    scheduledAt: w.at(days[title] + 1, 11),
    targets: post.targets.map((t) => ({ accountId: t.accountId, text: t.text })),
  });
}

async function openEditor(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(title) }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
  await dialog.getByRole('textbox', { name: 'Título interno' }).waitFor();
  return dialog;
}

const cells = (row: Locator) => row.getByRole('cell').allTextContents();

describe('a stale save in the post editor', () => {
  const cases = [
    { scheme: 'light', title: 'Bando de fiestas', dates: ['jueves, 14 de enero de 2027, 11:00', 'miércoles, 13 de enero de 2027, 11:00'] },
    { scheme: 'dark', title: 'Corte de agua', dates: ['miércoles, 13 de enero de 2027, 11:00', 'martes, 12 de enero de 2027, 11:00'] },
  ] as const;
  for (const { scheme, title, dates } of cases) {
    it(`keeps the draft, compares it field by field with what was saved since, and saves mine on top (${scheme})`, async () => {
      const id = ids[title];
      const { page, context } = await suite.env.open({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 900 });
      const dialog = await openEditor(page, title);
      await saveBehindTheEditor(title, { title: `${title} (alcaldía)`, body: 'Texto de la alcaldía.' });

      await dialog.getByRole('textbox', { name: 'Texto base' }).fill('Texto de la concejalía.');
      await dialog.getByRole('textbox', { name: 'Texto propio para Facebook @ayto' }).fill('Versión para Facebook.');
      await dialog.getByRole('textbox', { name: 'Hashtags' }).fill('#fiestas');
      await dialog.getByRole('button', { name: 'Guardar publicación' }).click();

      const alert = dialog.getByRole('alert').filter({ hasText: 'Otra persona ha guardado cambios en esta publicación mientras la editabas.' });
      await alert.getByText('Lo que has escrito sigue aquí, sin guardar.').waitFor();
      const reload = alert.getByRole('button', { name: 'Recargar y comparar' });
      await expect.poll(() => reload.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await dialog.getByRole('textbox', { name: 'Texto base' }).inputValue()).toBe('Texto de la concejalía.');
      await page.keyboard.press('Enter');

      const compare = dialog.getByRole('region', { name: 'Lo guardado ahora y lo tuyo' });
      const table = compare.getByRole('table', { name: 'Difiere en 5 campos' });
      await table.waitFor();
      expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Campo', 'Guardado ahora', 'Lo tuyo, sin guardar']);
      expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Título interno', 'Fecha', 'Texto base', 'Texto propio para Facebook @ayto', 'Hashtags']);
      expect(await cells(table.getByRole('row', { name: /^Título interno/ }))).toEqual([`${title} (alcaldía)`, title]);
      expect(await cells(table.getByRole('row', { name: /^Fecha/ }))).toEqual(dates);
      expect(await cells(table.getByRole('row', { name: /^Texto base/ }))).toEqual(['Texto de la alcaldía.', 'Texto de la concejalía.']);
      expect(await cells(table.getByRole('row', { name: /^Texto propio/ }))).toEqual(['(vacío)', 'Versión para Facebook.']);
      expect(await cells(table.getByRole('row', { name: /^Hashtags/ }))).toEqual(['(vacío)', '#fiestas']);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/conflict-compare-${scheme}.png` });

      await compare.getByRole('button', { name: 'Quedarme con lo mío' }).click();
      await dialog.getByRole('status').getByText('Se mantiene lo tuyo sobre la versión guardada ahora. Guarda para que quede así.').waitFor();
      expect(await compare.count()).toBe(0);
      await page.screenshot({ path: `/tmp/conflict-kept-${scheme}.png` });
      expect(await dialog.getByRole('textbox', { name: 'Texto base' }).inputValue()).toBe('Texto de la concejalía.');
      await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
      await page.getByRole('status').getByText('Publicación guardada.').waitFor();

      const saved = await suite.s.call('posts.get', { id });
      expect({ version: saved.version, title: saved.title, body: saved.body, scheduledAt: saved.scheduledAt, hashtags: saved.hashtags, texts: saved.targets.map((t) => t.text) }).toEqual({
        // 0 as created, 1 from the other save, 2 from this one.
        version: 2,
        title,
        body: 'Texto de la concejalía.',
        scheduledAt: w.at(days[title], 11),
        hashtags: ['fiestas'],
        texts: ['Versión para Facebook.'],
      });
      await context.close();
    });
  }

  it('takes what was saved instead, leaving nothing unsaved and writing nothing', async () => {
    const id = ids['Mercado de Navidad'];
    const { page, context } = await suite.env.open();
    const dialog = await openEditor(page, 'Mercado de Navidad');
    await saveBehindTheEditor('Mercado de Navidad', { title: 'Mercado de Navidad en la plaza', body: 'Horario ampliado.' });
    await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Mercadillo navideño');
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await dialog.getByRole('button', { name: 'Recargar y comparar' }).click();
    const compare = dialog.getByRole('region', { name: 'Lo guardado ahora y lo tuyo' });
    await compare.getByRole('table').waitFor();
    expect(await compare.getByRole('rowheader').allTextContents()).toEqual(['Título interno', 'Fecha', 'Texto base']);
    await compare.getByRole('button', { name: 'Usar lo guardado' }).click();
    await dialog.getByRole('status').getByText('Se ha cargado la versión guardada ahora; tus cambios se han descartado.').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Título interno' }).inputValue()).toBe('Mercado de Navidad en la plaza');
    expect(await dialog.getByRole('textbox', { name: 'Texto base' }).inputValue()).toBe('Horario ampliado.');
    // What is in the form is what is saved: closing asks nothing.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const saved = await suite.s.call('posts.get', { id });
    expect({ version: saved.version, title: saved.title }).toEqual({ version: 1, title: 'Mercado de Navidad en la plaza' });
    await context.close();
  });
});
