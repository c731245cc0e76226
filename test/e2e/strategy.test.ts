import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', now: new Date('2027-01-01T10:00:00+01:00') });
  await env.harness.invoke('settings.save', { timeZone: 'Europe/Madrid' });
  for (const handle of ['turismo', 'cultura', 'deportes']) await env.harness.invoke('accounts.save', { network: 'instagram', handle, twoFactor: handle === 'turismo' ? 'yes' : 'no' });
});
afterAll(() => env?.close());

describe('strategy targets in Chromium', () => {
  it('sets a target and sees where it stands at the head of the accounts page', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    const targets = page.getByRole('region', { name: 'Objetivos' });
    await targets.getByText('Todavía no hay objetivos.', { exact: false }).waitFor();

    // A percentage over 100 is refused next to its field; nothing is saved.
    await targets.getByRole('button', { name: 'Nuevo objetivo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuevo objetivo' });
    await dialog.getByRole('combobox', { name: 'Qué se mide' }).selectOption('two_factor_pct');
    await dialog.getByRole('spinbutton', { name: 'Porcentaje que hay que alcanzar' }).fill('120');
    await dialog.getByLabel('Fecha límite').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.getByText('Un porcentaje va de 0 a 100.', { exact: true }).waitFor();
    await dialog.getByRole('spinbutton', { name: 'Porcentaje que hay que alcanzar' }).fill('100');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Objetivo guardado.').first().waitFor();

    // Computed from the inventory: one of three profiles with two-factor sign-in, today's point in its history.
    const goal = 'El 100 % de los perfiles con verificación en dos pasos antes del 30 jun 2027';
    await targets.getByRole('heading', { level: 3, name: goal }).waitFor();
    const item = targets.getByRole('listitem').filter({ has: page.getByRole('heading', { name: goal }) });
    expect(await item.getByText('Ahora:').textContent()).toBe('Ahora: 33 % No llega a tiempo');
    expect(await item.getByRole('list', { name: 'Evolución' }).getByRole('listitem').allTextContents()).toEqual(['1 ene 2027: 33 %']);

    // The targets lead the page, before the trim plan and the summary.
    const [targetsTop, summaryTop] = await Promise.all([targets.boundingBox(), page.getByRole('heading', { level: 2, name: 'Resumen' }).boundingBox()]);
    expect(targetsTop!.y).toBeLessThan(summaryTop!.y);
    expect(await seriousViolations(page)).toEqual([]);

    // The public directory: every active account, saved as one page to publish.
    await targets.getByRole('button', { name: 'Directorio público (HTML)' }).click();
    await page.getByRole('status').getByText('Directorio guardado con 3 cuentas', { exact: false }).first().waitFor();
    const saved = fs.readdirSync(path.join(env.dataDir, 'exports'));
    expect(saved).toEqual(['directorio-cuentas-oficiales-2027-01-01.html']);
    expect(fs.readFileSync(path.join(env.dataDir, 'exports', saved[0]!), 'utf8')).toContain('<td>Instagram</td><td>turismo</td>');
    await context.close();
  });

  it('warns when an account goes to someone untrained, and records their training', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByRole('button', { name: 'Editar turismo' }).click();
    const form = page.getByRole('dialog', { name: 'Editar turismo' });
    const owner = form.getByRole('combobox', { name: 'Responsable' });
    await owner.fill('Marta Díaz');
    await form.getByText('Se añadirá como persona nueva, todavía sin formación', { exact: false }).waitFor();
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Cuenta guardada.').first().waitFor();

    const people = page.locator('details.people-panel');
    await people.getByRole('heading', { name: 'Personas y formación' }).click();
    const marta = people.getByRole('listitem').filter({ hasText: 'Marta Díaz' });
    await marta.getByText('Sin formación registrada').waitFor();
    await marta.getByRole('button', { name: 'Registrar una formación de Marta Díaz' }).click();
    const dialog = page.getByRole('dialog', { name: 'Formación de Marta Díaz' });
    await dialog.getByRole('textbox', { name: 'Tema' }).fill('Atención a la ciudadanía en redes');
    await dialog.getByLabel('Fecha').fill('2026-12-14');
    await dialog.getByRole('textbox', { name: 'Impartida por' }).fill('Diputación de Badajoz');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await marta.getByText('Última formación: 14 dic 2026').waitFor();

    // Her account now counts as run by someone trained: the form says nothing more.
    await page.getByRole('button', { name: 'Editar turismo' }).click();
    await expect.poll(() => form.getByRole('combobox', { name: 'Responsable' }).inputValue()).toBe('Marta Díaz');
    expect(await form.getByText('sin formación', { exact: false }).count()).toBe(0);
    await form.getByRole('button', { name: 'Cerrar' }).click();
    await context.close();
  });
  it("keeps a channel's closed days and who covers it in the form, and flags channels nobody covers", async () => {
    await env.harness.invoke('people.save', { name: 'Luis Gómez' });
    await env.harness.invoke('accounts.save', { network: 'whatsapp', handle: '600123123', role: 'channel' });
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByRole('button', { name: 'Editar 600123123' }).click();
    const form = page.getByRole('dialog', { name: 'Editar 600123123' });
    const closed = form.getByRole('group', { name: 'Días cerrado' });
    await closed.getByText('Ningún día cerrado', { exact: false }).waitFor();
    expect(await closed.getByRole('button', { name: 'Añadir día' }).isDisabled()).toBe(true);
    for (const day of ['2027-01-06', '2026-12-25', '2027-01-06']) {
      await closed.getByLabel('Día', { exact: true }).fill(day);
      await closed.getByRole('button', { name: 'Añadir día' }).click();
    }
    expect(await closed.getByRole('listitem').allInnerTexts()).toEqual(['viernes 25 de diciembre de 2026 Quitar', 'miércoles 6 de enero de 2027 Quitar']);
    await closed.getByRole('button', { name: 'Quitar viernes 25 de diciembre de 2026' }).click();
    await form.getByRole('combobox', { name: 'Quién lo atiende' }).selectOption({ label: 'Luis Gómez' });
    await form.getByText('Luis Gómez no tiene ninguna formación registrada', { exact: false }).waitFor();
    await page.screenshot({ path: '/tmp/d16-promise-form.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Cuenta guardada.').first().waitFor();
    const saved = await env.harness.ctx.db.selectFrom('accounts').select(['closedDays', 'coveredByPersonId']).where('handle', '=', '600123123').executeTakeFirstOrThrow();
    const luis = await env.harness.ctx.db.selectFrom('people').select('id').where('name', '=', 'Luis Gómez').executeTakeFirstOrThrow();
    expect(saved).toEqual({ closedDays: '["2027-01-06"]', coveredByPersonId: luis.id });

    // A channel nobody covers shows in the summary.
    await env.harness.invoke('accounts.save', { network: 'telegram', handle: 'villanueva', role: 'channel' });
    await page.reload();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByText('Resumen', { exact: true }).click();
    await page.getByRole('heading', { name: 'Canales sin nadie que los atienda 1' }).waitFor();
    await context.close();
  });
});
