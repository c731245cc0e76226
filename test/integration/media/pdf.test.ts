import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessPlatform } from '../../../electron/web/platform';
import { fullChecklist } from '../../support/calendar';
import type { TestApp } from '../../support/context';
import { importBytes, openPrintingApp, png } from '../../support/media';
import { imagesIn, pdfText } from '../../support/pdf-text';

let app: TestApp;
let platform: HarnessPlatform;
const week = { from: '2026-11-30', to: '2026-12-06' };


beforeAll(async () => {
  let fb: number;
  ({ app, platform, fb } = await openPrintingApp());
  const colours = ['#aa0000', '#00aa00', '#0000aa', '#aaaa00', '#00aaaa'];
  const media = [];
  for (const [i, c] of colours.entries()) media.push(await importBytes(app, `foto-${i + 1}.png`, await png(c, 600, 400)));
  await app.call('posts.save', {
    title: 'Feria de San Andrés',
    scheduledAt: '2026-12-02T10:00:00.000Z',
    status: 'approved',
    checklist: fullChecklist,
    targets: [{ accountId: fb }],
    media: media.map((m, i) => ({ mediaId: m.id, alt: `Foto ${i + 1} de la feria` })),
  });
  await app.call('posts.save', { title: 'Bando sin fotos', scheduledAt: '2026-12-03T10:00:00.000Z', targets: [{ accountId: fb }] });
}, 60_000);
afterAll(async () => {
  await platform.close();
  await app.close();
});

describe('thumbnails in the printed plans', () => {
  it('the approval PDF shows up to 3 thumbnails per post and "+N" beyond, with each alt text', async () => {
    const res = await app.call('exports.approvalPdf', week);
    expect(imagesIn(res.path as string)).toHaveLength(3);
    const text = pdfText(res.path as string);
    expect(text).toContain('+2');
    expect(text).toContain('Fotos y vídeos');
    expect(text).toMatch(/5\. Texto alternativo: Foto 5 de la feria/);
  }, 60_000);

  it('the week plan PDF shows them too', async () => {
    const res = await app.call('exports.weekPlanPdf', { from: week.from });
    expect(imagesIn(res.path as string)).toHaveLength(3);
    expect(pdfText(res.path as string)).toContain('+2');
  }, 60_000);
});
