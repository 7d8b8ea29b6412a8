/** PNG files of any declared size made by hand, quickly: stripes of colour, deflated by zlib. */
import { crc32, deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/** An RGB PNG of `width` × `height` pixels: horizontal bands of colour, as a simple logo would compress. */
export function stripedPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.writeUInt8(8, 8) // bit depth
  ihdr.writeUInt8(2, 9) // colour type: RGB
  const stride = 1 + width * 3
  const raw = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const band = Math.floor((y / height) * 6)
    const colour = [
      [0x0b, 0x4f, 0x6c],
      [0xc1, 0x27, 0x2d],
      [0x21, 0x83, 0x4f],
      [0xf2, 0xc1, 0x4e],
      [0xff, 0xff, 0xff],
      [0x20, 0x20, 0x20],
    ][band] ?? [0, 0, 0]
    const row = y * stride
    for (let x = 0; x < width; x++) raw.set(colour, row + 1 + x * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A grayscale PNG declaring `size` × `size` pixels of 1 bit, all black: tiny on disk, huge once decoded. */
export function hugeBlankPng(size: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.writeUInt8(1, 8)
  ihdr.writeUInt8(0, 9)
  const raw = Buffer.alloc((1 + Math.ceil(size / 8)) * size)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
