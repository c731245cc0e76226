import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/context';
import { launchBrowser, openApp } from './support/browser';
import { brokenSqlite } from './support/broken-sqlite';

/**
 * The harness started the way `npm run web` starts it, but with a
 * better-sqlite3 whose native addon cannot load (as on a Linux older than the
 * prebuild's glibc): the recovery screen says so, and offers neither a backup
 * nor a new file, which could not open either and would hide the real file.
 */
let child: ChildProcess;
let browser: Browser;
let url = '';
let token = '';
const dataDir = tempDir();

beforeAll(async () => {
  fs.writeFileSync(path.join(dataDir, 'pregonero.sqlite'), 'the officer\'s data, whatever it holds');
  child = spawn(process.execPath, ['--require', './test/support/electron-stand-in/register.cjs', '--import', 'tsx', 'electron/web/cli.ts', '--port', '0', '--data', dataDir, '--lang', 'es'], {
    env: { ...process.env, STANDIN_SQLITE: brokenSqlite(), STANDIN_RECORD: path.join(tempDir(), 'calls.jsonl') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const out = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (c: Buffer) => {
      text += c.toString();
      if (/listening on \S+\n/.test(text)) resolve(text);
    });
    child.on('exit', (code) => reject(new Error(`harness exited ${code}: ${text}`)));
  });
  token = /token (\S+)/.exec(out)![1]!;
  url = /listening on (\S+)/.exec(out)![1]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  child?.kill('SIGTERM');
});

describe('recovery screen when SQLite cannot load', () => {
  it('explains it and offers nothing that would switch files', async () => {
    const { page, context } = await openApp(browser, url, token);
    await page.getByRole('heading', { level: 1, name: 'No se puede abrir el archivo de datos' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      `Pregonero no puede cargar SQLite, su motor de datos, en este equipo, así que no ha abierto ni tocado ${path.join(dataDir, 'pregonero.sqlite')}. Suele pasar en un sistema demasiado antiguo (en Linux hace falta glibc 2.34 o posterior, como en Ubuntu 22.04 o Debian 12) o con una instalación incompleta: actualiza el sistema o vuelve a instalar Pregonero.`,
    );
    expect(await page.getByRole('button').count()).toBe(0);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['pregonero.sqlite']);
    expect(fs.readFileSync(path.join(dataDir, 'pregonero.sqlite'), 'utf8')).toBe('the officer\'s data, whatever it holds');
    await context.close();
  });
});
