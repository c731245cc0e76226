import fs from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldLine } from '../../../electron/features/exports/ics';
import { AppError } from '../../../shared/ipc/errors';
import { editPostBody, seedWeek } from '../../support/exports-fixtures';
import { fullChecklist } from '../../support/calendar';
import { openTestApp, type TestApp, testEngine } from '../../support/context';
import { importBytes, png } from '../../support/media';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedWeek>>;
const week = { from: '2026-11-23', to: '2026-11-29' };

beforeEach(async () => {
  // Monday 23 November 2026, 13:00 in Madrid.
  app = await openTestApp({ clock: () => new Date('2026-11-23T12:00:00.000Z') });
  seed = await seedWeek(app.ctx);
});
afterEach(() => app.close());

describe('exports.preview', () => {
  it('lists the posts of the week in the office time zone, without cancelled or out-of-range ones', async () => {
    const preview = await app.call('exports.preview', week);
    expect(preview.posts.map((p) => p.title)).toEqual([
      'Pleno ordinario de noviembre',
      'Mercado de artesanía 🎄 en la plaza',
      'Idea: vídeo del alumbrado',
      'Corte de agua en Soto',
      'Cortes de tráfico por la cabalgata',
      'Resumen; semana, con \\ barras',
    ]);
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{12}$/);
  });

  it('filters by account and by campaign, and the fingerprint follows the filter', async () => {
    const all = await app.call('exports.preview', week);
    const ig = await app.call('exports.preview', { ...week, accountIds: [seed.accounts.ig] });
    expect(ig.posts.map((p) => p.id)).toEqual([seed.posts.mercado, seed.posts.idea]);
    expect(ig.posts[0]!.accounts.map((a) => a.handle)).toEqual(['@cangas_turismo']);
    expect(ig.fingerprint).not.toBe(all.fingerprint);
    const campaign = await app.call('exports.preview', { ...week, campaignId: seed.campaign });
    expect(campaign.posts.map((p) => p.id)).toEqual([seed.posts.mercado, seed.posts.cabalgata]);
  });

  it('prints a campaign until the officer deletes it, and again once the delete is undone', async () => {
    const campaignOf = async () => (await app.call('exports.preview', week)).posts.find((p) => p.id === seed.posts.mercado)?.campaign;
    expect(await campaignOf()).toBe('Navidad en Cangas');
    const [c] = (await app.call('campaigns.list', {})).filter((x) => x.id === seed.campaign);
    const deleted = await app.call('campaigns.delete', { id: seed.campaign, version: c!.version });
    expect(await campaignOf()).toBeNull();
    await app.call('campaigns.restore', { id: deleted.id });
    expect(await campaignOf()).toBe('Navidad en Cangas');
  });

  it('refuses a range that ends before it starts', async () => {
    const r = await app.invoke('exports.preview', { from: '2026-11-29', to: '2026-11-23' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'to', code: 'exports.errors.badRange' }] } } });
  });

  // SQLite's query planner and its index names: the server plans with its own.
  it.runIf(testEngine() === 'sqlite')('reads its range with indexes, never scanning posts', async () => {
    const plans = [
      app.ctx.raw.prepare("explain query plan select id from posts where deleted_at is null and scheduled_at >= ? and scheduled_at < ?").all('a', 'b'),
      app.ctx.raw.prepare("explain query plan select id from posts where deleted_at is null and scheduled_at is null and scheduled_day >= ? and scheduled_day <= ?").all('a', 'b'),
      app.ctx.raw
        .prepare('explain query plan select post_id from post_targets inner join accounts on accounts.id = post_targets.account_id where post_targets.post_id in (select value from json_each(?))')
        .all('[1]'),
      app.ctx.raw.prepare('explain query plan select * from approvals order by approved_at desc limit 50').all(),
    ] as { detail: string }[][];
    for (const plan of plans) {
      const details = plan.map((r) => r.detail);
      expect(details.filter((d) => /^SCAN (posts|post_targets|accounts|approvals)\b/.test(d) && !/USING/.test(d)), details.join(' | ')).toEqual([]);
    }
  });
});

describe('approvals', () => {
  const statusOf = async (id: number) => (await app.ctx.db.selectFrom('posts').select(['status', 'version', 'approvedVersion']).where('id', '=', id).executeTakeFirstOrThrow());
  const completeCheck = (id: number) => app.ctx.db.updateTable('posts').set({ checklist: JSON.stringify(fullChecklist) }).where('id', '=', id).execute();
  // The market post goes to Instagram too, which takes no post without a photo.
  const withPhoto = async (id: number) => {
    const photo = await importBytes(app, 'mercado.png', await png());
    await app.ctx.db.insertInto('postMedia').values({ postId: id, mediaId: photo.id, position: 0, alt: 'Puestos de artesanía en la plaza' }).execute();
  };

  it('records who approved which fingerprint, approves the checked drafts and posts in review, and marks later edits', async () => {
    await completeCheck(seed.posts.mercado);
    await withPhoto(seed.posts.mercado);
    await completeCheck(seed.posts.resumen);
    const { fingerprint } = await app.call('exports.preview', week);
    const res = await app.call('approvals.record', { ...week, approver: 'María Núñez', role: 'Jefa de prensa', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint });
    // Approved now: mercado and resumen (checked drafts) and corte (already approved).
    expect(res.approvedPosts).toBe(3);
    // pleno (in review) misses one item, cabalgata (draft) has none ticked; the idea stays an idea.
    expect(res.needsCheck).toEqual([seed.posts.pleno, seed.posts.cabalgata]);
    expect(res.approval).toMatchObject({ approver: 'María Núñez', role: 'Jefa de prensa', fingerprint, from: week.from, to: week.to, postCount: 6 });
    const after = await app.call('exports.preview', week);
    expect(after.posts.map((p) => [p.title, p.status, p.changedSinceApproved])).toEqual([
      ['Pleno ordinario de noviembre', 'in_review', false],
      ['Mercado de artesanía 🎄 en la plaza', 'approved', false],
      ['Idea: vídeo del alumbrado', 'idea', false],
      ['Corte de agua en Soto', 'approved', false],
      ['Cortes de tráfico por la cabalgata', 'draft', false],
      ['Resumen; semana, con \\ barras', 'approved', false],
    ]);
    expect(after.fingerprint).toBe(fingerprint);
    expect((await statusOf(seed.posts.cancelado)).status).toBe('cancelled');

    await editPostBody(app.ctx, seed.posts.mercado, 'Nuevo texto del mercado');
    const edited = await app.call('exports.preview', week);
    expect(edited.changedSinceApproved).toBe(1);
    expect(edited.posts.find((p) => p.id === seed.posts.mercado)).toMatchObject({ status: 'approved', changedSinceApproved: true });
    expect(await app.call('approvals.list', {})).toMatchObject([{ approver: 'María Núñez', fingerprint }]);
  });

  it('leaves a post with exactly one check item missing in review, and lists it', async () => {
    await app.ctx.db.updateTable('posts').set({ checklist: JSON.stringify({ ...fullChecklist, video: false }) }).where('id', '=', seed.posts.pleno).execute();
    const { fingerprint } = await app.call('exports.preview', { from: '2026-11-23', to: '2026-11-23' });
    const res = await app.call('approvals.record', { from: '2026-11-23', to: '2026-11-23', approver: 'Alcaldía', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint });
    expect(res).toMatchObject({ approvedPosts: 0, needsCheck: [seed.posts.pleno] });
    const pleno = await statusOf(seed.posts.pleno);
    expect(pleno).toEqual({ status: 'in_review', version: 1, approvedVersion: 1 });
  });

  it('does not release a crisis hold: a held post stays on hold, and the resume brings it back approved', async () => {
    await completeCheck(seed.posts.mercado);
    await withPhoto(seed.posts.mercado);
    const inc = await app.call('incidents.start', { playbookId: null, severity: 'high', facts: { place: 'Plaza del Ayuntamiento' } });
    // Hold Tuesday 24 November, 00:00 to 24:00 Madrid: the market post.
    const held = await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-23T23:00:00.000Z', to: '2026-11-24T23:00:00.000Z' });
    expect(held.map((h) => [h.postId, h.formerStatus])).toEqual([[seed.posts.mercado, 'draft']]);
    const { fingerprint } = await app.call('exports.preview', week);
    const res = await app.call('approvals.record', { ...week, approver: 'Alcaldía', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint });
    expect(res.needsCheck).toEqual([seed.posts.pleno, seed.posts.cabalgata, seed.posts.resumen]);
    expect((await statusOf(seed.posts.mercado)).status).toBe('on_hold');

    const resumed = await app.call('incidents.resumePlanned', { id: inc.id });
    expect(resumed.map((h) => h.postId)).toEqual([seed.posts.mercado]);
    // Back to what it was before the hold: the signature did not approve a held post.
    expect((await statusOf(seed.posts.mercado)).status).toBe('draft');
    const preview = await app.call('exports.preview', week);
    expect(preview.posts.find((p) => p.id === seed.posts.mercado)).toMatchObject({ status: 'draft', changedSinceApproved: false });
  });

  it('keeps an approved post unchanged-since-approved through a hold and its resume', async () => {
    await completeCheck(seed.posts.mercado);
    await withPhoto(seed.posts.mercado);
    const { fingerprint } = await app.call('exports.preview', week);
    await app.call('approvals.record', { ...week, approver: 'Alcaldía', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint });
    const inc = await app.call('incidents.start', { playbookId: null, severity: 'high', facts: {} });
    await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-23T23:00:00.000Z', to: '2026-11-24T23:00:00.000Z' });
    expect(await statusOf(seed.posts.mercado)).toEqual({ status: 'on_hold', version: 2, approvedVersion: 2 });
    await app.call('incidents.resumePlanned', { id: inc.id });
    expect(await statusOf(seed.posts.mercado)).toEqual({ status: 'approved', version: 3, approvedVersion: 3 });
  });

  it('refuses a fingerprint the data no longer matches, and writes nothing', async () => {
    const { fingerprint } = await app.call('exports.preview', week);
    await editPostBody(app.ctx, seed.posts.pleno, 'Otro texto');
    const err = await app.call('approvals.record', { ...week, approver: 'Alcaldía', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('exports.errors.fingerprintMismatch');
    expect((err as AppError).params).toMatchObject({ given: fingerprint });
    expect(await app.call('approvals.list', {})).toEqual([]);
    const pleno = await app.ctx.db.selectFrom('posts').select(['status', 'approvedVersion']).where('id', '=', seed.posts.pleno).executeTakeFirstOrThrow();
    expect(pleno).toEqual({ status: 'in_review', approvedVersion: null });
  });

  it('says when there is nothing to approve', async () => {
    const { fingerprint } = await app.call('exports.preview', { from: '2027-01-01', to: '2027-01-07' });
    const r = await app.invoke('approvals.record', { from: '2027-01-01', to: '2027-01-07', approver: 'Alcaldía', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint });
    expect(r).toMatchObject({ ok: false, error: { code: 'exports.errors.nothingToApprove' } });
  });
});

describe('exports.ics', () => {
  it('writes one event per planned post that an independent parser reads back exactly', async () => {
    const res = await app.call('exports.ics', week);
    expect(res.events).toBe(7);
    expect(res.skipped).toEqual([]);
    const text = fs.readFileSync(res.path!, 'utf8');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual([
      `post-${seed.posts.pleno}@pregonero`,
      `post-${seed.posts.mercado}@pregonero`,
      `post-${seed.posts.idea}@pregonero`,
      `post-${seed.posts.corte}@pregonero`,
      `post-${seed.posts.cabalgata}@pregonero`,
      `post-${seed.posts.cancelado}@pregonero`,
      `post-${seed.posts.resumen}@pregonero`,
    ]);
    const pleno = events[0]!;
    expect(pleno.startDate.toJSDate().toISOString()).toBe('2026-11-23T08:30:00.000Z');
    expect(pleno.startDate.zone?.tzid).toBe('UTC');
    expect(pleno.summary).toBe('Pleno ordinario de noviembre');
    expect(pleno.description).toContain('Pleno hoy 19:00 en el salón de sesiones; orden del día: https://sede.cangasdeonis.es/pleno');
    const idea = events[2]!;
    expect(idea.startDate.isDate).toBe(true);
    expect(idea.startDate.toString()).toBe('2026-11-25');
    const resumen = events[6]!;
    expect(resumen.summary).toBe('Resumen; semana, con \\ barras');
    expect(resumen.description).toContain('Línea uno\nLínea dos, con coma; y punto y coma');
    const long = events[4]!;
    expect(long.description).toContain(seed.longText);
    expect(cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T12:00:00Z');
  });

  it('says how firm each post is with RFC 5545 STATUS: confirmed once approved, tentative before or on hold, cancelled', async () => {
    const { addPost } = await import('../../support/exports-fixtures');
    const published = await addPost(app.ctx, { title: 'Publicada', body: 'Ya salió', scheduledAt: '2026-11-28T09:00:00.000Z', status: 'published', targets: [{ accountId: seed.accounts.fb }] });
    const held = await addPost(app.ctx, { title: 'En pausa', body: 'Esperando', scheduledAt: '2026-11-28T09:30:00.000Z', status: 'on_hold', targets: [{ accountId: seed.accounts.fb }] });
    const res = await app.call('exports.ics', week);
    const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(res.path!, 'utf8')));
    const status = Object.fromEntries(cal.getAllSubcomponents('vevent').map((c) => [String(c.getFirstPropertyValue('uid')), c.getFirstPropertyValue('status')]));
    const uid = (id: number) => `post-${id}@pregonero`;
    expect(status).toEqual({
      [uid(seed.posts.idea)]: 'TENTATIVE',
      [uid(seed.posts.mercado)]: 'TENTATIVE',
      [uid(seed.posts.cabalgata)]: 'TENTATIVE',
      [uid(seed.posts.resumen)]: 'TENTATIVE',
      [uid(seed.posts.pleno)]: 'TENTATIVE',
      [uid(held)]: 'TENTATIVE',
      [uid(seed.posts.corte)]: 'CONFIRMED',
      [uid(published)]: 'CONFIRMED',
      [uid(seed.posts.cancelado)]: 'CANCELLED',
    });
  });

  it("names the calendar after the office, or Pregonero when the office has no name, and the file after its range", async () => {
    const named = await app.call('exports.ics', week);
    expect(named.path!.split('/').at(-1)).toBe('pregonero-2026-11-23_2026-11-29.ics');
    const head = (path: string) => fs.readFileSync(path, 'utf8').split('\r\n').slice(0, 6);
    expect(head(named.path!)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pregonero//Pregonero 0.0.0-test//ES', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Ayuntamiento de Cangas de Onís']);
    await app.call('settings.save', { officeName: '' });
    const unnamed = await app.call('exports.ics', { from: '2026-11-24', to: '2026-11-24' });
    expect(unnamed.path!.split('/').at(-1)).toBe('pregonero-2026-11-24.ics');
    expect(unnamed.events).toBe(1);
    expect(head(unnamed.path!)[5]).toBe('X-WR-CALNAME:Pregonero');
  });

  it('keeps UIDs when exported again, so a calendar updates instead of duplicating', async () => {
    const a = fs.readFileSync((await app.call('exports.ics', week)).path!, 'utf8');
    await editPostBody(app.ctx, seed.posts.pleno, 'Cambiado');
    const b = fs.readFileSync((await app.call('exports.ics', week)).path!, 'utf8');
    const uids = (t: string) => [...t.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids(b)).toEqual(uids(a));
    expect(b).toMatch(/SEQUENCE:1/);
  });

  it('folds between characters, never inside a multi-byte one', () => {
    const folded = foldLine(`DESCRIPTION:${'ñ🎄'.repeat(40)}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'ñ🎄'.repeat(40)}`);
  });
});

describe('exports.hootsuiteCsv', () => {
  it('writes approved posts only: drafts, posts in review and ideas are listed as not approved', async () => {
    const res = await app.call('exports.hootsuiteCsv', { ...week, accountId: seed.accounts.x });
    expect(res.rows).toBe(0);
    expect(fs.readFileSync(res.path!, 'utf8')).toBe('');
    expect(res.skipped.map((s) => [s.postId, s.reason])).toEqual([
      [seed.posts.pleno, 'not_approved'],
      [seed.posts.corte, 'not_five_minutes'],
      [seed.posts.cabalgata, 'not_approved'],
      [seed.posts.cancelado, 'cancelled'],
      [seed.posts.resumen, 'not_approved'],
    ]);
    const ig = await app.call('exports.hootsuiteCsv', { ...week, accountId: seed.accounts.ig });
    expect(ig.skipped.map((s) => [s.postId, s.reason])).toEqual([
      [seed.posts.mercado, 'not_approved'],
      [seed.posts.idea, 'not_approved'],
    ]);
  });

  describe('once approved', () => {
    beforeEach(async () => {
      await app.ctx.db.updateTable('posts').set({ status: 'approved' }).where('status', 'in', ['idea', 'draft', 'in_review']).execute();
    });

    it('writes date, message and link as Hootsuite reads them, and reports what cannot go', async () => {
      const res = await app.call('exports.hootsuiteCsv', { ...week, accountId: seed.accounts.x });
      const text = fs.readFileSync(res.path!, 'utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      const rows = Papa.parse<string[]>(text.trim(), { delimiter: ',' }).data;
      expect(res.rows).toBe(1);
      expect(rows).toEqual([['29/11/2026 20:30', 'Línea uno\nLínea dos, con coma; y punto y coma', '']]);
      for (const [date] of rows) expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:[0-5][05]$/);
      expect(res.skipped.map((s) => [s.postId, s.reason])).toEqual([
        [seed.posts.pleno, 'past'],
        [seed.posts.corte, 'not_five_minutes'],
        [seed.posts.cabalgata, 'too_long'],
        [seed.posts.cancelado, 'cancelled'],
      ]);
      expect(res.skipped.find((s) => s.reason === 'too_long')).toMatchObject({ limit: 280, accountId: seed.accounts.x });
    });

    it('uses each account its own text, adds missing hashtags, the link, and reports posts without a time', async () => {
      const fb = await app.call('exports.hootsuiteCsv', { ...week, accountId: seed.accounts.fb });
      const fbRows = Papa.parse<string[]>(fs.readFileSync(fb.path!, 'utf8').trim()).data;
      expect(fbRows.map((r) => r[0])).toEqual(['24/11/2026 12:00', '27/11/2026 18:00']);
      expect(fbRows[0]).toEqual(['24/11/2026 12:00', 'El mercado de artesanía vuelve a la plaza del Ayuntamiento: cerámica, madera y queso de Gamonéu 🧀. #NavidadCangas #ComercioLocal', '']);
      expect(fbRows[1]![1]).toBe(seed.longText);
      expect(fb.skipped.map((s) => s.reason)).toEqual(['past']);
      const ig = await app.call('exports.hootsuiteCsv', { ...week, accountId: seed.accounts.ig });
      expect(ig.rows).toBe(1);
      expect(ig.skipped).toMatchObject([{ postId: seed.posts.idea, reason: 'no_time' }]);
    });

    it('leaves out posts due within ten minutes of the export, to publish by hand, and keeps the next ones', async () => {
      const { addPost } = await import('../../support/exports-fixtures');
      // The clock reads 12:00 UTC: 12:05 is too soon to upload, 12:10 still goes.
      const soon = await addPost(app.ctx, { status: 'approved', title: 'Aviso urgente', body: 'Corte de luz en Soto', scheduledAt: '2026-11-23T12:05:00.000Z', targets: [{ accountId: seed.accounts.fb }] });
      const later = await addPost(app.ctx, { status: 'approved', title: 'Aviso', body: 'Corte de luz en Soto a las 13:10', scheduledAt: '2026-11-23T12:10:00.000Z', targets: [{ accountId: seed.accounts.fb }] });
      const res = await app.call('exports.hootsuiteCsv', { ...week, accountId: seed.accounts.fb });
      expect(res.skipped.find((s) => s.postId === soon)).toMatchObject({ reason: 'too_soon', limit: 10 });
      expect(res.skipped.some((s) => s.postId === later)).toBe(false);
      expect(Papa.parse<string[]>(fs.readFileSync(res.path!, 'utf8').trim()).data.map((r) => r[0])).toContain('23/11/2026 13:10');
    });

    it('stops at 350 rows per file and reports the rest', async () => {
      const { addPost } = await import('../../support/exports-fixtures');
      for (let i = 0; i < 352; i++) {
        await addPost(app.ctx, { status: 'approved', title: `Aviso ${i}`, body: `Aviso número ${i}`, scheduledAt: new Date(Date.UTC(2026, 11, 1, 8) + i * 5 * 60_000).toISOString(), targets: [{ accountId: seed.accounts.fb }] });
      }
      const res = await app.call('exports.hootsuiteCsv', { from: '2026-12-01', to: '2026-12-31', accountId: seed.accounts.fb });
      expect(res.rows).toBe(350);
      expect(res.skipped.filter((s) => s.reason === 'over_limit')).toHaveLength(2);
    });
  });
});

describe('exports.planCsv', () => {
  it('writes a spreadsheet with a BOM and semicolons for Spanish Excel', async () => {
    const res = await app.call('exports.planCsv', week);
    const text = fs.readFileSync(res.path!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(['Fecha', 'Hora', 'Publicación', 'Cuenta', 'Red', 'Texto', 'Etiquetas', 'Enlace', 'Imagen o vídeo', 'Texto alternativo', 'Campaña', 'Estado', 'Cambiada desde la aprobación']);
    expect(rows).toHaveLength(res.rows + 1);
    const mercado = rows.filter((r) => r[2] === 'Mercado de artesanía 🎄 en la plaza');
    expect(mercado.map((r) => r[4])).toEqual(['Facebook', 'Instagram']);
    expect(mercado[0]!.slice(0, 2)).toEqual(['24/11/2026', '12:00']);
    expect(mercado[0]![10]).toBe('Navidad en Cangas');
    expect(rows.some((r) => r[2] === 'Concierto cancelado' && r[11] === 'Cancelada')).toBe(true);
  });

  it('writes commas without a BOM when asked', async () => {
    const res = await app.call('exports.planCsv', { ...week, delimiter: ',', bom: false });
    const text = fs.readFileSync(res.path!, 'utf8');
    expect(text.startsWith('"Fecha","Hora"')).toBe(true);
  });
});
