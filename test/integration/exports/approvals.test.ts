import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/ipc/contract';
import { addAccount, fullChecklist } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';
import { rowsOf, run } from '../../support/sql';

/**
 * What an approval records and touches, read back exactly; and the names of
 * the files the exports save, which the officer finds them by.
 */
let app: TestApp;
let now: Date;
let fb: number;
let x: number;
let navidad: number;
beforeEach(async () => {
  now = new Date('2026-11-23T12:00:00.000Z');
  app = await openTestApp({ clock: () => now });
  await app.call('settings.save', { timeZone: 'Europe/Madrid', locale: 'es' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
  x = await addAccount(app, { network: 'x', handle: '@ayto.villa' });
  navidad = (await app.call('campaigns.save', { name: 'Navidad' })).id;
});
afterEach(() => app.close());

const week = { from: '2026-11-23', to: '2026-11-29' };
const save = (title: string, more: Partial<Input<'posts.save'>> = {}) => app.call('posts.save', { title, scheduledDay: '2026-11-24', targets: [{ accountId: fb }], ...more });
const approve = async (filter: Input<'exports.preview'>, more: Partial<Input<'approvals.record'>> = {}) => {
  const { fingerprint } = await app.call('exports.preview', filter);
  return app.call('approvals.record', { ...filter, approver: 'Alcaldía', approvedAt: '2026-11-23T13:30:00+01:00', fingerprint, ...more });
};
const row = async (id: number) => (await rowsOf(app, 'select status, version, approved_version as "approvedVersion" from posts where id = ?', id))[0];

describe('approvals.record', () => {
  it('records the filter it was given, with an empty role and comments when none, and the approval time in UTC', async () => {
    await save('Belén', { campaignId: navidad, checklist: fullChecklist });
    const { fingerprint } = await app.call('exports.preview', { ...week, accountIds: [fb], campaignId: navidad });
    const res = await approve({ ...week, accountIds: [fb], campaignId: navidad });
    expect(res.approval).toEqual({
      id: res.approval.id,
      from: '2026-11-23',
      to: '2026-11-29',
      accountIds: [fb],
      campaignId: navidad,
      approver: 'Alcaldía',
      role: '',
      comments: '',
      approvedAt: '2026-11-23T12:30:00.000Z',
      fingerprint,
      postCount: 1,
      createdAt: '2026-11-23T12:00:00.000Z',
    });
    const whole = await approve(week, { role: 'Alcalde', comments: 'Conforme' });
    expect(whole.approval).toMatchObject({ accountIds: [], campaignId: null, role: 'Alcalde', comments: 'Conforme' });
  });

  it('gives every post in it the version the superior saw and leaves posts outside its filter alone', async () => {
    const inIt = await save('Belén', { campaignId: navidad, checklist: fullChecklist });
    const other = await save('Mercadillo', { checklist: fullChecklist });
    const published = await save('Ya publicado', { campaignId: navidad, status: 'published', checklist: fullChecklist });
    const res = await approve({ ...week, campaignId: navidad });
    // A published post keeps its status: it is not counted as approved.
    expect([res.approvedPosts, res.needsCheck, res.approval.postCount]).toEqual([1, [], 2]);
    expect(await row(inIt.id)).toEqual({ status: 'approved', version: 1, approvedVersion: 1 });
    expect(await row(published.id)).toEqual({ status: 'published', version: 1, approvedVersion: 1 });
    expect(await row(other.id)).toEqual({ status: 'draft', version: 0, approvedVersion: null });
  });

  it('counts as approved the posts that already were and those it approves, not those left to check', async () => {
    await save('Aprobado antes', { status: 'approved', checklist: fullChecklist });
    await save('Borrador revisado', { checklist: fullChecklist });
    const unchecked = await save('Borrador sin revisar');
    await save('Idea', { status: 'idea' });
    const res = await approve(week);
    expect([res.approvedPosts, res.needsCheck, res.approval.postCount]).toEqual([2, [unchecked.id], 4]);
  });
});

describe('approvals.record and the networks\' rules', () => {
  // 281 characters as X counts them: one over its limit.
  const overX = 'a'.repeat(281);

  it('leaves a checked draft whose text is over a network\'s limit as it was, names the rule, and approves the others', async () => {
    const good = await save('Mercadillo', { checklist: fullChecklist, targets: [{ accountId: fb }, { accountId: x }] });
    const long = await save('Bando largo', { body: overX, checklist: fullChecklist, targets: [{ accountId: fb }, { accountId: x }] });
    const review = await save('Pleno', { status: 'in_review', checklist: fullChecklist, targets: [{ accountId: x }] });
    // Its own text for X is long, though the body fits.
    const ownLong = await save('Cabalgata', { body: 'Corta', checklist: fullChecklist, targets: [{ accountId: fb }, { accountId: x, text: `${'b'.repeat(270)} ` }], hashtags: ['Reyes2027'] });
    const unchecked = await save('Sin revisar', { body: overX, targets: [{ accountId: x }] });
    const res = await approve(week);
    expect([res.approvedPosts, res.needsCheck, res.breaksRules, res.approval.postCount]).toEqual([
      2,
      [unchecked.id],
      [
        { id: long.id, rules: ['x.tooLong'] },
        { id: ownLong.id, rules: ['x.tooLong'] },
        { id: unchecked.id, rules: ['x.tooLong'] },
      ],
      5,
    ]);
    expect(await row(good.id)).toEqual({ status: 'approved', version: 1, approvedVersion: 1 });
    expect(await row(review.id)).toEqual({ status: 'approved', version: 1, approvedVersion: 1 });
    // Left as they were: the superior saw them, so the version they saw is recorded, but not approved.
    expect(await row(long.id)).toEqual({ status: 'draft', version: 1, approvedVersion: 1 });
    expect(await row(ownLong.id)).toEqual({ status: 'draft', version: 1, approvedVersion: 1 });
    expect(await row(unchecked.id)).toEqual({ status: 'draft', version: 1, approvedVersion: 1 });
  });

  it('judges the text as it goes out, link and hashtags included, and lets one that fits exactly through', async () => {
    // 280 with X counting the link as 23: 255 + 2 + 23 = 280.
    const exact = await save('Justo', { body: 'c'.repeat(255), link: 'https://www.ayto.es/una/direccion/muy/larga/que/cuenta/como/veintitres', checklist: fullChecklist, targets: [{ accountId: x }] });
    // The same with a hashtag: 280 + 2 + 6 = 288.
    const tagged = await save('Con etiqueta', { body: 'c'.repeat(255), link: 'https://www.ayto.es/a', hashtags: ['Villa'], checklist: fullChecklist, targets: [{ accountId: x }] });
    const res = await approve(week);
    expect([res.approvedPosts, res.needsCheck, res.breaksRules]).toEqual([1, [], [{ id: tagged.id, rules: ['x.tooLong'] }]]);
    expect((await row(exact.id))?.status).toBe('approved');
    expect((await row(tagged.id))?.status).toBe('draft');
  });

  it('the editor refuses to approve or send to review a text over its limit, saying on which account\'s text, and writes nothing', async () => {
    const draft = await save('Bando largo', { body: overX, targets: [{ accountId: fb }, { accountId: x }] });
    for (const status of ['approved', 'in_review'] as const) {
      const res = await app.invoke('posts.save', { id: draft.id, version: draft.version, title: 'Bando largo', body: overX, scheduledDay: '2026-11-24', status, checklist: fullChecklist, targets: [{ accountId: fb }, { accountId: x }] });
      expect(res).toEqual({
        ok: false,
        error: {
          code: 'validation',
          params: { issues: [{ path: 'targets.1.text', code: 'calendar.errors.tooLong', params: { network: 'X', count: 281, limit: 280 } }] },
        },
      });
    }
    expect(await row(draft.id)).toEqual({ status: 'draft', version: 0, approvedVersion: null });
  });

  it('weighs a post on every account it goes to, also those an approval filtered by account leaves out', async () => {
    const both = await save('Bando largo', { body: overX, checklist: fullChecklist, targets: [{ accountId: fb }, { accountId: x }] });
    const fbOnly = await save('Solo Facebook', { body: overX, checklist: fullChecklist, targets: [{ accountId: fb }] });
    const res = await approve({ ...week, accountIds: [fb] });
    expect([res.approvedPosts, res.needsCheck, res.breaksRules, res.approval.postCount]).toEqual([1, [], [{ id: both.id, rules: ['x.tooLong'] }], 2]);
    expect((await row(both.id))?.status).toBe('draft');
    expect((await row(fbOnly.id))?.status).toBe('approved');
  });

  it('a post approved before its text outgrew the limit cannot be moved until its text fits', async () => {
    const approved = await save('Aprobado antes', { status: 'approved', checklist: fullChecklist, targets: [{ accountId: fb }, { accountId: x }] });
    await run(app, 'update posts set body = ? where id = ?', overX, approved.id);
    const moved = await app.invoke('posts.reschedule', { id: approved.id, version: approved.version, scheduledDay: '2026-11-25' });
    expect(moved).toEqual({
      ok: false,
      error: { code: 'validation', params: { issues: [{ path: 'targets.1.text', code: 'calendar.errors.tooLong', params: { network: 'X', count: 281, limit: 280 } }] } },
    });
    expect(await rowsOf(app, 'select status, scheduled_day as "scheduledDay", version from posts where id = ?', approved.id)).toEqual([{ status: 'approved', scheduledDay: '2026-11-24', version: 0 }]);
  });
});

describe('approvals.list', () => {
  it('lists the latest approval first, by the time it was given, as many as asked', async () => {
    await save('Belén', { checklist: fullChecklist });
    const first = await approve(week, { approver: 'Primera', approvedAt: '2026-11-23T09:00:00Z' });
    now = new Date('2026-11-23T12:05:00.000Z');
    const earlier = await approve(week, { approver: 'Firmada antes', approvedAt: '2026-11-22T18:00:00Z' });
    const same = await approve(week, { approver: 'Misma hora', approvedAt: '2026-11-23T09:00:00Z' });
    expect((await app.call('approvals.list', {})).map((a) => [a.id, a.approver])).toEqual([
      [same.approval.id, 'Misma hora'],
      [first.approval.id, 'Primera'],
      [earlier.approval.id, 'Firmada antes'],
    ]);
    expect((await app.call('approvals.list', { limit: 1 })).map((a) => a.approver)).toEqual(['Misma hora']);
  });
});

describe('export file names', () => {
  it('name the range, or the one day, and the account by its handle without symbols', async () => {
    await save('Belén', { status: 'approved', checklist: fullChecklist, scheduledDay: null, scheduledAt: '2026-11-24T10:00:00Z', targets: [{ accountId: x }] });
    const day = { from: '2026-11-24', to: '2026-11-24' };
    const name = (p: string | null | undefined) => path.basename(p ?? '');
    expect(name((await app.call('exports.ics', week)).path)).toBe('pregonero-2026-11-23_2026-11-29.ics');
    expect(name((await app.call('exports.ics', day)).path)).toBe('pregonero-2026-11-24.ics');
    expect(name((await app.call('exports.planCsv', day)).path)).toBe('pregonero-plan-2026-11-24.csv');
    expect(name((await app.call('exports.hootsuiteCsv', { ...week, accountId: x })).path)).toBe('hootsuite-ayto.villa-2026-11-23_2026-11-29.csv');
  });

  it('a Hootsuite file for an account that is gone is refused', async () => {
    const account = await app.call('accounts.get', { id: x });
    await app.call('accounts.delete', { id: x, version: account.version });
    expect(await app.invoke('exports.hootsuiteCsv', { ...week, accountId: x })).toEqual({ ok: false, error: { code: 'not_found', params: { id: x } } });
    expect(await app.invoke('exports.hootsuiteCsv', { ...week, accountId: 999 })).toEqual({ ok: false, error: { code: 'not_found', params: { id: 999 } } });
  });
});
