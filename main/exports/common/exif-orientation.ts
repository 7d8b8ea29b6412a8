/**
 * The EXIF orientation of a JPEG (1 to 8; 1 when it has none), read from its APP1 segment without
 * decoding: a photo taken sideways is stored sideways with a tag saying how to turn it, which
 * pdfkit honours but a re-encoded picture loses (./print-logo-pixels.ts turns the pixels instead).
 */
export function exifOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 2
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0
    // Start of scan or of the picture: no EXIF segment after it.
    if (marker === 0xda || (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc))
      return 1
    const length = view.getUint16(at + 2)
    if (marker === 0xe1 && length >= 16 && String.fromCharCode(...bytes.subarray(at + 4, at + 10)) === 'Exif\0\0') {
      return orientationIn(view, at + 10, Math.min(bytes.length, at + 2 + length))
    }
    at += 2 + length
  }
  return 1
}

/** Tag 0x0112 of the first IFD of the TIFF structure at `tiff`. */
function orientationIn(view: DataView, tiff: number, end: number): number {
  const little = view.getUint16(tiff) === 0x4949
  const ifd = tiff + view.getUint32(tiff + 4, little)
  if (ifd + 2 > end) return 1
  const entries = view.getUint16(ifd, little)
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > end) return 1
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little)
      return value >= 1 && value <= 8 ? value : 1
    }
  }
  return 1
}
