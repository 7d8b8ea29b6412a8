import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { renderReleveDocx } from '../../../main/exports/docx/index'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { hasPoppler, renderPng } from '../../helpers/pdf'
import { stripedPng } from '../../helpers/png'

const dir = mkdtempSync(join(tmpdir(), 'copil-logo-print-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const BLUE = [0x0b, 0x4f, 0x6c] as const
const RED = [0xc1, 0x27, 0x2d] as const
/** The largest box the documents print the logo in (Word's 75 pixels at 96 dpi), in inches. */
const PRINTED_INCHES = 75 / 96

/** A PNG of one colour; `clearLeft`: its left half fully transparent. */
function solidPng(size: number, colour: readonly number[], clearLeft = false): Buffer {
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) png.data.set([...colour, clearLeft && x < size / 2 ? 0 : 255], (y * size + x) * 4)
  }
  return PNG.sync.write(png)
}

const solidJpeg = (width: number, height: number, colour: readonly number[]): Buffer => {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([...colour, 255], i * 4)
  return jpeg.encode({ width, height, data }, 90).data
}

/** A JPEG whose left half is red and right half blue, tagged with this EXIF orientation (6: to be turned 90° clockwise). */
function taggedJpeg(width: number, height: number, orientation: number): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([...(i % width < width / 2 ? RED : BLUE), 255], i * 4)
  const plain = jpeg.encode({ width, height, data }, 95).data
  // APP1 « Exif », big-endian TIFF, one IFD entry: Orientation (0x0112), SHORT, 1 value.
  const exif = Buffer.from([
    0xff,
    0xe1,
    0x00,
    0x22,
    0x45,
    0x78,
    0x69,
    0x66,
    0x00,
    0x00,
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08,
    0x00,
    0x01,
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
  ])
  return Buffer.concat([plain.subarray(0, 2), exif, plain.subarray(2)])
}

interface PdfImage {
  page: number
  type: string
  width: number
  height: number
  enc: string
  ppi: number
}

let files = 0
/** The PDF of the relevé with this logo, its images as `pdfimages -list` reads them, and their files (pdfimages -png). */
async function pdfWithLogo(
  logo: Uint8Array,
  letterhead: string[] = [],
): Promise<{ file: string; images: PdfImage[]; extracted: string[] }> {
  const releve: ReleveDocument = { ...releve20200715, letterhead, logo }
  const name = `logo-${(files += 1)}`
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await renderRelevePdf(releve, { now: new Date('2020-07-20T10:00:00Z') }))
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const c = line.trim().split(/\s+/u)
      return {
        page: Number(c[0]),
        type: c[2] ?? '',
        width: Number(c[3]),
        height: Number(c[4]),
        enc: c[8] ?? '',
        ppi: Number(c[12]),
      }
    })
  const out = join(dir, name)
  mkdirSync(out)
  execFileSync('pdfimages', ['-png', file, join(out, 'img')])
  return {
    file,
    images,
    extracted: readdirSync(out)
      .sort()
      .map((f) => join(out, f)),
  }
}

/** The pictures of the Word file (word/media/…), and the printed width of the logo in inches. */
async function docxWithLogo(logo: Uint8Array): Promise<{ media: Buffer[]; inches: number }> {
  const bytes = await renderReleveDocx({ ...releve20200715, letterhead: ['Royaume du Maroc'], logo })
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
  const media = await Promise.all(
    names.map(async (n) => Buffer.from(await (zip.file(n)?.async('uint8array') ?? new Uint8Array()))),
  )
  const document = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/u.exec(document)
  return { media, inches: Number(extent?.[1]) / 914_400 }
}

const pixel = (png: { width: number; data: Uint8Array }, x: number, y: number): number[] => [
  ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4),
]
const near = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 3)

describe.skipIf(!hasPoppler)('the logo in the PDF', () => {
  it('embeds a 4000 × 4000 logo on page 1 at 300 dpi of its printed size, not at 4000 pixels', async () => {
    const { file, images } = await pdfWithLogo(stripedPng(4000, 4000), ['Royaume du Maroc'])
    renderPng(file, 1, 'logo-4000-page-1', 100)
    expect(images.filter((i) => i.type === 'image')).toHaveLength(1)
    const [image] = images
    expect(image?.page).toBe(1)
    expect(image?.width).toBeLessThanOrEqual(Math.ceil(300 * PRINTED_INCHES))
    expect(image?.ppi).toBeGreaterThanOrEqual(300)
  }, 60_000)

  it('prints the new logo once the logo has changed, never the picture printed before', async () => {
    const blue = await pdfWithLogo(solidPng(600, BLUE))
    const red = await pdfWithLogo(solidPng(600, RED))
    const first = PNG.sync.read(readFileSync(blue.extracted[0] ?? ''))
    const second = PNG.sync.read(readFileSync(red.extracted[0] ?? ''))
    expect(pixel(first, 10, 10).slice(0, 3)).toEqual([...BLUE])
    expect(pixel(second, 10, 10).slice(0, 3)).toEqual([...RED])
  })

  it('keeps the transparent part of a PNG logo transparent, and adds no mask to an opaque one', async () => {
    const { file, images, extracted } = await pdfWithLogo(solidPng(600, BLUE, true), ['Royaume du Maroc'])
    renderPng(file, 1, 'logo-transparent-page-1', 100)
    expect(images.map((i) => i.type)).toEqual(['image', 'smask'])
    const mask = PNG.sync.read(readFileSync(extracted[1] ?? ''))
    expect(pixel(mask, 5, Math.floor(mask.height / 2))[0]).toBe(0)
    expect(pixel(mask, mask.width - 5, Math.floor(mask.height / 2))[0]).toBe(255)
    const opaque = await pdfWithLogo(solidPng(600, RED))
    expect(opaque.images.map((i) => i.type)).toEqual(['image'])
  })

  it('prints a JPEG logo as a JPEG, downscaled to its printed size when larger', async () => {
    const small = await pdfWithLogo(solidJpeg(200, 100, RED))
    expect(small.images.map((i) => [i.page, i.enc, i.width, i.height])).toEqual([[1, 'jpeg', 200, 100]])
    const large = await pdfWithLogo(solidJpeg(2000, 1000, BLUE), ['Royaume du Maroc'])
    const [image] = large.images
    expect(image?.enc).toBe('jpeg')
    expect(image?.width).toBeLessThanOrEqual(Math.ceil(300 * PRINTED_INCHES))
    expect((image?.width ?? 0) / (image?.height ?? 1)).toBeCloseTo(2, 1)
    expect(image?.ppi).toBeGreaterThanOrEqual(300)
  })
})

describe.skipIf(!hasPoppler)('a JPEG logo taken sideways (EXIF orientation)', () => {
  it('prints it upright in the PDF and the Word file, small or large', async () => {
    for (const [width, height] of [
      [200, 100],
      [800, 400],
    ] as const) {
      const logo = taggedJpeg(width, height, 6)
      const { images, extracted } = await pdfWithLogo(logo, ['Royaume du Maroc'])
      const printed = PNG.sync.read(readFileSync(extracted[0] ?? ''))
      expect(images[0]?.height).toBeGreaterThan(images[0]?.width ?? Infinity)
      // Turned a quarter clockwise: the left (red) half is now on top.
      expect(near(pixel(printed, Math.floor(printed.width / 2), 5), [...RED, 255])).toBe(true)
      expect(near(pixel(printed, Math.floor(printed.width / 2), printed.height - 5), [...BLUE, 255])).toBe(true)
      const { media } = await docxWithLogo(logo)
      const picture = jpeg.decode(media[0] ?? Buffer.alloc(0))
      expect(picture.height).toBeGreaterThan(picture.width)
      expect(near(pixel(picture, Math.floor(picture.width / 2), 5), [...RED, 255])).toBe(true)
    }
  })
})

describe('the logo in the Word file', () => {
  it('embeds a 4000 × 4000 logo at 300 dpi of its printed size, not at 4000 pixels', async () => {
    const { media, inches } = await docxWithLogo(stripedPng(4000, 4000))
    expect(media).toHaveLength(1)
    const picture = PNG.sync.read(media[0] ?? Buffer.alloc(0))
    expect(picture.width).toBeLessThanOrEqual(Math.ceil(300 * PRINTED_INCHES))
    expect(picture.width / inches).toBeGreaterThanOrEqual(300)
    // The first band's blue, at the top.
    expect(near(pixel(picture, 5, 5), [...BLUE, 255])).toBe(true)
  }, 60_000)

  it('holds the new logo once the logo has changed, transparent where the logo is', async () => {
    const blue = await docxWithLogo(solidPng(600, BLUE, true))
    const red = await docxWithLogo(solidPng(600, RED, true))
    const first = PNG.sync.read(blue.media[0] ?? Buffer.alloc(0))
    const second = PNG.sync.read(red.media[0] ?? Buffer.alloc(0))
    expect(pixel(first, first.width - 5, 5)).toEqual([...BLUE, 255])
    expect(pixel(second, second.width - 5, 5)).toEqual([...RED, 255])
    expect(pixel(second, 5, 5)[3]).toBe(0)
  })

  it('holds a large JPEG logo as a smaller JPEG', async () => {
    const { media } = await docxWithLogo(solidJpeg(2000, 1000, BLUE))
    const picture = jpeg.decode(media[0] ?? Buffer.alloc(0))
    expect(picture.width).toBeLessThanOrEqual(Math.ceil(300 * PRINTED_INCHES))
    expect(picture.width / picture.height).toBeCloseTo(2, 1)
  })
})
