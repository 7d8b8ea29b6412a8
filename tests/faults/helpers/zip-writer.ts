/**
 * A minimal zip writer for hostile fixtures: entries given as chunks are deflated as a stream, so
 * a zip bomb of gigabytes costs the test a few megabytes of memory. Declared sizes may be made to
 * lie, as a malicious file would.
 */
import { constants, crc32, deflateRawSync, createDeflateRaw } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** The content, as chunks produced one at a time (repeat a chunk a thousand times for a bomb). */
  chunks: () => Iterable<Buffer>
  /** Declared uncompressed size instead of the real one. */
  lieSize?: number
  /** zlib level; the best compression when not given (a bomb), 1 to build a big file quickly. */
  level?: number
}

async function deflateStream(
  chunks: Iterable<Buffer>,
  level: number = constants.Z_BEST_COMPRESSION,
): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  let crc = 0
  let size = 0
  for (const chunk of chunks) {
    crc = crc32(chunk, crc)
    size += chunk.length
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return { data: Buffer.concat(out), crc, size }
}

/** Builds a zip file (deflated entries, no zip64: each entry under 4 GB as declared). */
export async function writeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const { data, crc, size } = await deflateStream(entry.chunks(), entry.level)
    const name = Buffer.from(entry.name, 'utf8')
    const declared = (entry.lieSize ?? size) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(declared, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(declared, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** An entry from a small buffer. */
export const smallEntry = (name: string, content: Buffer | string): ZipEntry => ({
  name,
  chunks: () => [Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')],
})

/** `count` times the same chunk, between a prefix and a suffix. */
export function* repeated(prefix: string, chunk: Buffer, count: number, suffix: string): Iterable<Buffer> {
  yield Buffer.from(prefix, 'utf8')
  for (let i = 0; i < count; i++) yield chunk
  yield Buffer.from(suffix, 'utf8')
}

export { deflateRawSync }
