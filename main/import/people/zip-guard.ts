/**
 * A workbook is a zip, and exceljs inflates it whole into memory and makes an object of every
 * cell. Before it does, every entry is inflated here as a stream — nothing kept, only counted —
 * with limits that a people workbook never reaches:
 * - the real unzipped size (a « zip bomb » of a few hundred kilobytes that unzips to gigabytes);
 *   the sizes a zip declares are not trusted, a malicious file lies about them;
 * - in each worksheet, the range its `<dimension ref>` declares and the cells it really holds: a
 *   sheet of millions of empty formatted cells (a 20 MB file took a minute and 2 GB) is refused
 *   after its first bytes, or as soon as the count passes the limit.
 */
import { createInflateRaw } from 'node:zlib'

/** Far above any people workbook, and well within what exceljs reads in memory. */
export const MAX_UNZIPPED_BYTES = 60_000_000

/**
 * Cells exceljs can load within the import's bounds (300 MB, 5 s, measured in
 * tests/faults/input-cost.test.ts): 25,000 people with 8 columns. A CSV holds up to 50,000 lines.
 */
export const MAX_WORKBOOK_CELLS = 200_000

export type ZipCheck =
  | { kind: 'ok'; cells: number }
  | { kind: 'tooBig' }
  | { kind: 'unreadable' }
  /** A sheet declares (`declared`: its range, e.g. « A1:XFD1048576 ») or holds more cells than an import can. */
  | { kind: 'tooManyCells'; cells: number; declared?: string }

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

interface Entry {
  name: string
  method: number
  data: Buffer
}

/** The entries listed by the central directory, or undefined when the zip is damaged. */
function listEntries(bytes: Buffer): Entry[] | undefined {
  const end = endOfDirectory(bytes)
  if (end === undefined) return undefined
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const local = bytes.readUInt32LE(at + 42)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) return undefined
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    if (start + compressed > bytes.length) return undefined
    entries.push({ name, method, data: bytes.subarray(start, start + compressed) })
  }
  return entries
}

/** Feeds the inflated content chunk by chunk to `onChunk` until it returns false; nothing is kept. */
function inflateEntry(entry: Entry, onChunk: (chunk: Buffer) => boolean): Promise<'done' | 'stopped' | 'error'> {
  if (entry.method === 0) return Promise.resolve(onChunk(entry.data) ? 'done' : 'stopped')
  if (entry.method !== 8) return Promise.resolve('error')
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 })
    let settled = false
    const settle = (outcome: 'done' | 'stopped' | 'error') => {
      if (settled) return
      settled = true
      resolve(outcome)
    }
    inflate.on('data', (chunk: Buffer) => {
      if (settled || onChunk(chunk)) return
      settle('stopped')
      inflate.destroy()
    })
    inflate.on('end', () => settle('done'))
    inflate.on('error', () => settle('error'))
    inflate.end(entry.data)
  })
}

/** Column letters to a number: A → 1, XFD → 16384. */
function columnNumber(letters: string): number {
  let n = 0
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n
}

// Worksheet XML may prefix its elements (« x:c » in files written by the OpenXML SDK).
const DIMENSION = /<(?:\w{1,10}:)?dimension\s[^>]*?ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"/
const CELL = /<(?:\w{1,10}:)?c[\s/>]/g
/** Longer than any match of CELL: a match that starts before the last OVERLAP characters ends in the text. */
const OVERLAP = 16
/** The dimension, when there is one, sits before the sheet's data, within its first bytes. */
const HEAD_BYTES = 64 * 1024

/** Counts the cells of a worksheet as it streams by; stops once they pass `budget`. */
class SheetCounter {
  cells = 0
  declared: { range: string; cells: number } | undefined
  private tail = ''
  private head = ''

  constructor(private readonly budget: number) {}

  /** False once the sheet is known to hold or declare more cells than the budget. */
  feed(chunk: Buffer): boolean {
    // latin1 maps each byte to one character: tags are ASCII, and nothing is decoded for nothing.
    const text = this.tail + chunk.toString('latin1')
    if (this.head.length < HEAD_BYTES && this.declared === undefined) {
      this.head += text.slice(this.tail.length)
      const match = DIMENSION.exec(this.head)
      if (match) {
        const [, fromCol = 'A', fromRow = '1', toCol = fromCol, toRow = fromRow] = match
        const cells =
          (Math.abs(columnNumber(toCol) - columnNumber(fromCol)) + 1) * (Math.abs(Number(toRow) - Number(fromRow)) + 1)
        this.declared = { range: match[3] ? `${fromCol}${fromRow}:${toCol}${toRow}` : `${fromCol}${fromRow}`, cells }
        this.head = ''
        if (cells > this.budget) return false
      }
    }
    const limit = text.length - OVERLAP
    CELL.lastIndex = 0
    for (let match = CELL.exec(text); match !== null && match.index < limit; match = CELL.exec(text)) this.cells += 1
    this.tail = text.slice(Math.max(0, limit))
    return this.cells <= this.budget
  }

  /** Counts what is left in the carried tail once the stream has ended. */
  finish(): void {
    CELL.lastIndex = 0
    this.cells += this.tail.match(CELL)?.length ?? 0
    this.tail = ''
  }
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name)

/**
 * Inflates every entry as a stream and checks the limits; `cells` is the total of every sheet,
 * since exceljs loads them all.
 */
export async function inspectWorkbookZip(
  bytes: Buffer,
  limits = { unzippedBytes: MAX_UNZIPPED_BYTES, cells: MAX_WORKBOOK_CELLS },
): Promise<ZipCheck> {
  const entries = listEntries(bytes)
  if (entries === undefined) return { kind: 'unreadable' }
  let unzipped = 0
  let cells = 0
  for (const entry of entries) {
    let tooBig = false
    const counter = isWorksheet(entry.name) ? new SheetCounter(limits.cells - cells) : undefined
    const outcome = await inflateEntry(entry, (chunk) => {
      unzipped += chunk.length
      if (unzipped > limits.unzippedBytes) {
        tooBig = true
        return false
      }
      return counter ? counter.feed(chunk) : true
    })
    if (tooBig) return { kind: 'tooBig' }
    if (outcome === 'error') return { kind: 'unreadable' }
    if (counter) {
      counter.finish()
      if (counter.declared && counter.declared.cells > limits.cells - cells)
        return { kind: 'tooManyCells', cells: counter.declared.cells, declared: counter.declared.range }
      cells += counter.cells
      if (cells > limits.cells) return { kind: 'tooManyCells', cells }
    }
  }
  return { kind: 'ok', cells }
}
