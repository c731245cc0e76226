import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/ipc/contract';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;
beforeAll(async () => {
  // 1 January 2027 in Madrid.
  env = await startE2e({ lang: 'es' });
  await env.harness.invoke('settings.save', { timeZone: 'Europe/Madrid' });
  const save = (a: Record<string, unknown>) => env.harness.invoke('accounts.save', a as never);
  await save({ network: 'instagram', handle: 'cultura', department: 'Cultura', twoFactor: 'yes', brandingCheckedOn: '2026-06-01', ownerName: 'Marta Díaz', ownerTrainedOn: '2026-03-01' });
  await save({ network: 'x', handle: 'cultura_x', department: 'cultura', twoFactor: 'no', brandingCheckedOn: '2025-06-01', ownerName: 'Pedro Sanz' });
  await save({ network: 'facebook', handle: 'cultura_vieja', department: 'Cultura', status: 'closed' });
  await save({ network: 'x', handle: 'deportes', department: 'Deportes' });
  for (let i = 1; i <= 14; i++) await save({ network: 'facebook', handle: `barrio${String(i).padStart(2, '0')}`, department: 'Participación' });
});
afterAll(() => env?.close());

async function call<C extends ChannelName>(name: C, input: Input<C>): Promise<Output<C>> {
  const result = await env.harness.invoke(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as Output<C>;
}

const HEALTH = 'Revisión del estado de cada cuenta';
const TWO_FACTOR = /inicio de sesión en dos pasos/;
const BRANDING = /La imagen es la institucional/;
const TRAINED = /La persona responsable de la cuenta está formada/;
const FROM_INVENTORY = 'Según el inventario. Cámbialo si no es así; se guarda con el resto.';

describe('audits that start from what the inventory knows', () => {
  it('filters the start by department and network without closed accounts, fills in known answers, keeps save in reach and dates the chart', async () => {
    const { page, context } = await env.open();
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
    await page.getByRole('button', { name: `Empezar auditoría con «${HEALTH}»` }).click();
    const dialog = page.getByRole('dialog', { name: 'Empezar una auditoría' });
    const list = dialog.getByRole('checkbox');
    // Every live account but the closed one.
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Se ven 17 de 17 cuentas.');
    expect(await dialog.getByRole('checkbox', { name: /cultura_vieja/ }).count()).toBe(0);
    // "Cultura" and "cultura" are one department.
    expect(await dialog.getByRole('combobox', { name: 'Concejalía o área' }).locator('option').allTextContents()).toEqual(['Todas las concejalías y áreas', 'Cultura', 'Deportes', 'Participación']);
    await dialog.getByRole('combobox', { name: 'Concejalía o área' }).selectOption('Cultura');
    await expect.poll(() => list.count()).toBe(2);
    await dialog.getByRole('combobox', { name: 'Red' }).selectOption('x');
    await expect.poll(() => list.count()).toBe(1);
    expect(await dialog.getByRole('checkbox', { name: /cultura_x/ }).count()).toBe(1);
    await dialog.getByRole('combobox', { name: 'Red' }).selectOption('');
    await expect.poll(() => list.count()).toBe(2);
    await dialog.getByRole('button', { name: 'Elegir las 2 que coinciden' }).click();
    await dialog.getByRole('combobox', { name: 'Concejalía o área' }).selectOption('Participación');
    await dialog.getByRole('button', { name: 'Elegir las 14 que coinciden' }).click();
    await dialog.getByText('Cuentas que se revisan · 16 elegidas').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/d16-audit-start-light.png' });
    await dialog.getByRole('button', { name: 'Empezar' }).click();

    // What the inventory knows comes filled in, and says where it came from.
    const cultura = page.getByRole('region', { name: /^@cultura · Instagram/ });
    const culturaX = page.getByRole('region', { name: /^@cultura_x · X/ });
    await cultura.waitFor();
    const checked = async (region: typeof cultura, item: RegExp) => {
      const group = region.getByRole('group', { name: item });
      for (const answer of ['Sí', 'En parte', 'No', 'No aplica']) if (await group.getByRole('radio', { name: answer, exact: true }).isChecked()) return answer;
      return null;
    };
    expect([await checked(cultura, TWO_FACTOR), await checked(cultura, BRANDING), await checked(cultura, TRAINED)]).toEqual(['Sí', 'Sí', 'Sí']);
    // Two-factor known to be off; branding checked too long ago is not known; an untrained owner.
    expect([await checked(culturaX, TWO_FACTOR), await checked(culturaX, BRANDING), await checked(culturaX, TRAINED)]).toEqual(['No', null, 'No']);
    expect(await cultura.getByRole('group', { name: TWO_FACTOR }).getByText(FROM_INVENTORY).count()).toBe(1);
    expect(await cultura.getByText(FROM_INVENTORY).count()).toBe(3);
    await page.getByText('Hay respuestas sin guardar.').waitFor();

    // Save stays in reach at the top of a long run and further down.
    const save = page.getByRole('button', { name: 'Guardar avance' });
    const inView = async () => {
      const box = await save.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 800;
    };
    expect(await inView()).toBe(true);
    await culturaX.getByRole('group', { name: TRAINED }).scrollIntoViewIfNeeded();
    expect(await inView()).toBe(true);

    // Editable: the officer knows better than the inventory.
    await cultura.getByRole('group', { name: TWO_FACTOR }).getByRole('radio', { name: 'En parte', exact: true }).check();
    expect(await cultura.getByRole('group', { name: TWO_FACTOR }).getByText(FROM_INVENTORY).count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: `/tmp/d16-audit-known-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await save.click();
    await page.getByRole('status').getByText('Avance guardado').first().waitFor();
    const answers = await env.harness.ctx.db
      .selectFrom('auditAnswers')
      .innerJoin('accounts', 'accounts.id', 'auditAnswers.accountId')
      .select(['accounts.handle', 'auditAnswers.itemKey', 'auditAnswers.value'])
      .where('accounts.handle', 'in', ['cultura', 'cultura_x'])
      .orderBy('accounts.handle')
      .orderBy('auditAnswers.itemKey')
      .execute();
    expect(answers.map((a) => `${a.handle} ${a.itemKey} ${a.value}`)).toEqual([
      'cultura branding yes',
      'cultura ownerTrained yes',
      'cultura twoFactor partly',
      'cultura_x ownerTrained no',
      'cultura_x twoFactor no',
    ]);
    await context.close();
  });

  it('dates the history chart along its axis', async () => {
    const templates = await call('audits.templates', {});
    const presence = templates.find((t) => t.builtin === 'presence')!;
    for (const day of ['2026-03-02T10:00:00Z', '2026-09-14T10:00:00Z']) {
      const run = await call('audits.start', { templateId: presence.id, scope: 'presence' });
      await call('audits.answer', { runId: run.id, answers: run.items.map((i) => ({ itemKey: i.key, value: 'yes' as const })) });
      await call('audits.finish', { runId: run.id });
      env.harness.ctx.raw.prepare('update audit_runs set finished_at = ? where id = ?').run(day, run.id);
    }
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await env.open({ colorScheme: scheme });
      page.setDefaultTimeout(10_000);
      await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Auditorías' }).click();
      await page.getByRole('button', { name: 'Ver evolución de «Auditoría de la presencia en redes»' }).click();
      const chart = page.getByRole('img', { name: /Puntuación de «Auditoría de la presencia en redes» en cada auditoría/ });
      await chart.waitFor();
      expect(await chart.locator('text').allTextContents()).toEqual(['0', '50', '100', '2 mar 26', '14 sep 26', 'Fecha en que se terminó']);
      expect(await seriousViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: `/tmp/d16-audit-chart-${scheme}.png` });
      await context.close();
    }
  });
});
