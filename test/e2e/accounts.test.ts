import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => new Date('2026-11-23T10:00:00Z') });
});
afterAll(() => env?.close());

const badCsv = [
  'Red;Usuario;Nombre;Departamento;Función;Estado;Horario atención;Dónde credenciales',
  'Instagram;@juventudvilla;Juventud Villanueva;Juventud;medio;activa;;Bitwarden',
  'Myspace;@viejo;Cuenta vieja;Juventud;medio;activa;;',
  'Facebook;deportes.villa;Deportes;Deportes;medio;cerrar;L-V 9-14;Ayto2024!',
  '',
].join('\r\n');
const goodCsv = badCsv.replace('Myspace', 'Facebook').replace(';cerrar;L-V 9-14;Ayto2024!', ';cerrar;;Caja fuerte de Alcaldía');

describe('accounts in Chromium', () => {
  it('creates, edits, filters, deletes with undo, and imports a file after fixing its errors', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cuentas' }).waitFor();

    // Create, with a password where the place should be: refused next to the field.
    await page.getByRole('button', { name: 'Nueva cuenta' }).click();
    const form = page.getByRole('dialog', { name: 'Nueva cuenta' });
    await form.getByRole('combobox', { name: 'Red' }).selectOption('instagram');
    await form.getByRole('textbox', { name: 'Usuario' }).fill('@turismovillanueva');
    await form.getByRole('combobox', { name: 'Concejalía o área' }).fill('Turismo');
    await form.getByRole('textbox', { name: 'Dónde se guardan las credenciales' }).fill('Verano2026!');
    await form.getByText(/Parece una contraseña/).waitFor();
    await form.getByRole('button', { name: 'Guardar' }).click();
    await form.getByRole('alert').getByText('Hay datos que revisar.').waitFor();
    await form.getByRole('textbox', { name: 'Dónde se guardan las credenciales' }).fill('Gestor de contraseñas de Comunicación');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Cuenta guardada.').first().waitFor();
    await page.getByRole('button', { name: 'Editar @turismovillanueva' }).waitFor();

    // Edit: becomes a channel, so service hours appear.
    await page.getByRole('button', { name: 'Editar @turismovillanueva' }).click();
    const edit = page.getByRole('dialog', { name: 'Editar @turismovillanueva' });
    await edit.getByRole('combobox', { name: 'Función' }).selectOption('both');
    await edit.getByRole('button', { name: 'Añadir tramo' }).click();
    const range = edit.getByRole('group', { name: 'Tramo 1' });
    expect(await Promise.all(['Lunes', 'Viernes', 'Sábado'].map((d) => range.getByRole('checkbox', { name: d }).isChecked()))).toEqual([true, true, false]);
    await range.getByLabel('a', { exact: true }).fill('15:00');
    await edit.getByRole('textbox', { name: 'Nombre visible' }).fill('Turismo de Villanueva');
    await edit.getByRole('combobox', { name: 'Estado' }).selectOption('to_merge');
    await edit.getByRole('combobox', { name: 'Fusionar con' }).waitFor();
    await edit.getByRole('combobox', { name: 'Estado' }).selectOption('active');
    // Two a week is allowed, with a word of advice tied to the field (not an error).
    const target = edit.getByRole('spinbutton', { name: 'Publicaciones por semana (objetivo)' });
    await target.fill('2');
    const advice = 'Menos de 3 publicaciones por semana suele ser poco para que una cuenta se vea viva. Se puede guardar así.';
    await edit.getByText(advice).waitFor();
    const describedBy = (await target.getAttribute('aria-describedby')) ?? '';
    expect(await edit.locator(`[id="${describedBy}"]`).textContent()).toBe(advice);
    expect(await target.getAttribute('aria-invalid')).toBeNull();
    await target.fill('3');
    expect(await edit.getByText(advice).count()).toBe(0);
    await target.fill('2');
    await edit.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('cell', { name: 'Turismo de Villanueva' }).waitFor();
    expect((await env.harness.ctx.db.selectFrom('accounts').select('postsPerWeekTarget').where('handle', '=', '@turismovillanueva').executeTakeFirstOrThrow()).postsPerWeekTarget).toBe(2);
    expect(await page.getByRole('cell', { name: 'Medio y canal' }).count()).toBe(1);
    // Two-factor sign-in has its own column, said in words.
    expect(await page.getByRole('columnheader', { name: 'Verificación en dos pasos' }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /@turismovillanueva/ }).getByRole('cell', { name: 'Sin comprobar' }).count()).toBe(1);

    // Import: the bad file lists every problem and writes nothing.
    await page.getByRole('button', { name: 'Importar CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar cuentas desde CSV' });
    const file = path.join(env.dataDir, 'cuentas.csv');
    fs.writeFileSync(file, `\uFEFF${badCsv}`);
    // The picker speaks Spanish (not the browser's "Choose File"), and choosing a file checks it at once.
    await dialog.getByText('Elegir archivo…', { exact: true }).waitFor();
    await dialog.getByText('Ningún archivo elegido', { exact: true }).waitFor();
    await dialog.getByLabel('Archivo CSV').setInputFiles(file);
    await expect.poll(() => dialog.getByRole('textbox', { name: 'O pega el contenido' }).inputValue()).toContain('Myspace');
    await dialog.getByText('cuentas.csv', { exact: true }).waitFor();
    const problems = dialog.getByRole('table', { name: 'Problemas encontrados' });
    await problems.waitFor();
    const rows = await problems.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['3 Red', '4 Horario atención', '4 Dónde credenciales']);
    expect(await problems.getByText('Red desconocida «Myspace».').count()).toBe(1);
    expect(await problems.getByText(/Parece una contraseña/).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Importar', exact: true }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // Fixed: checks clean, then imports.
    // Fixed in the spreadsheet and saved under the same name, then chosen again.
    fs.writeFileSync(file, goodCsv);
    await dialog.getByLabel('Archivo CSV').setInputFiles(file);
    await expect.poll(() => dialog.getByRole('textbox', { name: 'O pega el contenido' }).inputValue()).not.toContain('Myspace');
    await dialog.getByText('Todo correcto: 3 nuevas, 0 actualizadas, 0 sin cambios.').waitFor();
    await dialog.getByRole('button', { name: 'Importar', exact: true }).click();
    await dialog.getByText('Importadas: 3 nuevas, 0 actualizadas, 0 sin cambios.').waitFor();
    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByRole('button', { name: 'Editar deportes.villa' }).waitFor();
    await page.getByText('De 4 cuentas a 3 si se hacen las fusiones y cierres propuestos.').waitFor();

    // Filter and search.
    await page.getByRole('combobox', { name: 'Concejalía o área' }).selectOption('Juventud');
    await expect.poll(() => page.getByRole('button', { name: /^Editar / }).count()).toBe(2);
    await page.getByRole('combobox', { name: 'Concejalía o área' }).selectOption({ label: 'Todas las concejalías y áreas' });
    await page.getByRole('searchbox', { name: 'Buscar cuentas' }).fill('deportes');
    await expect.poll(() => page.getByRole('button', { name: /^Editar / }).allInnerTexts()).toEqual(['deportes.villa']);
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Editar / }).count()).toBe(4);

    // Sort by a column.
    await page.getByRole('button', { name: 'Usuario', exact: true }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Usuario' }).getAttribute('aria-sort')).toBe('descending');
    expect((await page.getByRole('button', { name: /^Editar / }).allInnerTexts())[0]).toBe('deportes.villa');

    // Delete, then undo.
    await page.getByRole('button', { name: 'Eliminar @viejo' }).click();
    await page.getByRole('status').getByText('Cuenta @viejo eliminada.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Editar @viejo' }).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Deshacer' }).click();
    await page.getByRole('button', { name: 'Editar @viejo' }).waitFor();

    // Export downloads a CSV with Spanish headers.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const saved = await (await download).path();
    const csv = fs.readFileSync(saved, 'utf8');
    expect(csv.replace('\uFEFF', '').split('\r\n')[0]!.startsWith('red;usuario;')).toBe(true);
    expect(csv).toContain('@turismovillanueva');

    // The summary opens on demand and shows what needs attention.
    await page.getByText('Resumen', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sin persona responsable 4' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 1500 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `/tmp/accounts-${scheme}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole('button', { name: 'Editar @turismovillanueva' }).click();
    await page.screenshot({ path: '/tmp/accounts-form-dark.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads in English too', async () => {
    const { page, context } = await env.open({ locale: 'en-GB' });
    page.setDefaultTimeout(10_000);
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByText('From 4 accounts to 3 if the proposed merges and closures are done.').waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'To close' });
    await expect.poll(() => page.getByRole('button', { name: /^Edit / }).allInnerTexts()).toEqual(['deportes.villa']);
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import accounts from CSV' });
    await dialog.getByRole('textbox', { name: 'Or paste the content' }).fill('network,handle,status\nfacebook,ayto,asleep\n');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('table', { name: 'Problems found' }).getByText('Unknown status "asleep": active, dormant, to_merge, to_close or closed.').waitFor();
    await page.screenshot({ path: '/tmp/accounts-import-en.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Cuentas' }).waitFor();
    await context.close();
  });

  it('refuses a merge chain in the import and in the form, next to the field', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cuentas' }).waitFor();

    // A file that merges into an account it also marks to merge: refused with its row.
    const chain = 'Red;Usuario;Estado;Fusionar con\nFacebook;AytoVillanueva;activa;\nFacebook;cultura.villa;por fusionar;facebook:AytoVillanueva\nFacebook;cultura.vieja;por fusionar;facebook:cultura.villa\n';
    await page.getByRole('button', { name: 'Importar CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar cuentas desde CSV' });
    await dialog.getByRole('textbox', { name: 'O pega el contenido' }).fill(chain);
    await dialog.getByRole('button', { name: 'Comprobar' }).click();
    const problems = dialog.getByRole('table', { name: 'Problemas encontrados' });
    await problems.getByText('«facebook:cultura.villa» también está «Por fusionar»: elige como destino la cuenta que se queda.').waitFor();
    expect((await problems.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['4 Fusionar con']);
    await dialog.getByRole('textbox', { name: 'O pega el contenido' }).fill(chain.replace('facebook:cultura.villa', 'facebook:AytoVillanueva'));
    await dialog.getByRole('button', { name: 'Comprobar' }).click();
    await dialog.getByText('Todo correcto: 3 nuevas, 0 actualizadas, 0 sin cambios.').waitFor();
    await dialog.getByRole('button', { name: 'Importar', exact: true }).click();
    await dialog.getByText('Importadas: 3 nuevas, 0 actualizadas, 0 sin cambios.').waitFor();
    await dialog.getByRole('button', { name: 'Cerrar' }).click();

    // The account the other two merge into cannot be marked to merge: said next to the status.
    await page.getByRole('button', { name: 'Editar AytoVillanueva' }).click();
    const form = page.getByRole('dialog', { name: 'Editar AytoVillanueva' });
    const status = form.getByRole('combobox', { name: 'Estado' });
    await status.selectOption('to_merge');
    const targets = form.getByRole('combobox', { name: 'Fusionar con' });
    await targets.waitFor();
    // Accounts to merge are not offered as targets.
    await expect.poll(() => targets.getByRole('option').allInnerTexts()).toEqual(['Ninguna', '@viejo (Cuenta vieja)', 'deportes.villa (Deportes)']);
    await form.getByRole('button', { name: 'Guardar' }).click();
    await form.getByRole('alert').getByText('Hay datos que revisar.').waitFor();
    expect(await status.getAttribute('aria-invalid')).toBe('true');
    const description = await status.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toBe('Hay 2 cuentas que se fusionan con esta, así que esta se queda: cambia antes su destino.');
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/accounts-merge-chain.png' });
    await context.close();
  });
});
