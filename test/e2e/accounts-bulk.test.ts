import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es' });
  await env.harness.invoke('people.save', { name: 'Ana Ruiz' });
  for (const handle of ['fiestas', 'juventud', 'turismo']) await env.harness.invoke('accounts.save', { network: 'instagram', handle, department: 'Varios' });
});
afterAll(() => env?.close());

describe('changing many accounts at once', () => {
  it('changes the status, department and owner of the chosen rows in one go', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByRole('button', { name: 'Editar turismo' }).waitFor();
    expect(await page.getByRole('region', { name: /elegidas?$/ }).count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Elegir fiestas' }).check();
    await page.getByRole('checkbox', { name: 'Elegir juventud' }).check();
    const bar = page.getByRole('region', { name: '2 cuentas elegidas' });
    await bar.getByRole('combobox', { name: 'Estado' }).selectOption('to_close');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: `/tmp/d16-bulk-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await bar.getByRole('button', { name: 'Cambiar el estado' }).click();
    await page.getByRole('status').getByText('2 cuentas cambiadas.').first().waitFor();
    const statusOf = (handle: string) =>
      page.getByRole('row').filter({ has: page.getByRole('button', { name: `Editar ${handle}` }) }).getByRole('cell').nth(7).innerText();
    await expect.poll(() => Promise.all(['fiestas', 'juventud', 'turismo'].map(statusOf))).toEqual(['Por cerrar', 'Por cerrar', 'Activa']);
    // The selection is gone with the change.
    expect(await page.getByRole('checkbox', { name: 'Elegir fiestas' }).isChecked()).toBe(false);

    // Every row of the page, then a department and an owner.
    await page.getByRole('checkbox', { name: 'Elegir todas las de esta página' }).check();
    const all = page.getByRole('region', { name: '3 cuentas elegidas' });
    await all.getByRole('combobox', { name: 'Concejalía o área' }).fill('Cultura');
    await all.getByRole('button', { name: 'Cambiar la concejalía o área' }).click();
    await page.getByRole('status').getByText('3 cuentas cambiadas.').first().waitFor();
    await page.getByRole('checkbox', { name: 'Elegir todas las de esta página' }).check();
    await all.getByRole('combobox', { name: 'Responsable' }).selectOption({ label: 'Ana Ruiz' });
    await all.getByRole('button', { name: 'Cambiar la persona responsable' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Ana Ruiz' }).count()).toBe(3);
    const rows = await env.harness.ctx.db.selectFrom('accounts').select(['handle', 'status', 'department', 'ownerName', 'version']).orderBy('handle').execute();
    expect(rows).toEqual([
      { handle: 'fiestas', status: 'to_close', department: 'Cultura', ownerName: 'Ana Ruiz', version: 3 },
      { handle: 'juventud', status: 'to_close', department: 'Cultura', ownerName: 'Ana Ruiz', version: 3 },
      { handle: 'turismo', status: 'active', department: 'Cultura', ownerName: 'Ana Ruiz', version: 2 },
    ]);
    await context.close();
  });
});
