import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es', clock: () => new Date('2027-01-01T09:00:00Z') });
  expect(await env.harness.invoke('settings.save', { officeName: 'Ayuntamiento de Villanueva' })).toMatchObject({ ok: true });
});
afterAll(() => env?.close());

describe('Settings → Back up now', () => {
  it('copies the data file into the backups folder and says where', async () => {
    const { page, context } = await env.open();
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Ajustes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.getByRole('button', { name: 'Hacer copia de seguridad ahora' }).click();

    const file = path.join(env.dataDir, 'backups', 'pregonero-2027-01-01T09-00-00-000Z-manual.sqlite');
    await page.getByRole('status').getByText(`Copia guardada en ${file}`).waitFor();
    expect(fs.readdirSync(path.join(env.dataDir, 'backups'))).toEqual(['pregonero-2027-01-01T09-00-00-000Z-manual.sqlite']);
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.prepare(`select value from settings where key = 'officeName'`).pluck().get()).toBe('"Ayuntamiento de Villanueva"');
    copy.close();
    await context.close();
  });
});
