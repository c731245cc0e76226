import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePosts } from '../../../electron/features/calendar/posts';
import { PostDraft } from '../../../shared/features/calendar/contract';
import { AppError } from '../../../shared/ipc/errors';
import { addAccount, fullChecklist } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';
import { run } from '../../support/sql';
import { fixtureVideo, importBytes, jpegWithGps, png } from '../../support/media';
import fs from 'node:fs';

let app: TestApp;
let ig: number;
let x: number;
let tiktok: number;
let fb: number;
const NOW = '2026-11-30T09:00:00.000Z';
const week = { from: '2026-11-30', to: '2026-12-06' };
const at = '2026-12-02T10:00:00.000Z';

beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date(NOW) });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
  ig = await addAccount(app, { network: 'instagram', handle: 'ayto_ig' });
  x = await addAccount(app, { network: 'x', handle: 'ayto_x' });
  tiktok = await addAccount(app, { network: 'tiktok', handle: 'ayto_tt' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
});
afterEach(() => app.close());

const issuesOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? (e.params?.issues ?? e.toData()) : e),
  );
const photos = async (n: number) => Promise.all(Array.from({ length: n }, async (_, i) => importBytes(app, `foto-${i + 1}.png`, await png(`#${(i + 1).toString(16).repeat(6)}`.slice(0, 7)))));
const approved = (accountId: number, media: { mediaId: number; alt: string }[]) => ({
  title: 'Feria de San Andrés',
  body: 'Casetas y atracciones en el recinto ferial.',
  scheduledAt: at,
  status: 'approved' as const,
  checklist: fullChecklist,
  targets: [{ accountId }],
  media,
});

describe('attachments on posts', () => {
  it('saves them in order with their alt text and reads them back with type, size and thumbnail', async () => {
    const [a, b] = await photos(2);
    const p = await app.call('posts.save', { title: 'Feria', targets: [{ accountId: fb }], media: [{ mediaId: b!.id, alt: 'Noria' }, { mediaId: a!.id, alt: '  Casetas ' }] });
    expect(p.media.map((m) => [m.mediaId, m.alt, m.mime, m.width, m.height, m.thumbUrl])).toEqual([
      [b!.id, 'Noria', 'image/png', 400, 300, `/media/thumbs/${b!.sha256}.webp`],
      [a!.id, 'Casetas', 'image/png', 400, 300, `/media/thumbs/${a!.sha256}.webp`],
    ]);
    expect((await app.call('posts.get', { id: p.id })).media.map((m) => m.mediaId)).toEqual([b!.id, a!.id]);
    // The calendar and the search show the first one, and how many there are.
    const dated = await app.call('posts.save', { title: 'Feria en la plaza', scheduledAt: at, targets: [{ accountId: fb }], media: [{ mediaId: a!.id, alt: 'Casetas' }, { mediaId: b!.id, alt: 'Noria' }] });
    expect((await app.call('posts.listRange', { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' })).posts.map((e) => [e.id, e.thumbUrl, e.mediaCount])).toEqual([
      [dated.id, `/media/thumbs/${a!.sha256}.webp`, 2],
    ]);
    expect((await app.call('posts.search', { q: 'plaza' })).map((h) => [h.id, h.thumbUrl])).toEqual([[dated.id, `/media/thumbs/${a!.sha256}.webp`]]);
    // A duplicate keeps them.
    expect((await app.call('posts.duplicate', { id: p.id })).media.map((m) => [m.mediaId, m.alt])).toEqual([
      [b!.id, 'Noria'],
      [a!.id, 'Casetas'],
    ]);
  });

  it('shows each range, each search and each moved post with its own attachments, whatever was read before', async () => {
    const [a, b] = await photos(2);
    const first = await app.call('posts.save', { title: 'Feria en la plaza', scheduledAt: at, targets: [{ accountId: fb }], media: [{ mediaId: a!.id, alt: 'Casetas' }] });
    const later = '2026-12-09T10:00:00.000Z';
    const second = await app.call('posts.save', {
      title: 'Concierto en el auditorio',
      scheduledAt: later,
      targets: [{ accountId: fb }],
      media: [{ mediaId: b!.id, alt: 'Escenario' }, { mediaId: a!.id, alt: 'Público' }],
    });
    const media = (e: { id: number; thumbUrl: string | null; mediaCount: number }) => [e.id, e.thumbUrl, e.mediaCount];
    const range = async (from: string, to: string) => (await app.call('posts.listRange', { from, to })).posts.map(media);
    expect(await range('2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z')).toEqual([[first.id, `/media/thumbs/${a!.sha256}.webp`, 1]]);
    expect(await range('2026-12-07T00:00:00.000Z', '2026-12-14T00:00:00.000Z')).toEqual([[second.id, `/media/thumbs/${b!.sha256}.webp`, 2]]);
    expect(await range('2026-11-30T00:00:00.000Z', '2026-12-14T00:00:00.000Z')).toEqual([
      [first.id, `/media/thumbs/${a!.sha256}.webp`, 1],
      [second.id, `/media/thumbs/${b!.sha256}.webp`, 2],
    ]);
    expect((await app.call('posts.search', { q: 'auditorio' })).map((h) => [h.id, h.thumbUrl])).toEqual([[second.id, `/media/thumbs/${b!.sha256}.webp`]]);
    const moved = await app.call('posts.reschedule', { id: second.id, version: second.version, scheduledAt: '2026-12-10T10:00:00.000Z' });
    expect(media(moved)).toEqual([second.id, `/media/thumbs/${b!.sha256}.webp`, 2]);
  });

  it('refuses an unknown file and more than 10', async () => {
    expect(await issuesOf(app.call('posts.save', { title: 'Feria', media: [{ mediaId: 999, alt: '' }] }))).toEqual([{ path: 'media.0.mediaId', code: 'media.errors.unknownMedia' }]);
    const many = Array.from({ length: 11 }, () => ({ mediaId: 1, alt: '' }));
    expect(await issuesOf(app.call('posts.save', { title: 'Feria', media: many }))).toEqual([expect.objectContaining({ path: 'media', code: 'too_big' })]);
  });
});

describe('network rules and alt text in the approval gate', () => {
  const rulesIssue = (rules: string[]) => [{ path: 'media', code: 'media.errors.mediaRules', params: { count: rules.length, rules } }];

  it('Instagram needs a photo or video; every image needs its alt text', async () => {
    expect(await issuesOf(app.call('posts.save', approved(ig, [])))).toEqual(rulesIssue(['instagram.needsMedia']));
    const [a] = await photos(1);
    expect(await issuesOf(app.call('posts.save', approved(ig, [{ mediaId: a!.id, alt: '   ' }])))).toEqual(rulesIssue(['altText']));
    expect((await app.call('posts.save', approved(ig, [{ mediaId: a!.id, alt: 'Casetas de la feria' }]))).status).toBe('approved');
    // Drafts and published records are not held back.
    expect((await app.call('posts.save', { ...approved(ig, []), status: 'in_review' })).status).toBe('in_review');
    expect((await app.call('posts.save', { ...approved(ig, []), status: 'published' })).status).toBe('published');
  });

  it('X takes up to 4 photos, or one video alone; TikTok needs a video', async () => {
    const five = (await photos(5)).map((m) => ({ mediaId: m.id, alt: 'Foto' }));
    expect(await issuesOf(app.call('posts.save', approved(x, five)))).toEqual(rulesIssue(['x.tooManyImages']));
    expect((await app.call('posts.save', approved(x, five.slice(0, 4)))).status).toBe('approved');
    const video = await importBytes(app, 'pregon.mp4', fs.readFileSync(fixtureVideo('clip.mp4')));
    expect(await issuesOf(app.call('posts.save', approved(x, [{ mediaId: video.id, alt: '' }, five[0]!])))).toEqual(rulesIssue(['x.oneVideo']));
    expect(await issuesOf(app.call('posts.save', approved(tiktok, five.slice(0, 1))))).toEqual(rulesIssue(['tiktok.needsVideo']));
    // A video needs no alt text here (its captions are the network's own field).
    expect((await app.call('posts.save', approved(tiktok, [{ mediaId: video.id, alt: '' }]))).status).toBe('approved');
  });

  it('an import with one post that breaks a rule writes none of the batch', async () => {
    const err = await savePosts(app.ctx, [PostDraft.parse({ ...approved(fb, []) }), PostDraft.parse({ ...approved(ig, []) })]).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err?.params?.issues).toEqual(rulesIssue(['instagram.needsMedia']));
    expect(await app.call('posts.listRange', { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' })).toEqual({ posts: [], accounts: [] });
  });

  it('moving an approved post whose photo lost its alt text is refused', async () => {
    const [a] = await photos(1);
    const p = await app.call('posts.save', approved(ig, [{ mediaId: a!.id, alt: 'Casetas' }]));
    await run(app, "update post_media set alt = '' where post_id = ?", p.id);
    expect(await issuesOf(app.call('posts.reschedule', { id: p.id, version: p.version, scheduledAt: '2026-12-03T10:00:00.000Z' }))).toEqual(rulesIssue(['altText']));
  });

  it("a superior's approval leaves a post that breaks a rule as it was, listed with the rule it breaks", async () => {
    const [a] = await photos(1);
    const ok = await app.call('posts.save', { ...approved(ig, [{ mediaId: a!.id, alt: 'Casetas' }]), status: 'in_review' });
    const bare = await app.call('posts.save', { ...approved(ig, []), title: 'Sin foto', status: 'in_review' });
    const { fingerprint } = await app.call('exports.preview', week);
    const r = await app.call('approvals.record', { ...week, approver: 'María Núñez', approvedAt: NOW, fingerprint });
    expect([r.approvedPosts, r.needsCheck, r.breaksRules]).toEqual([1, [], [{ id: bare.id, rules: ['instagram.needsMedia'] }]]);
    expect((await app.call('posts.get', { id: ok.id })).status).toBe('approved');
    expect((await app.call('posts.get', { id: bare.id })).status).toBe('in_review');
  });
});

describe('the fingerprint covers the media', () => {
  it('a swapped or reordered photo changes it and marks the post changed since approved', async () => {
    const [a, b] = await photos(2);
    const gps = await importBytes(app, 'plaza.jpg', await jpegWithGps());
    const p = await app.call('posts.save', { ...approved(fb, [{ mediaId: a!.id, alt: 'Casetas' }, { mediaId: b!.id, alt: 'Noria' }]), status: 'in_review' });
    const first = (await app.call('exports.preview', week)).fingerprint;
    await app.call('approvals.record', { ...week, approver: 'María Núñez', approvedAt: NOW, fingerprint: first });
    const signed = await app.call('posts.get', { id: p.id });
    expect(signed.changedSinceApproved).toBe(false);
    const signedPrint = (await app.call('exports.preview', week)).fingerprint;

    const reordered = await app.call('posts.save', { ...approved(fb, [{ mediaId: b!.id, alt: 'Noria' }, { mediaId: a!.id, alt: 'Casetas' }]), id: p.id, version: signed.version });
    expect(reordered.changedSinceApproved).toBe(true);
    const afterReorder = (await app.call('exports.preview', week)).fingerprint;
    expect(afterReorder).not.toBe(signedPrint);

    await app.call('posts.save', { ...approved(fb, [{ mediaId: gps.id, alt: 'Noria' }, { mediaId: a!.id, alt: 'Casetas' }]), id: p.id, version: reordered.version });
    const afterSwap = (await app.call('exports.preview', week)).fingerprint;
    expect(new Set([signedPrint, afterReorder, afterSwap]).size).toBe(3);
    // The PDF signed before the swap can no longer be recorded.
    expect(await issuesOf(app.call('approvals.record', { ...week, approver: 'María Núñez', approvedAt: NOW, fingerprint: afterReorder }))).toMatchObject({ code: 'exports.errors.fingerprintMismatch' });
  });
});
