import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE } from '../../electron/db/snapshot/take';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

/**
 * The app opened on its local copy while the team's server is down, as the
 * officer sees it: the usual screens with a banner that says since when and
 * when the copy was taken, the calendar's posts read from it, a save
 * refused with a translated "no connection", and once the server is back the
 * banner goes by itself and the calendar shows what the server has now.
 */
let server: TestPostgres;
let url: string;
let copy: string;
const person = 'Ana Ruiz';
let paused = false;

beforeAll(async () => {
  server = await startPostgres();
  url = server.createDatabase('equipo');
  // A session on the server at 10:00 in Madrid: the plan, and the copy it leaves.
  const first = await startE2e({ lang: 'es', database: url, person, clock: () => new Date('2027-01-01T09:00:00Z') });
  try {
    const call = async (channel: string, input: unknown) => {
      const r = await first.harness.invoke(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
      return r.value as { id: number };
    };
    await call('settings.save', { timeZone: 'Europe/Madrid' });
    const account = await call('accounts.save', { network: 'instagram', handle: 'turismo_villa', displayName: 'Turismo', role: 'medium', status: 'active', postsPerWeekTarget: 3 });
    await call('posts.save', { title: 'Cabalgata de Reyes', scheduledAt: '2027-01-05T16:00:00.000Z', targets: [{ accountId: account.id }] });
    await call('posts.save', { title: 'Rebajas en el comercio local', scheduledAt: '2027-01-08T09:00:00.000Z', targets: [{ accountId: account.id }] });
    await call('contacts.save', { name: 'Protección Civil', role: 'Guardia', phone: '600 111 222' });
    await first.harness.ctx.snapshots.flush();
    copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-copy-')), SNAPSHOT_FILE);
    fs.copyFileSync(path.join(first.dataDir, SNAPSHOT_FILE), copy);
  } finally {
    await first.close();
  }
  // A colleague adds a post after the copy was taken: only the server has it.
  const colleague = new pg.Client({ connectionString: url });
  await colleague.connect();
  await colleague.query("insert into posts (title, scheduled_at, status, changed_by) values ('Añadido después de la copia', '2027-01-07T10:00:00.000Z', 'draft', 'Luis Gómez')");
  await colleague.query("insert into contacts (name, role, phone, changed_by) values ('Cruz Roja', 'Guardia', '600 333 444', 'Luis Gómez')");
  await colleague.end();
  server.pause();
  paused = true;
}, 120_000);
afterAll(() => {
  if (paused) server.resume();
  server?.stop();
  if (copy) fs.rmSync(path.dirname(copy), { recursive: true, force: true });
});

/** The app opened at 10:30 in Madrid with the server down, on a data folder that holds the copy. */
const openOnCopy = (lang: 'es' | 'en'): Promise<E2eEnv> =>
  startE2e({ lang, database: url, person, clock: () => new Date('2027-01-01T09:30:00Z'), prepare: (dir) => fs.copyFileSync(copy, path.join(dir, SNAPSHOT_FILE)) });

describe('opening on the local copy with the team server down', () => {
  it('shows the calendar from the copy under a banner, and refuses a save with what to do', async () => {
    const env = await openOnCopy('es');
    try {
      const { page, context } = await env.open();
      const banner = page.getByRole('alert').filter({ hasText: 'Sin conexión con el servidor del equipo desde las 10:30' });
      await banner.getByText('Lo que ves es la copia de solo lectura guardada en este ordenador el 1 de enero a las 10:00', { exact: false }).waitFor();
      await page.getByRole('button', { name: /Cabalgata de Reyes/u }).first().waitFor();
      await page.getByRole('button', { name: /Rebajas en el comercio local/u }).first().waitFor();
      expect(await page.getByRole('button', { name: /Añadido después de la copia/u }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `/tmp/team-copy-es-${scheme}.png` });
      }

      await page.getByRole('button', { name: /Cabalgata de Reyes/u }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
      await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Cabalgata de Reyes (nuevo recorrido)');
      await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'No hay conexión con el servidor del equipo. No se ha guardado nada' }).waitFor();
      // What was typed stays, and the copy is as it was.
      expect(await dialog.getByRole('textbox', { name: 'Título interno' }).inputValue()).toBe('Cabalgata de Reyes (nuevo recorrido)');
      expect(fs.readFileSync(path.join(env.dataDir, SNAPSHOT_FILE)).equals(fs.readFileSync(copy))).toBe(true);
      await context.close();
    } finally {
      await env.close();
    }
  });

  it('says the same in English, and is back on the server by itself once it starts, showing what the server has now', async () => {
    const env = await openOnCopy('en');
    try {
      const { page, context } = await env.open({ locale: 'en-GB' });
      const banner = page.getByRole('alert').filter({ hasText: "No connection with the team's server since 10:30" });
      await banner.getByText("You are reading this computer's read-only copy, taken on 1 January at 10:00", { exact: false }).waitFor();
      await page.getByRole('button', { name: /Cabalgata de Reyes/u }).first().waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `/tmp/team-copy-en-${scheme}.png` });
      }
      // A second window on the crisis contacts, read from the copy too.
      const contacts = await env.open({ locale: 'en-GB' });
      await contacts.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Crisis' }).click();
      await contacts.page.getByRole('navigation', { name: 'Crisis sections' }).getByRole('button', { name: 'Contacts' }).click();
      await contacts.page.getByRole('button', { name: 'Edit Protección Civil' }).waitFor();
      expect(await contacts.page.getByRole('button', { name: 'Edit Cruz Roja' }).count()).toBe(0);
      server.resume();
      paused = false;
      await banner.waitFor({ state: 'detached', timeout: 30_000 });
      // Read again from the server: the colleague's post is there, with no reload, and so is the contact they added.
      await page.getByRole('button', { name: /Añadido después de la copia/u }).first().waitFor();
      await contacts.page.getByRole('button', { name: 'Edit Cruz Roja' }).waitFor({ timeout: 30_000 });
      await contacts.context.close();
      expect(await env.harness.invoke('app.info', {})).toMatchObject({ ok: true, value: { store: 'ready', offlineSince: null, snapshotAt: null } });
      await context.close();
    } finally {
      await env.close();
    }
  });
});
