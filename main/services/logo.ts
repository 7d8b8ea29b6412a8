/**
 * The logo of the documents. Its size in pixels is read from the PNG or JPEG header before any
 * decoding — a file of 875 KB can declare 15000 × 15000 pixels, which pdfkit then inflates into
 * gigabytes on every export — and a logo that is accepted is stored downscaled for print: it is
 * drawn 52 points wide, and 600 pixels on its long side are more than any printer resolves there.
 */
import { PNG } from 'pngjs'
import jpeg from 'jpeg-js'
import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import { imageKind, imageSize } from './image-kind'

/** The largest logo accepted, in pixels per side. */
export const MAX_LOGO_PIXELS = 4000
/** The long side of the stored logo, in pixels. */
export const PRINT_LOGO_PIXELS = 600

export { imageKind, imageSize, type ImageKind } from './image-kind'

interface Rgba {
  width: number
  height: number
  data: Uint8Array
}

/** Area-averaged downscale (each target pixel is the mean of the source pixels it covers), alpha weighted. */
function downscale(source: Rgba, width: number, height: number): Rgba {
  const data = new Uint8Array(width * height * 4)
  const xRatio = source.width / width
  const yRatio = source.height / height
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * yRatio)
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * yRatio))
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * xRatio)
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * xRatio))
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      let count = 0
      for (let sy = y0; sy < y1; sy++) {
        let at = (sy * source.width + x0) * 4
        for (let sx = x0; sx < x1; sx++, at += 4) {
          const alpha = source.data[at + 3] ?? 0
          r += (source.data[at] ?? 0) * alpha
          g += (source.data[at + 1] ?? 0) * alpha
          b += (source.data[at + 2] ?? 0) * alpha
          a += alpha
          count += 1
        }
      }
      const out = (y * width + x) * 4
      data[out] = a === 0 ? 0 : Math.round(r / a)
      data[out + 1] = a === 0 ? 0 : Math.round(g / a)
      data[out + 2] = a === 0 ? 0 : Math.round(b / a)
      data[out + 3] = Math.round(a / count)
    }
  }
  return { width, height, data }
}

const refuse = (message: string) => new AppError('INVALID_INPUT', message, { logoBase64: message })

/**
 * Checks a chosen logo and returns the bytes to store: the same file when it is already small
 * enough for print, else the picture downscaled to PRINT_LOGO_PIXELS on its long side, in its format.
 */
export function prepareLogo(bytes: Buffer): Buffer {
  const kind = imageKind(bytes)
  const size = imageSize(bytes)
  if (!kind || !size || size.width === 0 || size.height === 0) throw refuse(t('settings.badLogo'))
  if (size.width > MAX_LOGO_PIXELS || size.height > MAX_LOGO_PIXELS) {
    throw refuse(t('settings.logoTooLarge', { width: size.width, height: size.height, max: MAX_LOGO_PIXELS }))
  }
  const long = Math.max(size.width, size.height)
  if (long <= PRINT_LOGO_PIXELS) return bytes
  let image: Rgba
  try {
    image =
      kind === 'png'
        ? PNG.sync.read(bytes)
        : jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 17, maxMemoryUsageInMB: 256 })
  } catch {
    throw refuse(t('settings.badLogo'))
  }
  const scale = PRINT_LOGO_PIXELS / long
  const small = downscale(
    image,
    Math.max(1, Math.round(image.width * scale)),
    Math.max(1, Math.round(image.height * scale)),
  )
  if (kind === 'jpeg') return jpeg.encode({ ...small, data: Buffer.from(small.data.buffer) }, 90).data
  const png = new PNG({ width: small.width, height: small.height })
  png.data = Buffer.from(small.data.buffer)
  return PNG.sync.write(png)
}
