/**
 * A workbook is a zip: before exceljs inflates it whole into memory (every entry, as one string),
 * the real unzipped size is measured, entry by entry, with zlib stopping at the limit. A « zip
 * bomb » — a few hundred kilobytes that unzip to gigabytes — is refused in a fraction of a second
 * instead of freezing the app for minutes and exhausting its memory. The sizes a zip declares are
 * not trusted: a malicious file lies about them.
 */
import { inflateRawSync } from 'node:zlib'

/** Far above any people workbook (50,000 rows take about 30 MB unzipped). */
export const MAX_UNZIPPED_BYTES = 150_000_000

export type ZipCheck = 'ok' | 'tooBig' | 'unreadable'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/** The offset of the end-of-central-directory record, searched from the end (a comment may follow it). */
function endOfDirectory(bytes: Buffer): number | undefined {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  return undefined
}

/** Whether the zip's entries, really inflated, stay within `limit` bytes in all. */
export function checkUnzippedSize(bytes: Buffer, limit = MAX_UNZIPPED_BYTES): ZipCheck {
  const end = endOfDirectory(bytes)
  if (end === undefined) return 'unreadable'
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  let total = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return 'unreadable'
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const local = bytes.readUInt32LE(at + 42)
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) return 'unreadable'
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    if (start + compressed > bytes.length) return 'unreadable'
    const data = bytes.subarray(start, start + compressed)
    if (method === 0) total += compressed
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length
      } catch (error) {
        return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooBig' : 'unreadable'
      }
    } else return 'unreadable'
    if (total > limit) return 'tooBig'
  }
  return 'ok'
}
