import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, writeWholePlan } from '../fixtures/seed';
import { E2E_NOW, type E2eEnv, startE2e } from './support/app';
import { axeProblems, describeProblems } from './support/axe';

/**
 * axe-core on every main screen (every button of the section navigation, so
 * a new screen is covered as soon as it is in the menu), in both languages,
 * light and dark: no serious or critical violation.
 */
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es' });
  // Screens with content (the demo town hall, as far as the contract has channels for it), not only empty states.
  await writeWholePlan(env.harness.invoke, generate('demo', 1, E2E_NOW));
});
afterAll(() => env?.close());

const runs = [
  { lang: 'es', nav: 'Secciones', scheme: 'light' },
  { lang: 'es', nav: 'Secciones', scheme: 'dark' },
  { lang: 'en', nav: 'Sections', scheme: 'light' },
  { lang: 'en', nav: 'Sections', scheme: 'dark' },
] as const;

describe('accessibility (axe-core)', () => {
  it.each(runs)('every screen in $lang, $scheme, has no serious or critical violation', async ({ lang, nav, scheme }) => {
    await env.harness.invoke('settings.save', { locale: lang });
    const { page, context } = await env.open({
      colorScheme: scheme,
      locale: lang === 'es' ? 'es-ES' : 'en-GB',
    });
    const menu = page.getByRole('navigation', { name: nav });
    await menu.waitFor();
    const names = await menu.getByRole('button').allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(6);
    const report: string[] = [];
    for (const name of names) {
      const button = menu.getByRole('button', { name, exact: true });
      await button.click();
      // A busy machine can take a while to paint a screen: wait for it, do not race it.
      await expect.poll(() => button.getAttribute('aria-current'), { timeout: 15_000 }).toBe('page');
      await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
      const problems = await axeProblems(page);
      if (problems.length > 0) report.push(describeProblems(`${name} (${lang}, ${scheme})`, problems));
    }
    // The post editor with its account picker (departments, counts, search) open over the calendar.
    const es = lang === 'es';
    await menu.getByRole('button', { name: es ? 'Calendario' : 'Calendar', exact: true }).click();
    await page.getByRole('button', { name: es ? 'Nueva publicación' : 'New post' }).click();
    await page.getByRole('dialog', { name: es ? 'Nueva publicación' : 'New post' }).getByRole('group', { name: es ? 'Cuentas de destino' : 'Target accounts' }).waitFor();
    const editor = await axeProblems(page);
    if (editor.length > 0) report.push(describeProblems(`post editor (${lang}, ${scheme})`, editor));
    await context.close();
    expect(report.join('\n')).toBe('');
  });
});

/** States of screens that only show after a click: each must be as clean as the screen itself. */
describe('accessibility of states behind a click (axe-core)', () => {
  it.each(runs.filter((r) => r.lang === 'es'))('in $lang, $scheme: rows chosen in the accounts list, a shipped playbook read as a document, the audit start dialog', async ({ scheme }) => {
    await env.harness.invoke('settings.save', { locale: 'es' });
    const { page, context } = await env.open({ colorScheme: scheme, locale: 'es-ES' });
    const menu = page.getByRole('navigation', { name: 'Secciones' });
    const report: string[] = [];
    const check = async (name: string) => {
      const problems = await axeProblems(page);
      if (problems.length > 0) report.push(describeProblems(`${name} (${scheme})`, problems));
    };

    await menu.getByRole('button', { name: 'Cuentas', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Elegir todas las de esta página' }).check();
    await page.getByRole('region', { name: /cuentas? elegidas?$/ }).waitFor();
    await check('Cuentas, filas elegidas');

    await menu.getByRole('button', { name: 'Crisis', exact: true }).click();
    await page.getByRole('navigation', { name: 'Apartados de crisis' }).getByRole('button', { name: 'Protocolos' }).click();
    await page.getByRole('button', { name: 'Abrir Inundación o temporal', exact: true }).click();
    await page.getByRole('article', { name: 'Inundación o temporal' }).waitFor();
    await check('Protocolo de partida');

    await menu.getByRole('button', { name: 'Auditorías', exact: true }).click();
    await page.getByRole('button', { name: 'Empezar auditoría con «Revisión del estado de cada cuenta»' }).click();
    await page.getByRole('dialog', { name: 'Empezar una auditoría' }).getByRole('combobox', { name: 'Red' }).waitFor();
    await check('Empezar una auditoría');
    await context.close();
    expect(report.join('\n')).toBe('');
  });
});
