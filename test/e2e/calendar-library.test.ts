import type { Page } from 'playwright-core';
import { networks } from '../../shared/domain/networks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2eEnv } from './support/app';
import { seriousViolations } from './support/axe';
import { PLAIN_NOW, type seeder, startCalendarE2e, thisWeek } from './support/calendar';

let env: E2eEnv;
let s: ReturnType<typeof seeder>;
let fb: number;
const w = thisWeek(PLAIN_NOW);
beforeAll(async () => {
  ({ env, s, fb } = await startCalendarE2e());
});
afterAll(() => env?.close());

/** The calendar screen with its library section opened. */
async function openLibrary(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
  await page.getByRole('group').filter({ hasText: 'Campañas, hashtags y días' }).getByText('Campañas, hashtags y días', { exact: true }).click();
  await page.getByRole('region', { name: 'Campañas' }).waitFor();
}

describe('campaigns, hashtag sets and special days: edit and delete', () => {
  it('renames and recolours a campaign and the calendar shows both; a stale edit keeps what was typed', async () => {
    const c = await s.call('campaigns.save', { name: 'Navidad', color: '#b3261e', accountIds: [fb] });
    await s.call('posts.save', { title: 'Mercadillo navideño', scheduledAt: w.at(2, 10), campaignId: c.id, targets: [{ accountId: fb }] });
    const { page, context } = await env.open();
    await openLibrary(page);
    await page.getByRole('button', { name: /Mercadillo navideño · Facebook @ayto · Campaña Navidad$/ }).waitFor();

    const campaigns = page.getByRole('region', { name: 'Campañas' });
    await campaigns.getByRole('button', { name: 'Editar Navidad' }).click();
    const form = campaigns.getByRole('form', { name: 'Editar campaña «Navidad»' });
    const name = form.getByRole('textbox', { name: 'Nombre' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await name.inputValue()).toBe('Navidad');
    expect(await form.getByRole('checkbox', { name: 'Facebook @ayto' }).isChecked()).toBe(true);
    await name.fill('Navidad 2026');
    await form.getByLabel('Color').fill('#0b6e4f');
    await form.getByRole('button', { name: 'Guardar campaña' }).click();
    await page.getByRole('status').getByText('Campaña guardada.').waitFor();
    await campaigns.getByRole('button', { name: 'Editar Navidad 2026' }).waitFor();

    const event = page.getByRole('button', { name: /Mercadillo navideño · Facebook @ayto · Campaña Navidad 2026$/ });
    await event.waitFor();
    // The post wears the new colour (FullCalendar paints it on the event's own element or its frame).
    await expect
      .poll(() => event.evaluate((el) => [el, el.parentElement, el.firstElementChild].map((e) => (e ? getComputedStyle(e).backgroundColor : '')).join(' ')))
      .toContain('rgb(11, 110, 79)');
    expect(await page.getByRole('combobox', { name: 'Campaña' }).first().locator('option').allTextContents()).toContain('Navidad 2026');

    // Someone else saves the campaign while this window edits it: the save is refused, the typed name stays.
    await campaigns.getByRole('button', { name: 'Editar Navidad 2026' }).click();
    const [current] = await s.call('campaigns.list', {});
    await s.call('campaigns.save', { id: current!.id, version: current!.version, name: 'Navidad 2026', color: '#0b6e4f', notes: 'cambiada en otra ventana', accountIds: [fb] });
    const again = campaigns.getByRole('form', { name: 'Editar campaña «Navidad 2026»' });
    await again.getByRole('textbox', { name: 'Nombre' }).fill('Navidad y Reyes');
    await again.getByRole('button', { name: 'Guardar campaña' }).click();
    await again.getByRole('alert').getByText(/Otra persona ha guardado cambios en esta campaña mientras la editabas/).waitFor();
    expect(await again.getByRole('textbox', { name: 'Nombre' }).inputValue()).toBe('Navidad y Reyes');
    expect((await s.call('campaigns.list', {})).map((x) => x.name)).toEqual(['Navidad 2026']);
    // Opening it again reads the latest version, and then the save goes through.
    await campaigns.getByRole('button', { name: 'Editar Navidad 2026' }).click();
    await again.getByRole('textbox', { name: 'Nombre' }).fill('Navidad y Reyes');
    await again.getByRole('button', { name: 'Guardar campaña' }).click();
    await campaigns.getByRole('button', { name: 'Editar Navidad y Reyes' }).waitFor();
    expect((await s.call('campaigns.list', {})).map((x) => [x.name, x.notes])).toEqual([['Navidad y Reyes', 'cambiada en otra ventana']]);
    // Cancel leaves an edit without saving.
    await campaigns.getByRole('button', { name: 'Editar Navidad y Reyes' }).click();
    await campaigns.getByRole('button', { name: 'Cancelar la edición' }).click();
    await campaigns.getByRole('form', { name: 'Nueva campaña' }).waitFor();
    await context.close();
  });

  it('deletes a campaign, says how many posts stop showing it, and Undo brings its colour back', async () => {
    const c = await s.call('campaigns.save', { name: 'Semana de la movilidad', color: '#6a1b9a', startsOn: '2026-09-16', endsOn: '2026-09-22' });
    await s.call('posts.save', { title: 'Día sin coche', scheduledAt: w.at(1, 9), campaignId: c.id, targets: [{ accountId: fb }] });
    const { page, context } = await env.open();
    await openLibrary(page);
    await page.getByRole('button', { name: /Día sin coche · Facebook @ayto · Campaña Semana de la movilidad$/ }).waitFor();
    const campaigns = page.getByRole('region', { name: 'Campañas' });
    await campaigns.getByRole('button', { name: 'Eliminar Semana de la movilidad' }).click();
    const toast = page.getByRole('status');
    await toast.getByText('Campaña «Semana de la movilidad» eliminada: 1 publicación deja de mostrarla.').waitFor();
    await page.getByRole('button', { name: /Día sin coche · Facebook @ayto$/ }).waitFor();
    // The post is not silently changed: its editor says its campaign was deleted.
    await page.getByRole('button', { name: /Día sin coche/ }).click();
    const editor = page.getByRole('dialog', { name: 'Editar publicación' });
    expect(await editor.getByRole('combobox', { name: 'Campaña' }).locator('option:checked').textContent()).toBe('Campaña eliminada');
    await editor.getByRole('button', { name: 'Cerrar' }).click();
    await toast.getByRole('button', { name: 'Deshacer' }).click();
    await toast.getByText('Campaña «Semana de la movilidad» recuperada.').waitFor();
    await page.getByRole('button', { name: /Día sin coche · Facebook @ayto · Campaña Semana de la movilidad$/ }).waitFor();
    await context.close();
  });

  it('deletes a hashtag set and brings it back with Undo', async () => {
    await s.call('hashtagSets.save', { name: 'Turismo', tags: ['VisitaVillavieja', 'Turismo'] });
    const { page, context } = await env.open();
    await openLibrary(page);
    const sets = page.getByRole('region', { name: 'Conjuntos de hashtags' });
    await sets.getByRole('button', { name: 'Eliminar Turismo' }).click();
    const toast = page.getByRole('status');
    await toast.getByText('Conjunto «Turismo» eliminado.').waitFor();
    await expect.poll(() => sets.getByRole('button', { name: 'Editar Turismo' }).count()).toBe(0);
    expect(await s.call('hashtagSets.list', {})).toEqual([]);

    await toast.getByRole('button', { name: 'Deshacer' }).click();
    await toast.getByText('Conjunto «Turismo» recuperado.').waitFor();
    await sets.getByRole('button', { name: 'Editar Turismo' }).waitFor();
    expect((await s.call('hashtagSets.list', {})).map((x) => [x.name, x.tags])).toEqual([['Turismo', ['VisitaVillavieja', 'Turismo']]]);
    await context.close();
  });

  it('deletes a local special day and the calendar stops showing it', async () => {
    await s.call('specialDays.save', { name: 'Fiestas de San Roque', day: w.day(3), recurring: false });
    const { page, context } = await env.open();
    await openLibrary(page);
    const mark = page.getByRole('button', { name: /Día señalado: Fiestas de San Roque/ });
    await mark.waitFor();
    const days = page.getByRole('region', { name: 'Días señalados propios' });
    await days.getByRole('button', { name: 'Eliminar Fiestas de San Roque' }).click();
    await page.getByRole('status').getByText('Día señalado «Fiestas de San Roque» eliminado.').waitFor();
    await expect.poll(() => mark.count()).toBe(0);
    await days.getByText('Todavía no has añadido días propios.').waitFor();
    expect(await s.call('specialDays.listLocal', {})).toEqual([]);
    await context.close();
  });

  it('keeps notes on a local special day, shows them in the list after a reload and edits them', async () => {
    const { page, context } = await env.open();
    await openLibrary(page);
    const days = page.getByRole('region', { name: 'Días señalados propios' });
    const form = days.getByRole('form', { name: 'Nuevo día señalado' });
    await form.getByRole('textbox', { name: 'Nombre' }).fill('Fiestas de la Vendimia');
    await form.getByLabel('Día').fill(w.day(5));
    await form.getByRole('textbox', { name: 'Notas' }).fill('Pregón a las 20:00 en la plaza. Avisar a la banda.');
    await form.getByRole('button', { name: 'Guardar día' }).click();
    await page.getByRole('status').getByText('Día señalado guardado.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Notas' }).inputValue()).toBe('');

    await page.reload();
    await openLibrary(page);
    const list = days.getByRole('list', { name: 'Tus días señalados' });
    await list.getByRole('listitem').filter({ hasText: 'Fiestas de la Vendimia' }).getByText('Pregón a las 20:00 en la plaza. Avisar a la banda.').waitFor();
    await days.getByRole('button', { name: 'Editar Fiestas de la Vendimia' }).click();
    const edit = days.getByRole('form', { name: 'Editar día «Fiestas de la Vendimia»' });
    const notes = edit.getByRole('textbox', { name: 'Notas' });
    expect(await notes.inputValue()).toBe('Pregón a las 20:00 en la plaza. Avisar a la banda.');
    await notes.fill('Pregón a las 21:00: cambia la hora.');
    await edit.getByRole('button', { name: 'Guardar día' }).click();
    await list.getByText('Pregón a las 21:00: cambia la hora.').waitFor();
    expect((await s.call('specialDays.listLocal', {})).map((d) => [d.name.es, d.notes])).toEqual([['Fiestas de la Vendimia', 'Pregón a las 21:00: cambia la hora.']]);
    await context.close();
  });

  const looks = [
    { lang: 'es', scheme: 'light', summary: 'Campañas, hashtags y días', region: 'Campañas', edit: 'Editar Navidad y Reyes' },
    { lang: 'es', scheme: 'dark', summary: 'Campañas, hashtags y días', region: 'Campañas', edit: 'Editar Navidad y Reyes' },
    { lang: 'en', scheme: 'light', summary: 'Campaigns, hashtags and days', region: 'Campaigns', edit: 'Edit Navidad y Reyes' },
  ] as const;
  for (const look of looks) {
    it(`the library reads well and passes axe (${look.lang}, ${look.scheme})`, async () => {
      if (look === looks[0]) {
        await s.call('hashtagSets.save', { name: 'Fiestas patronales', tags: ['SanRoque2026', 'Villavieja'] });
        await s.call('specialDays.save', { name: 'Pleno de presupuestos', day: w.day(4), recurring: false });
      }
      await s.call('settings.save', { locale: look.lang });
      const { page, context } = await env.open({ colorScheme: look.scheme, locale: look.lang === 'es' ? 'es-ES' : 'en-GB' });
      const manage = page.getByRole('group').filter({ hasText: look.summary });
      await manage.getByText(look.summary, { exact: true }).click();
      await page.getByRole('region', { name: look.region, exact: true }).getByRole('button', { name: look.edit }).click();
      await manage.scrollIntoViewIfNeeded();
      expect(await seriousViolations(page)).toEqual([]);
      await manage.screenshot({ path: `/tmp/calendar-library-${look.lang}-${look.scheme}.png` });
      await s.call('settings.save', { locale: 'es' });
      await context.close();
    });
  }
});

describe('calendar filters with several values', () => {
  /** The three posts the filters are tried on, and a locator for each by its title. */
  async function seedThree() {
    const ig = await s.account('instagram', 'ayto_ig', 1);
    const x = await s.account('x', 'ayto_x', 1);
    await s.call('posts.save', { title: 'Filtro feria Facebook', scheduledAt: w.at(1, 9), status: 'draft', targets: [{ accountId: fb }] });
    await s.call('posts.save', { title: 'Filtro feria Instagram', scheduledAt: w.at(3, 11), status: 'idea', targets: [{ accountId: ig }] });
    await s.call('posts.save', { title: 'Filtro feria X', scheduledAt: w.at(5, 13), status: 'in_review', targets: [{ accountId: x }] });
  }
  const shown = async (page: Page) => {
    const all = await page.getByRole('button', { name: /Filtro feria/ }).allTextContents();
    return all.map((x) => x.replace(/^.*?(Filtro feria \w+).*$/s, '$1')).sort();
  };
  const all = ['Filtro feria Facebook', 'Filtro feria Instagram', 'Filtro feria X'];

  it('shows the posts of two chosen accounts and hides the rest; clearing shows all again', async () => {
    await seedThree();
    const { page, context } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
    await page.getByRole('button', { name: /Filtro feria X/ }).waitFor();
    await expect.poll(() => shown(page)).toEqual(all);
    const filters = page.getByRole('group', { name: 'Filtros' });
    await filters.getByText('Sin filtros: se ven todas las publicaciones.').waitFor();

    const accounts = filters.getByRole('button', { name: 'Cuentas Todas' });
    await accounts.click();
    expect(await accounts.getAttribute('aria-expanded')).toBe('true');
    const search = filters.getByRole('searchbox', { name: 'Buscar entre las cuentas' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    // Searching narrows the list (a city has hundreds of accounts); what was chosen stays chosen.
    await search.fill('facebook');
    expect(await filters.getByRole('checkbox').count()).toBe(1);
    await filters.getByRole('checkbox', { name: 'Facebook @ayto' }).check();
    await search.fill('instagr');
    await filters.getByRole('checkbox', { name: 'Instagram @ayto_ig' }).check();
    await search.fill('');
    expect(await filters.getByRole('checkbox', { name: 'Facebook @ayto' }).isChecked()).toBe(true);
    expect(await filters.getByRole('checkbox', { name: 'X @ayto_x' }).isChecked()).toBe(false);
    // Escape closes the list and gives the keyboard back to its button, which now says how many are chosen.
    await page.keyboard.press('Escape');
    const chosen = filters.getByRole('button', { name: 'Cuentas 2 de 3' });
    await expect.poll(() => chosen.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await chosen.getAttribute('aria-expanded')).toBe('false');
    await filters.getByText('Filtrando por 2 cuentas.').waitFor();
    await expect.poll(() => shown(page)).toEqual(['Filtro feria Facebook', 'Filtro feria Instagram']);

    await filters.getByRole('button', { name: 'Quitar filtros y ver todas las publicaciones' }).click();
    await expect.poll(() => shown(page)).toEqual(all);
    await filters.getByRole('button', { name: 'Cuentas Todas' }).waitFor();
    await filters.getByText('Sin filtros: se ven todas las publicaciones.').waitFor();
    await context.close();
  });

  it('filters by two statuses, then by a network on top, and clears them all', async () => {
    const { page, context } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
    await page.getByRole('button', { name: /Filtro feria X/ }).waitFor();
    await expect.poll(() => shown(page)).toEqual(all);
    const filters = page.getByRole('group', { name: 'Filtros' });
    // The status chips are the grid's legend and its filter: each is a toggle.
    const chips = filters.getByRole('group', { name: 'Estado de las publicaciones' });
    await chips.getByRole('button', { name: 'Borrador' }).click();
    await chips.getByRole('button', { name: 'En revisión' }).click();
    await expect.poll(() => shown(page)).toEqual(['Filtro feria Facebook', 'Filtro feria X']);
    expect(await chips.getByRole('button', { pressed: true }).allTextContents()).toEqual(['Borrador', 'En revisión']);

    await filters.getByRole('button', { name: 'Redes Todas' }).click();
    await filters.getByRole('checkbox', { name: 'X', exact: true }).check();
    await page.keyboard.press('Escape');
    await filters.getByRole('button', { name: 'Redes X' }).waitFor();
    await filters.getByText('Filtrando por 1 red y 2 estados.').waitFor();
    await expect.poll(() => shown(page)).toEqual(['Filtro feria X']);
    // Pressing a chip again lets its status back in and leaves the other filters.
    await chips.getByRole('button', { name: 'Borrador' }).click();
    await chips.getByRole('button', { name: 'En revisión' }).click();
    expect(await chips.getByRole('button', { pressed: true }).count()).toBe(0);
    await expect.poll(() => shown(page)).toEqual(['Filtro feria X']);

    await filters.getByRole('button', { name: 'Quitar filtros y ver todas las publicaciones' }).click();
    await expect.poll(() => shown(page)).toEqual(all);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the open account list reads well and passes axe (${scheme})`, async () => {
      const { page, context } = await env.open({ colorScheme: scheme });
      await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
      await page.getByRole('button', { name: /Filtro feria X/ }).waitFor();
      await expect.poll(() => shown(page)).toEqual(all);
      const filters = page.getByRole('group', { name: 'Filtros' });
      await filters.getByRole('button', { name: 'Cuentas Todas' }).click();
      await filters.getByRole('checkbox', { name: 'Facebook @ayto' }).check();
      await filters.getByRole('searchbox', { name: 'Buscar entre las cuentas' }).fill('ayto_');
      await filters.getByRole('button', { name: 'Elegir las 2 cuentas encontradas' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/calendar-filters-${scheme}.png`, clip: { x: 0, y: 0, width: 1280, height: 700 } });
      await context.close();
    });
  }

  it('at a city size (600 accounts) the account list folds, searches, chooses what it finds and keeps the chosen in sight', async () => {
    for (let i = 0; i < 597; i++) await s.account(networks[i % 5]!, `barrio${String(i).padStart(4, '0')}`, 1);
    const { page, context } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'Calendario editorial' }).waitFor();
    const filters = page.getByRole('group', { name: 'Filtros' });
    const button = filters.getByRole('button', { name: 'Cuentas Todas' });
    await button.click();
    // Folded: the department (here the one with no name) says how many it holds instead of listing 600 checkboxes.
    expect(await filters.getByRole('checkbox').count()).toBe(0);
    await filters.getByRole('heading', { level: 4, name: 'Sin departamento 0 de 600' }).waitFor();
    const search = filters.getByRole('searchbox', { name: 'Buscar entre las cuentas' });
    await search.fill('barrio0421');
    await filters.getByRole('checkbox', { name: /@barrio0421$/ }).check();
    // Everything a search finds, at once: "barrio000" is barrio0000 to barrio0009.
    await search.fill('barrio000');
    await filters.getByRole('button', { name: 'Elegir las 10 cuentas encontradas' }).click();
    // The ten found, and the one chosen before, which stays in sight.
    await expect.poll(() => filters.getByRole('checkbox', { checked: true }).count()).toBe(11);
    // The button went away: the keyboard is back in the search box.
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('zzz');
    await filters.getByText('Ninguna cuenta coincide con «zzz».').waitFor();
    await page.keyboard.press('Escape');
    await filters.getByRole('button', { name: 'Cuentas 11 de 600' }).click();
    // Opened again, the 11 chosen are in sight, the other 589 folded behind their department.
    const boxes = filters.getByRole('checkbox');
    expect(await boxes.count()).toBe(11);
    expect(await filters.getByRole('checkbox', { checked: true }).count()).toBe(11);
    await filters.getByRole('button', { name: 'Ver las 600 cuentas de Sin departamento' }).waitFor();
    await page.screenshot({ path: '/tmp/calendar-filters-600.png', clip: { x: 0, y: 0, width: 1280, height: 700 } });
    await filters.getByRole('button', { name: 'Quitar todas las elegidas' }).click();
    await page.keyboard.press('Escape');
    await filters.getByRole('button', { name: 'Cuentas Todas' }).waitFor();
    await context.close();
  });
});
