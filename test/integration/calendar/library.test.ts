import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { addAccount } from '../../support/calendar';
import { openTestApp, type TestApp, testEngine } from '../../support/context';

let app: TestApp;
let fb: number;
beforeEach(async () => {
  app = await openTestApp();
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
});
afterEach(() => app.close());

const codeOf = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
};

const august = { from: '2026-08-01T00:00:00Z', to: '2026-09-01T00:00:00Z' };

describe('campaigns: edit, delete, undo', () => {
  it('edits with the version read, refuses a stale one, and the calendar shows the new colour', async () => {
    const c = await app.call('campaigns.save', { name: 'Navidad', color: '#b3261e', accountIds: [fb] });
    await app.call('posts.save', { title: 'Belén', scheduledAt: '2026-08-10T08:00:00Z', campaignId: c.id, targets: [{ accountId: fb }] });
    const edited = await app.call('campaigns.save', { id: c.id, version: c.version, name: 'Navidad 2026', color: '#0b6e4f', accountIds: [fb] });
    expect([edited.name, edited.color, edited.version]).toEqual(['Navidad 2026', '#0b6e4f', c.version + 1]);
    expect(await codeOf(app.call('campaigns.save', { id: c.id, version: c.version, name: 'Otra', accountIds: [] }))).toBe('conflict');
    expect((await app.call('campaigns.list', {})).map((x) => x.name)).toEqual(['Navidad 2026']);
    expect((await app.call('posts.listRange', august)).posts.map((p) => p.campaignColor)).toEqual(['#0b6e4f']);
  });

  it('soft-deletes, counts the posts that stop showing it, and a restore brings the colour back', async () => {
    const c = await app.call('campaigns.save', { name: 'Fiestas', color: '#7b1fa2' });
    const post = await app.call('posts.save', { title: 'Pregón', scheduledAt: '2026-08-14T18:00:00Z', campaignId: c.id, targets: [{ accountId: fb }] });
    await app.call('posts.save', { title: 'Borrada', scheduledAt: '2026-08-15T18:00:00Z', campaignId: c.id });
    const gone = (await app.call('posts.listRange', august)).posts;
    await app.call('posts.delete', { id: gone[1]!.id, version: gone[1]!.version });

    expect(await codeOf(app.call('campaigns.delete', { id: c.id, version: c.version + 1 }))).toBe('conflict');
    // Deleted posts do not count: only the one the officer still sees.
    expect(await app.call('campaigns.delete', { id: c.id, version: c.version })).toEqual({ id: c.id, posts: 1 });
    expect(await app.call('campaigns.list', {})).toEqual([]);
    const [shown] = (await app.call('posts.listRange', august)).posts;
    expect([shown?.campaignColor, shown?.campaignId]).toEqual([null, c.id]);
    // A drag after the delete does not bring the colour back either.
    const moved = await app.call('posts.reschedule', { id: post.id, version: post.version, scheduledAt: '2026-08-13T18:00:00Z' });
    expect(moved.campaignColor).toBeNull();
    // Gone means gone for edits too; a second delete (another window, a second click) changes nothing.
    expect(await codeOf(app.call('campaigns.save', { id: c.id, version: c.version + 1, name: 'Fiestas' }))).toBe('not_found');
    expect(await app.call('campaigns.delete', { id: c.id, version: c.version + 1 })).toEqual({ id: c.id, posts: 1 });

    const back = await app.call('campaigns.restore', { id: c.id });
    expect([back.name, back.version]).toEqual(['Fiestas', c.version + 2]);
    // A second Undo click is harmless.
    expect((await app.call('campaigns.restore', { id: c.id })).id).toBe(c.id);
    expect((await app.call('posts.listRange', august)).posts.map((p) => p.campaignColor)).toEqual(['#7b1fa2']);
  });

  it('validates the delete and restore inputs', async () => {
    expect(await codeOf(app.call('campaigns.delete', { id: 1 } as never))).toBe('validation');
    expect(await codeOf(app.call('campaigns.delete', { id: 1, version: -1 }))).toBe('validation');
    expect(await codeOf(app.call('campaigns.delete', { id: 1, version: 0, extra: true } as never))).toBe('validation');
    expect(await codeOf(app.call('campaigns.delete', { id: 999, version: 0 }))).toBe('not_found');
    expect(await codeOf(app.call('campaigns.restore', { id: 999 }))).toBe('not_found');
  });
});

describe('hashtag sets: edit, delete, undo', () => {
  it('edits, refuses a stale version, soft-deletes and restores', async () => {
    const s = await app.call('hashtagSets.save', { name: 'Turismo', tags: ['VisitaVillavieja'] });
    const edited = await app.call('hashtagSets.save', { id: s.id, version: s.version, name: 'Turismo', tags: ['VisitaVillavieja', 'Turismo'] });
    expect(edited.tags).toEqual(['VisitaVillavieja', 'Turismo']);
    expect(await codeOf(app.call('hashtagSets.save', { id: s.id, version: s.version, name: 'X', tags: ['a'] }))).toBe('conflict');

    expect(await codeOf(app.call('hashtagSets.delete', { id: s.id, version: s.version }))).toBe('conflict');
    expect(await codeOf(app.call('hashtagSets.delete', { id: s.id } as never))).toBe('validation');
    expect(await app.call('hashtagSets.delete', { id: s.id, version: edited.version })).toEqual({ id: s.id });
    expect(await app.call('hashtagSets.list', {})).toEqual([]);
    expect(await codeOf(app.call('hashtagSets.save', { id: s.id, version: edited.version + 1, name: 'Turismo', tags: ['a'] }))).toBe('not_found');

    const back = await app.call('hashtagSets.restore', { id: s.id });
    expect([back.name, back.tags]).toEqual(['Turismo', ['VisitaVillavieja', 'Turismo']]);
    expect((await app.call('hashtagSets.list', {})).map((x) => x.id)).toEqual([s.id]);
    expect(await codeOf(app.call('hashtagSets.restore', { id: 999 }))).toBe('not_found');
  });
});

describe('local special days: list, edit, delete, undo', () => {
  it('lists the officer’s own days by date of the year, edits, deletes and restores', async () => {
    const roque = await app.call('specialDays.save', { name: 'Fiestas de San Roque', day: '2025-08-16', recurring: true });
    const pleno = await app.call('specialDays.save', { name: 'Pleno de presupuestos', day: '2026-03-20', recurring: false });
    expect((await app.call('specialDays.listLocal', {})).map((d) => [d.name.es, d.day, d.recurring])).toEqual([
      ['Pleno de presupuestos', '2026-03-20', false],
      ['Fiestas de San Roque', '2025-08-16', true],
    ]);

    const edited = await app.call('specialDays.save', { id: roque.localId!, version: roque.version!, name: 'San Roque', day: '2025-08-17', recurring: true });
    expect([edited.name.es, edited.day]).toEqual(['San Roque', '2025-08-17']);
    expect(await codeOf(app.call('specialDays.save', { id: roque.localId!, version: roque.version!, name: 'Otra', day: '2025-08-17' }))).toBe('conflict');
    const inAugust = await app.call('specialDays.listRange', { from: '2026-08-01', to: '2026-08-31' });
    expect(inAugust.filter((d) => d.kind === 'local').map((d) => [d.name.es, d.day])).toEqual([['San Roque', '2026-08-17']]);

    await app.call('specialDays.delete', { id: pleno.localId!, version: pleno.version! });
    expect((await app.call('specialDays.listLocal', {})).map((d) => d.name.es)).toEqual(['San Roque']);
    // A second delete changes nothing.
    expect(await app.call('specialDays.delete', { id: pleno.localId!, version: pleno.version! + 1 })).toEqual({ id: pleno.localId });
    const back = await app.call('specialDays.restore', { id: pleno.localId! });
    expect([back.name.es, back.version]).toEqual(['Pleno de presupuestos', pleno.version! + 2]);
    expect((await app.call('specialDays.listLocal', {})).map((d) => d.name.es)).toEqual(['Pleno de presupuestos', 'San Roque']);
  });
});

// SQLite's query planner and its index names: the server plans with its own.
describe.runIf(testEngine() === 'sqlite')('query plan of the campaign delete count', () => {
  it('counts a campaign’s posts by the campaign index, not a scan of posts', async () => {
    const lines = (app.ctx.raw.prepare('explain query plan select count(*) from posts where campaign_id = ? and deleted_at is null').all(1) as { detail: string }[]).map((r) => r.detail);
    expect(lines.join('\n')).toMatch(/USING INDEX posts_campaign/);
  });
});
