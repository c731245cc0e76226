import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { openTestApp, type TestApp } from '../../support/context';
import { seedPost } from '../../support/playbooks';

/**
 * The hold rules over time: a post an incident paused, resumed and paused
 * again is held by it again (and comes back on the next resume); an ended
 * incident holds nothing; two incidents at once never take each other's
 * holds.
 */
let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-20T20:40:00Z') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
});
afterEach(() => app.close());

const statusOf = async (id: number) => (await app.ctx.db.selectFrom('posts').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const holdRows = (incidentId: number) =>
  app.ctx.db.selectFrom('incidentHolds').select(['postId', 'formerStatus', 'resumedAt']).where('incidentId', '=', incidentId).orderBy('postId').execute();
const start = () => app.call('incidents.start', { playbookId: null, severity: 'high', facts: {} });
const saturday = { from: '2026-11-21T00:00:00+01:00', to: '2026-11-22T00:00:00+01:00' };

describe('holds over an incident\'s life', () => {
  it('pauses, resumes and pauses again: the second hold is live and the next resume brings the post back', async () => {
    const post = await seedPost(app, 'Concierto en la plaza', '2026-11-21T18:00:00.000Z', 'approved');
    const inc = await start();

    await app.call('incidents.pausePlanned', { id: inc.id, ...saturday });
    await app.call('incidents.resumePlanned', { id: inc.id });
    expect(await statusOf(post)).toBe('approved');

    // Meanwhile the officer sent it back to review; the second pause remembers that.
    await app.ctx.db.updateTable('posts').set({ status: 'in_review' }).where('id', '=', post).execute();
    const again = await app.call('incidents.pausePlanned', { id: inc.id, ...saturday });
    expect(again.map((h) => [h.postId, h.formerStatus, h.status, h.resumedAt])).toEqual([[post, 'in_review', 'on_hold', null]]);
    expect(await holdRows(inc.id)).toEqual([{ postId: post, formerStatus: 'in_review', resumedAt: null }]);

    const resumed = await app.call('incidents.resumePlanned', { id: inc.id });
    expect(resumed.map((h) => h.postId)).toEqual([post]);
    expect(await statusOf(post)).toBe('in_review');
    const events = (await app.call('incidents.get', { id: inc.id })).events.map((e) => [e.kind, e.text]);
    expect(events.slice(1)).toEqual([
      ['posts_paused', '1'],
      ['posts_resumed', '1'],
      ['posts_paused', '1'],
      ['posts_resumed', '1'],
    ]);
  });

  it('a second pause answers with the posts it held, not those an earlier pause holds', async () => {
    const saturdayPost = await seedPost(app, 'Concierto', '2026-11-21T18:00:00.000Z', 'approved');
    const sundayPost = await seedPost(app, 'Misa de campaña', { day: '2026-11-22' }, 'draft');
    const inc = await start();
    await app.call('incidents.pausePlanned', { id: inc.id, ...saturday });
    const sunday = await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-22T00:00:00+01:00', to: '2026-11-23T00:00:00+01:00' });
    expect(sunday.map((h) => [h.postId, h.formerStatus])).toEqual([[sundayPost, 'draft']]);
    expect((await holdRows(inc.id)).map((h) => h.postId)).toEqual([saturdayPost, sundayPost]);
  });

  it('a window that ends at midnight leaves the next day\'s whole-day posts alone; an empty window is refused', async () => {
    const sunday = await seedPost(app, 'Mercadillo del domingo', { day: '2026-11-22' }, 'approved');
    const inc = await start();
    expect(await app.call('incidents.pausePlanned', { id: inc.id, ...saturday })).toEqual([]);
    expect(await statusOf(sunday)).toBe('approved');
    const empty = await app.invoke('incidents.pausePlanned', { id: inc.id, from: saturday.from, to: saturday.from });
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'to', code: 'playbooks.errors.windowOrder' }] } } });
  });

  it('pausing or resuming an incident that does not exist is not_found', async () => {
    expect(await app.invoke('incidents.pausePlanned', { id: 404, ...saturday })).toEqual({ ok: false, error: { code: 'not_found', params: { id: 404 } } });
    expect(await app.invoke('incidents.resumePlanned', { id: 404 })).toEqual({ ok: false, error: { code: 'not_found', params: { id: 404 } } });
  });

  it('refuses to pause for an ended incident and holds nothing', async () => {
    const post = await seedPost(app, 'Mercado de Navidad', '2026-11-21T10:00:00.000Z', 'approved');
    const inc = await start();
    await app.call('incidents.end', { id: inc.id });

    const err = await app.call('incidents.pausePlanned', { id: inc.id, ...saturday }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err?.code).toBe('playbooks.errors.incidentEnded');
    expect(await statusOf(post)).toBe('approved');
    expect(await holdRows(inc.id)).toEqual([]);
    expect((await app.call('incidents.get', { id: inc.id })).events.map((e) => e.kind)).toEqual(['started', 'ended']);
  });

  it('two incidents at once: each holds only what was still planned and resumes only its own holds', async () => {
    const shared = await seedPost(app, 'Carrera popular', '2026-11-21T09:00:00.000Z', 'approved');
    const onlySecond = await seedPost(app, 'Feria del libro', '2026-11-22T11:00:00.000Z', 'draft');
    const flood = await start();
    const fire = await start();

    await app.call('incidents.pausePlanned', { id: flood.id, ...saturday });
    // The fire's window covers Saturday and Sunday; the race is already held by the flood.
    const fireHeld = await app.call('incidents.pausePlanned', { id: fire.id, from: saturday.from, to: '2026-11-23T00:00:00+01:00' });
    expect(fireHeld.map((h) => [h.postId, h.formerStatus])).toEqual([[onlySecond, 'draft']]);
    expect(await holdRows(flood.id)).toEqual([{ postId: shared, formerStatus: 'approved', resumedAt: null }]);
    expect(await holdRows(fire.id)).toEqual([{ postId: onlySecond, formerStatus: 'draft', resumedAt: null }]);

    const fireResumed = await app.call('incidents.resumePlanned', { id: fire.id });
    expect(fireResumed.map((h) => h.postId)).toEqual([onlySecond]);
    expect(await statusOf(onlySecond)).toBe('draft');
    expect(await statusOf(shared)).toBe('on_hold');

    await app.call('incidents.resumePlanned', { id: flood.id });
    expect(await statusOf(shared)).toBe('approved');
  });
});
