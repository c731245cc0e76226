import fs from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/ipc/contract';
import { addAccount } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';
import { run } from '../../support/sql';

/**
 * What every export and the approval read of a range: the office days it
 * covers (midnight to midnight in Madrid, not UTC), the order of a day, and
 * which accounts a filtered plan shows. Expectations are written out here,
 * post by post.
 */
let app: TestApp;
let fb: number;
let x: number;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-20T10:00:00Z') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid', locale: 'es' });
  // Written before Facebook, so listing by id would put it first.
  x = await addAccount(app, { network: 'x', handle: 'ayto_x' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
});
afterEach(() => app.close());

const week = { from: '2026-11-23', to: '2026-11-29' };
const save = async (title: string, when: Partial<Input<'posts.save'>>, targets = [fb]) =>
  (await app.call('posts.save', { title, ...when, targets: targets.map((accountId) => ({ accountId })) })).id;
const titles = async (filter: Input<'exports.preview'> = week) => (await app.call('exports.preview', filter)).posts.map((p) => p.title);

describe('the plan of a range', () => {
  it('covers the office days from midnight to midnight in Madrid, for timed and day-only posts alike', async () => {
    // November: Madrid is UTC+1, so Monday 23 begins at 22 November 23:00 UTC.
    await save('Domingo anterior, 23:59', { scheduledAt: '2026-11-22T22:59:00.000Z' });
    await save('Lunes, 00:00', { scheduledAt: '2026-11-22T23:00:00.000Z' });
    await save('Domingo, 23:59', { scheduledAt: '2026-11-29T22:59:00.000Z' });
    await save('Lunes siguiente, 00:00', { scheduledAt: '2026-11-29T23:00:00.000Z' });
    await save('Domingo anterior, sin hora', { scheduledDay: '2026-11-22' });
    await save('Lunes, sin hora', { scheduledDay: '2026-11-23' });
    await save('Domingo, sin hora', { scheduledDay: '2026-11-29' });
    await save('Lunes siguiente, sin hora', { scheduledDay: '2026-11-30' });
    expect(await titles()).toEqual(['Lunes, sin hora', 'Lunes, 00:00', 'Domingo, sin hora', 'Domingo, 23:59']);
    expect(await titles({ from: '2026-11-30', to: '2026-11-30' })).toEqual(['Lunes siguiente, sin hora', 'Lunes siguiente, 00:00']);
  });

  it('orders each day: posts without a time first, then by time, then in the order they were written', async () => {
    await save('Miércoles, 19:00', { scheduledAt: '2026-11-25T18:00:00.000Z' });
    await save('Miércoles, 10:00', { scheduledAt: '2026-11-25T09:00:00.000Z' });
    await save('Miércoles, 10:00, segundo', { scheduledAt: '2026-11-25T09:00:00.000Z' });
    await save('Miércoles, sin hora', { scheduledDay: '2026-11-25' });
    await save('Miércoles, sin hora, segundo', { scheduledDay: '2026-11-25' });
    await save('Martes, sin hora', { scheduledDay: '2026-11-24' });
    await save('Martes, 23:30', { scheduledAt: '2026-11-24T22:30:00.000Z' });
    expect(await titles()).toEqual([
      'Martes, sin hora',
      'Martes, 23:30',
      'Miércoles, sin hora',
      'Miércoles, sin hora, segundo',
      'Miércoles, 10:00',
      'Miércoles, 10:00, segundo',
      'Miércoles, 19:00',
    ]);
  });
});

describe('accounts in the plan', () => {
  it('lists a post\'s accounts by network and handle, and leaves out a deleted account', async () => {
    const fbB = await addAccount(app, { network: 'facebook', handle: 'ayto_b' });
    const fbA = await addAccount(app, { network: 'facebook', handle: 'ayto_a' });
    await save('Pleno', { scheduledDay: '2026-11-24' }, [x, fbB, fb, fbA]);
    const handles = async () => (await app.call('exports.preview', week)).posts.map((p) => p.accounts.map((a) => a.handle));
    expect(await handles()).toEqual([['ayto', 'ayto_a', 'ayto_b', 'ayto_x']]);
    const account = await app.call('accounts.get', { id: fbA });
    await app.call('accounts.delete', { id: fbA, version: account.version });
    expect(await handles()).toEqual([['ayto', 'ayto_b', 'ayto_x']]);
  });

  it('filtered by accounts, shows only those accounts and leaves out posts that go to none of them', async () => {
    await save('A las dos', { scheduledDay: '2026-11-24' }, [fb, x]);
    await save('Solo en X', { scheduledDay: '2026-11-25' }, [x]);
    await save('Sin cuentas', { scheduledDay: '2026-11-26' }, []);
    const all = await app.call('exports.preview', week);
    expect(all.posts.map((p) => [p.title, p.accounts.map((a) => a.id)])).toEqual([
      ['A las dos', [fb, x]],
      ['Solo en X', [x]],
      ['Sin cuentas', []],
    ]);
    const onlyFb = await app.call('exports.preview', { ...week, accountIds: [fb] });
    expect(onlyFb.posts.map((p) => [p.title, p.accounts.map((a) => a.id)])).toEqual([['A las dos', [fb]]]);
  });

  it('gives the same fingerprint whatever order the filter names its accounts in', async () => {
    await save('A las dos', { scheduledDay: '2026-11-24' }, [fb, x]);
    const one = await app.call('exports.preview', { ...week, accountIds: [fb, x] });
    const other = await app.call('exports.preview', { ...week, accountIds: [x, fb] });
    expect(other.fingerprint).toBe(one.fingerprint);
    expect(one.fingerprint).not.toBe((await app.call('exports.preview', week)).fingerprint);
  });

  it('gives two campaigns different fingerprints even when their plans hold the same posts', async () => {
    const fiestas = (await app.call('campaigns.save', { name: 'Fiestas' })).id;
    const navidad = (await app.call('campaigns.save', { name: 'Navidad' })).id;
    await save('Sin campaña', { scheduledDay: '2026-11-24' });
    const one = await app.call('exports.preview', { ...week, campaignId: fiestas });
    const other = await app.call('exports.preview', { ...week, campaignId: navidad });
    expect([one.posts, other.posts]).toEqual([[], []]);
    expect(one.fingerprint).not.toBe(other.fingerprint);
  });
});

describe('a damaged row', () => {
  it('prints a post whose stored hashtags cannot be read, or are not text, with the readable ones only', async () => {
    const roto = await save('Roto', { scheduledDay: '2026-11-24' });
    const mixto = await save('Mixto', { scheduledDay: '2026-11-25' });
    // As a file edited outside the app could hold them.
    await run(app, 'update posts set hashtags = ? where id = ?', '["Fiestas', roto);
    await run(app, 'update posts set hashtags = ? where id = ?', '["Fiestas", 2026, null, {"a": 1}, "Villanueva"]', mixto);
    const { path } = await app.call('exports.planCsv', { ...week, delimiter: ',', bom: false });
    const rows = Papa.parse<string[]>(fs.readFileSync(path!, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => [r[2], r[6]])).toEqual([
      ['Roto', ''],
      ['Mixto', '#Fiestas #Villanueva'],
    ]);
  });
});
