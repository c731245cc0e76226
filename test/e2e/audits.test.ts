import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccounts } from '../support/audits';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { recordChannels } from './support/channels';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es' });
  await insertAccounts(env.harness.ctx, [
    { network: 'facebook', handle: 'ayto.villanueva', displayName: 'Ayuntamiento de Villanueva', department: 'Alcaldía' },
    { network: 'instagram', handle: 'cultura_villanueva', displayName: 'Cultura Villanueva', department: 'Cultura' },
  ]);
});
afterAll(() => env?.close());

const PRESENCE = 'Auditoría de la presencia en redes';
const NETWORKS = /Estamos en las redes donde está nuestra vecindad/;
const TEAM = /Cada perfil tiene un equipo asignado/;

/** Start the presence audit, answer every item (two of them as given, the rest "Sí"), save midway, finish. */
async function runPresenceAudit(page: Page, networks: string, team: string) {
  await page.getByRole('button', { name: `Empezar auditoría con «${PRESENCE}»` }).click();
  const dialog = page.getByRole('dialog', { name: 'Empezar una auditoría' });
  await dialog.getByRole('radio', { name: 'Toda la presencia' }).check();
  await dialog.getByRole('button', { name: 'Empezar' }).click();
  await page.getByRole('heading', { level: 1, name: PRESENCE }).waitFor();
  await page.screenshot({ path: '/tmp/audits-answer-light.png' });

  await page.getByRole('group', { name: NETWORKS }).getByRole('radio', { name: networks, exact: true }).check();
  await page.getByRole('textbox', { name: /Nota sobre «Estamos en las redes/ }).fill('Revisado con el pleno');
  await page.getByRole('button', { name: 'Guardar avance' }).click();
  await page.getByRole('status').getByText('Avance guardado').first().waitFor();
  // Leave and come back: the answer is kept.
  await page.getByRole('button', { name: /Volver a la lista/ }).click();
  await page.getByRole('button', { name: new RegExp(`^Continuar «${PRESENCE}»`) }).click();
  expect(await page.getByRole('group', { name: NETWORKS }).getByRole('radio', { name: networks, exact: true }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: /Nota sobre «Estamos en las redes/ }).inputValue()).toBe('Revisado con el pleno');

  await page.getByRole('group', { name: TEAM }).getByRole('radio', { name: team, exact: true }).check();
  // Leaving without pressing save keeps the answer too.
  await page.getByRole('button', { name: /Volver a la lista/ }).click();
  await page.getByRole('button', { name: new RegExp(`^Continuar «${PRESENCE}»`) }).click();
  expect(await page.getByRole('group', { name: TEAM }).getByRole('radio', { name: team, exact: true }).isChecked()).toBe(true);
  const groups = page.getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const g = groups.nth(i);
    const name = (await g.locator('legend').textContent()) ?? '';
    if (NETWORKS.test(name) || TEAM.test(name)) continue;
    await g.getByRole('radio', { name: 'Sí', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Terminar auditoría' }).click();
  const confirm = page.getByRole('dialog', { name: '¿Terminar la auditoría?' });
  await confirm.getByRole('button', { name: 'Sí, terminar' }).click();
  await page.getByText('Esta auditoría está terminada y no se puede modificar.').waitFor();
  expect(await page.getByRole('group', { name: NETWORKS }).getByRole('radio', { name: 'Sí', exact: true }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: /Volver a la lista/ }).click();
}

describe('audits in Chromium', () => {
  it('runs the presence audit twice and shows what improved and what got worse', async () => {
    const { page, context } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditorías' }).waitFor();

    await runPresenceAudit(page, 'No', 'Sí');
    await runPresenceAudit(page, 'Sí', 'En parte');

    await page.getByRole('button', { name: `Ver evolución de «${PRESENCE}»` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Evolución: ${PRESENCE}`) }).waitFor();
    expect(await page.getByRole('img', { name: new RegExp(`Puntuación de «${PRESENCE}»`) }).isVisible()).toBe(true);
    const table = page.getByRole('table', { name: 'Puntuación por auditoría' });
    expect(await table.getByRole('row').count()).toBe(3);
    const improved = page.getByRole('region', { name: 'Ha mejorado' });
    const worse = page.getByRole('region', { name: 'Ha empeorado' });
    expect(await improved.getByRole('listitem').filter({ hasText: NETWORKS }).getByText('0 % → 100 %').isVisible()).toBe(true);
    expect(await worse.getByRole('listitem').filter({ hasText: TEAM }).getByText('100 % → 50 %').isVisible()).toBe(true);
    expect(await improved.getByRole('listitem').count()).toBe(1);
    expect(await worse.getByRole('listitem').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/audits-history-light.png', fullPage: true });
    await context.close();

    // The same history in the dark theme, reached with the keyboard only.
    const dark = await env.open({ colorScheme: 'dark' });
    await dark.page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
    await dark.page.getByRole('button', { name: `Ver evolución de «${PRESENCE}»` }).focus();
    await dark.page.keyboard.press('Enter');
    await dark.page.getByRole('region', { name: 'Ha empeorado' }).waitFor();
    expect(await seriousViolations(dark.page)).toEqual([]);
    await dark.page.screenshot({ path: '/tmp/audits-history-dark.png' });
    await dark.context.close();
  });

  it('turns a finished health check into actions on accounts', async () => {
    const { page, context } = await env.open({ colorScheme: 'dark' });
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
    await page.getByRole('button', { name: 'Empezar auditoría con «Revisión del estado de cada cuenta»' }).click();
    const dialog = page.getByRole('dialog', { name: 'Empezar una auditoría' });
    await dialog.getByRole('checkbox', { name: /cultura_villanueva/ }).check();
    await page.screenshot({ path: '/tmp/audits-start-dark.png' });
    await dialog.getByRole('button', { name: 'Empezar' }).click();
    await page.getByRole('heading', { level: 2, name: /cultura_villanueva/ }).waitFor();
    const groups = page.getByRole('group');
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: i % 2 ? 'No' : 'En parte', exact: true }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/audits-answer-dark.png', fullPage: true });
    await page.getByRole('button', { name: 'Terminar auditoría' }).click();
    await page.getByRole('dialog', { name: '¿Terminar la auditoría?' }).getByRole('button', { name: 'Sí, terminar' }).click();
    await page.getByText(/Puntuación de la cuenta/).waitFor();

    await page.getByRole('button', { name: 'Decidir acciones sobre las cuentas' }).click();
    const actions = page.getByRole('dialog', { name: 'Acciones sobre las cuentas' });
    await actions.getByRole('combobox', { name: /Acción para Cultura Villanueva/ }).selectOption('to_merge');
    await actions.getByRole('combobox', { name: /Fusionar Cultura Villanueva/ }).selectOption({ label: 'Ayuntamiento de Villanueva (@ayto.villanueva) · Facebook · Alcaldía' });
    await page.screenshot({ path: '/tmp/audits-actions-dark.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await actions.getByRole('button', { name: 'Aplicar acciones' }).click();
    await page.getByRole('status').getByText('Acciones aplicadas a las cuentas.').waitFor();
    await page.getByText(/Marcada para fusionar con Ayuntamiento de Villanueva/).waitFor();
    const row = await env.harness.ctx.db.selectFrom('accounts').select(['status', 'mergeIntoId', 'version']).where('handle', '=', 'cultura_villanueva').executeTakeFirstOrThrow();
    const townHall = await env.harness.ctx.db.selectFrom('accounts').select('id').where('handle', '=', 'ayto.villanueva').executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'to_merge', mergeIntoId: townHall.id, version: 1 });

    // Opened again from the list, the run labels its accounts (network by name) from its own answer: no inventory load.
    const calls = recordChannels(page);
    await page.getByRole('button', { name: /Volver a la lista/ }).click();
    await page.getByRole('button', { name: /^Ver «Revisión del estado de cada cuenta»/ }).first().click();
    await page.getByRole('heading', { level: 2, name: /^Cultura Villanueva \(@cultura_villanueva\) · Instagram · Cultura/ }).waitFor();
    await page
      .getByText('Cultura Villanueva (@cultura_villanueva) · Instagram · Cultura: Marcada para fusionar con Ayuntamiento de Villanueva (@ayto.villanueva) · Facebook · Alcaldía')
      .waitFor();
    expect(calls).toContain('audits.get');
    expect(calls).not.toContain('audits.scopeAccounts');

    // A second check of the same account, answered with the keyboard: the account shows as improved.
    await page.getByRole('button', { name: /Volver a la lista/ }).click();
    await page.getByRole('button', { name: 'Empezar auditoría con «Revisión del estado de cada cuenta»' }).click();
    await page.getByRole('dialog', { name: 'Empezar una auditoría' }).getByRole('checkbox', { name: /cultura_villanueva/ }).check();
    await page.getByRole('dialog', { name: 'Empezar una auditoría' }).getByRole('button', { name: 'Empezar' }).click();
    await page.getByRole('heading', { level: 2, name: /cultura_villanueva/ }).waitFor();
    const again = page.getByRole('group');
    for (let i = 0; i < (await again.count()); i++) {
      await again.nth(i).getByRole('radio', { name: 'No', exact: true }).focus();
      await page.keyboard.press('ArrowLeft');
      expect(await again.nth(i).getByRole('radio', { name: 'En parte', exact: true }).isChecked()).toBe(true);
      await page.keyboard.press('ArrowLeft');
    }
    await page.getByRole('button', { name: 'Terminar auditoría' }).click();
    await page.getByRole('dialog', { name: '¿Terminar la auditoría?' }).getByRole('button', { name: 'Sí, terminar' }).click();
    await page.getByText('Esta auditoría está terminada y no se puede modificar.').waitFor();
    await page.getByRole('button', { name: /Volver a la lista/ }).click();
    await page.getByRole('button', { name: 'Ver evolución de «Revisión del estado de cada cuenta»' }).click();
    const better = page.getByRole('region', { name: 'Cuentas que han mejorado' });
    await better.waitFor();
    expect(await better.getByRole('listitem').filter({ hasText: 'cultura_villanueva' }).getByText('28 % → 100 %').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/audits-history-accounts-dark.png', fullPage: true });
    await context.close();
  });

  it('copies a template and edits the copy', async () => {
    const { page, context } = await env.open({ locale: 'en-GB' });
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Audits' }).click();
    await page.getByRole('button', { name: 'Copy “Account health check”' }).click();
    const copy = page.getByRole('dialog', { name: 'Copy template' });
    await copy.getByRole('textbox', { name: 'Name of the copy' }).fill('Quick check');
    await copy.getByRole('button', { name: 'Copy', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit template' });
    await edit.getByRole('button', { name: 'Remove question 9' }).click();
    await edit.getByRole('button', { name: 'Add question' }).click();
    await edit.getByRole('textbox', { name: 'Question 9' }).fill('Pinned post is current');
    await page.screenshot({ path: '/tmp/audits-edit-light.png' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 3, name: 'Quick check' }).waitFor();
    expect(await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Quick check' }) }).getByText(/9 questions/).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/audits-home-light.png', fullPage: true });
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await context.close();
  });
});
