import { describe, expect, it } from 'vitest'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { imageSize, prepareLogo } from '../../../main/services/logo'
import { AppError } from '../../../main/errors'
import { hugeBlankPng, stripedPng } from '../../helpers/png'

const jpegOf = (width: number, height: number) =>
  jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 0x80) }, 90).data

describe('the logo', () => {
  it('reads the size in pixels from the PNG or JPEG header', () => {
    expect(imageSize(stripedPng(321, 123))).toEqual({ width: 321, height: 123 })
    expect(imageSize(hugeBlankPng(15_000))).toEqual({ width: 15_000, height: 15_000 })
    expect(imageSize(jpegOf(640, 200))).toEqual({ width: 640, height: 200 })
    expect(imageSize(Buffer.from('pas une image'))).toBeUndefined()
  })

  it('keeps a small logo as it is and downscales a large one to 600 pixels, in its format', () => {
    const small = stripedPng(200, 100)
    expect(prepareLogo(small)).toBe(small)
    const png = prepareLogo(stripedPng(1800, 900))
    expect(imageSize(png)).toEqual({ width: 600, height: 300 })
    // The bands of colour survive: the top is the first band's blue.
    const decoded = PNG.sync.read(png)
    expect([...decoded.data.subarray(0, 4)]).toEqual([0x0b, 0x4f, 0x6c, 255])
    const jpg = prepareLogo(jpegOf(1000, 2000))
    expect(jpg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    expect(imageSize(jpg)).toEqual({ width: 300, height: 600 })
  })

  it('refuses more than 4000 pixels on a side, in French, before decoding', () => {
    expect(() => prepareLogo(hugeBlankPng(15_000))).toThrow(AppError)
    expect(() => prepareLogo(hugeBlankPng(4001))).toThrow(/4001 × 4001 pixels : 4000 × 4000 au plus/)
  })
})
