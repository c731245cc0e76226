import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, editPostBody, seedWeek } from '../support/exports-fixtures';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;

/** The whole page, not only the first screenful: the content pane scrolls on its own. */
async function screenshotAll(page: Page, file: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('.exports-page')?.scrollHeight ?? 900);
  await page.setViewportSize({ width: 1280, height: Math.min(height + 160, 4000) });
  await page.screenshot({ path: file });
  await page.setViewportSize({ width: 1280, height: 860 });
}
let seed: Awaited<ReturnType<typeof seedWeek>>;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => new Date('2026-11-23T12:00:00.000Z') });
  seed = await seedWeek(env.harness.ctx);
  // Two accounts an office really has: the same long name on one network.
  for (const handle of ['bibliotecamunicipaldecangasdelnarcea', 'bibliotecamunicipaldecangasdelnarcea2']) {
    await addAccount(env.harness.ctx, { network: 'facebook', handle, displayName: 'Biblioteca Municipal y Archivo Histórico de Cangas del Narcea' });
  }
});
afterAll(() => env?.close());

describe('exports in Chromium', () => {
  it('exports a week, records its approval, and shows a later edit as changed since approved', async () => {
    const { page, context } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Exportar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exportar' }).waitFor();
    // Same-named accounts are told apart by their handle, and long names stay inside their column.
    await page.getByRole('checkbox', { name: 'Biblioteca Municipal y Archivo Histórico de Cangas del Narcea (Facebook · bibliotecamunicipaldecangasdelnarcea2)' }).waitFor();
    for (const name of ['Periodo', 'Filtros', 'Exportar']) {
      const group = page.getByRole('group', { name, exact: true });
      const fits = await group.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= document.documentElement.clientWidth);
      expect(fits, `${name} runs past its column or the window`).toBe(true);
    }
    await page.getByLabel('Día de la semana').fill('2026-11-26');
    const preview = page.getByRole('region', { name: 'Publicaciones del periodo' });
    await preview.getByRole('cell', { name: 'Pleno ordinario de noviembre' }).waitFor();
    expect(await page.getByRole('group', { name: 'Periodo' }).getByText('Del lunes, 23 de noviembre de 2026 al domingo, 29 de noviembre de 2026').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'PDF de aprobación' }).click();
    const result = page.getByRole('region', { name: /Último archivo/ });
    await result.getByText(/Guardado en .*\.pdf/).waitFor();
    const pdfPath = /Guardado en (.*\.pdf)/.exec((await result.getByText(/Guardado en/).textContent()) ?? '')?.[1] ?? '';
    expect(fs.existsSync(pdfPath)).toBe(true);
    const fingerprint = await page.getByRole('textbox', { name: 'Huella del PDF firmado' }).inputValue();
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain(`Huella ${fingerprint}`);

    // A wrong fingerprint is refused with a message the officer understands.
    await page.getByRole('textbox', { name: 'Aprobado por' }).fill('María Núñez');
    await page.getByRole('textbox', { name: 'Cargo' }).fill('Jefa de prensa');
    await page.getByRole('textbox', { name: 'Huella del PDF firmado' }).fill('000000000000');
    await page.getByRole('button', { name: 'Registrar aprobación' }).click();
    await page.getByRole('alert').getByText(/Las publicaciones han cambiado desde que se generó ese PDF/).waitFor();

    await page.getByRole('textbox', { name: 'Huella del PDF firmado' }).fill(fingerprint);
    await page.getByRole('button', { name: 'Registrar aprobación' }).click();
    // Only the post whose pre-publication check is complete is approved; the idea stays an idea. The toast
    // also says which network rules keep two of them back: the market has no photo for Instagram, the parade's text is too long for X.
    await page
      .getByRole('status')
      .getByText('Aprobación registrada: 1 aprobada; 4 necesitan la comprobación previa; 2 no cumplen una regla de su red y siguen como estaban (Instagram sin foto ni vídeo, texto demasiado largo para X).')
      .waitFor();
    const approvals = page.getByRole('region', { name: 'Aprobaciones registradas' });
    await approvals.getByRole('cell', { name: fingerprint }).waitFor();
    expect(await approvals.getByText('María Núñez').isVisible()).toBe(true);
    expect(await preview.getByText('Aprobada').count()).toBe(1);
    expect(await preview.getByText('Cambiada desde la aprobación').count()).toBe(0);

    // The calendar (built elsewhere) edits a post: version goes past the approved one.
    await editPostBody(env.harness.ctx, seed.posts.mercado, 'El mercado cambia de sitio: plaza de Abajo.');
    await page.reload();
    await page.getByRole('button', { name: 'Exportar' }).click();
    await page.getByLabel('Día de la semana').fill('2026-11-26');
    const row = preview.getByRole('row', { name: /Mercado de artesanía/ });
    await row.getByText('Cambiada desde la aprobación').waitFor();
    expect(await preview.getByText('Cambiada desde la aprobación').count()).toBe(1);
    await page.getByText(/Publicaciones cambiadas desde la aprobación: 1\./).waitFor();
    await screenshotAll(page, '/tmp/exports-light-changed.png');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('records an approval signed on the one-page week plan, for that week, even when the page shows a longer range', async () => {
    const { context, page } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Exportar' }).click();
    await page.getByRole('radio', { name: 'Personalizado' }).check();
    await page.getByLabel('Desde').fill('2026-11-25');
    await page.getByLabel('Hasta').fill('2026-12-06');
    await page.getByRole('button', { name: 'Plan semanal (una página)' }).click();
    const result = page.getByRole('region', { name: /Último archivo/ });
    await result.getByText(/Guardado en .*\.pdf/).waitFor();
    const pdfPath = /Guardado en (.*\.pdf)/.exec(await result.getByText(/Guardado en/).innerText())![1]!;
    const fingerprint = await page.getByRole('textbox', { name: 'Huella del PDF firmado' }).inputValue();
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    const printed = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(printed).toContain(`Huella ${fingerprint}`);
    expect(printed).toContain('Aprobado por');
    const form = page.getByRole('region', { name: 'Registrar la aprobación' });
    expect(await form.getByText('Del lunes, 23 de noviembre de 2026 al domingo, 29 de noviembre de 2026').isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Aprobado por' }).fill('Luis Prieto');
    await page.getByRole('button', { name: 'Registrar aprobación' }).click();
    await page.getByRole('status').getByText(/Aprobación registrada/).waitFor();
    const row = page.getByRole('region', { name: 'Aprobaciones registradas' }).getByRole('row', { name: /Luis Prieto/ });
    expect(await row.getByRole('cell', { name: fingerprint }).isVisible()).toBe(true);
    expect(await row.getByRole('cell', { name: 'Del 23 nov 2026 al 29 nov 2026' }).isVisible()).toBe(true);
    await context.close();
  });

  it('reports the posts Hootsuite cannot take, and looks right in dark mode', async () => {
    // Approved since, all but the plenary post (still in review).
    await env.harness.ctx.db.updateTable('posts').set({ status: 'approved' }).where('status', 'in', ['draft', 'in_review']).where('id', '!=', seed.posts.pleno).execute();
    const { page, context } = await env.open({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Exportar' }).click();
    await page.getByLabel('Día de la semana').fill('2026-11-26');
    await page.getByRole('combobox', { name: 'Cuenta para Hootsuite' }).selectOption({ label: '@aytocangas (X)' });
    await page.getByRole('button', { name: 'CSV para Hootsuite' }).click();
    const result = page.getByRole('region', { name: /Último archivo/ });
    await result.getByText('Publicaciones que no han entrado: 4').waitFor();
    expect(await result.getByText(/Demasiado larga para X: \d+ de 280 caracteres\./).isVisible()).toBe(true);
    expect(await result.getByText('No está aprobada: a la herramienta de programación solo van publicaciones aprobadas.').isVisible()).toBe(true);
    expect(await result.getByText('Hootsuite solo admite minutos múltiplos de 5.').isVisible()).toBe(true);
    expect(await result.getByText('Filas: 1').isVisible()).toBe(true);
    await screenshotAll(page, '/tmp/exports-dark.png');
    expect(await seriousViolations(page)).toEqual([]);

    // The same page in English.
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
    await page.getByRole('button', { name: 'Approval PDF' }).click();
    await page.getByRole('region', { name: /Last file/ }).getByText(/Saved to .*\.pdf/).waitFor();
    expect(await page.getByRole('region', { name: 'Recorded approvals' }).getByText('María Núñez').isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Exportar' }).waitFor();
    await context.close();
  });
});
