import type { MediaMime } from '../../../shared/features/media/contract';

/** HEIF brands: photos from phones in HEVC, which the prebuilt libvips cannot decode (HEVC is patent-encumbered). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
/** Top-level QuickTime atoms an old .mov may start with, before any `ftyp`. */
const QT_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

export type Sniffed = MediaMime | 'heic' | null;

/**
 * What a file is, from its first bytes (its name and the type a browser
 * claims are never trusted): the signatures of JPEG, PNG, GIF and WebP, and
 * the `ftyp` box of ISO media files with its major brand.
 */
export function sniff(head: Buffer): Sniffed {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  if (head.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'image/gif';
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (head.length >= 12 && ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (HEIC_BRANDS.has(brand)) return 'heic';
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand === 'avif' || brand === 'avis' || brand === 'crx ') return null;
    return 'video/mp4';
  }
  if (head.length >= 8 && QT_ATOMS.has(ascii(4, 8))) return 'video/quicktime';
  return null;
}

export const extensionOf: Record<MediaMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};
