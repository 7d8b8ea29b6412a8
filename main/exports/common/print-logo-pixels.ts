/**
 * The pixel work of ./print-logo.ts, loaded only when a logo has to be prepared (the codecs take
 * tens of milliseconds to load, which an export without a new logo must not pay): decoding,
 * area-averaged downscale, the PDF's samples and the Word file's picture.
 */
import { deflateSync } from 'node:zlib'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import type { ImageKind } from '../../services/image-kind'
import { exifOrientation } from './exif-orientation'
import type { PrintLogo } from './print-logo'

interface Rgba {
  width: number
  height: number
  data: Uint8Array
}

/** For each target index: the first source index it covers and the weight of each source index covered (summing to 1). */
function coverage(
  from: number,
  to: number,
): { first: Int32Array; count: Int32Array; weights: Float32Array; stride: number } {
  const ratio = from / to
  const stride = Math.ceil(ratio) + 1
  const first = new Int32Array(to)
  const count = new Int32Array(to)
  const weights = new Float32Array(to * stride)
  for (let i = 0; i < to; i++) {
    const start = i * ratio
    const end = Math.min(from, (i + 1) * ratio)
    const s0 = Math.floor(start)
    const s1 = Math.min(from, Math.ceil(end))
    first[i] = s0
    count[i] = s1 - s0
    for (let s = s0; s < s1; s++) weights[i * stride + (s - s0)] = (Math.min(s + 1, end) - Math.max(s, start)) / ratio
  }
  return { first, count, weights, stride }
}

/**
 * Exact area-averaged downscale (each target pixel is the mean of the source area it covers,
 * fractions of pixels included), colours weighted by alpha so that transparent pixels add no
 * colour. Two passes: across the rows, then down the columns.
 */
export function downscale(source: Rgba, width: number, height: number): Rgba {
  const across = coverage(source.width, width)
  const down = coverage(source.height, height)
  // Premultiplied RGBA, `width` wide, source.height high.
  const rows = new Float32Array(width * source.height * 4)
  const src = source.data
  for (let y = 0; y < source.height; y++) {
    const rowIn = y * source.width * 4
    const rowOut = y * width * 4
    for (let x = 0; x < width; x++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      const s0 = across.first[x] as number
      const n = across.count[x] as number
      for (let k = 0; k < n; k++) {
        const w = across.weights[x * across.stride + k] as number
        const at = rowIn + (s0 + k) * 4
        const alpha = (src[at + 3] as number) * w
        r += (src[at] as number) * alpha
        g += (src[at + 1] as number) * alpha
        b += (src[at + 2] as number) * alpha
        a += alpha
      }
      const out = rowOut + x * 4
      rows[out] = r
      rows[out + 1] = g
      rows[out + 2] = b
      rows[out + 3] = a
    }
  }
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const s0 = down.first[y] as number
    const n = down.count[y] as number
    for (let x = 0; x < width; x++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let k = 0; k < n; k++) {
        const w = down.weights[y * down.stride + k] as number
        const at = ((s0 + k) * width + x) * 4
        r += (rows[at] as number) * w
        g += (rows[at + 1] as number) * w
        b += (rows[at + 2] as number) * w
        a += (rows[at + 3] as number) * w
      }
      const out = (y * width + x) * 4
      data[out] = a === 0 ? 0 : Math.min(255, Math.round(r / a))
      data[out + 1] = a === 0 ? 0 : Math.min(255, Math.round(g / a))
      data[out + 2] = a === 0 ? 0 : Math.min(255, Math.round(b / a))
      data[out + 3] = Math.min(255, Math.round(a))
    }
  }
  return { width, height, data }
}

/**
 * The pixels turned as the EXIF orientation says (2-8: mirrored, turned by 180°, 90° or 270°),
 * for a picture that is re-encoded without its tag.
 */
export function orient(image: Rgba, orientation: number): Rgba {
  if (orientation <= 1 || orientation > 8) return image
  const { width: w, height: h } = image
  const sideways = orientation >= 5
  const width = sideways ? h : w
  const height = sideways ? w : h
  const out = new Uint32Array(width * height)
  const src = new Uint32Array(image.data.buffer, image.data.byteOffset, w * h)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source pixel shown at (x, y).
      let sx = x
      let sy = y
      if (orientation === 2 || orientation === 3) sx = w - 1 - x
      if (orientation === 3 || orientation === 4) sy = h - 1 - y
      if (sideways) {
        sx = orientation === 5 || orientation === 6 ? y : w - 1 - y
        sy = orientation === 5 || orientation === 8 ? x : h - 1 - x
      }
      out[y * width + x] = src[sy * w + sx] as number
    }
  }
  return { width, height, data: new Uint8Array(out.buffer) }
}

function decode(kind: ImageKind, bytes: Buffer): Rgba {
  if (kind === 'png') return PNG.sync.read(bytes)
  return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 17, maxMemoryUsageInMB: 256 })
}

/** The deflated RGB samples, and the deflated alpha when some pixel is not fully opaque. */
function pdfSamples(image: Rgba): { rgb: Buffer; alpha?: Buffer } {
  const pixels = image.width * image.height
  const rgb = new Uint8Array(pixels * 3)
  const alpha = new Uint8Array(pixels)
  let opaque = true
  for (let i = 0, at = 0; i < pixels; i++, at += 4) {
    rgb[i * 3] = image.data[at] as number
    rgb[i * 3 + 1] = image.data[at + 1] as number
    rgb[i * 3 + 2] = image.data[at + 2] as number
    const a = image.data[at + 3] as number
    alpha[i] = a
    if (a !== 255) opaque = false
  }
  return { rgb: deflateSync(rgb), ...(opaque ? {} : { alpha: deflateSync(alpha) }) }
}

/** The logo (PNG, or JPEG larger than `target` or turned by its EXIF tag), upright, with at most `target` pixels on its long side; throws when its pixels are unreadable. */
export function prepareLogoPixels(bytes: Buffer, kind: ImageKind, target: number): PrintLogo {
  let image = decode(kind, bytes)
  if (kind === 'jpeg') image = orient(image, exifOrientation(bytes))
  const long = Math.max(image.width, image.height)
  const shrink = long > target
  if (shrink) {
    const scale = target / long
    image = downscale(
      image,
      Math.max(1, Math.round(image.width * scale)),
      Math.max(1, Math.round(image.height * scale)),
    )
  }
  const data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)
  if (kind === 'jpeg')
    return { kind, width: image.width, height: image.height, file: jpeg.encode({ ...image, data }, 90).data }
  // A copy: the caller's array may be reused after the export.
  let file: Buffer = Buffer.from(bytes)
  if (shrink) {
    const png = new PNG({ width: image.width, height: image.height })
    png.data = data
    file = PNG.sync.write(png)
  }
  return { kind, width: image.width, height: image.height, file, samples: pdfSamples(image) }
}
