import fs from 'node:fs';
import { zipSync, type Zippable } from 'fflate';
import sharp from 'sharp';
import { networkName } from '../../../shared/domain/networks';
import { composeText } from '../../../shared/features/calendar/rules';
import { isVideoMime, type PostMedia } from '../../../shared/features/media/contract';
import type { Locale } from '../../../shared/ipc/schemas';
import { DOCUMENT_CSP_META } from '../../../shared/security/csp';
import { withoutMetadata } from '../media/mp4';
import { extensionOf } from '../media/sniff';
import { esc } from './pdf';
import type { PlanPost } from './plan';

/** A name safe in any file system's folder: letters, digits and dashes, accents folded. */
const slug = (s: string, max = 40): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '') || 'archivo';

/**
 * A copy without metadata: the picture is turned upright first (the EXIF
 * orientation goes with the rest), then written again without EXIF, so no
 * GPS position leaves with it. GIFs carry no EXIF and keep their frames.
 * A video keeps its every frame and loses its user data and metadata boxes,
 * where phones write where it was filmed.
 */
async function cleanCopy(file: string, m: PostMedia): Promise<Buffer> {
  if (m.mime === 'image/jpeg') return sharp(file).rotate().jpeg({ quality: 92, mozjpeg: true }).toBuffer();
  if (m.mime === 'image/png') return sharp(file).png().toBuffer();
  if (m.mime === 'image/webp') return sharp(file).rotate().webp({ quality: 90 }).toBuffer();
  if (isVideoMime(m.mime)) return withoutMetadata(file);
  return fs.promises.readFile(file);
}

export interface PackLabels {
  title: string;
  missing: string;
  locale: Locale;
}

/**
 * The publishing pack: a ZIP with a folder per day, in it a folder per post
 * holding one text file per account with the text as it goes out there (its
 * own text or the base one, the link, the hashtags) and the media in order
 * (01-…, 02-…), plus an index.html to open in a browser, every value escaped.
 * `original` finds each file's original (fetched from the team's server if
 * need be), or null when it is missing.
 */
export async function buildPack(posts: PlanPost[], original: (m: PostMedia) => Promise<string | null>, labels: PackLabels): Promise<{ zip: Buffer; files: number }> {
  const tree: Zippable = {};
  let files = 0;
  const rows: string[] = [];
  for (const p of posts) {
    const time = p.scheduledAt ? `${p.scheduledAt.slice(11, 13)}${p.scheduledAt.slice(14, 16)}-` : '';
    const folder = `${p.day}/${time}${slug(p.title)}-${p.id}`;
    const links: string[] = [];
    for (const t of p.targets) {
      const name = `${folder}/${slug(t.network, 20)}-${slug(t.handle, 30)}.txt`;
      tree[name] = [Buffer.from(`${composeText(t.text, p.link, p.hashtags)}\n`, 'utf8'), { level: 6 }];
      files++;
      links.push(`<li><a href="${esc(encodeURI(name))}">${esc(networkName(t.network, labels.locale))} @${esc(t.handle.replace(/^@+/, ''))}</a></li>`);
    }
    for (const [i, m] of p.media.entries()) {
      const base = m.name.replace(/\.[^.]*$/, '');
      const name = `${folder}/${String(i + 1).padStart(2, '0')}-${slug(base)}.${extensionOf[m.mime]}`;
      const source = await original(m);
      if (!source) {
        links.push(`<li>${esc(m.name)}: ${esc(labels.missing)}</li>`);
        continue;
      }
      tree[name] = [await cleanCopy(source, m), { level: 0 }];
      files++;
      links.push(`<li><a href="${esc(encodeURI(name))}">${esc(name.split('/').at(-1) ?? '')}</a>${m.alt ? ` — ${esc(m.alt)}` : ''}</li>`);
    }
    rows.push(`<section><h2>${esc(p.day)}${p.scheduledAt ? ` ${esc(p.scheduledAt.slice(11, 16))} UTC` : ''} · ${esc(p.title)}</h2><ul>${links.join('')}</ul></section>`);
  }
  const html = `<!doctype html><html lang="${labels.locale}"><head><meta charset="utf-8">${DOCUMENT_CSP_META}<title>${esc(labels.title)}</title></head><body><h1>${esc(labels.title)}</h1>${rows.join('\n')}</body></html>`;
  tree['index.html'] = [Buffer.from(html, 'utf8'), { level: 6 }];
  return { zip: Buffer.from(zipSync(tree)), files };
}
