import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOfDayInZone } from '../../../shared/domain/time';
import { addAccount, fullChecklist } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
// Before every week the first tests look at, so all of them count what is planned.
let now = new Date('2026-03-01T10:00:00.000Z');
beforeEach(async () => {
  now = new Date('2026-03-01T10:00:00.000Z');
  app = await openTestApp({ clock: () => now });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
});
afterEach(() => app.close());

describe('cadence watch', () => {
  it('counts posts per ISO week in Madrid time across the spring DST change', async () => {
    const fb = await addAccount(app, { network: 'facebook', handle: 'ayto', target: 2 });
    const ig = await addAccount(app, { network: 'instagram', handle: 'ayto_ig', role: 'both', target: 1 });
    await addAccount(app, { network: 'x', handle: 'dormida', status: 'dormant' });
    await addAccount(app, { network: 'whatsapp', handle: 'canal', role: 'channel' });
    const post = (scheduledAt: string, status: 'draft' | 'idea' | 'cancelled' = 'draft') =>
      app.call('posts.save', { title: scheduledAt, scheduledAt, status, targets: [{ accountId: fb }] });
    await post('2026-03-22T22:30:00Z'); // Sun 22 Mar 23:30 CET: week 12
    await post('2026-03-22T23:30:00Z'); // Mon 23 Mar 00:30 CET: week 13
    await post('2026-03-29T21:30:00Z'); // Sun 29 Mar 23:30 CEST (clocks went forward that night): week 13
    await post('2026-03-29T22:30:00Z'); // Mon 30 Mar 00:30 CEST: week 14
    await post('2026-03-31T10:00:00Z', 'idea'); // ideas and cancelled posts do not count
    await post('2026-04-01T10:00:00Z', 'cancelled');
    await app.call('posts.save', { title: 'día', scheduledDay: '2026-04-05', status: 'draft', targets: [{ accountId: ig }] });

    const report = await app.call('cadence.report', { from: startOfDayInZone('2026-03-16', 'Europe/Madrid'), to: startOfDayInZone('2026-04-06', 'Europe/Madrid') });
    expect(report.weeks.map((w) => [w.week, w.startDay, w.endDay])).toEqual([
      ['2026-W12', '2026-03-16', '2026-03-22'],
      ['2026-W13', '2026-03-23', '2026-03-29'],
      ['2026-W14', '2026-03-30', '2026-04-05'],
    ]);
    expect(report.accounts.map((a) => a.handle)).toEqual(['ayto', 'ayto_ig']);
    const byHandle = Object.fromEntries(report.accounts.map((a) => [a.handle, a.weeks.map((w) => `${w.count}/${w.target} ${w.state}`)]));
    expect(byHandle).toEqual({
      ayto: ['1/2 below', '2/2 ok', '1/2 below'],
      ayto_ig: ['0/1 silent', '0/1 silent', '1/1 ok'],
    });
  });

  it('puts a post at 00:30 on the Monday after the autumn change in the new week', async () => {
    const fb = await addAccount(app, { network: 'facebook', handle: 'ayto', target: 1 });
    // Clocks go back on Sunday 25 October 2026; Monday 26 at 00:30 CET is 25 October 23:30 UTC.
    await app.call('posts.save', { title: 'lunes', scheduledAt: '2026-10-25T23:30:00Z', targets: [{ accountId: fb }] });
    const report = await app.call('cadence.report', { from: '2026-10-18T22:00:00Z', to: '2026-11-01T23:00:00Z' });
    expect(report.accounts[0]?.weeks.map((w) => [w.week, w.state])).toEqual([
      ['2026-W43', 'silent'],
      ['2026-W44', 'ok'],
    ]);
  });

  it('counts only published posts in weeks that have ended, and planned ones (not held, not cancelled) from this week on', async () => {
    const fb = await addAccount(app, { network: 'facebook', handle: 'ayto', target: 2 });
    const post = (title: string, scheduledAt: string, status: 'idea' | 'draft' | 'in_review' | 'approved' | 'published' | 'on_hold' | 'cancelled') =>
      app.call('posts.save', { title, scheduledAt, status, checklist: fullChecklist, targets: [{ accountId: fb }] });
    // Week 48 (23 to 29 November): a draft nobody published, an approved post that never went out, a held one, one published.
    await post('olvidada', '2026-11-24T10:00:00Z', 'draft');
    await post('aprobada sin salir', '2026-11-25T10:00:00Z', 'approved');
    await post('en pausa', '2026-11-26T10:00:00Z', 'on_hold');
    await post('publicada', '2026-11-27T10:00:00Z', 'published');
    // Week 49 (30 November to 6 December, across the month end): published Monday, a draft for Friday; held, cancelled and an idea do not count.
    await post('lunes', '2026-11-30T08:00:00Z', 'published');
    await post('viernes', '2026-12-04T10:00:00Z', 'in_review');
    await post('pausa', '2026-12-03T10:00:00Z', 'on_hold');
    await post('cancelada', '2026-12-03T11:00:00Z', 'cancelled');
    await post('idea', '2026-12-03T12:00:00Z', 'idea');
    // Week 50: only held and cancelled posts.
    await post('pausa 2', '2026-12-08T10:00:00Z', 'on_hold');
    await post('cancelada 2', '2026-12-09T10:00:00Z', 'cancelled');
    const range = { from: startOfDayInZone('2026-11-23', 'Europe/Madrid'), to: startOfDayInZone('2026-12-14', 'Europe/Madrid') };
    const states = async () => (await app.call('cadence.report', range)).accounts[0]!.weeks.map((w) => `${w.week} ${w.count}/${w.target} ${w.state}`);

    // Wednesday 2 December, 10:00 in Madrid.
    now = new Date('2026-12-02T09:00:00.000Z');
    expect(await states()).toEqual(['2026-W48 1/2 below', '2026-W49 2/2 ok', '2026-W50 0/2 silent']);
    // Sunday 29 November at 23:59:59 in Madrid: week 48 has not ended, so what was planned still counts.
    now = new Date('2026-11-29T22:59:59.000Z');
    expect(await states()).toEqual(['2026-W48 3/2 ok', '2026-W49 2/2 ok', '2026-W50 0/2 silent']);
    // The next second is Monday: week 48 is over and keeps what went out.
    now = new Date('2026-11-29T23:00:00.000Z');
    expect((await states())[0]).toBe('2026-W48 1/2 below');
  });

  it('covers the whole weeks a range touches: an empty range is its own week, a range ending at Monday midnight stops the Sunday before', async () => {
    const weeksOf = async (from: string, to: string) => (await app.call('cadence.report', { from, to })).weeks.map((w) => w.week);
    // Wednesday 25 November 2026, 12:00 in Madrid, to itself.
    expect(await weeksOf('2026-11-25T11:00:00.000Z', '2026-11-25T11:00:00.000Z')).toEqual(['2026-W48']);
    // From Sunday 23:00 to the next Monday 00:00 in Madrid: the first week only.
    expect(await weeksOf('2026-11-29T22:00:00.000Z', '2026-11-29T23:00:00.000Z')).toEqual(['2026-W48']);
    // One millisecond into Monday: both weeks.
    expect(await weeksOf('2026-11-29T22:00:00.000Z', '2026-11-29T23:00:00.001Z')).toEqual(['2026-W48', '2026-W49']);
  });

  it('refuses a range that ends before it starts, or whose last whole week would end past the dates the app keeps', async () => {
    const issue = (path: string, code: string) => ({ ok: false, error: { code: 'validation', params: { issues: [{ path, code }] } } });
    expect(await app.invoke('cadence.report', { from: '2026-11-25T11:00:00.000Z', to: '2026-11-25T10:59:59.999Z' })).toEqual(issue('to', 'calendar.errors.endBeforeStart'));
    // Tuesday 31 December 2199 is in the week that ends on Sunday 5 January 2200.
    expect(await app.invoke('cadence.report', { from: '2199-12-31T10:00:00.000Z', to: '2199-12-31T11:00:00.000Z' })).toEqual(issue('to', 'validation.date_out_of_range'));
    expect((await app.call('cadence.report', { from: '2199-12-20T10:00:00.000Z', to: '2199-12-20T11:00:00.000Z' })).weeks.map((w) => w.endDay)).toEqual(['2199-12-22']);
  });

  it('looks at 26 weeks at most, and says so for a longer range', async () => {
    await addAccount(app, { network: 'facebook', handle: 'ayto', target: 1 });
    // From Monday 5 January 2026 to Monday 6 July, midnight in Madrid: 26 whole weeks.
    const half = await app.call('cadence.report', { from: '2026-01-04T23:00:00.000Z', to: '2026-07-05T22:00:00.000Z' });
    expect([half.weeks.length, half.weeks[0]!.week, half.weeks[25]!.week, half.accounts[0]!.weeks.length]).toEqual([26, '2026-W02', '2026-W27', 26]);
    // One minute into the 27th week.
    expect(await app.invoke('cadence.report', { from: '2026-01-04T23:00:00.000Z', to: '2026-07-05T22:01:00.000Z' })).toEqual({
      ok: false,
      error: { code: 'validation', params: { issues: [{ path: 'to', code: 'calendar.errors.rangeTooLong' }] } },
    });
  });

  it('finds the start of a Madrid day on both sides of the DST change', () => {
    expect(startOfDayInZone('2026-03-29', 'Europe/Madrid')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-30', 'Europe/Madrid')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayInZone('2026-10-26', 'Europe/Madrid')).toBe('2026-10-25T23:00:00.000Z');
    expect(startOfDayInZone('2026-07-01', 'Atlantic/Canary')).toBe('2026-06-30T23:00:00.000Z');
  });
});

describe('special days', () => {
  const keysIn = async (from: string, to: string) =>
    (await app.call('specialDays.listRange', { from, to })).map((d) => `${d.day} ${d.key}`);

  it('computes Easter-based holidays and nth-weekday rules for several years', async () => {
    const days = await app.call('specialDays.listRange', { from: '2024-01-01', to: '2027-12-31' });
    const on = (key: string) => days.filter((d) => d.key === `builtin:${key}`).map((d) => d.day);
    expect(on('easter-sunday')).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28']);
    expect(on('good-friday')).toEqual(['2024-03-29', '2025-04-18', '2026-04-03', '2027-03-26']);
    expect(on('maundy-thursday')).toEqual(['2024-03-28', '2025-04-17', '2026-04-02', '2027-03-25']);
    // Third Sunday of November.
    expect(on('road-victims')).toEqual(['2024-11-17', '2025-11-16', '2026-11-15', '2027-11-21']);
    // First Sunday of May; second Thursday of October; fourth Sunday of September.
    expect(on('mothers-day')).toEqual(['2024-05-05', '2025-05-04', '2026-05-03', '2027-05-02']);
    expect(on('sight')).toEqual(['2024-10-10', '2025-10-09', '2026-10-08', '2027-10-14']);
    expect(on('rivers')).toEqual(['2024-09-22', '2025-09-28', '2026-09-27', '2027-09-26']);
    expect(on('national-day')).toEqual(['2024-10-12', '2025-10-12', '2026-10-12', '2027-10-12']);
    const dec6 = days.find((d) => d.key === 'builtin:constitution');
    expect(dec6).toMatchObject({ kind: 'holiday', name: { es: 'Día de la Constitución', en: 'Constitution Day' } });
    // Jueves Santo is up to each region; Father's and Mother's Day are no international days.
    expect(days.find((d) => d.key === 'builtin:maundy-thursday')).toMatchObject({ kind: 'regional' });
    expect(days.find((d) => d.key === 'builtin:fathers-day')).toMatchObject({ kind: 'celebration', name: { es: 'Día del Padre' } });
    expect(days.find((d) => d.key === 'builtin:mothers-day')).toMatchObject({ kind: 'celebration', name: { es: 'Día de la Madre' } });
  });

  it('adds the officer\'s own days, yearly or once, from their first year on', async () => {
    await app.call('specialDays.save', { name: 'Fiestas de San Roque', day: '2025-08-16', recurring: true });
    const pleno = await app.call('specialDays.save', { name: 'Pleno de presupuestos', day: '2026-08-20', recurring: false });
    expect(await keysIn('2024-08-14', '2024-08-21')).toEqual(['2024-08-15 builtin:assumption']);
    expect(await keysIn('2026-08-14', '2026-08-21')).toEqual([
      '2026-08-15 builtin:assumption',
      '2026-08-16 local:1',
      `2026-08-20 local:${pleno.localId}`,
    ]);
    expect(await keysIn('2027-08-16', '2027-08-21')).toEqual(['2027-08-16 local:1']);
    await app.call('specialDays.delete', { id: pleno.localId!, version: pleno.version! });
    expect(await keysIn('2026-08-20', '2026-08-20')).toEqual([]);
  });
});
