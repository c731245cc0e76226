import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAccount } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';
import { columnOf, rowsOf, valueOf } from '../../support/sql';

/**
 * Two people (or two windows) open the same post: an edit or a delete sent
 * with the version the user saw, once someone else has saved since, is
 * refused with conflict and the newer text is kept as it is.
 */
let app: TestApp;
let fb: number;
let x: number;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
  x = await addAccount(app, { network: 'x', handle: 'ayto_x' });
});
afterEach(() => app.close());

const draft = { title: 'Corte de tráfico', body: 'Calle Mayor cortada', scheduledAt: '2026-11-27T08:00:00Z', hashtags: ['Tráfico'] };

/** Both windows read version 0; the first one saves (version 1). */
async function savedByTheOther() {
  const seen = await app.call('posts.save', { ...draft, targets: [{ accountId: fb }] });
  const newer = await app.call('posts.save', {
    ...draft,
    id: seen.id,
    version: seen.version,
    title: 'Corte de tráfico (nuevo horario)',
    hashtags: ['Tráfico', 'Obras'],
    targets: [{ accountId: fb }, { accountId: x, text: 'Calle Mayor cortada de 8 a 14' }],
  });
  expect([seen.version, newer.version]).toEqual([0, 1]);
  return { seen, newer };
}

describe('stale versions', () => {
  it('posts.save refuses an edit made on the version the user saw once another save landed, and keeps the newer post whole', async () => {
    const { seen, newer } = await savedByTheOther();
    const stale = await app.invoke('posts.save', { ...draft, id: seen.id, version: seen.version, title: 'Corte de tráfico (viejo)', hashtags: [], targets: [] });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', params: { id: seen.id, version: 1 } } });
    expect(await app.call('posts.get', { id: seen.id })).toEqual(newer);
    expect(await columnOf(app, 'select tag from post_hashtags where post_id = ? order by tag', seen.id)).toEqual(['Obras', 'Tráfico']);
  });

  it('posts.delete refuses the version the user saw once another save landed, and the post stays', async () => {
    const { seen, newer } = await savedByTheOther();
    const stale = await app.invoke('posts.delete', { id: seen.id, version: seen.version });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', params: { id: seen.id, version: 1 } } });
    expect(await app.call('posts.get', { id: seen.id })).toEqual(newer);

    expect(await app.call('posts.delete', { id: seen.id, version: newer.version })).toEqual({ id: seen.id });
    expect(await valueOf(app, 'select deleted_at from posts where id = ?', seen.id)).toBe('2026-11-23T10:00:00.000Z');
  });

  it('posts.save and posts.delete on a post that does not exist say not found, and write nothing', async () => {
    const { newer } = await savedByTheOther();
    const missing = newer.id + 1;
    expect(await app.invoke('posts.save', { ...draft, id: missing, version: 0, targets: [{ accountId: fb }] })).toEqual({
      ok: false,
      error: { code: 'not_found', params: { id: missing } },
    });
    expect(await app.invoke('posts.delete', { id: missing, version: 0 })).toEqual({ ok: false, error: { code: 'not_found', params: { id: missing } } });
    expect(await rowsOf(app, 'select id, version from posts')).toEqual([{ id: newer.id, version: 1 }]);
    expect(await columnOf(app, 'select post_id from post_targets order by account_id')).toEqual([newer.id, newer.id]);
  });
});
