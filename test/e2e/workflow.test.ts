import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, addPost } from '../support/exports-fixtures';
import { fullChecklist } from '../support/calendar';
import { type E2eEnv, startE2e } from './support/app';

/*
 * Approve, hold for a crisis, sign again, resume: a signature never releases
 * a hold, and the resume puts each post back where it was. The week runs
 * from Monday 30 November to Sunday 6 December 2026, across a month end.
 */

// Thursday 3 December 2026, 10:00 in Madrid.
const NOW = new Date('2026-12-03T09:00:00.000Z');
let env: E2eEnv;
let posts: { concierto: number; mercadillo: number; bando: number };

beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => NOW });
  const ctx = env.harness.ctx;
  await env.harness.invoke('settings.save', { timeZone: 'Europe/Madrid', officeName: 'Ayuntamiento de Cangas de Onís' });
  const fb = await addAccount(ctx, { network: 'facebook', handle: 'aytocangas', displayName: 'Ayuntamiento de Cangas' });
  posts = {
    // Friday 18:00 and 20:00 in Madrid: inside the 48 hours the crisis screen offers to hold.
    concierto: await addPost(ctx, { title: 'Concierto de Navidad', body: 'Concierto de la banda municipal en la iglesia.', scheduledAt: '2026-12-04T17:00:00.000Z', status: 'draft', checklist: fullChecklist, targets: [{ accountId: fb }] }),
    mercadillo: await addPost(ctx, {
      title: 'Mercadillo solidario',
      body: 'Mercadillo solidario en la plaza.',
      scheduledAt: '2026-12-04T19:00:00.000Z',
      status: 'in_review',
      checklist: { ...fullChecklist, sensitive: false },
      targets: [{ accountId: fb }],
    }),
    // Sunday 6 December: after the hold window.
    bando: await addPost(ctx, { title: 'Bando de invierno', body: 'Recomendaciones para el invierno.', scheduledAt: '2026-12-06T10:00:00.000Z', status: 'draft', checklist: fullChecklist, targets: [{ accountId: fb }] }),
  };
});
afterAll(() => env?.close());

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name }).click();

/** Print this week's approval PDF and record its signature (the form takes the fingerprint of the PDF just made). */
async function approveWeek(page: Page, approver: string): Promise<void> {
  await section(page, 'Exportar');
  await page.getByRole('heading', { level: 1, name: 'Exportar' }).waitFor();
  await page.getByLabel('Día de la semana').fill('2026-12-03');
  await page.getByRole('region', { name: 'Publicaciones del periodo' }).getByRole('cell', { name: 'Concierto de Navidad' }).waitFor();
  await page.getByRole('button', { name: 'PDF de aprobación' }).click();
  await page.getByRole('region', { name: /Último archivo/ }).getByText(/Guardado en .*\.pdf/).waitFor();
  await page.getByRole('textbox', { name: 'Aprobado por' }).fill(approver);
  await page.getByRole('button', { name: 'Registrar aprobación' }).click();
}

const statusIn = (page: Page, title: string) =>
  page.getByRole('region', { name: 'Publicaciones del periodo' }).getByRole('row', { name: new RegExp(title) });

describe('approval and crisis holds in Chromium', () => {
  it('approves the checked posts, keeps held posts on hold through a second signature, and the resume brings them back', async () => {
    const { page, context } = await env.open();

    // 1. The superior signs the week: the checked draft is approved, the post missing one check item is not.
    await approveWeek(page, 'María Núñez');
    await page.getByRole('status').getByText('Aprobación registrada: 2 aprobadas; 1 necesita la comprobación previa.').waitFor();
    await statusIn(page, 'Concierto de Navidad').getByText('Aprobada').waitFor();
    await statusIn(page, 'Mercadillo solidario').getByText('En revisión').waitFor();

    // 2. A crisis: hold what is planned for the next 48 hours (the screen's own window, from the pinned clock).
    const started = await env.harness.invoke('incidents.start', { playbookId: null, severity: 'high', title: 'Temporal de nieve', facts: {} });
    expect(started.ok).toBe(true);
    await section(page, 'Crisis');
    await page.getByRole('button', { name: 'Abrir incidente Temporal de nieve' }).click();
    await page.getByRole('button', { name: 'Pausar publicaciones' }).click();
    await page.getByRole('status').getByText('2 publicaciones en pausa.').waitFor();
    const held = page.getByRole('region', { name: 'Publicaciones programadas' });
    await held.getByRole('cell', { name: 'Concierto de Navidad' }).waitFor();
    await held.getByRole('cell', { name: 'Mercadillo solidario' }).waitFor();
    expect(await held.getByRole('cell', { name: 'Bando de invierno' }).count()).toBe(0);

    // 3. Someone signs the week again mid-crisis: the held posts stay held.
    await approveWeek(page, 'Alcaldía');
    await page.getByRole('status').getByText('Aprobación registrada: 1 aprobada.').waitFor();
    await statusIn(page, 'Concierto de Navidad').getByText('En pausa (crisis)').waitFor();
    await statusIn(page, 'Mercadillo solidario').getByText('En pausa (crisis)').waitFor();
    await statusIn(page, 'Bando de invierno').getByText('Aprobada').waitFor();

    // 4. The crisis is over: resume, and each post is back where it was before the hold.
    await section(page, 'Crisis');
    await page.getByRole('button', { name: 'Incidentes', exact: true }).click();
    await page.getByRole('button', { name: 'Abrir incidente Temporal de nieve' }).click();
    await page.getByRole('region', { name: 'Publicaciones programadas' }).getByRole('button', { name: 'Reanudar publicaciones' }).click();
    await page.getByRole('status').getByText('2 publicaciones vuelven a su estado anterior.').waitFor();

    await section(page, 'Exportar');
    await page.getByLabel('Día de la semana').fill('2026-12-03');
    await statusIn(page, 'Concierto de Navidad').getByText('Aprobada').waitFor();
    await statusIn(page, 'Mercadillo solidario').getByText('En revisión').waitFor();
    expect(await page.getByRole('region', { name: 'Publicaciones del periodo' }).getByText('Cambiada desde la aprobación').count()).toBe(0);

    const rows = await env.harness.ctx.db.selectFrom('posts').select(['id', 'status']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: posts.concierto, status: 'approved' },
      { id: posts.mercadillo, status: 'in_review' },
      { id: posts.bando, status: 'approved' },
    ]);
    await context.close();
  });
});
