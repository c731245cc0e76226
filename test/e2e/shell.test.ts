import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, CSP_META } from '../../shared/security/csp';
import { type E2eEnv, startE2e } from './support/app';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es' });
});
afterAll(() => env?.close());

describe('app shell in Chromium', () => {
  it('navigates every section by its name', async () => {
    const { page, context } = await env.open();
    const nav = page.getByRole('navigation', { name: 'Secciones' });
    for (const [button, heading] of [
      ['Cuentas', 'Cuentas'],
      ['Auditorías', 'Auditorías'],
      ['Crisis', 'Protocolos de crisis'],
      ['Exportar', 'Exportar'],
      ['Ajustes', 'Ajustes'],
      ['Calendario', 'Calendario editorial'],
    ] as const) {
      await nav.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
      expect(await nav.getByRole('button', { name: button, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    await context.close();
  });

  it('switches language live and keeps it after a reload', async () => {
    const { page, context } = await env.open();
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Accounts' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Ajustes' }).waitFor();
    await context.close();
  });

  it('saves a setting and shows it after a reload', async () => {
    const { page, context } = await env.open();
    await page.getByRole('button', { name: 'Ajustes' }).click();
    await page.getByRole('textbox', { name: 'Nombre de la oficina' }).fill('Ayuntamiento de Cangas de Onís');
    await page.getByRole('combobox', { name: 'Zona horaria de la oficina' }).selectOption('Atlantic/Canary');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByRole('status').getByText('Guardado').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Ajustes' }).click();
    expect(await page.getByRole('textbox', { name: 'Nombre de la oficina' }).inputValue()).toBe('Ayuntamiento de Cangas de Onís');
    expect(await page.getByRole('combobox', { name: 'Zona horaria de la oficina' }).inputValue()).toBe('Atlantic/Canary');
    await context.close();
  });

  it('shows a translated message next to a bad value', async () => {
    const { page, context } = await env.open();
    await page.getByRole('button', { name: 'Ajustes' }).click();
    await page.getByRole('spinbutton', { name: /Días sin publicar/ }).fill('2');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByRole('alert').getByText('Hay datos que revisar.').waitFor();
    expect(await page.getByText('Demasiado corto o pequeño (mínimo 7).').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('loads with no Content Security Policy complaint in the console (frame-ancestors comes as a header)', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    const response = await page.goto(`${env.harness.url}/#token=${env.harness.token}`);
    await page.getByRole('navigation', { name: 'Secciones' }).waitFor();
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP_META);
    expect(messages.filter((m) => /Content Security Policy|frame-ancestors/i.test(m))).toEqual([]);
    await context.close();
  });

  it('refuses a request without the token', async () => {
    const { page, context } = await env.open();
    const res = await page.request.post(`${env.harness.url}/ipc/app.info`, { data: {} });
    expect(res.status()).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await context.close();
  });
});
