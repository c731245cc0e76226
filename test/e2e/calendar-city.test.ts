import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { calendarSuite, PLAIN_NOW, thisWeek } from './support/calendar';
import { rangeEvents } from '../../shared/features/calendar/rangeEvents';

const w = thisWeek(PLAIN_NOW);
// Thirty accounts and no posts: every week of the next four has thirty gaps.
const suite = calendarSuite(async ({ s }) => {
  for (let i = 1; i < 20; i++) await s.account('instagram', `barrio${String(i).padStart(2, '0')}`, 1);
  for (let i = 1; i <= 10; i++) await s.account('x', `servicio${String(i).padStart(2, '0')}`, 1);
});

describe('the side panel at a city size', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`counts each week's gaps, groups them by network and shows all on demand (${scheme})`, async () => {
      const { page, context } = await suite.env.open({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 900 });
      const side = page.getByRole('region', { name: 'Próximas 4 semanas' });
      const week = side.getByRole('region', { name: 'Semana del 11 ene' });
      await week.getByText('30 cuentas sin publicar', { exact: true }).waitFor();
      expect(await week.getByRole('listitem').count()).toBe(6);
      expect(await week.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Facebook 1', 'Instagram 19']);
      const more = week.getByRole('button', { name: 'Mostrar las 30 cuentas' });
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      await more.click();
      expect(await week.getByRole('button', { name: 'Mostrar menos' }).getAttribute('aria-expanded')).toBe('true');
      expect(await week.getByRole('listitem').count()).toBe(30);
      expect(await week.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Facebook 1', 'Instagram 19', 'X 10']);
      await week.getByRole('listitem').filter({ hasText: 'X @servicio10: sin publicaciones (objetivo 1)' }).waitFor();
      // The panel scrolls on its own beside the grid instead of stretching the page.
      const aside = page.getByRole('complementary');
      const box = (await aside.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(900);
      expect(await aside.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/calendar-side-city-${scheme}.png` });
      await context.close();
    });
  }

  it('searches the editor\'s account list and chooses every account found at once', async () => {
    const { page, context } = await suite.env.open();
    await page.getByRole('button', { name: 'Nueva publicación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Cierre de la piscina');
    expect(await dialog.getByRole('checkbox', { name: /@/ }).count()).toBe(30);
    const search = dialog.getByRole('searchbox', { name: 'Buscar entre las cuentas' });
    await search.fill('facebook');
    await dialog.getByRole('checkbox', { name: 'Facebook @ayto' }).check();
    await search.fill('servício');
    // Accent-insensitive; what was chosen stays in the list.
    expect(await dialog.getByRole('checkbox', { name: /@/ }).count()).toBe(11);
    await dialog.getByRole('button', { name: 'Elegir las 10 cuentas encontradas' }).click();
    expect(await dialog.getByRole('checkbox', { name: /@/, checked: true }).count()).toBe(11);
    await search.fill('nada parecido');
    await dialog.getByText('Ninguna cuenta coincide con «nada parecido».').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();
    const [saved] = rangeEvents(await suite.s.call('posts.listRange', { from: w.at(0, 0), to: w.at(14, 0) })).filter((p) => p.title === 'Cierre de la piscina');
    expect(saved?.targets.map((t) => t.handle).sort()).toEqual(['ayto', ...Array.from({ length: 10 }, (_, i) => `servicio${String(i + 1).padStart(2, '0')}`)]);
    await context.close();
  });
});
