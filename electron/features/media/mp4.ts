import fs from 'node:fs';

export interface VideoInfo {
  durationMs: number;
  width: number;
  height: number;
  /** The container records where it was filmed (see `recordsLocation`). */
  hasLocation: boolean;
}

/** The movie header box is small; anything this big is not a real one. */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;

interface Box {
  type: string;
  start: number;
  /** Where the payload starts, after the size and type (and the 64-bit size). */
  body: number;
  end: number;
}

/** The boxes laid one after another in buf[from, to). Throws on a size that does not fit: a damaged file. */
function boxes(buf: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) throw new Error('short box');
      size = Number(buf.readBigUInt64BE(at + 8));
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < body - at || at + size > to) throw new Error(`box ${type} overruns`);
    out.push({ type, start: at, body, end: at + size });
    at += size;
  }
  return out;
}

const child = (buf: Buffer, parent: Box, type: string): Box | undefined => boxes(buf, parent.body, parent.end).find((b) => b.type === type);

/** A track's handler type from its media handler box: `vide`, `soun`, `meta`... */
const handlerOf = (buf: Buffer, trak: Box): string | null => {
  const mdia = child(buf, trak, 'mdia');
  const hdlr = mdia && child(buf, mdia, 'hdlr');
  return hdlr ? buf.toString('latin1', hdlr.body + 8, hdlr.body + 12) : null;
};

/**
 * Find the top-level `moov` box without reading the whole file: walk the box
 * headers with positioned reads (a phone puts `moov` after gigabytes of `mdat`).
 */
function readMoov(file: string): { buf: Buffer; at: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(16);
    let at = 0;
    while (at + 8 <= size) {
      fs.readSync(fd, head, 0, 16, at);
      let boxSize = head.readUInt32BE(0);
      const type = head.toString('latin1', 4, 8);
      if (boxSize === 1) boxSize = Number(head.readBigUInt64BE(8));
      else if (boxSize === 0) boxSize = size - at;
      if (boxSize < 8 || at + boxSize > size) throw new Error(`box ${type} overruns`);
      if (type === 'moov') {
        if (boxSize > MAX_MOOV_BYTES) throw new Error('moov too large');
        const buf = Buffer.alloc(boxSize);
        fs.readSync(fd, buf, 0, boxSize, at);
        return { buf, at };
      }
      at += boxSize;
    }
    throw new Error('no moov');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Duration and picture size of an MP4 or QuickTime file, from its container
 * (ISO/IEC 14496-12): the movie header's timescale and duration, and the
 * track header of the first video track (`hdlr` of type `vide`), whose
 * width and height are 16.16 fixed point and whose matrix says whether the
 * phone was held upright (a 90° turn swaps them).
 */
export function readVideoInfo(file: string): VideoInfo {
  const { buf: moovBuf } = readMoov(file);
  const [moov] = boxes(moovBuf, 0, moovBuf.length);
  if (!moov || moov.type !== 'moov') throw new Error('no moov');
  const mvhd = child(moovBuf, moov, 'mvhd');
  if (!mvhd) throw new Error('no mvhd');
  const v1 = moovBuf[mvhd.body] === 1;
  const timescale = moovBuf.readUInt32BE(mvhd.body + (v1 ? 20 : 12));
  const duration = v1 ? Number(moovBuf.readBigUInt64BE(mvhd.body + 24)) : moovBuf.readUInt32BE(mvhd.body + 16);
  if (timescale === 0) throw new Error('zero timescale');
  for (const trak of boxes(moovBuf, moov.body, moov.end).filter((b) => b.type === 'trak')) {
    if (handlerOf(moovBuf, trak) !== 'vide') continue;
    const tkhd = child(moovBuf, trak, 'tkhd');
    if (!tkhd) continue;
    const t1 = moovBuf[tkhd.body] === 1;
    const matrix = tkhd.body + (t1 ? 52 : 40);
    const width = Math.round(moovBuf.readUInt32BE(matrix + 36) / 65536);
    const height = Math.round(moovBuf.readUInt32BE(matrix + 40) / 65536);
    const a = moovBuf.readInt32BE(matrix);
    const b = moovBuf.readInt32BE(matrix + 4);
    const turned = a === 0 && Math.abs(b) === 65536;
    return {
      durationMs: Math.round((duration * 1000) / timescale),
      width: turned ? height : width,
      height: turned ? width : height,
      hasLocation: recordsLocation(moovBuf, moov),
    };
  }
  throw new Error('no video track');
}

/**
 * The metadata boxes of a movie: `udta` (user data) and `meta` (metadata),
 * at the movie's level and at each track's. Playback needs none of them
 * (picture size, turn and timing live in the track and sample tables).
 */
function metadataBoxes(buf: Buffer, moov: Box): Box[] {
  const out: Box[] = [];
  const levels = [moov, ...boxes(buf, moov.body, moov.end).filter((b) => b.type === 'trak')];
  for (const level of levels) out.push(...boxes(buf, level.body, level.end).filter((b) => b.type === 'udta' || b.type === 'meta'));
  return out;
}

/**
 * Timed metadata tracks (handler `meta`): recent iPhones write where they
 * filmed into one, sample by sample, as well as the camera's motion and
 * focus. Nothing a viewer sees comes from them.
 */
function metadataTracks(buf: Buffer, moov: Box): Box[] {
  return boxes(buf, moov.body, moov.end).filter((b) => {
    if (b.type !== 'trak') return false;
    try {
      return handlerOf(buf, b) === 'meta';
    } catch {
      return false;
    }
  });
}

/** A track's sample table, or undefined when the track has none. */
function sampleTable(buf: Buffer, trak: Box): Box | undefined {
  const mdia = child(buf, trak, 'mdia');
  const minf = mdia && child(buf, mdia, 'minf');
  return minf && child(buf, minf, 'stbl');
}

/**
 * Where a track's samples lie in the file, chunk by chunk: each chunk's
 * offset (`stco`, or `co64` for big files), how many samples it holds
 * (`stsc`, runs of chunks alike) and their sizes (`stsz`, one for all or
 * one each). Offsets count from the start of the file.
 */
function sampleRanges(buf: Buffer, stbl: Box): Array<[number, number]> {
  const stsc = child(buf, stbl, 'stsc');
  const stsz = child(buf, stbl, 'stsz');
  const stco = child(buf, stbl, 'stco') ?? child(buf, stbl, 'co64');
  if (!stsc || !stsz || !stco) return [];
  const wide = stco.type === 'co64';
  const chunks = buf.readUInt32BE(stco.body + 4);
  const offsets: number[] = [];
  for (let i = 0; i < chunks; i++) offsets.push(wide ? Number(buf.readBigUInt64BE(stco.body + 8 + i * 8)) : buf.readUInt32BE(stco.body + 8 + i * 4));
  const runs: Array<{ first: number; perChunk: number }> = [];
  const runCount = buf.readUInt32BE(stsc.body + 4);
  for (let i = 0; i < runCount; i++) runs.push({ first: buf.readUInt32BE(stsc.body + 8 + i * 12), perChunk: buf.readUInt32BE(stsc.body + 12 + i * 12) });
  const uniform = buf.readUInt32BE(stsz.body + 4);
  const samples = buf.readUInt32BE(stsz.body + 8);
  const sizeOf = (n: number): number => (uniform !== 0 ? uniform : n < samples ? buf.readUInt32BE(stsz.body + 12 + n * 4) : 0);
  const out: Array<[number, number]> = [];
  let sample = 0;
  for (let c = 0; c < offsets.length; c++) {
    const run = runs.filter((r) => r.first <= c + 1).at(-1);
    let length = 0;
    for (let k = 0; k < (run?.perChunk ?? 0) && sample < samples; k++, sample++) length += sizeOf(sample);
    out.push([offsets[c]!, offsets[c]! + length]);
  }
  return out;
}

/** Where a `meta` box's children start: ISO's is a full box (4 bytes of version and flags first), QuickTime's is not. */
const metaChildren = (buf: Buffer, meta: Box): Box[] => {
  const quickTime = meta.body + 8 <= meta.end && buf.toString('latin1', meta.body + 4, meta.body + 8) === 'hdlr';
  return boxes(buf, meta.body + (quickTime ? 0 : 4), meta.end);
};

/** `©xyz` (QuickTime and Android: ISO 6709 text) and `loci` (3GPP TS 26.244): a place, wherever they sit. */
const PLACE_BOXES = new Set(['\xa9xyz', 'loci']);

/**
 * Whether the movie records where it was filmed: a `©xyz` or `loci` box in
 * its user data or in an iTunes-style item list, or a QuickTime metadata
 * key naming a location (`com.apple.quicktime.location.ISO6709`, as an
 * iPhone writes it). An unreadable box counts as none.
 */
function recordsLocation(buf: Buffer, moov: Box): boolean {
  const inside = (parent: Box): boolean => {
    let children: Box[];
    try {
      children = parent.type === 'meta' ? metaChildren(buf, parent) : boxes(buf, parent.body, parent.end);
    } catch {
      return false;
    }
    return children.some((b) => {
      if (PLACE_BOXES.has(b.type)) return true;
      if (b.type === 'meta' || b.type === 'ilst') return inside(b);
      return b.type === 'keys' && keyNames(buf, b).some((k) => /location/i.test(k));
    });
  };
  // A timed metadata track names its keys in its sample description; the places themselves are in its samples.
  const trackRecords = (trak: Box): boolean => {
    const stsd = sampleTable(buf, trak) && child(buf, sampleTable(buf, trak)!, 'stsd');
    return stsd !== undefined && /location/i.test(buf.toString('latin1', stsd.body, stsd.end));
  };
  return metadataBoxes(buf, moov).some(inside) || metadataTracks(buf, moov).some(trackRecords);
}

/** The names in a QuickTime `keys` box: version and flags, a count, then per key its size, namespace and name. */
function keyNames(buf: Buffer, keys: Box): string[] {
  const out: string[] = [];
  let at = keys.body + 8;
  while (at + 8 <= keys.end) {
    const size = buf.readUInt32BE(at);
    if (size < 8 || at + size > keys.end) break;
    out.push(buf.toString('latin1', at + 8, at + size));
    at += size;
  }
  return out;
}

/**
 * A copy of an MP4 or QuickTime file without its metadata, for files that
 * leave the office: each `udta` and `meta` box of the movie and its tracks
 * becomes a `free` box of the same size with its bytes zeroed, and so does
 * each timed metadata track, with its samples zeroed where they lie in the
 * media data. Nothing moves, so the sample offsets of the picture and sound
 * stay right whether the movie header comes before the media data or after
 * it; players skip `free` boxes and bytes no track points at.
 */
export async function withoutMetadata(file: string): Promise<Buffer> {
  const { buf, at } = readMoov(file);
  const data = await fs.promises.readFile(file);
  const [moov] = boxes(data, at, at + buf.length);
  if (!moov || moov.type !== 'moov') throw new Error('no moov');
  const media = boxes(data, 0, data.length).filter((b) => b.type === 'mdat');
  const inMedia = ([from, to]: [number, number]): boolean => media.some((m) => from >= m.body && to <= m.end);
  const gone: Box[] = [...metadataBoxes(data, moov)];
  for (const trak of metadataTracks(data, moov)) {
    const stbl = sampleTable(data, trak);
    // Only bytes inside the media data are cleared: a damaged table pointing elsewhere must not wipe the movie's own boxes.
    for (const range of stbl ? sampleRanges(data, stbl) : []) if (inMedia(range)) data.fill(0, range[0], range[1]);
    gone.push(trak);
  }
  for (const b of gone) {
    data.write('free', b.start + 4, 'latin1');
    data.fill(0, b.body, b.end);
  }
  return data;
}
