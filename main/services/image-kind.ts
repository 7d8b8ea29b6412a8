/** The kind of an image from its first bytes, without the codecs (pngjs, jpeg-js) that main/services/logo.ts loads. */
export type ImageKind = 'png' | 'jpeg'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** PNG or JPEG from the first bytes, else undefined. */
export function imageKind(bytes: Uint8Array): ImageKind | undefined {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  return undefined
}
