import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePosts } from '../../../electron/features/calendar/posts';
import { PostDraft } from '../../../shared/features/calendar/contract';
import { AppError } from '../../../shared/ipc/errors';
import { addAccount } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';
import { rowsOf } from '../../support/sql';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

describe('savePosts (bulk save for imports and the seed)', () => {
  it('writes many posts in one go, normalised as posts.save does, and search finds them', async () => {
    const fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
    const drafts = Array.from({ length: 30 }, (_, i) =>
      PostDraft.parse({
        title: i === 7 ? 'Concierto en la plaza del camión' : `Aviso ${i}`,
        scheduledAt: `2026-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+02:00`,
        status: 'draft',
        hashtags: ['Fiestas', 'Fiestas'],
        targets: [{ accountId: fb, text: '   ' }, { accountId: fb }],
      }),
    );
    const ids = await savePosts(app.ctx, drafts);
    expect(ids).toHaveLength(30);
    const one = await app.call('posts.get', { id: ids[7]! });
    const single = await app.call('posts.save', drafts[7]!);
    // Same stored shape as a post saved through the channel: UTC instant, one tag, one target with no own text.
    expect({ ...one, id: 0, createdAt: '', updatedAt: '' }).toEqual({ ...single, id: 0, createdAt: '', updatedAt: '' });
    expect(one.scheduledAt).toBe('2026-06-08T08:00:00.000Z');
    expect(one.hashtags).toEqual(['Fiestas']);
    expect(one.targets.map((t) => t.text)).toEqual([null]);
    const found = await app.call('posts.search', { q: 'camion' });
    expect(found.map((p) => p.id)).toContain(ids[7]);
  });

  it('writes none of the batch when one post breaks a rule', async () => {
    const fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
    const ok = PostDraft.parse({ title: 'Bien', scheduledDay: '2026-06-01', status: 'draft', targets: [{ accountId: fb }] });
    const unknownAccount = PostDraft.parse({ title: 'Mal', scheduledDay: '2026-06-02', status: 'draft', targets: [{ accountId: 9999 }] });
    const err = await savePosts(app.ctx, [ok, unknownAccount]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation');
    expect(await rowsOf(app, 'select count(*) as n from posts')).toEqual([{ n: 0 }]);
  });
});
