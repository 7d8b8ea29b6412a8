/**
 * The PDF's small objects packed into compressed object streams, and its cross-reference table
 * written as a compressed stream (PDF 1.5). A tagged relevé holds hundreds of structure elements
 * (one per paragraph, list item and table cell) and pdfkit writes each as a plain-text object
 * plus a 20-byte cross-reference line: on a typical relevé that was half the file. Packed and
 * deflated together they take a few kilobytes.
 *
 * Streams (page contents, fonts, images, embedded files) and page dictionaries stay as they are:
 * a stream cannot live in an object stream, and page dictionaries stay readable as plain text for
 * tools that count « /Type /Page ». Stream bytes known to repeat from one document to the next
 * (a font subset used again) are deflated once per process.
 */
import { deflateSync } from 'node:zlib'

/** What this module needs of a pdfkit reference (not in @types/pdfkit). */
export interface RefLike {
  id: number
  gen: number
  data: Record<string, unknown>
  buffer: (Uint8Array | string)[]
  compress: boolean
}

/** The objects of one document waiting to be packed, and where each packed one went. */
export interface Packing {
  /** Set while pdfkit writes an object to be packed: its lines land here instead of the file. */
  capture: string[] | undefined
  ids: number[]
  texts: string[]
  /** Object number → [object stream's number, index in it]. */
  packed: Map<number, [number, number]>
}

/** Objects per object stream: big enough to compress well, small enough for a reader to seek. */
const PER_STREAM = 400

export function newPacking(): Packing {
  return { capture: undefined, ids: [], texts: [], packed: new Map() }
}

/** True when the reference is a plain object that may go into an object stream. */
export function packable(ref: RefLike): boolean {
  if (ref.gen !== 0 || ref.buffer.length > 0) return false
  const data = ref.data as Record<string, unknown> | null
  if (data === null || typeof data !== 'object') return true
  return data.Type !== 'Page' && data.Length === undefined
}

/**
 * zlib's fastest level for what each document writes anew (page contents, object streams, the
 * cross-reference stream): on a relevé's content streams it deflates in half the time of the
 * default level for about 13 % more bytes (the file stays well under Chromium's for the same
 * relevé). Bytes deflated once per process (font subsets) keep the default level.
 */
const FAST = { level: 1 }

/**
 * Deflates a compressed stream's bytes here, at the fast level, instead of in pdfkit (default
 * level); pdfkit then only writes them. Bytes whose deflated form is known are taken from it.
 */
export function deflateStream(ref: RefLike): void {
  if (!ref.compress || ref.buffer.length === 0) return
  useDeflated(ref)
  if (!ref.compress) return
  const parts = ref.buffer
  const bytes = parts.length === 1 && parts[0] instanceof Uint8Array ? parts[0] : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)))
  ref.buffer = [deflateSmall(bytes) ?? deflateSync(bytes, FAST)]
  ref.compress = false
  ref.data.Filter = 'FlateDecode'
}

/**
 * Small streams every document writes again with the same bytes (each face's ToUnicode CMap, the
 * watermark's form), deflated once per process: a zlib call costs a stream set-up whatever its
 * size, and these are a third of a typical relevé's calls. Keyed by content, the last few kept.
 */
const SMALL = 8 * 1024
const KEPT_SMALL = 32
const smallDeflated = new Map<string, Buffer>()

function deflateSmall(bytes: Uint8Array): Buffer | undefined {
  if (bytes.length > SMALL) return undefined
  const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const known = smallDeflated.get(key)
  if (known) return known
  const done = deflateSync(bytes, FAST)
  if (smallDeflated.size >= KEPT_SMALL) smallDeflated.delete(smallDeflated.keys().next().value as string)
  smallDeflated.set(key, done)
  return done
}

/** Stream bytes deflated once per process (a font subset the next relevé uses again). */
const deflated = new WeakMap<Uint8Array, Buffer>()

/** Marks bytes that will be written again in later documents: their deflated form is kept. */
export function rememberDeflated(bytes: Uint8Array): void {
  if (!deflated.has(bytes)) deflated.set(bytes, deflateSync(bytes))
}

/**
 * If the reference is a compressed stream holding bytes whose deflated form is known, hands pdfkit
 * that form already compressed (it then only copies it).
 */
export function useDeflated(ref: RefLike): void {
  if (!ref.compress || ref.buffer.length !== 1) return
  const only = ref.buffer[0]
  if (!(only instanceof Uint8Array)) return
  const done = deflated.get(only)
  if (!done) return
  ref.buffer = [done]
  ref.compress = false
  ref.data.Filter = 'FlateDecode'
}

/**
 * Takes the lines pdfkit wrote for a packed object (« n 0 obj », its value, « endobj ») and keeps
 * its value for the next object stream; true when one is full and should be written.
 */
export function keepCaptured(packing: Packing, id: number): boolean {
  const lines = packing.capture ?? []
  packing.capture = undefined
  packing.ids.push(id)
  packing.texts.push(lines.slice(1, -1).join('\n'))
  return packing.ids.length >= PER_STREAM
}

/** An object stream's object: its dictionary and compressed body, to be written as one object. */
export interface ObjectStream {
  dictionary: string
  body: Buffer
}

/** Builds the object stream of the waiting objects (numbered `id`) and records where each went. */
export function takeObjectStream(packing: Packing, id: number): ObjectStream | undefined {
  const n = packing.ids.length
  if (n === 0) return undefined
  const offsets: string[] = []
  let at = 0
  for (let i = 0; i < n; i += 1) {
    const objectId = packing.ids[i] as number
    offsets.push(`${objectId} ${at}`)
    at += (packing.texts[i] as string).length + 1
    packing.packed.set(objectId, [id, i])
  }
  const header = `${offsets.join(' ')}\n`
  const body = deflateSync(Buffer.from(`${header}${packing.texts.join('\n')}\n`, 'latin1'), FAST)
  packing.ids = []
  packing.texts = []
  return {
    dictionary: `<<\n/Type /ObjStm\n/N ${n}\n/First ${header.length}\n/Filter /FlateDecode\n/Length ${body.length}\n>>`,
    body,
  }
}

/** What the cross-reference stream says besides the entries (the trailer's keys). */
export interface TrailerRefs {
  root: string
  info: string
  id: Uint8Array
}

/**
 * The cross-reference stream (numbered `id`, written at `offset`) for objects 1…id: plain objects
 * at their offset, packed ones by object stream and index.
 */
export function xrefStream(packing: Packing, offsets: readonly (number | null | undefined)[], id: number, offset: number, trailer: TrailerRefs): ObjectStream {
  const size = id + 1
  const rows = Buffer.alloc(size * 7)
  // Entry 0: the head of the free list, generation 65535.
  rows.writeUInt16BE(0xffff, 5)
  for (let n = 1; n < size; n += 1) {
    const at = n * 7
    const inStream = packing.packed.get(n)
    if (inStream) {
      rows[at] = 2
      rows.writeUInt32BE(inStream[0], at + 1)
      rows.writeUInt16BE(inStream[1], at + 5)
    } else {
      rows[at] = 1
      rows.writeUInt32BE(n === id ? offset : (offsets[n - 1] ?? 0), at + 1)
    }
  }
  const body = deflateSync(rows, FAST)
  const fileId = `<${Buffer.from(trailer.id).toString('hex')}>`
  return {
    dictionary: `<<\n/Type /XRef\n/Size ${size}\n/W [1 4 2]\n/Root ${trailer.root}\n/Info ${trailer.info}\n/ID [${fileId} ${fileId}]\n/Filter /FlateDecode\n/Length ${body.length}\n>>`,
    body,
  }
}

const ESCAPED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\\': '\\\\', '(': '\\(', ')': '\\)' }
const ESCAPABLE = /[\n\r\t\b\f()\\]/g

/** A text string as pdfkit writes it unencrypted: latin1 when ASCII, else UTF-16BE with its mark. */
function pdfString(text: string): string {
  let ascii = true
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false
      break
    }
  }
  let bytes = text
  if (!ascii) {
    bytes = '\u00fe\u00ff'
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i)
      bytes += String.fromCharCode(code >> 8, code & 0xff)
    }
  }
  return `(${bytes.replace(ESCAPABLE, (c) => ESCAPED[c] ?? c)})`
}

/**
 * A plain object's value as pdfkit's `PDFObject.convert` writes it without encryption (names,
 * numbers, text strings, arrays, dictionaries, references of class `refClass`), without its
 * per-value detours; undefined for anything else (a date, bytes, a name tree…), which pdfkit
 * then writes itself.
 */
export function pdfValue(value: unknown, refClass: unknown): string | undefined {
  if (typeof value === 'string') return `/${value}`
  if (typeof value === 'number') {
    if (!(value > -1e21 && value < 1e21)) return undefined
    return `${Math.round(value * 1e6) / 1e6}`
  }
  if (value === null || typeof value === 'boolean') return `${value}`
  if (typeof value !== 'object') return undefined
  if (value instanceof String) return pdfString(value.valueOf())
  if (Array.isArray(value)) {
    const items: string[] = []
    for (const item of value as unknown[]) {
      const text = pdfValue(item === undefined ? null : item, refClass)
      if (text === undefined) return undefined
      items.push(text)
    }
    return `[${items.join(' ')}]`
  }
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto === refClass) return String(value)
  if (proto !== Object.prototype) return undefined
  let out = '<<'
  const record = value as Record<string, unknown>
  for (const key in record) {
    const item = record[key]
    if (item === undefined) continue
    const text = pdfValue(item, refClass)
    if (text === undefined) return undefined
    out += `\n/${key} ${text}`
  }
  return `${out}\n>>`
}
