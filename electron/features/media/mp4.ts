import fs from 'node:fs';

export interface VideoInfo {
  durationMs: number;
  width: number;
  height: number;
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

/**
 * Find the top-level `moov` box without reading the whole file: walk the box
 * headers with positioned reads (a phone puts `moov` after gigabytes of `mdat`).
 */
function readMoov(file: string): Buffer {
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
        return buf;
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
  const moovBuf = readMoov(file);
  const [moov] = boxes(moovBuf, 0, moovBuf.length);
  if (!moov || moov.type !== 'moov') throw new Error('no moov');
  const mvhd = child(moovBuf, moov, 'mvhd');
  if (!mvhd) throw new Error('no mvhd');
  const v1 = moovBuf[mvhd.body] === 1;
  const timescale = moovBuf.readUInt32BE(mvhd.body + (v1 ? 20 : 12));
  const duration = v1 ? Number(moovBuf.readBigUInt64BE(mvhd.body + 24)) : moovBuf.readUInt32BE(mvhd.body + 16);
  if (timescale === 0) throw new Error('zero timescale');
  for (const trak of boxes(moovBuf, moov.body, moov.end).filter((b) => b.type === 'trak')) {
    const mdia = child(moovBuf, trak, 'mdia');
    const hdlr = mdia && child(moovBuf, mdia, 'hdlr');
    if (!hdlr || moovBuf.toString('latin1', hdlr.body + 8, hdlr.body + 12) !== 'vide') continue;
    const tkhd = child(moovBuf, trak, 'tkhd');
    if (!tkhd) continue;
    const t1 = moovBuf[tkhd.body] === 1;
    const matrix = tkhd.body + (t1 ? 52 : 40);
    const width = Math.round(moovBuf.readUInt32BE(matrix + 36) / 65536);
    const height = Math.round(moovBuf.readUInt32BE(matrix + 40) / 65536);
    const a = moovBuf.readInt32BE(matrix);
    const b = moovBuf.readInt32BE(matrix + 4);
    const turned = a === 0 && Math.abs(b) === 65536;
    return { durationMs: Math.round((duration * 1000) / timescale), width: turned ? height : width, height: turned ? width : height };
  }
  throw new Error('no video track');
}
