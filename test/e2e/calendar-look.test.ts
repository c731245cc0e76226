import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { PLAIN_NOW, dragOnto, seeder, thisWeek } from './support/calendar';

let env: E2eEnv;
let s: ReturnType<typeof seeder>;
const w = thisWeek(PLAIN_NOW);
beforeAll(async () => {
  env = await startE2e({ lang: 'es', now: PLAIN_NOW });
  s = seeder(env.harness);
  await s.call('settings.save', { timeZone: 'Europe/Madrid' });
  const fb = await s.account('facebook', 'ayto', 2);
  const x = await s.account('x', 'ayto_x', 1);
  const c = await s.call('campaigns.save', { name: 'Navidad', color: '#b3261e', accountIds: [fb] });
  await s.call('posts.save', { title: 'Mercadillo navideño', body: 'Del 1 al 6 de diciembre, en la plaza. Paso del camión de la basura a otra hora.', scheduledAt: w.at(2, 10), campaignId: c.id, targets: [{ accountId: fb }] });
  await s.call('posts.save', { title: 'Corte de agua', scheduledAt: w.at(3, 9), status: 'on_hold', targets: [{ accountId: fb }, { accountId: x }] });
  await s.call('posts.save', { title: 'Concurso de belenes', scheduledDay: w.day(4), status: 'idea' });
  await s.call('posts.save', { title: 'Encuesta de movilidad', status: 'idea' });
});
afterAll(() => env?.close());

describe('calendar screen, both languages, light and dark', () => {
  for (const [lang, scheme] of [
    ['es', 'light'],
    ['es', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    it(`reads well and passes axe (${lang}, ${scheme})`, async () => {
      await s.call('settings.save', { locale: lang });
      const { page, context } = await env.open({ colorScheme: scheme, locale: lang === 'es' ? 'es-ES' : 'en-GB' });
      const heading = lang === 'es' ? 'Calendario editorial' : 'Editorial calendar';
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('button', { name: /Mercadillo navideño/ }).waitFor();
      // On hold is spelled out on the event itself, not only by colour.
      await page.getByRole('button', { name: lang === 'es' ? /En pausa: Corte de agua/ : /On hold: Corte de agua/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/calendar-${lang}-${scheme}.png`, fullPage: true });
      await page.getByRole('button', { name: /Mercadillo navideño/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/calendar-editor-${lang}-${scheme}.png` });
      await context.close();
    });
  }

  it('finds a post without its accents and opens it from the results', async () => {
    await s.call('settings.save', { locale: 'es' });
    const { page, context } = await env.open();
    await page.getByRole('searchbox', { name: 'Buscar publicaciones' }).fill('camion basura');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    const results = page.getByRole('region', { name: 'Resultados de la búsqueda' });
    await results.getByRole('button', { name: 'Mercadillo navideño' }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
    expect(await dialog.getByRole('textbox', { name: 'Título interno' }).inputValue()).toBe('Mercadillo navideño');
    await context.close();
  });

  it('puts a post back and explains why when a move is refused', async () => {
    const p = await s.call('posts.save', { title: 'Aviso de obras', scheduledAt: w.at(1, 12) });
    const { page, context } = await env.open();
    const event = page.getByRole('button', { name: /Aviso de obras/ });
    await event.waitFor();
    // Someone else saves the post after this window read it: the drag carries a stale version.
    await s.call('posts.save', { id: p.id, version: p.version, title: 'Aviso de obras', scheduledAt: w.at(1, 12), body: 'cambiado' });
    const target = page.getByRole('cell', { name: new RegExp(`^${Number(w.day(5).slice(8))} de `) }).last();
    await target.scrollIntoViewIfNeeded();
    const from = await dragOnto(page, event, target);
    await page.getByRole('alert').getByText(/No se pudo mover «Aviso de obras»: Otra persona o ventana cambió esto/).waitFor();
    const back = (await event.boundingBox())!;
    expect(Math.abs(back.x - from.x)).toBeLessThan(5);
    await context.close();
  });
});
