/**
 * A movie that records where it was filmed the way recent iPhones do: not in
 * the movie's user data but in a timed metadata track (handler `meta`, sample
 * entry `mebx` with the key `com.apple.quicktime.location.ISO6709`), whose
 * one sample, in its own `mdat`, holds the place as text. Built from a
 * committed clip: its movie box becomes a `free` box of the same size (so the
 * video's sample offsets stay right) and a new movie box, with the extra
 * track, goes at the end of the file.
 */
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const box = (type: string, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
};
const full = (type: string, ...parts: Buffer[]): Buffer => box(type, u32(0), ...parts);
const zeros = (n: number): Buffer => Buffer.alloc(n);

export const LOCATION_KEY = 'com.apple.quicktime.location.ISO6709';

export function withLocationTrack(movie: Buffer, place: string): Buffer {
  let at = 0;
  let moov: { start: number; size: number } | null = null;
  while (at + 8 <= movie.length) {
    const size = movie.readUInt32BE(at);
    if (movie.toString('latin1', at + 4, at + 8) === 'moov') moov = { start: at, size };
    at += size;
  }
  if (!moov) throw new Error('no moov');
  const oldMoov = movie.subarray(moov.start, moov.start + moov.size);
  const freed = Buffer.from(movie);
  freed.write('free', moov.start + 4, 'latin1');
  freed.fill(0, moov.start + 8, moov.start + moov.size);

  const sample = box('\0\0\0\x01', Buffer.from(place, 'utf8'));
  const mdat = box('mdat', sample);
  const sampleAt = freed.length + 8;
  const identity = Buffer.concat([u32(0x10000), u32(0), u32(0), u32(0), u32(0x10000), u32(0), u32(0), u32(0), u32(0x40000000)]);
  const tkhd = full('tkhd', u32(0), u32(0), u32(2), u32(0), u32(1000), zeros(8), zeros(4), zeros(4), identity, u32(0), u32(0));
  const mdhd = full('mdhd', u32(0), u32(0), u32(1000), u32(1000), Buffer.from([0x55, 0xc4, 0, 0]));
  const hdlr = full('hdlr', u32(0), Buffer.from('meta', 'latin1'), zeros(12), zeros(1));
  const keys = box('keys', box('\0\0\0\x01', box('keyd', Buffer.from('mdta', 'latin1'), Buffer.from(LOCATION_KEY, 'latin1'))));
  const mebx = box('mebx', zeros(6), Buffer.from([0, 1]), keys);
  const stbl = box(
    'stbl',
    full('stsd', u32(1), mebx),
    full('stts', u32(1), u32(1), u32(1000)),
    full('stsc', u32(1), u32(1), u32(1), u32(1)),
    full('stsz', u32(0), u32(1), u32(sample.length)),
    full('stco', u32(1), u32(sampleAt)),
  );
  const dinf = box('dinf', full('dref', u32(1), box('url ', Buffer.from([0, 0, 0, 1]))));
  const minf = box('minf', full('nmhd'), dinf, stbl);
  const trak = box('trak', tkhd, box('tref', box('cdsc', u32(1))), box('mdia', mdhd, hdlr, minf));
  const newMoov = Buffer.concat([u32(oldMoov.length + trak.length), oldMoov.subarray(4), trak]);
  return Buffer.concat([freed, mdat, newMoov]);
}
