import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2027-01-01T10:00:00+01:00') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid', officeName: 'Ayuntamiento de Villanueva <del Río>' });
});
afterEach(() => app.close());

/** Every private field of an account carries a value no public field has, so its absence can be checked. */
const secrets = {
  ownerName: 'Secreto Responsable',
  ownerContact: 'secreto-contacto@villanueva.es',
  credentialsLocation: 'Caja fuerte secreta',
  notes: 'Nota secreta interna',
  tags: ['etiqueta-secreta'],
  audience: 'Publico secreto',
  tone: 'Tono secreto',
};

async function seed() {
  await app.call('accounts.save', {
    network: 'whatsapp',
    handle: '600123123',
    department: 'Atención ciudadana',
    role: 'channel',
    url: 'https://wa.me/34600123123',
    purpose: 'Avisos y consultas <b>vecinales</b> & "trámites"\nSegunda línea que no se publica',
    serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }],
    responseTargetHours: 24,
    twoFactor: 'no',
    ...secrets,
  });
  await app.call('accounts.save', { network: 'instagram', handle: 'turismovillanueva', department: 'Turismo', purpose: 'Fiestas y rutas', twoFactor: 'yes', ...secrets });
  await app.call('accounts.save', { network: 'x', handle: 'oculta', department: 'Turismo', listed: false, ...secrets });
  await app.call('accounts.save', { network: 'x', handle: 'dormida', department: 'Turismo', status: 'dormant', ...secrets });
  await app.call('accounts.save', { network: 'facebook', handle: 'ayto', purpose: 'Noticias', ...secrets });
}

describe('the public directory', () => {
  it('publishes active listed accounts by department, in one self-contained accessible HTML file with nothing private', async () => {
    await seed();
    const { path, accounts } = await app.call('exports.directory', { format: 'html', locale: 'es' });
    expect(accounts).toBe(3);
    expect(path).toBe(`${app.dataDir}/exports/directorio-cuentas-oficiales-2027-01-01.html`);
    const html = fs.readFileSync(path!, 'utf8');
    for (const value of [...Object.values(secrets).flat(), 'oculta', 'dormida', 'Segunda línea', 'yes', 'no se sabe', 'two', 'verificación']) {
      expect(html, value).not.toContain(value);
    }
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/u);
    expect(html).toContain('<title>Cuentas oficiales en redes sociales de Ayuntamiento de Villanueva &lt;del Río&gt;</title>');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">/u);
    // Nothing external: no script, no remote file; the one link per account goes to its profile.
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/iu);
    expect([...html.matchAll(/href="([^"]+)"/gu)].map((m) => m[1])).toEqual(['https://wa.me/34600123123']);
    // Departments as headings (the unnamed one last), a real table each, values escaped.
    expect([...html.matchAll(/<h2 id="d\d">([^<]+)<\/h2>/gu)].map((m) => m[1])).toEqual(['Atención ciudadana', 'Turismo', 'Otras cuentas']);
    expect(html.match(/<th scope="col">/gu)).toHaveLength(12);
    expect(html).toContain(
      '<tr><td>WhatsApp</td><td><a href="https://wa.me/34600123123">600123123</a></td><td>Avisos y consultas &lt;b&gt;vecinales&lt;/b&gt; &amp; &quot;trámites&quot;</td><td>Horario: L-V 9:00-14:00<br>Respuesta en 24 h como máximo</td></tr>',
    );
    expect(html).toContain('<tr><td>Instagram</td><td>turismovillanueva</td><td>Fiestas y rutas</td><td></td></tr>');
    // The style block holds only the fixed rules.
    const style = /<style>([\s\S]*?)<\/style>/u.exec(html)![1]!;
    expect(style).not.toMatch(/Villanueva|600123123|Turismo/u);
    expect(style).toContain('@page { size: A4;');
  });

  it('writes the same public columns as CSV, in English when asked', async () => {
    await seed();
    const { path, accounts } = await app.call('exports.directory', { format: 'csv', locale: 'en' });
    expect(accounts).toBe(3);
    const csv = fs.readFileSync(path!, 'utf8');
    for (const value of [...Object.values(secrets).flat(), 'oculta', 'dormida']) expect(csv, value).not.toContain(value);
    expect(csv.replace(/^\uFEFF/u, '').split('\r\n')).toEqual([
      'department,network,account,url,purpose,hours,closed_days,response',
      'Atención ciudadana,WhatsApp,600123123,https://wa.me/34600123123,"Avisos y consultas <b>vecinales</b> & ""trámites""",Mon-Fri 9:00-14:00,,24',
      'Turismo,Instagram,turismovillanueva,,Fiestas y rutas,,,',
      'Other accounts,Facebook,ayto,,Noticias,,,',
      '',
    ]);
  });

  it('groups a department however each account spells it, under the spelling most of them use', async () => {
    await app.call('accounts.save', { network: 'instagram', handle: 'cultura.villa', department: 'Cultura' });
    await app.call('accounts.save', { network: 'facebook', handle: 'cultura.fb', department: 'cultura' });
    await app.call('accounts.save', { network: 'x', handle: 'cultura.x', department: '  Cultura ' });
    await app.call('accounts.save', { network: 'youtube', handle: 'culturatv', department: 'CULTÚRA' });
    await app.call('accounts.save', { network: 'x', handle: 'deportes', department: 'deportes' });
    await app.call('accounts.save', { network: 'facebook', handle: 'deportes.fb', department: 'Deportes' });
    const { path } = await app.call('exports.directory', { format: 'csv', locale: 'es' });
    expect(fs.readFileSync(path!, 'utf8').replace(/^\uFEFF/u, '').split('\r\n').map((line) => line.split(';').slice(0, 3).join(';'))).toEqual([
      'departamento;red;cuenta',
      'Cultura;Facebook;cultura.fb',
      'Cultura;Instagram;cultura.villa',
      'Cultura;X;cultura.x',
      'Cultura;YouTube;culturatv',
      // A tie: the spelling that sorts first.
      'deportes;Facebook;deportes.fb',
      'deportes;X;deportes',
      '',
    ]);
    const html = fs.readFileSync((await app.call('exports.directory', { format: 'html', locale: 'es' })).path!, 'utf8');
    expect([...html.matchAll(/<h2 id="d\d">([^<]*)<\/h2>/gu)].map((m) => m[1])).toEqual(['Cultura', 'deportes']);
  });
});
