import fs from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPost } from '../../support/exports-fixtures';
import { openTestApp, testEngine, type TestApp } from '../../support/context';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T12:00:00.000Z') });
  await app.call('settings.save', { officeName: 'Ayuntamiento\u0007 de Llanes', timeZone: 'Europe/Madrid', locale: 'es' });
});
afterEach(() => app.close());

/** What the C0 rule forbids in an export: everything below space except tab, LF and CR, and DEL. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const week = { from: '2026-11-23', to: '2026-11-29' };

describe('control characters', () => {
  it('are refused at the boundary when they are NUL, naming the field', async () => {
    const res = await app.invoke('posts.save', { title: 'Aviso\u0000', targets: [] });
    expect(res).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'title', code: 'nul_char' }] } } });
    const nested = await app.invoke('posts.save', { title: 'Aviso', targets: [{ accountId: 1, text: 'a\u0000b' }] });
    expect(nested).toMatchObject({ ok: false, error: { params: { issues: [{ path: 'targets.0.text', code: 'nul_char' }] } } });
  });

  it('typed through the router (BEL, VT, FF, ESC, DEL) never reach the ICS or the CSVs', async () => {
    const fb = (await app.call('accounts.save', { network: 'facebook', handle: 'aytollanes', displayName: 'Ayto\u001b[31m Llanes' })).id;
    await app.call('posts.save', {
      title: 'Corte\u0007 de agua\u000b en Posada',
      body: 'Mañana\u000c corte de agua\u001b de 10:00 a 14:00.\u007f\nLínea dos\twith tab',
      scheduledAt: '2026-11-25T09:00:00.000Z',
      link: 'https://llanes.es/aviso\u0007',
      targets: [{ accountId: fb }],
    });

    const ics = fs.readFileSync((await app.call('exports.ics', week)).path!, 'utf8');
    expect(ics).not.toMatch(FORBIDDEN);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Corte de agua en Posada']);
    expect(String(events[0]!.getFirstPropertyValue('description'))).toContain('Mañana corte de agua de 10:00 a 14:00.\nLínea dos\twith tab');
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe('Ayuntamiento de Llanes');

    const plan = fs.readFileSync((await app.call('exports.planCsv', { ...week, delimiter: ';' })).path!, 'utf8');
    expect(plan).not.toMatch(FORBIDDEN);
    expect(plan).toContain('Corte de agua en Posada');
    expect(plan).toContain('Ayto[31m Llanes');

    const hootsuite = fs.readFileSync((await app.call('exports.hootsuiteCsv', { ...week, accountId: fb })).path!, 'utf8');
    expect(hootsuite).not.toMatch(FORBIDDEN);

    const accounts = await app.call('accounts.exportCsv', { language: 'es', delimiter: ';' });
    expect(accounts.csv).not.toMatch(FORBIDDEN);
    expect(accounts.csv).toContain('Ayto[31m Llanes');
  });

  // A NUL written into the file by another tool: PostgreSQL text cannot hold one, so only the file can have it.
  it.runIf(testEngine() === 'sqlite')('already in the file (NUL) never reach the ICS or the CSVs', async () => {
    const fb = (await app.call('accounts.save', { network: 'facebook', handle: 'aytollanes' })).id;
    // A row written before the boundary refused NUL, approved with its check done, so every export takes it.
    await addPost(app.ctx, {
      title: 'Viejo\u0000aviso',
      body: 'Texto\u0000 con NUL',
      scheduledAt: '2026-11-26T09:00:00.000Z',
      status: 'approved',
      checklist: { wording: true, links: true, image: true, video: true, tone: true, sensitive: true },
      targets: [{ accountId: fb }],
    });

    const ics = fs.readFileSync((await app.call('exports.ics', week)).path!, 'utf8');
    expect(ics).not.toMatch(FORBIDDEN);
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Viejoaviso']);
    const plan = fs.readFileSync((await app.call('exports.planCsv', { ...week, delimiter: ';' })).path!, 'utf8');
    expect(plan).not.toMatch(FORBIDDEN);
    expect(plan).toContain('Viejoaviso');
    const hootsuite = fs.readFileSync((await app.call('exports.hootsuiteCsv', { ...week, accountId: fb })).path!, 'utf8');
    expect(hootsuite).not.toMatch(FORBIDDEN);
    expect(hootsuite).toContain('"Texto con NUL"');
  });
});
