import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

/**
 * The app on the team's PostgreSQL server, as the officer sees it: Settings
 * says where the data is; when the server goes away a banner says since
 * when and nothing is lost from the screen; when it is back the banner goes
 * by itself, with no reload.
 */
let server: TestPostgres;
let env: E2eEnv;
beforeAll(async () => {
  server = await startPostgres();
  env = await startE2e({ lang: 'es', database: server.createDatabase('equipo'), person: 'Ana Ruiz', clock: () => new Date('2027-01-01T09:00:00Z') });
  expect(await env.harness.invoke('settings.save', { timeZone: 'Europe/Madrid' })).toMatchObject({ ok: true });
}, 120_000);
afterAll(async () => {
  await env?.close();
  server?.stop();
});

describe('team mode in the browser', () => {
  it('shows the shared server in Settings, a banner while it is away, and carries on once it is back', async () => {
    const { page, context } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Ajustes', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Trabajo en equipo' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Tu nombre' }).inputValue()).toBe('Ana Ruiz');
    await page.getByText('En el servidor del equipo (PostgreSQL)').first().waitFor();
    // Given at start: shown, not editable here.
    await page.getByText('El servidor se indicó al arrancar Pregonero y no se puede cambiar desde aquí.').first().waitFor();
    expect(await page.getByRole('radio', { name: 'En el servidor compartido' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    server.pause();
    try {
      await page.getByRole('textbox', { name: 'Nombre de la oficina' }).fill('Ayuntamiento de Villanueva');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      // 09:00 UTC is 10:00 in Madrid.
      await page.getByRole('alert').filter({ hasText: 'Sin conexión con el servidor del equipo desde las 10:00' }).waitFor();
      await page.getByText('No hay conexión con el servidor del equipo. No se ha guardado nada').waitFor();
      // What was typed is still there.
      expect(await page.getByRole('textbox', { name: 'Nombre de la oficina' }).inputValue()).toBe('Ayuntamiento de Villanueva');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `/tmp/team-away-${scheme}.png` });
      }
    } finally {
      server.resume();
    }
    await page.getByRole('alert').filter({ hasText: 'Sin conexión con el servidor del equipo' }).waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByRole('status').getByText('Guardado').first().waitFor();
    expect(await env.harness.invoke('settings.get', {})).toMatchObject({ ok: true, value: { officeName: 'Ayuntamiento de Villanueva' } });
    await context.close();
  });
});
