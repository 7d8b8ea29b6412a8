/**
 * The bytes pdfkit writes, gathered into few large chunks: a page's content lines (pdfkit makes a
 * byte array of each) and the file's own lines (object headers, dictionaries, cross-reference
 * entries). document.ts routes pdfkit's writers here; what is gathered stays byte for byte what
 * pdfkit would have written, one byte per character and each line followed by a newline.
 */
import { newPacking, type Packing } from './object-streams'

/** What we use of pdfkit's page: `write` takes one line of its content stream, `end` closes it. */
export interface PageLike {
  write(chunk: string | Uint8Array): unknown
  end(): unknown
}

/**
 * Collects a page's content lines and writes them by the few hundred as one chunk. pdfkit turns
 * each line (one per operator: thousands per page) into its own byte array, then joins them all;
 * and a document keeps its pages until its end (footers « Page x / y »), so lines kept as strings
 * until then would be copied by every young-generation collection during the export.
 */
const LINES_PER_CHUNK = 256
const buffered = new WeakSet<object>()

export function bufferContent(page: PageLike): void {
  if (buffered.has(page)) return
  buffered.add(page)
  const write = page.write.bind(page)
  const end = page.end.bind(page)
  let lines: string[] = []
  const flush = (): void => {
    if (lines.length === 0) return
    write(Buffer.from(`${lines.join('\n')}\n`, 'latin1'))
    lines = []
  }
  page.write = (chunk) => {
    if (typeof chunk === 'string') {
      if (lines.push(chunk) >= LINES_PER_CHUNK) flush()
      return undefined
    }
    flush()
    return write(chunk)
  }
  page.end = () => {
    flush()
    return end()
  }
}

/**
 * The file's bytes not yet handed to the stream, per document. pdfkit pushes every line it writes
 * (tens of thousands per relevé) into the stream as its own byte array; here lines are joined and
 * handed over by the hundred kilobytes. `packing` holds the objects waiting for an object stream.
 */
export interface Output {
  lines: string[]
  chunks: Uint8Array[]
  size: number
  packing: Packing
}
const outputs = new WeakMap<object, Output>()

/** Gathered bytes past which the document hands them to its stream. */
export const OUTPUT_CHUNK = 256 * 1024

export function outputOf(doc: object): Output {
  let out = outputs.get(doc)
  if (!out) {
    out = { lines: [], chunks: [], size: 0, packing: newPacking() }
    outputs.set(doc, out)
  }
  return out
}

function closeLines(out: Output): void {
  if (out.lines.length === 0) return
  out.chunks.push(Buffer.from(`${out.lines.join('\n')}\n`, 'latin1'))
  out.lines = []
}

/** Gathers one of pdfkit's lines (a newline follows) or byte arrays; returns the bytes it takes in the file. */
export function writeOutput(out: Output, data: string | Uint8Array): number {
  let length: number
  if (typeof data === 'string') {
    out.lines.push(data)
    length = data.length + 1
  } else {
    closeLines(out)
    out.chunks.push(data)
    length = data.length
  }
  out.size += length
  return length
}

/** What was gathered since the last call, as one chunk; undefined when nothing was. */
export function takeOutput(out: Output): Uint8Array | undefined {
  closeLines(out)
  if (out.chunks.length === 0) return undefined
  const chunk = out.chunks.length === 1 ? out.chunks[0] : Buffer.concat(out.chunks)
  out.chunks = []
  out.size = 0
  return chunk
}
