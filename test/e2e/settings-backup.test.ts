import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => new Date('2027-01-01T09:00:00Z') });
  expect(await env.harness.invoke('settings.save', { officeName: 'Ayuntamiento de Villanueva', timeZone: 'Atlantic/Canary' })).toMatchObject({ ok: true });
});
afterAll(() => env?.close());

describe('Settings', () => {
  it('copies the data file into the backups folder, named in the office’s local time, and says where', async () => {
    const { page, context } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Ajustes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.getByRole('button', { name: 'Hacer copia de seguridad ahora' }).click();

    // 09:00 UTC is 09:00 in the Canaries in winter; a second copy in the same second gets a number.
    const file = path.join(env.dataDir, 'backups', 'pregonero-2027-01-01_09-00-00-manual.sqlite');
    await page.getByRole('status').getByText(`Copia guardada en ${file}`).waitFor();
    await env.harness.invoke('settings.save', { timeZone: 'Europe/Madrid' });
    await page.getByRole('button', { name: 'Hacer copia de seguridad ahora' }).click();
    await page.getByRole('status').getByText('pregonero-2027-01-01_10-00-00-manual.sqlite', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Hacer copia de seguridad ahora' }).click();
    await page.getByRole('status').getByText('pregonero-2027-01-01_10-00-00-2-manual.sqlite', { exact: false }).waitFor();
    expect(fs.readdirSync(path.join(env.dataDir, 'backups')).sort()).toEqual([
      'pregonero-2027-01-01_09-00-00-manual.sqlite',
      'pregonero-2027-01-01_10-00-00-2-manual.sqlite',
      'pregonero-2027-01-01_10-00-00-manual.sqlite',
    ]);
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.prepare(`select value from settings where key = 'officeName'`).pluck().get()).toBe('"Ayuntamiento de Villanueva"');
    copy.close();
    await context.close();
  });

  it('finds a time zone by searching, with the office’s zone first', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await env.open({ colorScheme: scheme });
      await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Ajustes', exact: true }).click();
      const zone = page.getByRole('combobox', { name: 'Zona horaria de la oficina' });
      await zone.waitFor();
      expect(await zone.locator('option').first().textContent()).toBe('Europe/Madrid (la de la oficina)');
      expect(await zone.inputValue()).toBe('Europe/Madrid');
      await page.getByRole('searchbox', { name: 'Buscar zona horaria' }).fill('canar');
      expect(await zone.locator('option').allTextContents()).toEqual(['Europe/Madrid (la de la oficina)', 'Atlantic/Canary']);
      await page.getByText('2 zonas en la lista.').waitFor();
      expect(await seriousViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: `/tmp/d16-settings-${scheme}.png` });
      if (scheme === 'dark') {
        await zone.selectOption('Atlantic/Canary');
        await page.getByRole('button', { name: 'Guardar', exact: true }).click();
        await page.getByRole('status').getByText('Guardado').first().waitFor();
        expect((await env.harness.invoke('settings.get', {})).ok && (await env.harness.invoke('settings.get', {}))).toMatchObject({ value: { timeZone: 'Atlantic/Canary' } });
      }
      await context.close();
    }
  });
});
