import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAccountsCsv } from '../../shared/features/accounts/csv';
import { manyAccounts } from '../support/accounts';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { recordChannels } from './support/channels';
import { seeder } from './support/calendar';

/** A large city's inventory: the accounts health check and the audit actions dialog stay short and navigable. */
const ACCOUNTS = 300;
let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => new Date('2026-11-23T10:00:00Z') });
  const { call } = seeder(env.harness);
  const imported = await call('accounts.importCsv', { csv: writeAccountsCsv(manyAccounts(ACCOUNTS), 'en', ','), dryRun: false });
  expect(imported.written).toBe(true);
  // A finished presence audit, to act on from.
  const presence = (await call('audits.templates', {})).find((t) => t.builtin === 'presence')!;
  const run = await call('audits.start', { templateId: presence.id, scope: 'presence', accountIds: [] });
  await call('audits.answer', { runId: run.id, answers: presence.items.map((i) => ({ accountId: 0, itemKey: i.key, value: 'partly' as const })) });
  await call('audits.finish', { runId: run.id });
}, 60_000);
afterAll(() => env?.close());

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);
/** Screenshots in light and dark, each checked by axe (colour contrast differs). */
const shots = async (page: Page, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `/tmp/a11yscale-${name}-${scheme}.png` });
    expect(await seriousViolations(page), `${name} ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
};

describe('screens at a large city size', () => {
  it('accounts summary: a jump list with counts leads to each section, long sections fold behind "Show all"', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cuentas' }).waitFor();
    await page.getByText('Resumen', { exact: true }).click();

    const jumps = page.getByRole('navigation', { name: 'Apartados del resumen' });
    await jumps.waitFor();
    const links = jumps.getByRole('link');
    const names = (await links.allTextContents()).map((n) => n.replace(/\s+/g, ' ').trim());
    expect(names.map((n) => n.replace(/\s+\S+$/, '').replace(/\s+\S+ →$/, ''))).toEqual([
      'Totales',
      'Parecen abandonadas',
      'Posibles duplicadas',
      'Sin persona responsable',
      'Persona responsable sin formación',
      'Canales sin horario de atención',
      'Canales sin tiempo de respuesta',
      'Canales sin nadie que los atienda',
      'Sin verificación en dos pasos',
      expect.stringMatching(/^Plan de recorte/),
    ]);
    expect(names[0]).toBe(`Totales ${ACCOUNTS}`);

    // Each link (by mouse, and the last ones by keyboard) moves focus to its section's heading, whose count it repeats.
    for (const [i, name] of names.entries()) {
      const link = links.nth(i);
      if (i < 4) await link.click();
      else {
        await link.focus();
        await page.keyboard.press('Enter');
      }
      const count = name.split(/\s+/).at(-1)!;
      const label = name.slice(0, name.length - count.length).trim();
      const heading = i === names.length - 1 ? page.getByRole('heading', { level: 3, name: 'Plan de recorte' }) : page.getByRole('heading', { level: 3, name: new RegExp(`^${label}.* ${count}$`) });
      await expect.poll(() => isFocused(heading), { message: name }).toBe(true);
      expect(await heading.isVisible()).toBe(true);
    }

    // A long section shows its first items, and all of them on demand.
    const noOwnerCount = Number(names[3]!.split(/\s+/).at(-1));
    expect(noOwnerCount).toBeGreaterThan(20);
    const noOwner = page.getByRole('region', { name: `Sin persona responsable ${noOwnerCount}` });
    expect(await noOwner.getByRole('listitem').count()).toBe(6);
    const showAll = noOwner.getByRole('button', { name: `Mostrar las ${noOwnerCount}` });
    expect(await showAll.getAttribute('aria-expanded')).toBe('false');
    await showAll.click();
    expect(await noOwner.getByRole('listitem').count()).toBe(noOwnerCount);
    const fewer = noOwner.getByRole('button', { name: 'Mostrar menos' });
    expect(await fewer.getAttribute('aria-expanded')).toBe('true');
    // The keyboard carries on from the first account that was hidden.
    await expect.poll(() => isFocused(noOwner.getByRole('listitem').nth(6).getByRole('button'))).toBe(true);
    await shots(page, 'summary-expanded');
    await fewer.click();
    expect(await noOwner.getByRole('listitem').count()).toBe(6);
    await expect.poll(() => isFocused(showAll)).toBe(true);

    // Duplicates fold by groups; the others keep their own counts too.
    const dupCount = Number(names[2]!.split(/\s+/).at(-1));
    if (dupCount > 6) await page.getByRole('region', { name: `Posibles duplicadas ${dupCount}` }).getByRole('button', { name: `Mostrar los ${dupCount} grupos` }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Plan de recorte' }).isVisible()).toBe(true);

    await page.getByRole('heading', { level: 3, name: /^Totales/ }).scrollIntoViewIfNeeded();
    await shots(page, 'summary');
    await context.close();
  });

  it('audit actions: a page at a time, a search that narrows it, choices kept across searches', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
    await page.getByRole('button', { name: /^Ver «Auditoría de la presencia en redes»/ }).first().click();
    await page.getByRole('button', { name: 'Decidir acciones sobre las cuentas' }).click();
    const dialog = page.getByRole('dialog', { name: 'Acciones sobre las cuentas' });
    const status = dialog.getByRole('status');
    await status.getByText(`Se ven 50 de ${ACCOUNTS} cuentas.`).waitFor();
    const rows = dialog.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(51);

    // "Show more" adds the next page and hands focus to its first account.
    await dialog.getByRole('button', { name: 'Mostrar 50 más' }).click();
    await status.getByText(`Se ven 100 de ${ACCOUNTS} cuentas.`).waitFor();
    expect(await rows.count()).toBe(101);
    await expect.poll(() => isFocused(rows.nth(51).getByRole('combobox'))).toBe(true);

    // The search narrows by department, accents ignored.
    const search = dialog.getByRole('searchbox', { name: 'Buscar cuenta' });
    await search.fill('policia');
    await status.getByText('Se ven 30 de 30 cuentas.').waitFor();
    const heads = await dialog.getByRole('table').getByRole('rowheader').allInnerTexts();
    expect(heads).toHaveLength(30);
    expect(heads.every((h) => h.includes('Policía Local'))).toBe(true);
    expect(await dialog.getByRole('button', { name: /^Mostrar \d+ más$/ }).count()).toBe(0);

    // A choice made under one search is kept under the next; Enter in the search box searches, never applies.
    await dialog.getByRole('combobox', { name: /^Acción para Cuenta 4 de Policía Local/ }).selectOption('to_merge');
    // Merge targets come a page at a time too, searched (accents ignored); those on the account's own network come first.
    const into = dialog.getByRole('combobox', { name: /^Fusionar Cuenta 4 de Policía Local/ });
    const intoStatus = () => into.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    await expect.poll(intoStatus).toBe(`Se ven 50 de ${ACCOUNTS} cuentas.`);
    await dialog.getByRole('searchbox', { name: /^Buscar con qué cuenta fusionar Cuenta 4 de Policía Local/ }).fill('servicios sociales');
    await expect.poll(intoStatus).toBe('Se ven 30 de 30 cuentas.');
    const groups = await into.evaluate((el) => [...(el as HTMLSelectElement).querySelectorAll('optgroup')].map((g) => [g.label, g.children.length]));
    expect(groups).toEqual([
      ['En la misma red (YouTube)', 3],
      ['En otras redes', 27],
    ]);
    const target = await into.evaluate((el) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith('Cuenta 17 de Servicios Sociales'))?.value);
    await into.selectOption(target!);
    await dialog.getByRole('combobox', { name: /^Acción para Cuenta 4 de Policía Local/ }).selectOption('to_close');
    await search.fill('cuenta0014');
    await search.press('Enter');
    await status.getByText('Se ve 1 de 1 cuenta.').waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await status.getByText('1 acción elegida').waitFor();
    await dialog.getByRole('combobox', { name: /^Acción para Cuenta 14 de Policía Local/ }).selectOption('trained');
    await dialog.getByLabel(/^Fecha de formación de Cuenta 14/).fill('2026-11-20');
    await search.fill('no existe ninguna');
    await dialog.getByText('Ninguna cuenta coincide con la búsqueda.').waitFor();
    await search.fill('');
    await status.getByText(`Se ven 50 de ${ACCOUNTS} cuentas.`).waitFor();
    await status.getByText('2 acciones elegidas').waitFor();
    await rows.nth(20).scrollIntoViewIfNeeded();
    await shots(page, 'actions');

    await dialog.getByRole('button', { name: 'Aplicar acciones' }).click();
    await page.getByRole('status').getByText('Acciones aplicadas a las cuentas.').first().waitFor();
    const changed = await env.harness.ctx.db
      .selectFrom('accounts')
      .select(['handle', 'status', 'ownerTrainedOn'])
      .where((eb) => eb.or([eb('handle', 'like', 'cuenta0004%'), eb('handle', 'like', 'cuenta0014%')]))
      .orderBy('handle')
      .execute();
    expect(changed.map((a) => [a.status, a.ownerTrainedOn])).toEqual([
      ['to_close', null],
      // Recording the training leaves the status as it was (every sixth account from the third is dormant).
      ['dormant', '2026-11-20'],
    ]);
    await context.close();
  });

  it('start dialog: accounts a page at a time, an accent-free search, choices kept across searches; the run opens with its labels', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    const calls = recordChannels(page);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
    await page.getByRole('button', { name: 'Empezar auditoría con «Revisión del estado de cada cuenta»' }).click();
    const dialog = page.getByRole('dialog', { name: 'Empezar una auditoría' });
    const status = dialog.getByRole('status');
    // Closed accounts (one in six of the seeded ones) are left out: 250 to choose from, 20 of them in Education.
    await status.getByText('Se ven 50 de 250 cuentas.').waitFor();
    expect(await dialog.getByRole('checkbox').count()).toBe(50);

    const search = dialog.getByRole('searchbox', { name: 'Buscar cuentas' });
    await search.fill('policia');
    await status.getByText('Se ven 30 de 30 cuentas.').waitFor();
    await dialog.getByRole('checkbox', { name: /^Cuenta 4 de Policía Local \(@cuenta0004_/ }).check();
    // Enter searches at once and never starts the run.
    await search.fill('cuenta0014');
    await search.press('Enter');
    await status.getByText('Se ve 1 de 1 cuenta.').waitFor();
    await dialog.getByRole('checkbox', { name: /^Cuenta 14 de Policía Local/ }).check();
    // A whole department in one go.
    await search.fill('educacion');
    await status.getByText('Se ven 20 de 20 cuentas.').waitFor();
    await dialog.getByRole('button', { name: 'Elegir las 20 que coinciden' }).click();
    await dialog.getByText('Cuentas que se revisan · 22 elegidas').waitFor();
    await search.fill('');
    await status.getByText('Se ven 50 de 250 cuentas.').waitFor();
    await shots(page, 'start');
    await dialog.getByRole('button', { name: 'Empezar', exact: true }).click();

    await page.getByRole('heading', { level: 2, name: /^Cuenta 4 de Policía Local \(@cuenta0004_\w+\) · YouTube · Policía Local$/ }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(22);
    expect(await page.getByRole('heading', { level: 2, name: /· Educación$/ }).count()).toBe(20);
    expect(calls).not.toContain('audits.scopeAccounts');

    // Opened again from the list: one call brings the run and its labels.
    // Leaving saves what the inventory filled in, then the list reads again: wait for both before counting.
    await page.getByRole('button', { name: /Volver a la lista/ }).click();
    await page.getByText(/(^|\s)[1-9]\d* de \d+ respondidas/u).first().waitFor();
    calls.length = 0;
    await page.getByRole('button', { name: /^Continuar «Revisión del estado de cada cuenta»/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Cuenta 14 de Policía Local \(@cuenta0014_\w+\) · / }).waitFor();
    expect(calls).toEqual(['audits.get']);
    await context.close();
  });

  it('reads in English too', async () => {
    const { page, context } = await env.open({ locale: 'en-GB', colorScheme: 'dark' });
    page.setDefaultTimeout(10_000);
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Accounts' }).click();
    await page.getByText('Summary', { exact: true }).click();
    const noOwner = page.getByRole('navigation', { name: 'Summary sections' }).getByRole('link', { name: /^No owner \d+$/ });
    const count = Number((await noOwner.textContent())!.replace(/\D+/g, ''));
    await noOwner.click();
    await page.getByRole('region', { name: `No owner ${count}` }).getByRole('button', { name: `Show all ${count}` }).click();
    await page.getByRole('region', { name: `No owner ${count}` }).getByRole('button', { name: 'Show fewer' }).waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: /^View “Social presence audit”/ }).first().click();
    await page.getByRole('button', { name: 'Decide actions on accounts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actions on accounts' });
    await dialog.getByRole('status').getByText(`Showing 50 of ${ACCOUNTS} accounts.`).waitFor();
    await dialog.getByRole('searchbox', { name: 'Find an account' }).fill('cultura');
    await dialog.getByRole('status').getByText('Showing 30 of 30 accounts.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
