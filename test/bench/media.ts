import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { importStream } from '../../electron/features/media/service';
import { startHarness } from '../../electron/web/harness';
import type { Result } from '../../shared/ipc/result';

/**
 * npm run bench:media: the media library's speed targets, each on its own
 * data folder (no city seed needed):
 * - importing 50 photos of 12 MP with their thumbnails, ≤ 10 s;
 * - the approval PDF of 300 posts, each with a photo, ≤ 5 s.
 * Photos are noise (4000 × 3000), which JPEG cannot shrink, so each file is
 * as heavy to decode as a real camera's.
 */
const MB = 1024 * 1024;

async function noisePhoto(seed: number, width = 4000, height = 3000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: seed % 255, g: 90, b: 140 }, noise: { type: 'gaussian', mean: 120 + (seed % 20), sigma: 40 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-bench-media-'));
  const harness = await startHarness({ port: 0, dataDir: path.join(dir, 'data'), lang: 'es', clock: () => new Date('2026-11-30T09:00:00Z') });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await harness.invoke(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.value;
  };
  try {
    const sources = path.join(dir, 'sources');
    fs.mkdirSync(sources);
    let bytes = 0;
    for (let i = 0; i < 50; i++) {
      const photo = await noisePhoto(i);
      bytes += photo.length;
      fs.writeFileSync(path.join(sources, `foto-${i}.jpg`), photo);
    }
    const start = process.hrtime.bigint();
    for (let i = 0; i < 50; i++) await importStream(harness.ctx, `foto-${i}.jpg`, fs.createReadStream(path.join(sources, `foto-${i}.jpg`)));
    const importMs = ms(start);

    await call('settings.save', { timeZone: 'Europe/Madrid' });
    const account = await call<{ id: number }>('accounts.save', { network: 'facebook', handle: 'ayto' });
    const listed = await call<{ items: { id: number }[] }>('media.list', { limit: 50 });
    for (let i = 0; i < 300; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const media = listed.items[i % listed.items.length]!;
      await call('posts.save', {
        title: `Publicación ${i + 1}`,
        body: 'Programa de actividades del mes en el municipio.',
        scheduledAt: `2027-02-${day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00.000Z`,
        targets: [{ accountId: account.id }],
        media: [{ mediaId: media.id, alt: 'Actividad municipal' }],
      });
    }
    await call('exports.approvalPdf', { from: '2027-02-01', to: '2027-02-28' }); // warm the browser
    const runs: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = process.hrtime.bigint();
      await call('exports.approvalPdf', { from: '2027-02-01', to: '2027-02-28' });
      runs.push(ms(t0));
    }
    const pdfMs = runs.sort((a, b) => a - b)[1]!;
    const line = (name: string, value: number, target: number) => `| ${name} | ${value.toFixed(0)} | ≤ ${target} ms | ${value <= target ? 'pass' : 'fail'} |`;
    console.log('| Measure | ms | target | result |\n|---|---|---|---|');
    console.log(line(`import 50 photos of 12 MP (${(bytes / MB).toFixed(0)} MB) with thumbnails`, importMs, 10_000));
    console.log(line('approval PDF, 300 posts each with a photo (median of 3)', pdfMs, 5_000));
  } finally {
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
