import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/i18n/dates';
import { seriousViolations } from './support/axe';
import { calendarSuite, PLAIN_NOW, spills, thisWeek } from './support/calendar';

const w = thisWeek(PLAIN_NOW);
const LONG = 'Horario especial de oficinas en la semana de fiestas patronales de San Roque';
const suite = calendarSuite(async ({ s, fb }) => {
  const x = await s.account('x', 'ayto_x', 1);
  await s.call('posts.save', { title: 'Pleno ordinario', scheduledAt: w.at(2, 9), status: 'draft', targets: [{ accountId: fb }, { accountId: x }] });
  await s.call('posts.save', { title: LONG, scheduledAt: w.at(2, 9.5), status: 'in_review', targets: [{ accountId: fb }] });
  await s.call('posts.save', { title: 'Corte de agua en el centro', scheduledAt: w.at(1, 9.25), status: 'on_hold', targets: [{ accountId: x }] });
  await s.call('posts.save', { title: 'Mercado semanal', scheduledAt: w.at(3, 12), status: 'idea', targets: [{ accountId: fb }] });
});

async function openAt(lang: 'es' | 'en', scheme: 'light' | 'dark') {
  await suite.s.call('settings.save', { locale: lang });
  const opened = await suite.env.open({ colorScheme: scheme, locale: lang === 'es' ? 'es-ES' : 'en-GB' });
  await opened.page.setViewportSize({ width: 1440, height: 900 });
  await opened.page.getByRole('heading', { level: 1, name: lang === 'es' ? 'Calendario editorial' : 'Editorial calendar' }).waitFor();
  await opened.page.getByRole('button', { name: /Pleno ordinario/ }).waitFor();
  return opened;
}

const cell = (page: Page, day: string, lang: 'es' | 'en' = 'es') =>
  page.getByRole('cell', { name: new RegExp(`^${lang === 'es' ? formatDay(day, "d 'de' MMMM 'de' yyyy", 'es') : formatDay(day, 'd MMMM yyyy', 'en')}`) });

/** The first opaque background behind a point: what the eye sees there. */
const backgroundAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      for (let el = document.elementFromPoint(px!, py!); el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return '';
    },
    [x, y],
  );

describe('the calendar at a glance', () => {
  it('names every item by status, time and networks, with icons, and the chips filter by status', async () => {
    const { page, context } = await openAt('es', 'light');
    const draft = page.getByRole('button', { name: '9:00, Borrador: Pleno ordinario · Facebook @ayto, X @ayto_x' });
    await draft.waitFor();
    await page.getByRole('button', { name: /^9:15, En pausa: Corte de agua en el centro · X @ayto_x$/ }).waitFor();
    await page.getByRole('button', { name: /^12:00, Idea: Mercado semanal/ }).waitFor();
    // Status in words and by its own icon, and one bundled mark per network, on the item itself.
    expect(await draft.getByText('Borrador', { exact: true }).isVisible()).toBe(true);
    expect(await draft.locator('svg.status-icon-draft').count()).toBe(1);
    expect(await draft.locator('svg[data-network]').evaluateAll((els) => els.map((e) => e.getAttribute('data-network')))).toEqual(['facebook', 'x']);

    const chips = page.getByRole('group', { name: 'Estado de las publicaciones' });
    expect(await chips.getByRole('button').allTextContents()).toEqual(['Idea', 'Borrador', 'En revisión', 'Aprobada', 'Publicada', 'En pausa', 'Cancelada']);
    const legend = page.getByRole('list', { name: 'Marcas' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(['Día señalado', 'Semana sin publicar', 'Por debajo del objetivo']);
    await chips.getByRole('button', { name: 'Borrador' }).click();
    expect(await chips.getByRole('button', { name: 'Borrador' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('button', { name: /^\d{1,2}:\d{2}, / }).count()).toBe(1);
    await page.getByRole('group', { name: 'Filtros' }).getByText('Filtrando por 1 estado.').waitFor();
    await chips.getByRole('button', { name: 'Idea' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^\d{1,2}:\d{2}, / }).count()).toBe(2);
    await chips.getByRole('button', { name: 'Idea' }).click();
    await chips.getByRole('button', { name: 'Borrador' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^\d{1,2}:\d{2}, / }).count()).toBe(4);
    await context.close();
  });

  it('fits the month at 1440×900: filters on one line, no empty sixth week', async () => {
    const { page, context } = await openAt('es', 'light');
    const filters = page.getByRole('group', { name: 'Filtros' });
    const tops = await Promise.all(
      [filters.getByRole('button', { name: 'Cuentas Todas' }), filters.getByRole('button', { name: 'Redes Todas' }), filters.getByRole('combobox', { name: 'Campaña' }), filters.getByRole('button', { name: 'Quitar filtros y ver todas las publicaciones' })].map(async (l) => (await l.boundingBox())!.y),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
    // January 2027 spans five weeks: the grid has five rows and its last day sits inside the window.
    const last = (await cell(page, '2027-01-31').boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(900);
    const rows = await page.getByRole('cell', { name: /de enero de 2027/ }).evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(rows).toBe(5);
    await context.close();
  });

  it('keeps week items inside their boxes, opens at 8:00 and folds the night away', async () => {
    const { page, context } = await openAt('es', 'light');
    await page.getByRole('tab', { name: 'Ver por semana' }).click();
    await page.getByRole('button', { name: new RegExp(`^9:30, En revisión: ${LONG}`) }).waitFor();
    expect(await spills(page)).toEqual([]);
    // The day starts at 7:00 (no post is earlier) and opens scrolled to 8:00; the hours read as times.
    await page.getByText('8:00', { exact: true }).waitFor();
    expect(await page.getByText('3:00', { exact: true }).count()).toBe(0);
    const eight = (await page.getByText('8:00', { exact: true }).boundingBox())!;
    const header = (await page.getByRole('columnheader', { name: formatDay(w.day(2), "d 'de' MMMM 'de' yyyy", 'es'), exact: true }).boundingBox())!;
    expect(eight.y).toBeGreaterThan(header.y);
    expect(eight.y - header.y).toBeLessThan(140);
    await page.screenshot({ path: '/tmp/calendar-week-es-light.png' });
    await context.close();
  });

  it('writes times the English way in English', async () => {
    const { page, context } = await openAt('en', 'light');
    await page.getByRole('button', { name: '09:00, Draft: Pleno ordinario · Facebook @ayto, X @ayto_x' }).waitFor();
    await page.getByRole('tab', { name: 'Week view' }).click();
    await page.getByText('08:00', { exact: true }).waitFor();
    expect(await spills(page)).toEqual([]);
    await context.close();
  });

  for (const lang of ['es', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`themes the grid, today and the items, and passes axe in month and week (${lang}, ${scheme})`, async () => {
        const { page, context } = await openAt(lang, scheme);
        const surface = scheme === 'dark' ? 'rgb(28, 32, 41)' : 'rgb(255, 255, 255)';
        const monday = (await cell(page, w.day(0), lang).boundingBox())!;
        expect(await backgroundAt(page, monday.x + monday.width / 2, monday.y + monday.height - 6)).toBe(surface);
        const today = (await cell(page, w.day(2), lang).boundingBox())!;
        const todayBg = await backgroundAt(page, today.x + today.width - 6, today.y + today.height - 6);
        expect(todayBg).not.toBe(surface);
        expect(todayBg).not.toBe('rgb(255, 255, 255)');
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `/tmp/calendar-month-${lang}-${scheme}.png` });
        await page.getByRole('tab', { name: lang === 'es' ? 'Ver por semana' : 'Week view' }).click();
        await page.getByRole('columnheader').first().waitFor();
        expect(await spills(page)).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `/tmp/calendar-week-${lang}-${scheme}.png` });
        await context.close();
      });
    }
  }
});
