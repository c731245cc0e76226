import { execFileSync } from 'node:child_process';
import { dayInZone } from '../../shared/domain/time';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSettings } from '../../electron/features/settings/service';
import { type E2eEnv, startE2e } from './support/app';
import { approveThenOpenPublish } from './support/crisis';
import { seriousViolations } from './support/axe';
import { goOffline } from './support/offline';
import { saveAccount } from '../support/accounts';

// A Monday that is the 1st, in the evening: the crisis runs into the next day.
const NOW = new Date('2026-06-01T19:40:00Z');

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => NOW });
});
afterAll(() => env?.close());

const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * 3600_000).toISOString();

describe('crisis playbooks in Chromium, offline', () => {
  it('runs a flood night from the Spanish starter: facts, statements, pause, timeline, end, report', async () => {
    const db = env.harness.ctx.db;
    await saveAccount(env.harness.ctx, { network: 'x', handle: '@aytovillanueva' });
    await saveAccount(env.harness.ctx, { network: 'facebook', handle: 'AyuntamientoVillanueva' });
    const posts = [];
    for (const [title, h, status] of [
      ['Concurso de disfraces', 3, 'approved'],
      ['Mercadillo navideño', 20, 'draft'],
      ['Ya publicada ayer', 2, 'published'],
      ['Fiesta del mes que viene', 24 * 30, 'approved'],
    ] as const) {
      posts.push((await db.insertInto('posts').values({ title, scheduledAt: hoursFromNow(h), scheduledDay: null, status, campaignId: null, approvedVersion: null, deletedAt: null }).returning('id').executeTakeFirstOrThrow()).id);
    }
    // Planned for tomorrow as a whole day, no time: it could go out at any hour of the crisis.
    const tomorrow = dayInZone(hoursFromNow(24), (await getSettings(env.harness.ctx)).timeZone);
    posts.push((await db.insertInto('posts').values({ title: 'Día del árbol', scheduledAt: null, scheduledDay: tomorrow, status: 'in_review', campaignId: null, approvedVersion: null, deletedAt: null }).returning('id').executeTakeFirstOrThrow()).id);

    const { page, context } = await env.open();
    await page.clock.setFixedTime(NOW);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Protocolos de crisis' }).waitFor();
    const escaped = await goOffline(context, env.harness);
    expect(await page.evaluate(() => fetch('https://example.org/').then(() => 'online', () => 'offline'))).toBe('offline');

    await page.getByRole('combobox', { name: 'Protocolo' }).selectOption({ label: 'Inundación o temporal' });
    await page.getByRole('combobox', { name: 'Gravedad' }).selectOption({ label: 'Crítica' });
    await page.getByRole('button', { name: 'Empezar ahora' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inundación o temporal' }).waitFor();
    await page.getByText('Primera respuesta en').waitFor();
    await page.getByText(/Protocolo: Inundación o temporal, versión 1/).waitFor();

    const first = page.getByRole('article', { name: 'Primer aviso' });
    // The time and the next update came from the clock; the rest is still to type.
    await first.getByText('Falta: Lugar, Servicio afectado, Recomendación').waitFor();
    expect(await first.getByRole('button', { name: 'Marcar aprobado' }).isDisabled()).toBe(true);

    await page.getByRole('textbox', { name: 'Lugar' }).fill('Barrio de la Vega');
    await page.getByRole('textbox', { name: 'Hora', exact: true }).fill('21:40');
    await page.getByRole('textbox', { name: 'Servicio afectado' }).fill('Colegios cerrados mañana');
    await page.getByRole('textbox', { name: 'Próxima actualización' }).fill('23:00');
    await page.getByRole('textbox', { name: 'Recomendación' }).fill('No cruce calles inundadas');
    await page.getByRole('textbox', { name: 'Detalle' }).fill('El río empieza a bajar');

    const statements = page.getByRole('region', { name: 'Comunicados' });
    await expect.poll(() => statements.getByText('Listo', { exact: true }).count()).toBe(2);
    expect(await statements.getByText(/Falta:/).count()).toBe(0);
    expect(await statements.getByText('{{', { exact: false }).count()).toBe(0);
    await first.getByText(/Por el temporal, hay incidencias en Barrio de la Vega desde las 21:40/).waitFor();
    await first.getByText(/Temporal: incidencias en Barrio de la Vega desde las 21:40/).waitFor();

    const check = page.getByRole('textbox', { name: 'Confirmado por: Zonas y calles afectadas' });
    await check.fill('Sargento Ruiz, Policía Local');
    await page.getByRole('button', { name: 'Verificar: Zonas y calles afectadas' }).click();
    await page.getByText(/Confirmado por Sargento Ruiz, Policía Local a las/).waitFor();

    const publish = await approveThenOpenPublish(page, first, 'Alcaldesa');
    await publish.getByRole('checkbox', { name: 'Facebook AyuntamientoVillanueva' }).uncheck();
    await publish.getByRole('button', { name: 'Anotar' }).click();
    await page.getByText('Próxima actualización en').waitFor();

    await page.getByRole('button', { name: 'Pausar publicaciones' }).click();
    await page.getByRole('status').getByText('3 publicaciones en pausa.').waitFor();
    const held = page.getByRole('region', { name: 'Publicaciones programadas' });
    await held.getByRole('cell', { name: 'Concurso de disfraces' }).waitFor();
    await held.getByRole('cell', { name: 'Mercadillo navideño' }).waitFor();
    expect(await held.getByRole('cell', { name: 'Fiesta del mes que viene' }).count()).toBe(0);
    await held.getByRole('row', { name: /Día del árbol/ }).getByRole('cell', { name: /^\d+ \S+, todo el día$/ }).waitFor();

    const timeline = page.getByRole('region', { name: 'Cronología' });
    const entries = timeline.getByRole('list', { name: 'Cronología' });
    await timeline.getByRole('combobox', { name: 'Tipo' }).selectOption({ label: 'Pregunta recibida' });
    await timeline.getByRole('textbox', { name: 'Texto' }).fill('¿Hay clase mañana en el colegio San Roque?');
    await timeline.getByRole('button', { name: 'Añadir' }).click();
    await entries.getByText('¿Hay clase mañana en el colegio San Roque?').waitFor();
    await timeline.getByRole('combobox', { name: 'Tipo' }).selectOption({ label: 'Nota' });
    await timeline.getByRole('textbox', { name: 'Texto' }).fill('Protección Civil confirma desalojo de dos viviendas.');
    await timeline.getByRole('button', { name: 'Añadir' }).click();
    await entries.getByText('Protección Civil confirma desalojo de dos viviendas.').waitFor();
    await timeline.getByRole('combobox', { name: 'Tipo' }).selectOption({ label: 'Corrección' });
    const corrects = timeline.getByRole('combobox', { name: 'Corrige la entrada' });
    const noteOption = await corrects.getByRole('option', { name: /Nota Protección Civil/ }).getAttribute('value');
    await corrects.selectOption(noteOption!);
    await timeline.getByRole('textbox', { name: 'Texto' }).fill('Eran tres viviendas, no dos.');
    await timeline.getByRole('button', { name: 'Añadir' }).click();
    await entries.getByText('Eran tres viviendas, no dos.').waitFor();
    await entries.getByText(/Corrige la entrada de las/).waitFor();
    await entries.getByText('Protección Civil confirma desalojo de dos viviendas.').waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 2300 });
    await page.screenshot({ path: '/tmp/playbooks-incident-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/playbooks-incident-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: 'Cerrar incidente' }).click();
    await page.getByRole('dialog', { name: 'Cerrar incidente' }).getByRole('button', { name: 'Cerrar incidente' }).click();
    const offer = page.getByRole('dialog', { name: 'Reanudar publicaciones' });
    await offer.getByText('Hay 3 publicaciones en pausa').waitFor();
    await offer.getByRole('button', { name: 'Reanudar publicaciones' }).click();
    await page.getByRole('status').getByText('3 publicaciones vuelven a su estado anterior.').waitFor();
    const statuses = await db.selectFrom('posts').select(['id', 'status']).orderBy('id').execute();
    expect(statuses.map((p) => p.status)).toEqual(['approved', 'draft', 'published', 'approved', 'in_review']);

    await page.getByRole('button', { name: 'Ver informe' }).click();
    await page.getByRole('heading', { name: 'Informe del incidente: Inundación o temporal' }).waitFor();
    await page.screenshot({ path: '/tmp/playbooks-report-light.png' });
    await page.getByText(/Primera respuesta: \d+ min \(objetivo 15 min\): cumplido/).waitFor();
    const sent = page.getByRole('figure', { name: /X @aytovillanueva/ });
    await sent.getByText(/Temporal: incidencias en Barrio de la Vega desde las 21:40/).waitFor();
    await page.getByRole('cell', { name: /Pregunta recibida/ }).waitFor();
    await page.getByRole('cell', { name: /Incidente cerrado/ }).waitFor();
    // The report on screen says what the crisis held and that it went back out.
    const heldRow = page.getByRole('row', { name: /Día del árbol/ });
    await heldRow.getByRole('cell', { name: /^\d+ \S+, todo el día$/ }).waitFor();
    await heldRow.getByRole('cell', { name: /^Reanudada el / }).waitFor();

    await page.getByRole('button', { name: 'Exportar Markdown' }).click();
    const toast = page.getByRole('status').getByText(/Informe guardado en/);
    await toast.waitFor();
    const file = (await toast.textContent())!.replace('Informe guardado en ', '').trim();
    const markdown = fs.readFileSync(file, 'utf8');
    expect(markdown).toContain('Eran tres viviendas, no dos.');
    expect(markdown).toMatch(/- Día del árbol \(\d{2}\/\d{2}\/\d{4}, todo el día\): En revisión → En revisión/);
    expect(posts).toHaveLength(5);
    expect(escaped).toEqual([]);
    await context.close();
  });

  it('copies a starter, adapts it with a contact, keeps versions and prints its crisis card', async () => {
    const { page, context } = await env.open();
    await page.clock.setFixedTime(NOW);
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
    await goOffline(context, env.harness);
    const tabs = page.getByRole('navigation', { name: 'Apartados de crisis' });
    await tabs.getByRole('button', { name: 'Contactos' }).click();
    await page.getByRole('button', { name: 'Nuevo contacto' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuevo contacto' });
    await dialog.getByRole('textbox', { name: 'Nombre' }).fill('Lucía Gómez');
    await dialog.getByRole('textbox', { name: 'Cargo' }).fill('Alcaldesa');
    await dialog.getByRole('textbox', { name: 'Teléfono' }).fill('600 000 001');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('cell', { name: 'Lucía Gómez', exact: true }).first().waitFor();
    await page.getByRole('searchbox', { name: 'Buscar contactos' }).fill('lucia');
    await page.getByRole('cell', { name: 'Alcaldesa' }).waitFor();

    await tabs.getByRole('button', { name: 'Protocolos' }).click();
    await page.getByRole('button', { name: 'Abrir Corte de agua, luz u otro servicio' }).click();
    await page.getByText(/Es un modelo de partida/).waitFor();
    await page.getByRole('button', { name: 'Copiar para adaptar' }).click();
    await page.getByRole('heading', { level: 2, name: 'Corte de agua, luz u otro servicio (copia)' }).waitFor();
    await page.getByRole('combobox', { name: 'Contacto' }).nth(1).selectOption({ label: 'Lucía Gómez (Alcaldesa)' });
    await page.getByRole('button', { name: 'Guardar nueva versión' }).click();
    await page.getByRole('status').getByText('Guardada la versión 2.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Corte de agua, luz u otro servicio (copia)' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Nombre del escenario' }).inputValue()).toBe('Corte de agua, luz u otro servicio (copia)');
    await page.getByText(/Versiones guardadas \(2\)/).click();
    await page.getByRole('button', { name: 'Ver versión 1' }).click();
    await page.getByText(/Estás viendo la versión 1/).waitFor();
    await page.getByRole('button', { name: 'Volver a la versión actual' }).click();
    await page.getByRole('button', { name: 'Ficha de crisis (PDF)' }).click();
    const saved = page.getByRole('status').getByText(/Ficha guardada en .*\.pdf/);
    await saved.waitFor();
    const pdf = (await saved.textContent())!.replace('Ficha guardada en ', '').trim();
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Lucía Gómez');
    expect(text).toContain('Aviso de corte');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/playbooks-editor-light.png', fullPage: false });
    await context.close();
  });

  it('works in English: starters listed, a blank incident started, light and dark', async () => {
    await env.harness.invoke('settings.save', { locale: 'en' });
    const { page, context } = await env.open({ locale: 'en-GB' });
    await page.clock.setFixedTime(NOW);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Crisis' }).click();
    await goOffline(context, env.harness);
    const tabs = page.getByRole('navigation', { name: 'Crisis sections' });
    await tabs.getByRole('button', { name: 'Playbooks' }).click();
    await page.getByRole('button', { name: 'Open Flood or severe weather' }).waitFor();
    await page.getByRole('button', { name: 'Open Personal data leak' }).waitFor();
    // The office's language: no Spanish starter among the English ones.
    expect(await page.getByRole('button', { name: 'Open Inundación o temporal' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/playbooks-list-en-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/playbooks-list-en-dark.png' });
    await tabs.getByRole('button', { name: 'Incidents' }).click();
    await page.getByRole('combobox', { name: 'Playbook' }).selectOption({ label: 'No playbook (blank)' });
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('heading', { level: 2, name: 'Incident without a playbook' }).waitFor();
    await page.getByText('First response in').waitFor();
    await page.getByRole('article', { name: 'First notice' }).getByText('Missing: Place, Detail').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/playbooks-blank-en-dark.png' });
    await env.harness.invoke('settings.save', { locale: 'es' });
    await context.close();
  });
});
