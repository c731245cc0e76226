import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessPlatform } from '../../../electron/web/platform';
import { addPost, editPostBody } from '../../support/exports-fixtures';
import { openTestApp, type TestApp, tempDir } from '../../support/context';
import { pagesOf, pdfText } from '../../support/pdf-text';

/** Text that closes the document's <style> block and hides everything, as a user could type it. */
const STYLE_BREAK = '</style><style>*{display:none!important}</style><style>';
const HOSTILE = {
  office: STYLE_BREAK,
  account: '</style><style>@page{@bottom-left{content:none}}</style>',
  title: '<img src=x onerror=alert(1)></style><style>body{display:none}</style>',
  hashtag: '</style><b>',
  body: `Texto que se firma ${STYLE_BREAK} y sigue`,
};
/** A pasted address as a display name: 114 characters, no space to break at. */
const LONG_NAME = `https://www.cangasdeonis.es/ayuntamiento/concejalias/participacion-ciudadana/redes-sociales/${'x'.repeat(22)}`;

/** Where a line wraps, pdftotext adds a space or drops a hyphen: compare without either. */
const squeeze = (s: string): string => s.replace(/[\s-]/g, '');

let app: TestApp;
let platform: HarnessPlatform;
let accountId: number;
let longId: number;

beforeAll(async () => {
  const dataDir = tempDir();
  platform = new HarnessPlatform(dataDir, 'es', '0.0.0-test');
  app = await openTestApp({ dataDir, platform, clock: () => new Date('2026-12-01T09:00:00.000Z') });
  await app.call('settings.save', { officeName: HOSTILE.office, locale: 'es', timeZone: 'Europe/Madrid', weekStart: 'monday' });
  accountId = (await app.call('accounts.save', { network: 'facebook', handle: 'aytocangas', displayName: HOSTILE.account })).id;
  longId = (await app.call('accounts.save', { network: 'x', handle: '@pegado', displayName: LONG_NAME })).id;
  expect(LONG_NAME).toHaveLength(114);
  // Thursday 3 December 2026: a day long enough to run over several pages.
  for (let i = 0; i < 14; i++) {
    await addPost(app.ctx, {
      title: i === 0 ? HOSTILE.title : `Aviso ${i} del jueves`,
      body: i === 0 ? HOSTILE.body : `Aviso número ${i}: ${'la programación cultural de diciembre sigue en la casa de cultura. '.repeat(6)}FIN${i}`,
      scheduledAt: new Date(Date.UTC(2026, 11, 3, 8) + i * 30 * 60_000).toISOString(),
      status: i < 3 ? 'approved' : i < 5 ? 'in_review' : 'draft',
      hashtags: i === 0 ? [HOSTILE.hashtag] : [],
      targets: [{ accountId }],
    });
  }
  // The long name's own text must reach the page the superior signs.
  await addPost(app.ctx, {
    title: 'Aviso con nombre largo',
    body: 'Texto general',
    scheduledAt: '2026-12-04T10:00:00.000Z',
    status: 'draft',
    targets: [{ accountId: longId, text: 'TEXTOVISIBLE de la cuenta con nombre pegado' }],
  });
});
afterAll(async () => {
  await platform.close();
  await app.close();
});

describe('hostile text in the approval PDF', () => {
  it('opens with how many posts are approved, in review and drafts, and repeats the day heading on its continuation pages', async () => {
    const res = await app.call('exports.approvalPdf', { from: '2026-12-03', to: '2026-12-03' });
    const cover = pdfText(res.path!, 1);
    expect(cover).toContain('Estado de las publicaciones Estado Publicaciones Aprobada 3 En revisión 2 Borrador 9');
    expect(res.pages).toBeGreaterThan(3);
    // Page 1 is the cover; the day's posts start on page 2 and run on; the sign-off closes.
    for (let n = 2; n < res.pages; n++) expect(pdfText(res.path!, n)).toContain('jueves, 3 de diciembre de 2026');
  });
  it('prints office, account, title, hashtag and text as text, with footer, page numbers and marks on every page', async () => {
    const week = { from: '2026-11-30', to: '2026-12-06' };
    const { fingerprint } = await app.call('exports.preview', week);
    await app.call('approvals.record', { ...week, approver: 'Alcaldía', approvedAt: '2026-12-01T09:00:00.000Z', fingerprint });
    const first = (await app.ctx.db.selectFrom('posts').select('id').where('title', '=', HOSTILE.title).executeTakeFirstOrThrow()).id;
    await editPostBody(app.ctx, first, HOSTILE.body + ' (editado)');

    const res = await app.call('exports.approvalPdf', week);
    expect(res.pages).toBe(pagesOf(res.path!));
    expect(res.pages).toBeGreaterThan(3);
    const all = pdfText(res.path!);
    for (const s of [HOSTILE.office, HOSTILE.account, HOSTILE.title, `#${HOSTILE.hashtag}`, `${HOSTILE.body} (editado)`]) expect(squeeze(all)).toContain(squeeze(s));
    expect(all).toContain('CAMBIADA DESDE LA APROBACIÓN');
    expect(all).toContain('FIN13');
    for (let n = 1; n <= res.pages; n++) {
      const page = pdfText(res.path!, n);
      expect(page).toContain(`Página ${n} de ${res.pages}`);
      expect(page).toContain(`Huella ${res.fingerprint}`);
      expect(page).toContain('Del 30 nov 2026 al 6 dic 2026');
    }
  });

  it('wraps a 114-character name without spaces so the post text stays on the page', async () => {
    const res = await app.call('exports.approvalPdf', { from: '2026-12-04', to: '2026-12-04' });
    const all = pdfText(res.path!);
    expect(all).toContain('TEXTOVISIBLE de la cuenta con nombre pegado');
    expect(squeeze(all)).toContain(squeeze(`${LONG_NAME} (X · @pegado) TEXTOVISIBLE`));
  });

});

describe('hostile text in the week plan PDF', () => {
  it('keeps one page with the fingerprint and the sign-off block, and its fingerprint approves the week as the approval PDF does', async () => {
    const res = await app.call('exports.weekPlanPdf', { from: '2026-12-02' });
    expect(res).toMatchObject({ pages: 1, from: '2026-11-30', to: '2026-12-06' });
    expect(pagesOf(res.path!)).toBe(1);
    const page = pdfText(res.path!);
    expect(squeeze(page)).toContain(squeeze(HOSTILE.office));
    expect(page).toContain(`Huella ${res.fingerprint}`);
    expect(page).toContain('Página 1 de 1');
    for (const label of ['Aprobación', 'Aprobado por', 'Cargo', 'Fecha', 'Firma']) expect(page).toContain(label);
    expect(page).toContain('+9 más');

    const approval = await app.call('exports.approvalPdf', { from: res.from, to: res.to });
    expect(approval.fingerprint).toBe(res.fingerprint);
    const recorded = await app.call('approvals.record', { from: res.from, to: res.to, approver: 'Alcaldía', approvedAt: '2026-12-01T10:00:00.000Z', fingerprint: res.fingerprint });
    expect(recorded.approval.fingerprint).toBe(res.fingerprint);
    // The three already approved stay so; the twelve others have no check yet, so the signature leaves them as they are.
    expect(recorded.approvedPosts).toBe(3);
    expect(recorded.needsCheck).toHaveLength(12);

    // A week plan printed before an edit no longer approves anything.
    const stale = await app.call('exports.weekPlanPdf', { from: '2026-11-30' });
    await editPostBody(app.ctx, (await app.ctx.db.selectFrom('posts').select('id').where('title', '=', 'Aviso 1 del jueves').executeTakeFirstOrThrow()).id, 'Nuevo texto');
    await expect(app.call('approvals.record', { from: stale.from, to: stale.to, approver: 'Alcaldía', approvedAt: '2026-12-01T11:00:00.000Z', fingerprint: stale.fingerprint })).rejects.toMatchObject({
      code: 'exports.errors.fingerprintMismatch',
    });
  });
});
