import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAccount } from '../support/accounts';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { approveThenOpenPublish } from './support/crisis';

// New Year's Eve, 23:50 in Madrid: the next update (every 30 minutes when critical) falls in the next day and year.
const NOW = new Date('2026-12-31T22:50:00Z');

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => NOW });
  await env.harness.invoke('settings.save', { timeZone: 'Europe/Madrid' });
  await saveAccount(env.harness.ctx, { network: 'x', handle: '@aytovillanueva' });
  await saveAccount(env.harness.ctx, { network: 'facebook', handle: 'AyuntamientoVillanueva' });
  await saveAccount(env.harness.ctx, { network: 'instagram', handle: 'villanueva_cultura' });
  await saveAccount(env.harness.ctx, { network: 'tiktok', handle: 'villanueva_antigua', status: 'dormant' });
});
afterAll(() => env?.close());

describe('crisis mode in six steps, in Chromium', () => {
  it('goes from the Crisis screen to every statement filled for every active account in three interactions besides typing', async () => {
    const { page, context } = await env.open();
    await page.clock.setFixedTime(NOW);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Protocolos de crisis' }).waitFor();

    // Every click or choice counts; typing the facts does not.
    let interactions = 0;
    const act = async (step: () => Promise<unknown>) => {
      interactions += 1;
      await step();
    };
    const start = page.getByRole('form', { name: 'Iniciar un incidente' });
    // Only the office language's playbooks are offered.
    expect(await start.getByRole('option', { name: 'Flood or severe weather' }).count()).toBe(0);
    await act(() => start.getByRole('combobox', { name: 'Protocolo' }).selectOption({ label: 'Inundación o temporal' }));
    await act(() => start.getByRole('combobox', { name: 'Gravedad' }).selectOption({ label: 'Crítica' }));
    // The facts the flood statements use, with the time and next update already there.
    const facts = start.getByRole('group', { name: 'Datos para los comunicados' });
    expect(await facts.getByRole('textbox', { name: 'Hora', exact: true }).inputValue()).toBe('23:50');
    expect(await facts.getByRole('textbox', { name: 'Próxima actualización' }).inputValue()).toBe('00:20');
    await facts.getByRole('textbox', { name: 'Lugar' }).fill('la ribera del Tajo');
    await facts.getByRole('textbox', { name: 'Servicio afectado' }).fill('Cortado el paseo fluvial');
    await facts.getByRole('textbox', { name: 'Recomendación' }).fill('Evite acercarse al río');
    await facts.getByRole('textbox', { name: 'Detalle' }).fill('El nivel del agua sigue subiendo');
    await page.screenshot({ path: '/tmp/crisis-start-light.png' });
    await act(() => start.getByRole('button', { name: 'Empezar ahora' }).click());
    await page.getByRole('heading', { level: 2, name: 'Inundación o temporal' }).waitFor();

    const statements = page.getByRole('region', { name: 'Comunicados' });
    await expect.poll(() => statements.getByText('Listo', { exact: true }).count()).toBe(2);
    expect(interactions).toBe(3);
    expect(interactions).toBeLessThanOrEqual(6);
    const first = statements.getByRole('article', { name: 'Primer aviso' });
    await first
      .getByText(
        'AVISO | Por el temporal, hay incidencias en la ribera del Tajo desde las 23:50. Cortado el paseo fluvial. Los equipos municipales y Protección Civil ya están trabajando. Evite acercarse al río. Ante cualquier emergencia, llame al 112. Volveremos a informar a las 00:20.',
      )
      .waitFor();
    await statements
      .getByRole('article', { name: 'Actualización' })
      .getByText('ACTUALIZACIÓN DE LAS 23:50 | Situación en la ribera del Tajo: El nivel del agua sigue subiendo. Cortado el paseo fluvial. Seguimos en la zona con Policía Local y Protección Civil. Próxima actualización: 00:20.')
      .waitFor();
    // Every active account (not the dormant one) has its text, with nothing left to fill.
    for (const title of ['Primer aviso', 'Actualización']) {
      const article = statements.getByRole('article', { name: title });
      await article.getByText('Texto de cada cuenta (3)').click();
      for (const label of ['Facebook AyuntamientoVillanueva', 'Instagram villanueva_cultura', 'X @aytovillanueva']) {
        await article.getByRole('button', { name: `Copiar ${title}, ${label}` }).waitFor();
      }
      expect(await article.getByRole('button', { name: /TikTok/ }).count()).toBe(0);
      await article.getByRole('list', { name: `Estado de «${title}»` }).getByText('Sin redactar ni publicar').waitFor();
    }
    expect(await statements.getByText('{{', { exact: false }).count()).toBe(0);
    expect(await statements.getByText(/Falta:/).count()).toBe(0);

    // Facts typed on the incident screen fill the statements as they are typed, with no button.
    await page.getByRole('textbox', { name: 'Lugar' }).fill('la ribera del Tajo y la calle del Puente');
    await first.getByText(/hay incidencias en la ribera del Tajo y la calle del Puente desde las 23:50/).waitFor();
    // Leaving the field keeps the facts.
    await page.getByRole('textbox', { name: 'Lugar' }).blur();
    const [{ id }] = (await env.harness.ctx.db.selectFrom('incidents').select('id').execute()) as [{ id: number }];
    const stored = async () => (await env.harness.ctx.db.selectFrom('incidents').select('facts').where('id', '=', id).executeTakeFirstOrThrow()).facts;
    await expect.poll(async () => JSON.parse(await stored()).place).toBe('la ribera del Tajo y la calle del Puente');

    // Approved, then published by hand on every active account at once; the statement says so beside its buttons.
    const publish = await approveThenOpenPublish(page, first, 'Alcaldesa');
    const on = publish.getByRole('group', { name: 'Publicado en' });
    for (const label of ['Facebook AyuntamientoVillanueva', 'Instagram villanueva_cultura', 'X @aytovillanueva']) {
      expect(await on.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    }
    await publish.getByRole('button', { name: 'Anotar' }).click();
    const state = first.getByRole('list', { name: 'Estado de «Primer aviso»' });
    await state.getByText('Aprobado por Alcaldesa a las 23:50').waitFor();
    await state.getByText('Publicado a mano en Facebook AyuntamientoVillanueva (23:50), Instagram villanueva_cultura (23:50), X @aytovillanueva (23:50)').waitFor();
    const sent = await env.harness.ctx.db.selectFrom('incidentEvents').select(['accountLabel', 'text']).where('incidentId', '=', id).where('kind', '=', 'statement_published').orderBy('id').execute();
    expect(sent[2]!.text).toBe(
      'AVISO | Temporal: incidencias en la ribera del Tajo y la calle del Puente desde las 23:50. Cortado el paseo fluvial. Equipos municipales trabajando. Evite acercarse al río. Emergencias: 112. Próxima información: 00:20.',
    );
    expect(sent.map((e) => e.accountLabel)).toEqual([
      'Facebook AyuntamientoVillanueva',
      'Instagram villanueva_cultura',
      'X @aytovillanueva',
    ]);

    // Elsewhere in the app, a banner says the incident is running, with its clock, and leads back to it.
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Calendario' }).click();
    const banner = page.getByRole('complementary', { name: 'Incidente en curso' });
    await banner.getByText('Incidente en curso: Inundación o temporal').waitFor();
    await banner.getByText('Desde el inicio 0:00:00').waitFor();
    await banner.getByText('Próxima actualización en 0:30:00').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/crisis-banner-light.png' });
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
    await banner.getByRole('button', { name: 'Ir al incidente' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inundación o temporal' }).waitFor();
    expect(await banner.count()).toBe(0);

    // The close dialog's buttons say what they do; keeping it open keeps it running.
    await page.getByRole('button', { name: 'Cerrar incidente' }).click();
    const close = page.getByRole('dialog', { name: 'Cerrar incidente' });
    await close.getByRole('button', { name: 'Seguir con él' }).click();
    await close.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Cerrar incidente' }).click();
    await close.getByRole('button', { name: 'Cerrar incidente' }).click();
    await page.getByText(/Cerrado el/).waitFor();

    // The report: one round of publications, no update made up from the close, and the checks nobody confirmed.
    await page.getByRole('button', { name: 'Ver informe' }).click();
    await page.getByRole('heading', { name: 'Informe del incidente: Inundación o temporal' }).waitFor();
    await page.getByText('Actualizaciones fuera de plazo: 0').waitFor();
    const pending = page.getByRole('list', { name: 'Verificaciones pendientes' });
    expect(await pending.getByRole('listitem').allTextContents()).toEqual([
      'Zonas y calles afectadas (Policía Local)',
      'Si hay personas heridas, atrapadas o desalojadas (Protección Civil o emergencias 112)',
      'Servicios suspendidos (colegios, mercados, transporte) (Alcaldía)',
      'Hora de la próxima información oficial (Jefatura de gabinete)',
    ]);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Calendario' }).click();
    expect(await page.getByRole('complementary', { name: 'Incidente en curso' }).count()).toBe(0);

    // The playbook list shows the office language's starters, and follows it when the office changes language.
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
    await page.getByRole('navigation', { name: 'Apartados de crisis' }).getByRole('button', { name: 'Protocolos' }).click();
    await page.getByRole('button', { name: 'Abrir Inundación o temporal' }).waitFor();
    expect(await page.getByRole('button', { name: /Flood or severe weather/ }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Open Flood or severe weather' }).waitFor();
    expect(await page.getByRole('button', { name: /Inundación o temporal/ }).count()).toBe(0);
    expect(await page.getByRole('list').filter({ hasText: 'Flood or severe weather' }).getByRole('listitem').count()).toBe(8);
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Abrir Inundación o temporal' }).waitFor();
    await context.close();
  });
});
