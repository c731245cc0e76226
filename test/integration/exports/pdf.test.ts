import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessPlatform } from '../../../electron/web/platform';
import { addPost, editPostBody, seedWeek } from '../../support/exports-fixtures';
import { openTestApp, type TestApp, tempDir } from '../../support/context';
import { pagesOf, pdfText } from '../../support/pdf-text';

let app: TestApp;
let platform: HarnessPlatform;
let seed: Awaited<ReturnType<typeof seedWeek>>;
const week = { from: '2026-11-23', to: '2026-11-29' };

beforeAll(async () => {
  const dataDir = tempDir();
  platform = new HarnessPlatform(dataDir, 'es', '0.0.0-test');
  app = await openTestApp({ dataDir, platform, clock: () => new Date('2026-11-23T12:00:00.000Z') });
  seed = await seedWeek(app.ctx);
});
afterAll(async () => {
  await platform.close();
  await app.close();
});

const text = pdfText;
/** Page width and height in points, rounded. */
function paperOf(pdf: string): [number, number] {
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
  return [Math.round(Number(m[1])), Math.round(Number(m[2]))];
}

/** Share of pixels that are not white in page `n` rendered with pdftoppm (greyscale PGM). */
function inkOnPage(pdf: string, n: number): number {
  const out = path.join(path.dirname(pdf), `page-${n}`);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(n), '-l', String(n), '-singlefile', pdf, out]);
  const pgm = fs.readFileSync(`${out}.pgm`);
  // Header: P5\n<w> <h>\n255\n
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const px of pixels) if (px < 200) dark++;
  return dark / pixels.length;
}

describe('approval PDF', () => {
  it('prints every post with accents and emoji, the approval block, page X of Y and the fingerprint on every page', async () => {
    const res = await app.call('exports.approvalPdf', week);
    expect(res.path).toMatch(/\.pdf$/);
    expect(res.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(res.pages).toBe(pagesOf(res.path!));
    expect(res.pages).toBeGreaterThan(2);
    expect(paperOf(res.path!)).toEqual([595, 842]); // A4 portrait
    const all = text(res.path!);
    expect(all).toContain('Ayuntamiento de Cangas de Onís');
    expect(all).toContain('Plan de publicaciones para aprobación');
    expect(all).toContain('Del lunes, 23 de noviembre de 2026 al domingo, 29 de noviembre de 2026');
    for (const title of ['Pleno ordinario de noviembre', 'Mercado de artesanía', 'Idea: vídeo del alumbrado', 'Corte de agua en Soto', 'Cortes de tráfico por la cabalgata', 'Resumen; semana, con \\ barras']) {
      expect(all).toContain(title);
    }
    expect(all).not.toContain('Concierto cancelado');
    expect(all).not.toContain('Fuera de rango');
    expect(all).toContain('queso de Gamonéu');
    expect(all).toContain('🧀');
    // Times in the office zone, texts per network, hashtags, media and alt text, campaign, status, checklist.
    expect(all).toContain('09:30');
    expect(all).toContain('Pleno hoy 19:00 en el salón de sesiones');
    expect(all).toContain('#NavidadCangas #ComercioLocal');
    expect(all).toContain('Puestos de artesanía con luces navideñas en la plaza');
    expect(all).toContain('Navidad en Cangas');
    expect(all).toContain('En revisión');
    expect(all).toMatch(/Ortografía: hecho/);
    expect(all).toMatch(/Imagen y texto alternativo: pendiente/);
    expect(all).toContain('Todo el día');
    // A long text wraps and is printed to its last word.
    expect(all).toContain('ÚLTIMAPALABRA');
    // Cover counts: a post to two accounts is counted on each, and the cover says why the column adds up to more than the total.
    expect(all).toContain('Publicaciones por cuenta Cuenta Red En esta cuenta @aytocangas X 4 Ayuntamiento de Cangas aytocangas Facebook 3 Turismo Cangas @cangas_turismo Instagram 2 Publicaciones distintas 6');
    expect(all).toContain('Una publicación a varias cuentas cuenta una vez en cada una: esta columna suma 9 y el total cuenta 6 publicaciones, cada una una sola vez.');
    // Approval block.
    for (const label of ['Aprobación', 'Aprobado por', 'Cargo', 'Fecha', 'Firma', 'Comentarios']) expect(all).toContain(label);
    // Every page: "Página X de Y" and the fingerprint.
    for (let n = 1; n <= res.pages; n++) {
      const page = text(res.path!, n);
      expect(page).toContain(`Página ${n} de ${res.pages}`);
      expect(page).toContain(`Huella ${res.fingerprint}`);
      expect(page).toContain('Generado el 23/11/2026 13:00');
    }
    expect(inkOnPage(res.path!, 1)).toBeGreaterThan(0.005);
    expect(inkOnPage(res.path!, 2)).toBeGreaterThan(0.005);
  });

  it('marks posts changed since approved in the next PDF, and prints on Letter paper', async () => {
    const { fingerprint } = await app.call('exports.preview', week);
    await app.call('approvals.record', { ...week, approver: 'Alcaldía', approvedAt: '2026-11-23T12:30:00.000Z', fingerprint });
    await editPostBody(app.ctx, seed.posts.mercado, 'El mercado de artesanía cambia de sitio: plaza de Abajo.');
    const res = await app.call('exports.approvalPdf', { ...week, paper: 'Letter' });
    expect(paperOf(res.path!)).toEqual([612, 792]); // Letter portrait
    const all = text(res.path!);
    expect(all).toContain('CAMBIADA DESDE LA APROBACIÓN');
    expect(all.match(/CAMBIADA DESDE LA APROBACIÓN/g)).toHaveLength(1);
    expect(all).toContain('Aprobada');
    expect(res.fingerprint).not.toBe(fingerprint);
  });

  it('adds a month grid page to a month export, in English when the office works in English', async () => {
    await app.call('settings.save', { locale: 'en' });
    await addPost(app.ctx, { title: 'Día de la Constitución', body: 'Festivo.', scheduledDay: '2026-12-06', targets: [{ accountId: seed.accounts.fb }] });
    const res = await app.call('exports.approvalPdf', { from: '2026-11-01', to: '2026-11-30' });
    const all = text(res.path!);
    expect(all).toContain('The month at a glance · November 2026');
    expect(all).toContain('Posting plan for approval');
    expect(all).toContain(`Page 1 of ${res.pages}`);
    // The column's header wraps in English, so pdftotext reads it after the total's label.
    for (const label of ['Posts per account Account Network', 'On this account', 'Distinct posts']) expect(all).toContain(label);
    expect(all).toContain('A post to several accounts counts once on each: this column adds up to 10 and the total counts 7 posts, each one once.');
    expect(all).toContain('Fuera de rango');
    expect(all).not.toContain('Día de la Constitución');
    await app.call('settings.save', { locale: 'es' });
  });
});

describe('what a printed plan says it holds', () => {
  it('the approval PDF names the accounts by name or handle and the campaign it is filtered by, and its file carries range and fingerprint', async () => {
    const { fb, x } = seed.accounts;
    const res = await app.call('exports.approvalPdf', { ...week, accountIds: [fb, x], campaignId: seed.campaign });
    expect(path.basename(res.path!)).toBe(`pregonero-approval-2026-11-23_2026-11-29-${res.fingerprint}.pdf`);
    const all = text(res.path!);
    expect(all).toContain('Filtrado por: @aytocangas, Ayuntamiento de Cangas, campaña Navidad en Cangas');
    expect(all).toContain('Cortes de tráfico por la cabalgata');
    expect(all).not.toContain('Pleno ordinario de noviembre');
    expect(paperOf(res.path!)).toEqual([595, 842]);
  });

  it('an unfiltered approval PDF of one day says no filter, and a campaign that is gone is not named', async () => {
    const day = await app.call('exports.approvalPdf', { from: '2026-11-26', to: '2026-11-26' });
    expect(path.basename(day.path!)).toBe(`pregonero-approval-2026-11-26-${day.fingerprint}.pdf`);
    expect(text(day.path!)).not.toContain('Filtrado por');
    const gone = await app.call('exports.approvalPdf', { from: '2026-11-26', to: '2026-11-26', accountIds: [seed.accounts.x], campaignId: 9999 });
    const all = text(gone.path!);
    expect(all).toContain('Filtrado por: @aytocangas ');
    expect(all).not.toContain('campaña');
  });

  it('the week plan covers the week of the day given, for the accounts asked, in a file named for its Monday', async () => {
    const res = await app.call('exports.weekPlanPdf', { from: '2026-11-25', accountIds: [seed.accounts.ig] });
    expect(res).toMatchObject({ from: '2026-11-23', to: '2026-11-29', pages: 1 });
    expect(path.basename(res.path!)).toBe('pregonero-week-2026-11-23.pdf');
    expect(paperOf(res.path!)).toEqual([842, 595]);
    const all = text(res.path!);
    expect(all).toContain('Mercado de artesanía');
    expect(all).toContain('Idea: vídeo del alumbrado');
    expect(all).not.toContain('Pleno ordinario');
    expect(all).not.toContain('Corte de agua');
  });
});

describe('week plan PDF', () => {
  it('fits the week on one landscape page', async () => {
    const res = await app.call('exports.weekPlanPdf', { from: '2026-11-26' });
    expect(res.pages).toBe(1);
    expect(pagesOf(res.path!)).toBe(1);
    expect(paperOf(res.path!)).toEqual([842, 595]); // A4 landscape
    const all = text(res.path!);
    expect(all).toContain('Plan semanal');
    expect(all).toContain('Pleno ordinario de noviembre');
    expect(all).toContain('Resumen; semana');
    expect(all).toContain('Página 1 de 1');
    expect(inkOnPage(res.path!, 1)).toBeGreaterThan(0.005);
  });

  it('stays on one page in a crowded week, with "+N más" for what does not fit', async () => {
    for (let i = 0; i < 14; i++) {
      await addPost(app.ctx, {
        title: `Aviso ${i}: ${'programación de actividades culturales del otoño en la casa de cultura '.repeat(3)}`,
        scheduledAt: new Date(Date.UTC(2026, 11, 2, 8) + i * 15 * 60_000).toISOString(),
        targets: [{ accountId: seed.accounts.fb }, { accountId: seed.accounts.x }],
      });
    }
    const res = await app.call('exports.weekPlanPdf', { from: '2026-12-02', paper: 'Letter' });
    expect(pagesOf(res.path!)).toBe(1);
    expect(res.pages).toBe(1);
    expect(paperOf(res.path!)).toEqual([792, 612]);
    expect(text(res.path!)).toContain('+9 más');
    expect(text(res.path!)).toContain('Aviso 4:');
  });
});
