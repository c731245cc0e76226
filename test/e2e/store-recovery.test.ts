import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';

let env: E2eEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the recovery screen', () => {
  it('says in Spanish that a SQLite file of another program is not Pregonero, leaves it as it was, and starts a new file on request', async () => {
    let file = '';
    env = await startE2e({
      lang: 'es',
      clock: () => new Date('2026-12-01T10:00:00.000Z'),
      prepare: (dir) => {
        file = path.join(dir, 'pregonero.sqlite');
        const db = new BetterSqlite3(file);
        db.exec("create table accounts (id integer primary key, usuario text, clave text); insert into accounts (usuario, clave) values ('ana', 'x');");
        db.close();
      },
    });
    const before = sha(file);
    const { context, page } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'No se puede abrir el archivo de datos' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toBe(
      `El archivo ${file} es una base de datos, pero no de Pregonero. No se ha modificado: abre una copia de seguridad o empieza un archivo nuevo.`,
    );
    expect(sha(file)).toBe(before);
    await page.getByRole('button', { name: 'Empezar un archivo nuevo' }).click();
    await page.getByRole('navigation', { name: 'Secciones' }).waitFor();
    expect(sha(file)).toBe(before);
    await context.close();
  });

  it('says in English that the current file is missing, and puts no empty file in its place', async () => {
    let dataDir = '';
    env = await startE2e({
      lang: 'en',
      prepare: (dir) => {
        dataDir = dir;
        fs.writeFileSync(path.join(dir, 'store.json'), JSON.stringify({ file: 'pregonero-restored-2026-11-30.sqlite' }));
      },
    });
    const { context, page } = await env.open();
    await page.getByRole('heading', { level: 1, name: 'The data file cannot be opened' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toBe(
      `The data file in use (${path.join(dataDir, 'pregonero-restored-2026-11-30.sqlite')}) cannot be found. No empty file has been put in its place: move it back into its folder, open a backup or start a new file.`,
    );
    expect(fs.existsSync(path.join(dataDir, 'pregonero-restored-2026-11-30.sqlite'))).toBe(false);
    await context.close();
  });
});
