/** The kind and size of an image from its first bytes, without the codecs (pngjs, jpeg-js) that main/services/logo.ts loads. */
export type ImageKind = 'png' | 'jpeg'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** PNG or JPEG from the first bytes, else undefined. */
export function imageKind(bytes: Uint8Array): ImageKind | undefined {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  return undefined
}

/** Width and height as the header declares them, without decoding; undefined when the header is unreadable. */
export function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  const kind = imageKind(bytes)
  if (kind === 'png') {
    // The IHDR chunk comes first: length, « IHDR », width, height.
    if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  }
  if (kind === 'jpeg') {
    let at = 2
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return undefined
      const marker = bytes[at + 1] ?? 0
      // Fill bytes, and markers without a length.
      if (marker === 0xff) {
        at += 1
        continue
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2
        continue
      }
      // Start of frame (SOF0-SOF15 but DHT, JPG and DAC): precision, height, width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) }
      }
      if (marker === 0xda || marker === 0xd9) return undefined
      at += 2 + bytes.readUInt16BE(at + 2)
    }
  }
  return undefined
}
