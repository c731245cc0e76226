import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { importStream } from '../../electron/features/media/service';
import { settleAtMost } from '../../shared/domain/at-most';
import { UPLOADS_AT_ONCE } from '../../shared/features/media/contract';
import { type Harness, startHarness } from '../../electron/web/harness';
import type { Result } from '../../shared/ipc/result';
import { launchBrowser } from '../e2e/support/browser';
import type { PageRow } from './calendar-page';
import { targets } from './entries';
import { paintOnce } from './paint';

/**
 * The media library's lines of `npm run bench` (groups `media` and `thumbs`):
 * - importing 50 photos of 12 MP with their thumbnails, and the approval PDF
 *   of 300 posts each with a photo, on a data folder of their own (no city
 *   seed needed). Photos are noise (4000 × 3000), which JPEG cannot shrink,
 *   so each file is as heavy to decode as a real camera's;
 * - a city month painted with a thumbnail on every post against the same
 *   month without any, on two copies of the seeded file, in turns.
 */
const MB = 1024 * 1024;

async function noisePhoto(seed: number, width = 4000, height = 3000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: seed % 255, g: 90, b: 140 }, noise: { type: 'gaussian', mean: 120 + (seed % 20), sigma: 40 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const caller =
  (h: Harness) =>
  async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await h.invoke(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.value;
  };

export async function mediaImportAndPdf(): Promise<PageRow[]> {
  const importName = 'import 50 photos of 12 MP with thumbnails (media import)';
  const pdfName = 'approval PDF, 300 posts each with a photo (exports.approvalPdf)';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-media-'));
  const harness = await startHarness({ port: 0, dataDir: path.join(dir, 'data'), lang: 'es', clock: () => new Date('2026-11-30T09:00:00Z') });
  const call = caller(harness);
  try {
    const sources = path.join(dir, 'sources');
    fs.mkdirSync(sources);
    let bytes = 0;
    for (let i = 0; i < 50; i++) {
      const photo = await noisePhoto(i);
      bytes += photo.length;
      fs.writeFileSync(path.join(sources, `foto-${i}.jpg`), photo);
    }
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    // As a drop of 50 files arrives from the page: a couple at a time.
    const taken = await settleAtMost([...Array(50).keys()], UPLOADS_AT_ONCE, (i) => importStream(harness.ctx, `foto-${i}.jpg`, fs.createReadStream(path.join(sources, `foto-${i}.jpg`))));
    if (taken.some((t) => t.status === 'rejected')) throw new Error('a photo was refused');
    const importMs = performance.now() - start;
    // CPU time of every thread of the process: what the import costs whatever else the machine is doing.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    const rows: PageRow[] = [
      {
        name: importName,
        medianMs: importMs,
        target: `≤ ${targets.mediaImportMs} ms`,
        status: importMs <= targets.mediaImportMs ? 'pass' : 'fail',
        note: `one run, ${(bytes / MB).toFixed(0)} MB of photos, ${UPLOADS_AT_ONCE} at a time; ${cpuS.toFixed(1)} s of CPU`,
      },
    ];

    await call('settings.save', { timeZone: 'Europe/Madrid' });
    const account = await call<{ id: number }>('accounts.save', { network: 'facebook', handle: 'ayto' });
    const listed = await call<{ items: { id: number }[] }>('media.list', { limit: 50 });
    for (let i = 0; i < 300; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await call('posts.save', {
        title: `Publicación ${i + 1}`,
        body: 'Programa de actividades del mes en el municipio.',
        scheduledAt: `2027-02-${day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00.000Z`,
        targets: [{ accountId: account.id }],
        media: [{ mediaId: listed.items[i % listed.items.length]!.id, alt: 'Actividad municipal' }],
      });
    }
    const range = { from: '2027-02-01', to: '2027-02-28' };
    await call('exports.approvalPdf', range); // warm the browser
    const runs: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      await call('exports.approvalPdf', range);
      runs.push(performance.now() - t0);
    }
    const pdfMs = median(runs);
    rows.push({ name: pdfName, medianMs: pdfMs, p95Ms: Math.max(...runs), target: `≤ ${targets.mediaPdfMs} ms`, status: pdfMs <= targets.mediaPdfMs ? 'pass' : 'fail', note: 'median of 3' });
    return rows;
  } catch (err) {
    return [{ name: `${importName}; ${pdfName}`, target: '', status: 'fail', note: (err as Error).message.slice(0, 160) }];
  } finally {
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of the harness's data folder, its database taken with SQLite's online backup (the harness keeps it open). */
async function copyFolder(h: Harness, to: string): Promise<void> {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(h.ctx.dataDir, { withFileTypes: true })) {
    if (f.isFile() && !f.name.startsWith('pregonero.sqlite')) fs.copyFileSync(path.join(h.ctx.dataDir, f.name), path.join(to, f.name));
  }
  await h.ctx.raw.backup(path.join(to, 'pregonero.sqlite'));
}

/**
 * Give every post of the month a photo (one of 12, each with its real
 * thumbnail). The attachments are written straight into this copy's file:
 * a fixture, like the seed, not a path the app takes.
 */
async function attachPhotos(h: Harness, monthFrom: string, monthTo: string): Promise<number> {
  const ids: number[] = [];
  for (let i = 0; i < 12; i++) ids.push((await importStream(h.ctx, `foto-${i}.jpg`, fs.createReadStream(await photoFile(h, i)))).id);
  const posts = h.ctx.raw
    .prepare('select id from posts where deleted_at is null and ((scheduled_at >= ? and scheduled_at < ?) or (scheduled_day >= ? and scheduled_day < ?))')
    .all(monthFrom, monthTo, monthFrom.slice(0, 10), monthTo.slice(0, 10)) as { id: number }[];
  const insert = h.ctx.raw.prepare("insert into post_media (post_id, media_id, position, alt) values (?, ?, 0, 'Foto')");
  h.ctx.raw.transaction(() => {
    for (const [i, p] of posts.entries()) insert.run(p.id, ids[i % ids.length]);
  })();
  return posts.length;
}

async function photoFile(h: Harness, i: number): Promise<string> {
  const file = path.join(h.ctx.dataDir, `source-${i}.jpg`);
  fs.writeFileSync(file, await noisePhoto(i, 1600, 1200));
  return file;
}

/** The city month's first posts, with a thumbnail on each against none, measured in turns so load lands on both alike. */
export async function thumbsPaint(h: Harness, anchor: Date, monthFrom: string, monthTo: string): Promise<PageRow[]> {
  const name = 'calendar month with a thumbnail on every post against none, first posts shown (Chromium)';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-thumbs-'));
  const open: Harness[] = [];
  try {
    await copyFolder(h, path.join(dir, 'plain'));
    await copyFolder(h, path.join(dir, 'thumbs'));
    const plain = await startHarness({ port: 0, dataDir: path.join(dir, 'plain'), lang: 'es' });
    open.push(plain);
    const withThumbs = await startHarness({ port: 0, dataDir: path.join(dir, 'thumbs'), lang: 'es' });
    open.push(withThumbs);
    const attached = await attachPhotos(withThumbs, monthFrom, monthTo);
    const browser = await launchBrowser();
    const without: number[] = [];
    const withT: number[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        // Each goes first in every other pair: the page opened second pays for the one closed before it.
        const first = i % 2 === 0 ? plain : withThumbs;
        const a = await paintOnce(browser, first, anchor);
        const b = await paintOnce(browser, first === plain ? withThumbs : plain, anchor);
        // The first two pairs warm both harnesses and the browser's caches.
        if (i < 2) continue;
        without.push(first === plain ? a.items : b.items);
        withT.push(first === plain ? b.items : a.items);
      }
    } finally {
      await browser.close();
    }
    const ratio = median(withT) / median(without);
    return [
      {
        name,
        medianMs: median(withT),
        p95Ms: Math.max(...withT),
        target: `within ${targets.thumbsPaintSlack * 100} % of without (${median(without).toFixed(0)} ms)`,
        status: ratio <= 1 + targets.thumbsPaintSlack ? 'pass' : 'fail',
        note: `${ratio.toFixed(2)}x, ${attached} posts with a photo; ms with: ${withT.join(', ')}; without: ${without.join(', ')}`,
      },
    ];
  } catch (err) {
    return [{ name, target: '', status: 'fail', note: (err as Error).message.slice(0, 160) }];
  } finally {
    for (const x of open) await x.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
