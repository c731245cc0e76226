import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seeder } from './support/calendar';

let env: E2eEnv;
let s: ReturnType<typeof seeder>;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', now: new Date('2027-01-01T10:00:00+01:00') });
  s = seeder(env.harness);
  await s.call('settings.save', { timeZone: 'Europe/Madrid' });
});
afterAll(() => env?.close());

/**
 * Open the editor, have another instance save the row from the same version,
 * type in the editor and save: the alert, the comparison, then keep mine.
 * Answers the comparison's field names.
 */
async function staleSave(page: Page, o: { open: () => Promise<Locator>; behind: () => Promise<unknown>; type: (dialog: Locator) => Promise<void>; message: string }) {
  const dialog = await o.open();
  await o.behind();
  await o.type(dialog);
  await dialog.getByRole('button', { name: 'Guardar', exact: true }).click();
  await dialog.getByRole('alert').filter({ hasText: o.message }).getByRole('button', { name: 'Recargar y comparar' }).click();
  const compare = dialog.getByRole('region', { name: 'Lo guardado ahora y lo tuyo' });
  await compare.getByRole('table').waitFor();
  const fields = await compare.getByRole('rowheader').allTextContents();
  await compare.getByRole('button', { name: 'Quedarme con lo mío' }).click();
  await dialog.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  return fields;
}

describe('a stale save in the other editors keeps the draft and saves it on the new version when asked', () => {
  it('a crisis contact', async () => {
    const contact = await s.call('contacts.save', { name: 'Protección Civil', role: 'Guardia', phone: '600 100 200' });
    const { page, context } = await env.open();
    const fields = await staleSave(page, {
      message: 'Otra persona ha guardado cambios en este contacto mientras lo editabas.',
      async open() {
        await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
        await page.getByRole('navigation', { name: 'Apartados de crisis' }).getByRole('button', { name: 'Contactos' }).click();
        await page.getByRole('button', { name: 'Editar Protección Civil' }).click();
        return page.getByRole('dialog', { name: 'Editar contacto' });
      },
      behind: () => s.call('contacts.save', { id: contact.id, version: contact.version, name: 'Protección Civil', role: 'Guardia', phone: '600 999 999' }),
      type: (d) => d.getByRole('textbox', { name: 'Notas' }).fill('Llamar antes de las 8.'),
    });
    expect(fields).toEqual(['Teléfono', 'Notas']);
    const saved = (await s.call('contacts.list', {})).find((c) => c.id === contact.id);
    expect({ version: saved?.version, phone: saved?.phone, notes: saved?.notes }).toEqual({ version: contact.version + 2, phone: '600 100 200', notes: 'Llamar antes de las 8.' });
    await context.close();
  });

  it('a person', async () => {
    const person = await s.call('people.save', { name: 'Lucía Pardo', jobTitle: 'Técnica de Cultura', department: 'Cultura' });
    const { page, context } = await env.open();
    const fields = await staleSave(page, {
      message: 'Otra persona ha guardado cambios en la ficha de esta persona mientras la editabas.',
      async open() {
        await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
        await page.getByRole('heading', { level: 2, name: 'Personas y formación' }).click();
        await page.getByRole('button', { name: 'Editar a Lucía Pardo' }).click();
        return page.getByRole('dialog', { name: 'Editar a Lucía Pardo' });
      },
      behind: () => s.call('people.save', { id: person.id, version: person.version, name: 'Lucía Pardo', jobTitle: 'Jefa de Cultura', department: 'Cultura' }),
      type: (d) => d.getByRole('textbox', { name: 'Teléfono' }).fill('600 300 400'),
    });
    expect(fields).toEqual(['Cargo', 'Teléfono']);
    const saved = await s.call('people.get', { id: person.id });
    expect({ version: saved.version, jobTitle: saved.jobTitle, phone: saved.phone }).toEqual({ version: person.version + 2, jobTitle: 'Técnica de Cultura', phone: '600 300 400' });
    await context.close();
  });

  it('a target', async () => {
    const target = await s.call('targets.save', { kind: 'two_factor_pct', value: 80, dueOn: '2027-06-30', note: '' });
    const { page, context } = await env.open();
    const fields = await staleSave(page, {
      message: 'Otra persona ha guardado cambios en este objetivo mientras lo editabas.',
      async open() {
        await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Cuentas' }).click();
        await page.getByRole('button', { name: /^Editar el objetivo/ }).click();
        return page.getByRole('dialog', { name: 'Editar objetivo' });
      },
      behind: () => s.call('targets.save', { id: target.id, version: target.version, kind: 'two_factor_pct', value: 90, dueOn: '2027-06-30', note: '' }),
      type: (d) => d.getByRole('textbox', { name: 'Nota' }).fill('Lo pide Alcaldía.'),
    });
    expect(fields).toEqual(['Porcentaje que hay que alcanzar', 'Nota']);
    const saved = (await s.call('targets.list', {})).find((x) => x.id === target.id);
    expect({ version: saved?.version, value: saved?.value, note: saved?.note }).toEqual({ version: target.version + 2, value: 80, note: 'Lo pide Alcaldía.' });
    await context.close();
  });
});

describe('a stale save of a campaign', () => {
  it('keeps the form as typed, compares, and takes what is saved when asked', async () => {
    const campaign = await s.call('campaigns.save', { name: 'Navidad', startsOn: '2026-12-01', endsOn: '2027-01-06' });
    const { page, context } = await env.open();
    await page.getByText('Campañas, hashtags y días').click();
    await page.getByRole('button', { name: 'Editar Navidad' }).click();
    const form = page.getByRole('form', { name: 'Editar campaña «Navidad»' });
    await form.getByRole('textbox', { name: 'Nombre' }).fill('Navidad en Villanueva');
    await s.call('campaigns.save', { id: campaign.id, version: campaign.version, name: 'Navidad', startsOn: '2026-12-01', endsOn: '2027-01-07' });
    await form.getByRole('button', { name: 'Guardar campaña' }).click();
    await form.getByRole('alert').filter({ hasText: 'Otra persona ha guardado cambios en esta campaña mientras la editabas.' }).getByRole('button', { name: 'Recargar y comparar' }).click();
    const compare = form.getByRole('region', { name: 'Lo guardado ahora y lo tuyo' });
    await compare.getByRole('table').waitFor();
    expect(await compare.getByRole('rowheader').allTextContents()).toEqual(['Nombre', 'Termina']);
    expect(await compare.getByRole('row', { name: /^Termina/ }).getByRole('cell').allTextContents()).toEqual(['7 ene 2027', '6 ene 2027']);
    await compare.getByRole('button', { name: 'Usar lo guardado' }).click();
    await form.getByRole('status').getByText('Se ha cargado la versión guardada ahora; tus cambios se han descartado.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Nombre' }).inputValue()).toBe('Navidad');
    await form.getByRole('textbox', { name: 'Nombre' }).fill('Navidad 2026');
    await form.getByRole('button', { name: 'Guardar campaña' }).click();
    await page.getByRole('status').getByText('Campaña guardada.').waitFor();
    const saved = (await s.call('campaigns.list', {})).find((c) => c.id === campaign.id);
    expect({ version: saved?.version, name: saved?.name, endsOn: saved?.endsOn }).toEqual({ version: campaign.version + 2, name: 'Navidad 2026', endsOn: '2027-01-07' });
    await context.close();
  });
});

describe('a stale save of a crisis playbook', () => {
  it('keeps the draft, compares the sections that differ, and saves a new version on top when asked', async () => {
    const starter = (await s.call('playbooks.list', {})).find((p) => p.name === 'Corte de agua, luz u otro servicio');
    const own = await s.call('playbooks.copy', { id: starter!.id, name: 'Corte de agua en el barrio alto' });
    const { page, context } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
    await page.getByRole('navigation', { name: 'Apartados de crisis' }).getByRole('button', { name: 'Protocolos' }).click();
    await page.getByRole('button', { name: 'Abrir Corte de agua en el barrio alto' }).click();
    const name = page.getByRole('textbox', { name: 'Nombre del escenario' });
    await name.waitFor();
    const current = await s.call('playbooks.get', { id: own.id });
    await s.call('playbooks.save', { id: own.id, version: current.version, locale: current.locale, content: { ...current.content, scenario: 'Avería en el depósito del barrio alto.' } });
    await name.fill('Corte de agua: barrio alto');
    await page.getByRole('button', { name: 'Guardar nueva versión' }).click();
    await page.getByRole('alert').filter({ hasText: 'Otra persona ha guardado cambios en este protocolo mientras lo editabas.' }).getByRole('button', { name: 'Recargar y comparar' }).click();
    const compare = page.getByRole('region', { name: 'Lo guardado ahora y lo tuyo' });
    await compare.getByRole('table').waitFor();
    expect(await compare.getByRole('rowheader').allTextContents()).toEqual(['Nombre del escenario', 'Escenario']);
    expect(await compare.getByRole('row', { name: /^Escenario/ }).getByRole('cell').allTextContents()).toEqual(['Avería en el depósito del barrio alto.', current.content.scenario]);
    await compare.getByRole('button', { name: 'Quedarme con lo mío' }).click();
    await page.getByRole('button', { name: 'Guardar nueva versión' }).click();
    await page.getByRole('status').getByText('Guardada la versión 3.').waitFor();
    const saved = await s.call('playbooks.get', { id: own.id });
    expect({ version: saved.version, name: saved.content.name, scenario: saved.content.scenario }).toEqual({ version: current.version + 2, name: 'Corte de agua: barrio alto', scenario: current.content.scenario });
    await context.close();
  });
});
