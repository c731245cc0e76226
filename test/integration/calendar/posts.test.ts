import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rangeEvents } from '../../../shared/features/calendar/rangeEvents';
import { AppError } from '../../../shared/ipc/errors';
import { addAccount, fullChecklist } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';
import { columnOf, run } from '../../support/sql';

let app: TestApp;
let fb: number;
let x: number;
beforeEach(async () => {
  app = await openTestApp();
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
  x = await addAccount(app, { network: 'x', handle: 'ayto_x' });
});
afterEach(() => app.close());

const issuesOf = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return ((err as AppError).params?.issues ?? []) as { path: string; code: string; params?: Record<string, unknown> }[];
};

describe('posts', () => {
  it('saves a post with targets and own texts and reads it back', async () => {
    const p = await app.call('posts.save', {
      title: 'Fiestas',
      body: 'Programa de fiestas',
      scheduledAt: '2026-08-10T08:00:00Z',
      hashtags: ['#FiestasPilar', 'Cultura'],
      targets: [{ accountId: fb }, { accountId: x, text: 'Fiestas en X' }],
    });
    expect(p.version).toBe(0);
    expect(p.hashtags).toEqual(['FiestasPilar', 'Cultura']);
    const got = await app.call('posts.get', { id: p.id });
    expect(got.targets.map((t) => [t.network, t.text])).toEqual([
      ['facebook', null],
      ['x', 'Fiestas en X'],
    ]);
    expect(got.changedSinceApproved).toBe(false);
  });

  it('lists a range with filters: dated posts by instant, ideas by office day', async () => {
    const c = await app.call('campaigns.save', { name: 'Verano', color: '#aa3300', accountIds: [fb] });
    await app.call('posts.save', { title: 'A', scheduledAt: '2026-08-10T08:00:00Z', campaignId: c.id, targets: [{ accountId: fb }] });
    await app.call('posts.save', { title: 'B', scheduledAt: '2026-08-12T08:00:00Z', status: 'in_review', targets: [{ accountId: x }] });
    await app.call('posts.save', { title: 'Idea', scheduledDay: '2026-08-15', status: 'idea' });
    await app.call('posts.save', { title: 'Fuera', scheduledAt: '2026-09-10T08:00:00Z' });
    // 31 July 22:30 UTC is already 1 August in Madrid.
    await app.call('posts.save', { title: 'Medianoche', scheduledAt: '2026-07-31T22:30:00Z' });
    const from = '2026-07-31T22:00:00Z';
    const to = '2026-08-31T22:00:00Z';
    const range = await app.call('posts.listRange', { from, to });
    const all = range.posts;
    expect(all.map((e) => e.title)).toEqual(['Medianoche', 'A', 'B', 'Idea']);
    expect(all.find((e) => e.title === 'A')).toMatchObject({ campaignColor: '#aa3300', accountIds: [fb], mediaCount: 0, thumbUrl: null, mediaMissing: false });
    expect(rangeEvents(range).find((e) => e.title === 'A')?.targets).toEqual([{ accountId: fb, network: 'facebook', handle: 'ayto' }]);
    expect((await app.call('posts.listRange', { from, to, accountIds: [x] })).posts.map((e) => e.title)).toEqual(['B']);
    expect((await app.call('posts.listRange', { from, to, networks: ['facebook'] })).posts.map((e) => e.title)).toEqual(['A']);
    expect((await app.call('posts.listRange', { from, to, campaignId: c.id })).posts.map((e) => e.title)).toEqual(['A']);
    expect((await app.call('posts.listRange', { from, to, statuses: ['idea', 'in_review'] })).posts.map((e) => e.title)).toEqual(['B', 'Idea']);
  });

  it('names every account of a post, by network then handle, also when a filter picked the post by one of them', async () => {
    const ig = await addAccount(app, { network: 'instagram', handle: 'ayto' });
    const fb2 = await addAccount(app, { network: 'facebook', handle: 'area_cultura' });
    const targets = [{ accountId: x }, { accountId: ig }, { accountId: fb }, { accountId: fb2 }];
    await app.call('posts.save', { title: 'Todas', scheduledAt: '2026-08-10T08:00:00Z', targets });
    await app.call('posts.save', { title: 'Idea', status: 'idea', targets });
    const named = ['facebook:area_cultura', 'facebook:ayto', 'instagram:ayto', 'x:ayto_x'];
    const label = (e: { targets: { network: string; handle: string }[] }) => e.targets.map((t) => `${t.network}:${t.handle}`);
    const range = { from: '2026-08-01T00:00:00Z', to: '2026-09-01T00:00:00Z' };
    expect(rangeEvents(await app.call('posts.listRange', range)).map(label)).toEqual([named]);
    expect(rangeEvents(await app.call('posts.listRange', { ...range, accountIds: [ig] })).map(label)).toEqual([named]);
    expect(rangeEvents(await app.call('posts.listRange', { ...range, networks: ['x'] })).map(label)).toEqual([named]);
    expect((await app.call('posts.backlog', {})).map(label)).toEqual([named]);
  });

  it('sends each account once per range however many posts name it, and none that is deleted', async () => {
    const gone = await addAccount(app, { network: 'instagram', handle: 'cerrada' });
    for (const day of ['10', '11', '12']) await app.call('posts.save', { title: `Día ${day}`, scheduledAt: `2026-08-${day}T08:00:00Z`, targets: [{ accountId: x }, { accountId: fb }, { accountId: gone }] });
    const g = await app.call('accounts.get', { id: gone });
    await app.call('accounts.delete', { id: gone, version: g.version });
    const range = await app.call('posts.listRange', { from: '2026-08-01T00:00:00Z', to: '2026-09-01T00:00:00Z' });
    expect(range.accounts).toEqual([
      { id: fb, network: 'facebook', handle: 'ayto' },
      { id: x, network: 'x', handle: 'ayto_x' },
    ].sort((a, b) => a.id - b.id));
    // By network then handle, as every view lists them.
    expect(range.posts.map((p) => [p.title, p.accountIds])).toEqual([
      ['Día 10', [fb, x]],
      ['Día 11', [fb, x]],
      ['Día 12', [fb, x]],
    ]);
  });

  it('reschedules with the version read, and refuses a stale one with conflict', async () => {
    const p = await app.call('posts.save', { title: 'A', scheduledAt: '2026-08-10T08:00:00Z' });
    const moved = await app.call('posts.reschedule', { id: p.id, version: p.version, scheduledAt: '2026-08-11T09:30:00Z' });
    expect(moved).toMatchObject({ scheduledAt: '2026-08-11T09:30:00.000Z', version: 1 });
    const stale = await app.invoke('posts.reschedule', { id: p.id, version: 0, scheduledAt: '2026-08-12T09:30:00Z' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const toDay = await app.call('posts.reschedule', { id: p.id, version: 1, scheduledDay: '2026-08-20' });
    expect(toDay).toMatchObject({ scheduledAt: null, scheduledDay: '2026-08-20' });
  });

  it('marks a post changed since approved, and shows on_hold as its status', async () => {
    const p = await app.call('posts.save', { title: 'A', scheduledAt: '2026-08-10T08:00:00Z', status: 'approved', checklist: fullChecklist });
    await app.ctx.db.updateTable('posts').set({ approvedVersion: p.version }).where('id', '=', p.id).execute();
    expect((await app.call('posts.get', { id: p.id })).changedSinceApproved).toBe(false);
    const edited = await app.call('posts.save', { id: p.id, version: p.version, title: 'A2', scheduledAt: '2026-08-10T08:00:00Z', status: 'approved', checklist: fullChecklist });
    expect(edited.changedSinceApproved).toBe(true);
    await app.ctx.db.updateTable('posts').set({ status: 'on_hold' }).where('id', '=', p.id).execute();
    const [ev] = (await app.call('posts.listRange', { from: '2026-08-01T00:00:00Z', to: '2026-08-31T00:00:00Z' })).posts;
    expect(ev).toMatchObject({ status: 'on_hold', changedSinceApproved: true });
  });

  it('deletes softly and restores; duplicates as a fresh draft; keeps undated ideas in the backlog', async () => {
    const p = await app.call('posts.save', { title: 'A', status: 'idea', hashtags: ['x1'], targets: [{ accountId: fb, text: 'propio' }] });
    expect((await app.call('posts.backlog', {})).map((e) => e.title)).toEqual(['A']);
    const copy = await app.call('posts.duplicate', { id: p.id });
    expect(copy).toMatchObject({ title: 'A', status: 'idea', checklist: {}, approvedVersion: null });
    expect(copy.targets[0]?.text).toBe('propio');
    await app.call('posts.delete', { id: p.id, version: p.version });
    await expect(app.call('posts.get', { id: p.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await app.call('posts.backlog', {})).map((e) => e.id)).toEqual([copy.id]);
    await app.call('posts.restore', { id: p.id });
    expect((await app.call('posts.backlog', {})).length).toBe(2);
  });

  it('refuses a post with both a time and a day-only date, and an unknown account', async () => {
    const issues = await issuesOf(
      app.call('posts.save', { title: 'A', scheduledAt: '2026-08-10T08:00:00Z', scheduledDay: '2026-08-10', targets: [{ accountId: 9999 }] }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['calendar.errors.dayAndTime', 'calendar.errors.unknownAccount']);
  });
});

describe('posts: what a save keeps and what a view may ask', () => {
  it('writes each account once, a blank own text as none, and each hashtag once', async () => {
    const p = await app.call('posts.save', {
      title: 'Pleno',
      hashtags: ['Pleno', 'Pleno', 'Villanueva'],
      targets: [{ accountId: fb, text: '   ' }, { accountId: x, text: 'Pleno a las 20:00' }, { accountId: fb, text: 'otra vez' }],
    });
    expect(p.targets.map((t) => [t.accountId, t.text])).toEqual([
      [fb, null],
      [x, 'Pleno a las 20:00'],
    ]);
    expect(p.hashtags).toEqual(['Pleno', 'Villanueva']);
    expect(await columnOf(app, 'select tag from post_hashtags where post_id = ? order by tag', p.id)).toEqual(['Pleno', 'Villanueva']);
  });

  it('asks for the version read before an edit', async () => {
    const p = await app.call('posts.save', { title: 'Pleno' });
    const r = await app.invoke('posts.save', { id: p.id, title: 'Pleno ordinario' });
    expect(r).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'version', code: 'required' }] } } });
    expect((await app.call('posts.get', { id: p.id })).title).toBe('Pleno');
  });

  it('restores only a post that exists', async () => {
    expect(await app.invoke('posts.restore', { id: 4242 })).toEqual({ ok: false, error: { code: 'not_found', params: { id: 4242 } } });
  });

  it('lists up to 120 days at once, and refuses a longer range or one that ends before it starts', async () => {
    await app.call('posts.save', { title: 'Verano', scheduledAt: '2026-08-10T08:00:00Z' });
    const refused = { ok: false, error: { code: 'validation', params: { issues: [{ path: 'to', code: 'calendar.errors.rangeTooLong' }] } } };
    // 1 June to 29 September, midnight UTC: exactly 120 days.
    expect((await app.call('posts.listRange', { from: '2026-06-01T00:00:00.000Z', to: '2026-09-29T00:00:00.000Z' })).posts.map((e) => e.title)).toEqual(['Verano']);
    expect(await app.invoke('posts.listRange', { from: '2026-06-01T00:00:00.000Z', to: '2026-09-29T00:00:00.001Z' })).toEqual(refused);
    expect(await app.invoke('posts.listRange', { from: '2026-08-02T00:00:00.000Z', to: '2026-08-01T00:00:00.000Z' })).toEqual(refused);
  });

  it('reads day-only posts by office day: a range ending at midnight leaves out the next day', async () => {
    await app.call('posts.save', { title: 'Lunes', scheduledDay: '2026-08-10' });
    await app.call('posts.save', { title: 'Martes', scheduledDay: '2026-08-11' });
    await app.call('posts.save', { title: 'Miércoles', scheduledDay: '2026-08-12' });
    // Tuesday 11 August, midnight to midnight in Madrid (UTC+2 in summer).
    const titles = async (from: string, to: string) => (await app.call('posts.listRange', { from, to })).posts.map((e) => e.title);
    expect(await titles('2026-08-10T22:00:00.000Z', '2026-08-11T22:00:00.000Z')).toEqual(['Martes']);
    // An empty range at Tuesday noon is Tuesday.
    expect(await titles('2026-08-11T10:00:00.000Z', '2026-08-11T10:00:00.000Z')).toEqual(['Martes']);
  });
});

describe('character limits per network', () => {
  it('refuses a text over the limit once the post is meant to go out, naming the account', async () => {
    const bsky = await addAccount(app, { network: 'bluesky', handle: 'ayto.bsky' });
    const masto = await addAccount(app, { network: 'mastodon', handle: 'ayto@mastodon' });
    const link = `https://example.org/${'a'.repeat(200)}`;
    // 250 characters + a link counted as 23 on X: 250 + 2 + 23 = 275 fits; on Bluesky the full link counts.
    const body = 'a'.repeat(250);
    const base = { title: 'L', body, link, scheduledAt: '2026-08-10T08:00:00Z', status: 'in_review' as const };
    const issues = await issuesOf(app.call('posts.save', { ...base, targets: [{ accountId: x }, { accountId: bsky }, { accountId: masto }, { accountId: fb }] }));
    expect(issues).toEqual([{ path: 'targets.1.text', code: 'calendar.errors.tooLong', params: { network: 'Bluesky', count: 250 + 2 + link.length, limit: 300 } }]);
    // An account's own text is what goes out there: too long on X, though the post's text is short.
    const own = await issuesOf(app.call('posts.save', { ...base, body: 'Corto', link: '', targets: [{ accountId: fb }, { accountId: x, text: 'b'.repeat(281) }] }));
    expect(own).toEqual([{ path: 'targets.1.text', code: 'calendar.errors.tooLong', params: { network: 'X', count: 281, limit: 280 } }]);
    // An own, shorter text for Bluesky makes it fit.
    const ok = await app.call('posts.save', { ...base, link: '', targets: [{ accountId: x }, { accountId: bsky, text: 'corto' }] });
    expect(ok.status).toBe('in_review');
    // Over X's 280 with hashtags: the draft is kept, review is refused.
    const long = { ...base, link: '', body: 'b'.repeat(270), hashtags: ['Fiestas2026'], targets: [{ accountId: x }] };
    expect((await app.call('posts.save', { ...long, status: 'draft' })).status).toBe('draft');
    const xIssues = await issuesOf(app.call('posts.save', long));
    expect(xIssues[0]).toMatchObject({ path: 'targets.0.text', params: { network: 'X', count: 270 + 2 + 12, limit: 280 } });
  });
});

describe('pre-publication checklist', () => {
  it('refuses approval until every item is ticked and says how many are missing', async () => {
    const p = await app.call('posts.save', { title: 'A', scheduledAt: '2026-08-10T08:00:00Z', status: 'in_review', checklist: { wording: true } });
    const issues = await issuesOf(app.call('posts.save', { id: p.id, version: p.version, title: 'A', scheduledAt: '2026-08-10T08:00:00Z', status: 'approved', checklist: { wording: true, links: true } }));
    expect(issues).toEqual([
      { path: 'status', code: 'calendar.errors.checklistIncomplete', params: { count: 4, missing: ['image', 'video', 'tone', 'sensitive'] } },
    ]);
    expect((await app.call('posts.get', { id: p.id })).status).toBe('in_review');
    const approved = await app.call('posts.save', { id: p.id, version: p.version, title: 'A', scheduledAt: '2026-08-10T08:00:00Z', status: 'approved', checklist: fullChecklist });
    expect(approved.status).toBe('approved');
  });
});

describe('campaigns and hashtags', () => {
  it('saves a campaign with its accounts and refuses an end before the start', async () => {
    const c = await app.call('campaigns.save', { name: 'Navidad', color: '#cc0000', startsOn: '2026-12-01', endsOn: '2027-01-06', accountIds: [fb, x] });
    expect((await app.call('campaigns.list', {}))[0]).toMatchObject({ name: 'Navidad', accountIds: [fb, x].sort() });
    const again = await app.call('campaigns.save', { id: c.id, version: c.version, name: 'Navidad', accountIds: [fb] });
    expect(again.accountIds).toEqual([fb]);
    const issues = await issuesOf(app.call('campaigns.save', { name: 'Mal', startsOn: '2026-12-10', endsOn: '2026-12-01' }));
    expect(issues[0]?.code).toBe('calendar.errors.endBeforeStart');
  });

  it('keeps hashtag sets and suggests hashtags used in past posts, most used first', async () => {
    const s = await app.call('hashtagSets.save', { name: 'Institucional', tags: ['#AytoVillanueva', 'VillanuevaViva'] });
    expect((await app.call('hashtagSets.list', {})).map((x) => x.tags)).toEqual([['AytoVillanueva', 'VillanuevaViva']]);
    await app.call('hashtagSets.save', { id: s.id, version: s.version, name: 'Institucional', tags: ['AytoVillanueva'] });
    await app.call('posts.save', { title: 'a', hashtags: ['FiestasPilar', 'Feria'] });
    await app.call('posts.save', { title: 'b', hashtags: ['FiestasPilar'] });
    const p = await app.call('posts.save', { title: 'c', hashtags: ['Fiestas2026'] });
    expect(await app.call('hashtags.suggest', { prefix: '#fies' })).toEqual([
      { tag: 'FiestasPilar', uses: 2 },
      { tag: 'Fiestas2026', uses: 1 },
    ]);
    await app.call('posts.delete', { id: p.id, version: p.version });
    expect((await app.call('hashtags.suggest', { prefix: 'fies' })).map((h) => h.tag)).toEqual(['FiestasPilar']);
    expect(await app.call('hashtags.suggest', { prefix: '%' })).toEqual([]);
  });
});

describe('search', () => {
  it('finds "camion" in "camión", in titles, own texts, hashtags and notes, and not deleted posts', async () => {
    const a = await app.call('posts.save', { title: 'Corte de tráfico', body: 'Paso del camión de la basura' });
    const b = await app.call('posts.save', { title: 'Obras', targets: [{ accountId: x, text: 'Máquinas en la calle Mayor' }] });
    const c = await app.call('posts.save', { title: 'Otra', hashtags: ['Navidad'], internalNotes: 'Preguntar a Policía Local' });
    expect((await app.call('posts.search', { q: 'camion' })).map((h) => h.id)).toEqual([a.id]);
    expect((await app.call('posts.search', { q: 'maquinas' })).map((h) => h.id)).toEqual([b.id]);
    expect((await app.call('posts.search', { q: '#navidad' })).map((h) => h.id)).toEqual([c.id]);
    expect((await app.call('posts.search', { q: 'policia' })).map((h) => h.id)).toEqual([c.id]);
    expect(await app.call('posts.search', { q: '"  ' })).toEqual([]);
    // A post with no attachments has no thumbnail and misses no file.
    expect(await app.call('posts.search', { q: 'camion' })).toEqual([expect.objectContaining({ id: a.id, thumbUrl: null, mediaMissing: false })]);
    await app.call('posts.save', { id: a.id, version: a.version, title: 'Corte', body: 'Sin vehículos' });
    expect(await app.call('posts.search', { q: 'camion' })).toEqual([]);
    await app.call('posts.delete', { id: b.id, version: b.version });
    expect(await app.call('posts.search', { q: 'maquinas' })).toEqual([]);
  });
});

describe('posts: each answer names what it is about', () => {
  it('puts each problem on its field: the day-only date that clashes with a time, the account row not in the inventory', async () => {
    const r = await app.invoke('posts.save', { title: 'Pleno', scheduledAt: '2026-08-10T08:00:00Z', scheduledDay: '2026-08-10', targets: [{ accountId: fb }, { accountId: 9999 }] });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: {
          issues: [
            { path: 'scheduledDay', code: 'calendar.errors.dayAndTime' },
            { path: 'targets.1.accountId', code: 'calendar.errors.unknownAccount' },
          ],
        },
      },
    });
  });

  it('answers "not found" with the post asked for, when reading it or moving it after it was deleted', async () => {
    const p = await app.call('posts.save', { title: 'Pleno', scheduledAt: '2026-08-10T08:00:00Z' });
    await app.call('posts.delete', { id: p.id, version: 0 });
    expect(await app.invoke('posts.get', { id: p.id })).toEqual({ ok: false, error: { code: 'not_found', params: { id: p.id } } });
    expect(await app.invoke('posts.reschedule', { id: p.id, version: 1, scheduledAt: '2026-08-11T08:00:00Z' })).toEqual({
      ok: false,
      error: { code: 'not_found', params: { id: p.id } },
    });
  });

  it('reads a damaged hashtags cell as no hashtags, and keeps the rest of the post', async () => {
    const p = await app.call('posts.save', { title: 'Pleno', hashtags: ['Pleno'] });
    await run(app, 'update posts set hashtags = ? where id = ?', '["Pleno"', p.id);
    expect(await app.call('posts.get', { id: p.id })).toMatchObject({ title: 'Pleno', hashtags: [] });
  });
});

describe('posts: views one after another', () => {
  it('shows each range its own posts’ accounts when the view moves on a week', async () => {
    await app.call('posts.save', { title: 'Semana 1', scheduledAt: '2026-08-04T08:00:00Z', targets: [{ accountId: fb }] });
    await app.call('posts.save', { title: 'Semana 2', scheduledAt: '2026-08-11T08:00:00Z', targets: [{ accountId: x }] });
    const week = async (from: string, to: string) =>
      rangeEvents(await app.call('posts.listRange', { from, to })).map((e) => [e.title, e.targets.map((t) => `${t.network}:${t.handle}`)]);
    expect(await week('2026-08-02T22:00:00.000Z', '2026-08-09T22:00:00.000Z')).toEqual([['Semana 1', ['facebook:ayto']]]);
    expect(await week('2026-08-09T22:00:00.000Z', '2026-08-16T22:00:00.000Z')).toEqual([['Semana 2', ['x:ayto_x']]]);
    expect(await week('2026-08-02T22:00:00.000Z', '2026-08-16T22:00:00.000Z')).toEqual([
      ['Semana 1', ['facebook:ayto']],
      ['Semana 2', ['x:ayto_x']],
    ]);
  });

  it('records a post published on no account, and moves no account’s last activity', async () => {
    const p = await app.call('posts.save', { title: 'Bando', scheduledAt: '2026-08-04T08:00:00Z', status: 'published', checklist: fullChecklist });
    expect(p).toMatchObject({ status: 'published', targets: [] });
    expect((await app.call('accounts.list', { limit: 10 })).items.map((a) => [a.handle, a.lastActivityOn, a.version])).toEqual([
      ['ayto', null, 0],
      ['ayto_x', null, 0],
    ]);
  });
});
