/** EXIF tag of the GPS sub-directory (TIFF/EP, EXIF 2.3 §4.6.3). */
const GPS_IFD_POINTER = 0x8825;

/**
 * Whether an EXIF block (as sharp's metadata gives it: `Exif\0\0` then a
 * TIFF header) points at GPS data: the GPS pointer in the first directory.
 * Unreadable EXIF counts as none.
 */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif || exif.length < 14) return false;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return false;
  const le = order === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  try {
    const ifd0 = u32(4);
    const count = u16(ifd0);
    for (let i = 0; i < count; i++) {
      if (u16(ifd0 + 2 + i * 12) === GPS_IFD_POINTER) return true;
    }
  } catch {
    return false;
  }
  return false;
}
