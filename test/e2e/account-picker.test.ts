import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountDraftInput } from '../../shared/features/accounts/contract';
import { writeAccountsCsv } from '../../shared/features/accounts/csv';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { approveThenOpenPublish } from './support/crisis';
import { seeder } from './support/calendar';

/** A city's inventory: 600 active accounts that publish, 20 in each of 30 departments, 100 on each of six networks. */
const DEPARTMENTS = Array.from({ length: 30 }, (_, i) => (i === 0 ? 'Cultura' : i === 1 ? 'Deportes' : `Distrito ${String(i).padStart(2, '0')}`));
const NETWORKS = ['facebook', 'instagram', 'x', 'tiktok', 'youtube', 'telegram'] as const;
const city: AccountDraftInput[] = Array.from({ length: 600 }, (_, i) => ({
  network: NETWORKS[i % 6]!,
  handle: `cuenta${String(i).padStart(3, '0')}`,
  displayName: `Cuenta ${i}`,
  department: DEPARTMENTS[i % 30]!,
  role: 'medium',
  status: 'active',
}));

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => new Date('2027-01-13T09:00:00Z') });
  const { call } = seeder(env.harness);
  await call('settings.save', { timeZone: 'Europe/Madrid' });
  expect((await call('accounts.importCsv', { csv: writeAccountsCsv(city, 'en', ','), dryRun: false })).written).toBe(true);
  await call('incidents.start', { playbookId: null, severity: 'high', title: 'Corte de la plaza', facts: { place: 'la plaza Mayor', time: '10:00', detail: 'Está cortada al tráfico', next_update: '11:00' } });
}, 60_000);
afterAll(() => env?.close());

describe('the account picker at a city size (600 accounts)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the post editor lists departments with counts, chooses a whole one and searches the rest (${scheme})`, async () => {
      const { page, context } = await env.open({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 900 });
      // The side panel's weeks group their 600 silent accounts by department, with counts, the first few until asked.
      const week = page.getByRole('region', { name: 'Próximas 4 semanas' }).getByRole('region', { name: 'Semana del 11 ene' });
      await week.getByText('600 cuentas sin publicar', { exact: true }).waitFor();
      expect(await week.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Cultura 20']);
      await week.getByRole('button', { name: 'Mostrar las 600 cuentas' }).click();
      expect(await week.getByRole('heading', { level: 4 }).count()).toBe(30);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/account-picker-side-${scheme}.png` });
      await page.getByRole('button', { name: 'Nueva publicación' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
      const picker = dialog.getByRole('group', { name: 'Cuentas de destino' });
      await picker.getByText('Elegidas: 0 de 600 cuentas').waitFor();
      // Thirty departments folded, not six hundred checkboxes.
      expect(await picker.getByRole('checkbox').count()).toBe(0);
      const departments = picker.getByRole('heading', { level: 4 });
      expect(await departments.count()).toBe(30);
      expect((await departments.allTextContents()).slice(0, 3)).toEqual(['Cultura 0 de 20', 'Deportes 0 de 20', 'Distrito 02 0 de 20']);

      await picker.getByRole('button', { name: 'Elegir todo Cultura (20 cuentas)' }).click();
      await picker.getByText('Elegidas: 20 de 600 cuentas').waitFor();
      const cultura = picker.getByRole('region', { name: 'Cultura 20 de 20' });
      // The chosen stay in sight, each with its own text below.
      expect(await cultura.getByRole('checkbox', { checked: true }).count()).toBe(20);
      await dialog.getByRole('textbox', { name: 'Texto propio para Facebook @cuenta000' }).waitFor();

      // Opening a department lists its accounts; the search finds across all of them.
      const show = picker.getByRole('button', { name: 'Ver las 20 cuentas de Deportes' });
      expect(await show.getAttribute('aria-expanded')).toBe('false');
      await show.click();
      expect(await picker.getByRole('region', { name: 'Deportes 0 de 20' }).getByRole('checkbox').count()).toBe(20);
      await picker.getByRole('searchbox', { name: 'Buscar entre las cuentas' }).fill('distrito 0');
      await picker.getByRole('button', { name: 'Elegir las 160 cuentas encontradas' }).waitFor();
      await picker.getByRole('searchbox', { name: 'Buscar entre las cuentas' }).fill('cuenta598');
      await picker.getByRole('checkbox', { name: 'YouTube @cuenta598' }).check();
      await picker.getByText('Elegidas: 21 de 600 cuentas').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/account-picker-editor-${scheme}.png` });

      // Dropping the department takes its twenty out and leaves the other one.
      await picker.getByRole('searchbox', { name: 'Buscar entre las cuentas' }).fill('');
      await picker.getByRole('button', { name: 'Quitar Cultura' }).click();
      await picker.getByText('Elegida: 1 de 600 cuentas').waitFor();
      await context.close();
    });
  }

  for (const [lang, scheme] of [['es', 'light'], ['en', 'dark']] as const) {
    it(`a crisis statement groups its 600 texts by network and records a publication by department (${lang}, ${scheme})`, async () => {
      await env.harness.invoke('settings.save', { locale: lang });
      const { page, context } = await env.open({ colorScheme: scheme, locale: lang === 'es' ? 'es-ES' : 'en-GB' });
      await page.setViewportSize({ width: 1440, height: 900 });
      const es = lang === 'es';
      await page.getByRole('navigation', { name: es ? 'Secciones' : 'Sections' }).getByRole('button', { name: es ? 'Crisis' : 'Crisis' }).click();
      await page.getByRole('button', { name: es ? 'Abrir incidente Corte de la plaza' : 'Open incident Corte de la plaza' }).click();
      // The statement is written in the incident's language (Spanish); the screen around it in the reader's.
      const statement = page.getByRole('article', { name: 'Primer aviso' });
      await statement.getByText(es ? 'Texto de cada cuenta (600)' : 'Text for each account (600)').click();
      // One line per network and text, with its count, not six hundred.
      const facebook = statement.getByText(es ? 'Facebook · 100 cuentas' : 'Facebook · 100 accounts');
      await facebook.waitFor();
      expect(await statement.getByText(es ? /· 100 cuentas$/ : /· 100 accounts$/).count()).toBe(6);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/account-picker-crisis-texts-${lang}-${scheme}.png` });

      if (es) {
        const publish = await approveThenOpenPublish(page, statement, 'Alcaldesa');
        const on = publish.getByRole('group', { name: 'Publicado en' });
        await on.getByText('Elegidas: 600 de 600 cuentas').waitFor();
        expect(await on.getByRole('checkbox').count()).toBe(0);
        await on.getByRole('button', { name: 'Quitar Cultura' }).click();
        await on.getByText('Elegidas: 580 de 600 cuentas').waitFor();
        await on.getByRole('button', { name: 'Ver las 20 cuentas de Cultura' }).click();
        expect(await on.getByRole('region', { name: 'Cultura 0 de 20' }).getByRole('checkbox', { checked: false }).count()).toBe(20);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `/tmp/account-picker-crisis-publish-${scheme}.png` });
        await publish.getByRole('button', { name: 'Anotar' }).click();
        await expect.poll(() => publish.isVisible()).toBe(false);
        const sent = await env.harness.ctx.db.selectFrom('incidentEvents').select('accountLabel').where('kind', '=', 'statement_published').execute();
        expect(sent).toHaveLength(580);
        expect(sent.some((e) => e.accountLabel === 'Facebook cuenta000')).toBe(false);
      }
      await context.close();
    });
  }
});
