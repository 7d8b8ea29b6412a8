/**
 * The logo as the documents print it, prepared once per process. The stored logo may be 600 pixels
 * on a side (or, stored before logos were downscaled, 4000): pdfkit would inflate its PNG, split
 * the alpha channel out and deflate both again at every export (about 30 ms for 600 pixels), and
 * the Word file would carry the whole picture. The letterhead prints it in a box of 56 points, so
 * it is decoded once, area-averaged down to 300 dpi at that size, and kept ready to embed: the
 * PDF's colour and alpha samples already deflated, the Word file's picture already encoded.
 * Keyed by a hash of the bytes: a changed logo is a new entry, never an old picture.
 */
import { createHash } from 'node:crypto'
import { imageKind, imageSize, type ImageKind } from '../../services/image-kind'
import { exifOrientation } from './exif-orientation'

/** Resolution the printed logo keeps. */
export const PRINT_DPI = 300
/** The largest box a document prints the logo in, in points: Word's 75 pixels at 96 dpi (the PDF's is 56 points). */
export const LOGO_BOX_POINTS = (75 * 72) / 96
/** The long side of the printed logo, in pixels: 300 dpi at LOGO_BOX_POINTS (the stored one, main/services/logo.ts, keeps 600). */
export const PRINTED_LOGO_PIXELS = Math.ceil((LOGO_BOX_POINTS / 72) * PRINT_DPI)

export interface PrintLogo {
  kind: ImageKind
  width: number
  height: number
  /** The picture as a file (PNG or JPEG, the logo's format), at most PRINTED_LOGO_PIXELS on its long side: for Word. */
  file: Buffer
  /** A PNG's samples for the PDF, deflated: RGB, and alpha when some pixel is not opaque. A JPEG prints `file` as it is. */
  samples?: { rgb: Buffer; alpha?: Buffer }
}

/** Logos prepared in this process by hash of their bytes, newest last: the saved one, and the one before it while a change settles. */
const prepared = new Map<string, Promise<PrintLogo | undefined>>()
const KEPT = 2
/** The same, by the array an export was handed (the layout, synchronous, looks them up here). */
const ready = new WeakMap<Uint8Array, PrintLogo>()

async function prepare(bytes: Buffer): Promise<PrintLogo | undefined> {
  const kind = imageKind(bytes)
  const size = imageSize(bytes)
  if (!kind || !size || size.width === 0 || size.height === 0) return undefined
  // A JPEG small enough and upright prints as it is: no codec, no decoding.
  if (kind === 'jpeg' && Math.max(size.width, size.height) <= PRINTED_LOGO_PIXELS && exifOrientation(bytes) === 1)
    return { kind, ...size, file: Buffer.from(bytes) }
  try {
    return (await import('./print-logo-pixels')).prepareLogoPixels(bytes, kind, PRINTED_LOGO_PIXELS)
  } catch {
    return undefined
  }
}

/**
 * Prepares the logo for print (once per process for the same bytes); an export awaits it before
 * its layout, which then finds it with `printLogo`. Undefined when the bytes are not a PNG or JPEG
 * this module can read: the exports then hand them to their library as before, which prints them
 * or says why not.
 */
export async function preparePrintLogo(bytes: Uint8Array | undefined): Promise<PrintLogo | undefined> {
  if (!bytes || bytes.length === 0) return undefined
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const key = createHash('sha1').update(buffer).digest('base64')
  let logo = prepared.get(key)
  if (!logo) {
    logo = prepare(buffer)
    prepared.set(key, logo)
    for (const old of prepared.keys()) if (prepared.size > KEPT) prepared.delete(old)
  }
  const done = await logo
  if (done) ready.set(bytes, done)
  return done
}

/** The logo prepared by `preparePrintLogo` for these very bytes, if it was. */
export function printLogo(bytes: Uint8Array): PrintLogo | undefined {
  return ready.get(bytes)
}
