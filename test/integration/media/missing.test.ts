import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessPlatform } from '../../../electron/web/platform';
import type { TestApp } from '../../support/context';
import { importBytes, openPrintingApp, png, removeByHand } from '../../support/media';
import { imagesIn, pdfText } from '../../support/pdf-text';

/**
 * Files removed by hand from the data folder, and names that carry markup:
 * every view still opens, shows a placeholder saying the file is missing,
 * and prints each name as the text it is.
 */
let app: TestApp;
let platform: HarnessPlatform;
const week = { from: '2026-11-30', to: '2026-12-06' };
// Names cannot hold slashes, so markup without closing tags.
const GONE = '<img src=x onerror=alert(1)> "fiesta" & más.png';
const QUOTED = 'foto"><i>roto<i>.png';
const ids: Record<string, number> = {};


beforeAll(async () => {
  let fb: number;
  ({ app, platform, fb } = await openPrintingApp());
  const plaza = await importBytes(app, 'plaza.png', await png('#aa0000', 600, 400));
  const gone = await importBytes(app, GONE, await png('#00aa00', 600, 400));
  const quoted = await importBytes(app, QUOTED, await png('#0000aa', 600, 400));
  const last = await importBytes(app, 'final.png', await png('#aaaa00', 600, 400));
  const feria = await app.call('posts.save', {
    title: 'Feria de San Andrés',
    scheduledAt: '2026-12-02T10:00:00.000Z',
    status: 'in_review',
    targets: [{ accountId: fb }],
    media: [
      { mediaId: plaza.id, alt: 'Casetas' },
      { mediaId: gone.id, alt: 'Cartel' },
      { mediaId: quoted.id, alt: '' },
      { mediaId: last.id, alt: 'Final' },
    ],
  });
  const bando = await app.call('posts.save', {
    title: 'Bando de fiestas',
    scheduledAt: '2026-12-03T10:00:00.000Z',
    status: 'in_review',
    targets: [{ accountId: fb }],
    media: [{ mediaId: plaza.id, alt: 'Casetas <script>alert(1)</script>' }],
  });
  Object.assign(ids, { feria: feria.id, bando: bando.id, gone: gone.id, last: last.id });
  // Removed by hand: the cartel's original only (its thumbnail stays), and the last file with its thumbnail.
  await removeByHand(app, gone);
  await removeByHand(app, last);
  await removeByHand(app, last, 'thumb');
}, 60_000);
afterAll(async () => {
  await platform.close();
  await app.close();
});

describe('a media file removed by hand', () => {
  it('the library marks it missing and the health check lists it', async () => {
    expect((await app.call('media.list', {})).items.map((i) => [i.name, i.missing])).toEqual([
      ['final.png', true],
      [QUOTED, false],
      [GONE, true],
      ['plaza.png', false],
    ]);
    expect((await app.call('media.get', { id: ids.gone! })).missing).toBe(true);
    expect((await app.call('media.health', {})).missing.map((m) => [m.id, m.name])).toEqual([
      [ids.gone, GONE],
      [ids.last, 'final.png'],
    ]);
  });

  it('the calendar items and search results say a file is missing; a move answers the same', async () => {
    const range = (await app.call('posts.listRange', { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' })).posts;
    expect(range.map((e) => [e.title, e.mediaCount, e.mediaMissing])).toEqual([
      ['Feria de San Andrés', 4, true],
      ['Bando de fiestas', 1, false],
    ]);
    const feria = range.find((e) => e.id === ids.feria)!;
    const moved = await app.call('posts.reschedule', { id: feria.id, version: feria.version, scheduledAt: '2026-12-02T11:00:00.000Z' });
    expect([moved.mediaCount, moved.mediaMissing]).toEqual([4, true]);
    expect((await app.call('posts.search', { q: 'fiestas' })).map((h) => [h.title, h.mediaMissing])).toEqual([['Bando de fiestas', false]]);
    expect((await app.call('posts.search', { q: 'feria' })).map((h) => [h.title, h.mediaMissing])).toEqual([['Feria de San Andrés', true]]);
  });

  it('the approval PDF prints a placeholder marked missing, and every name and alt text as written', async () => {
    const res = await app.call('exports.approvalPdf', week);
    // Shown: plaza and the quoted name in Feria (the cartel is a placeholder, the last one is "+1"), plaza in the Bando.
    expect(imagesIn(res.path as string)).toHaveLength(3);
    const text = pdfText(res.path as string);
    expect(text).toContain('⚠ Falta el archivo');
    expect(text).toContain(`2. Texto alternativo: Cartel (${GONE}: falta el archivo)`);
    expect(text).toContain('4. Texto alternativo: Final (final.png: falta el archivo)');
    expect(text).toContain('+1');
    expect(text).toContain('1. Texto alternativo: Casetas <script>alert(1)</script>');
    // The quoted name sits in an attribute it cannot leave: nothing of it is printed.
    expect(text).not.toContain('roto');
  }, 60_000);

  it('the week plan PDF opens with the placeholder in place of the missing thumbnail', async () => {
    const res = await app.call('exports.weekPlanPdf', { from: week.from });
    expect(imagesIn(res.path as string)).toHaveLength(3);
    expect(pdfText(res.path as string)).toContain('+1');
  }, 60_000);

  it("the publishing pack leaves the missing files out, says so in its index, and escapes every name", async () => {
    const res = await app.call('exports.publishingPack', week);
    expect(res).toMatchObject({ posts: 2, files: 5 });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(res.path as string)));
    expect(Object.keys(zip).sort()).toEqual([
      `2026-12-02/1100-feria-de-san-andres-${ids.feria}/01-plaza.png`,
      `2026-12-02/1100-feria-de-san-andres-${ids.feria}/03-foto-i-roto-i.png`,
      `2026-12-02/1100-feria-de-san-andres-${ids.feria}/facebook-ayto.txt`,
      `2026-12-03/1000-bando-de-fiestas-${ids.bando}/01-plaza.png`,
      `2026-12-03/1000-bando-de-fiestas-${ids.bando}/facebook-ayto.txt`,
      'index.html',
    ]);
    const index = strFromU8(zip['index.html']!);
    expect(index).toContain('<li>&lt;img src=x onerror=alert(1)&gt; &quot;fiesta&quot; &amp; más.png: falta el archivo</li>');
    expect(index).toContain('<li>final.png: falta el archivo</li>');
    expect(index).toContain(' — Casetas &lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(index).not.toMatch(/<img|<i>|<script>/);
  }, 60_000);
});
