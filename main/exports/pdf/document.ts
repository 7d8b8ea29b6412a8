/**
 * pdfkit's document with one change: `boundsOfString` remembers its results.
 *
 * pdfkit's table measures every cell four times (twice per measure, and it measures each row
 * twice) before drawing it, each time wrapping the text word by word. The result only depends
 * on the font, the size, the text and the layout options, and our fonts never change within a
 * process, so a cache shared by all documents turns a warm table into mostly drawing.
 * Anything unusual (rotation, a continued text in progress, options we do not know) goes
 * straight to pdfkit.
 */
import PDFDocument from 'pdfkit'
import { complexAdvance, isPdfFont, layoutLine, needsComplexLayout, writeLine, type LineDoc } from './bidi/draw-line'
import { paragraphDirection, type Direction } from './bidi/order'
import { fastWidthOfString } from './text-metrics'
import { bufferContent, OUTPUT_CHUNK, outputOf, takeOutput, writeOutput, type PageLike } from './file-output'
import { deflateStream, keepCaptured, packable, pdfValue, takeObjectStream, xrefStream, type ObjectStream, type RefLike } from './object-streams'

type TextOptions = PDFKit.Mixins.TextOptions
type TextBounds = PDFKit.Mixins.TextBounds

/** The fields of pdfkit's document the cache key needs (set by `font()`, `fontSize()`, `lineGap()`). */
interface FontState {
  _fontFamily?: unknown
  _fontSize?: unknown
  _lineGap?: unknown
  _textOptions?: unknown
}

// Options that change how text wraps; any other option makes the call uncached (except the
// drawing-only ones below, which do not change the bounds).
const LAYOUT_KEYS = [
  'width',
  'height',
  'lineGap',
  'align',
  'ellipsis',
  'characterSpacing',
  'wordSpacing',
  'indent',
  'indentAllLines',
  'paragraphGap',
  'columns',
  'columnGap',
  'lineBreak',
  'horizontalScaling',
] as const
const DRAWING_KEYS = new Set(['stroke', 'fill', 'rotation', 'textColor', 'underline', 'strike', 'oblique'])
const KNOWN_KEYS = new Set<string>([...LAYOUT_KEYS, ...DRAWING_KEYS])

// Keyed by text, then by the short layout key: no long string is built per lookup.
const boundsCache = new Map<string, Map<string, { width: number; height: number }>>()
const MAX_TEXTS = 10000

function layoutKey(doc: FontState, options: TextOptions): string | undefined {
  const family = doc._fontFamily
  if (typeof family !== 'string' || doc._textOptions) return undefined
  const record = options as Record<string, unknown>
  if (record.rotation !== undefined && record.rotation !== 0) return undefined
  let key = `${family}|${String(doc._fontSize)}|${String(doc._lineGap ?? '')}`
  for (const k in record) if (!KNOWN_KEYS.has(k)) return undefined
  for (const k of LAYOUT_KEYS) key += `|${String(record[k] ?? '')}`
  return key
}

const Base = PDFDocument as unknown as new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument

type RefData = Parameters<PDFKit.PDFDocument['ref']>[0]

/** pdfkit's document internals the object writer uses (not in its types). */
interface PdfkitInternals {
  compress: boolean
  _security: unknown
  _offset: number
  _offsets: (number | null)[]
  _root: unknown
  _info: unknown
  _id: Uint8Array
  ref(this: unknown, data: RefData): RefLike & { finalize(): void }
  _refEnd(this: unknown, ref: RefLike): void
  _finalize(this: unknown): void
}

/** pdfkit's line writer (not in its types): draws one wrapped line at (x, y). */
interface FragmentOptions {
  align?: string
  width?: number
  lineWidth?: number
  underline?: boolean
  baseline?: unknown
}
type Fragment = (this: unknown, text: string, x: number, y: number, options: FragmentOptions) => void
const pdfkitFragment = (Base.prototype as unknown as { _fragment: Fragment })._fragment

/** A pdfkit document whose text measurements are cached across documents. */
export class RelevePdfDocument extends Base {
  /** The document's direction ('rtl' for a relevé in Arabic): the base of paragraphs without a strong character. */
  direction: Direction = 'ltr'
  /** Characters no embedded font has, drawn as a replacement (reported to the user). */
  readonly unprintable = new Set<string>()
  // The base direction of the paragraph being written (its first strong character).
  private paragraphBase: Direction = 'ltr'

  constructor(options?: PDFKit.PDFDocumentOptions) {
    super(options)
    this.prependListener('pageAdded', () => this.bufferPage())
  }

  override text(
    text: string,
    x?: number | PDFKit.Mixins.TextOptions,
    y?: number,
    options?: PDFKit.Mixins.TextOptions,
  ): this {
    const continuing = Boolean((this as unknown as { _textOptions?: unknown })._textOptions)
    if (!continuing && typeof text === 'string') this.paragraphBase = paragraphDirection(text, this.direction)
    if (typeof x === 'number' || x === undefined) return super.text(text, x, y, options)
    return super.text(text, x)
  }

  /** pdfkit's line writer, except for a line its fonts cannot draw alone (Arabic, symbols, bidi). */
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void {
    const self = this as unknown as LineDoc
    const font = self._font
    const line = `${text}`.replace(/\n/gu, '')
    if (!isPdfFont(font) || !needsComplexLayout(font, line)) {
      pdfkitFragment.call(this, text, x, y, options)
      return
    }
    const drawn = line.replace(/\s+$/u, '')
    if (drawn === '') return
    const laid = layoutLine(self, font, drawn, this.paragraphBase)
    for (const ch of laid.unprintable) this.unprintable.add(ch)
    let align = options.align ?? 'left'
    // A right-to-left paragraph starts on the right: « left » and « justify » mean its start.
    if (this.paragraphBase === 'rtl' && (align === 'left' || align === 'justify')) align = 'right'
    if (align === 'justify') align = 'left'
    const room = options.lineWidth ?? options.width
    if (room !== undefined && options.width) {
      if (align === 'right') x += room - laid.width
      else if (align === 'center') x += (room - laid.width) / 2
    }
    if (options.underline) this.underlineAt(x, y, laid.width)
    writeLine(self, laid, drawn, x, y, font.ascender)
  }

  private underlineAt(x: number, y: number, width: number): void {
    const self = this as unknown as { _fontSize: number; _fillColor?: [unknown, unknown] }
    this.save()
    const fill = self._fillColor
    if (fill) this.strokeColor(fill[0] as PDFKit.Mixins.ColorValue, fill[1] as number | undefined)
    const lineWidth = self._fontSize < 10 ? 0.5 : Math.floor(self._fontSize / 10)
    this.lineWidth(lineWidth)
    const lineY = y + this.currentLineHeight() - lineWidth
    this.moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .stroke()
    this.restore()
  }

  /** pdfkit's writer of the file (called from its constructor on): same bytes, same offsets, fewer chunks (file-output.ts). */
  _write(data: string | Uint8Array): void {
    const out = outputOf(this)
    const capture = out.packing.capture
    if (capture) {
      capture.push(typeof data === 'string' ? data : Buffer.from(data).toString('latin1'))
      return
    }
    ;(this as unknown as { _offset: number })._offset += writeOutput(out, data)
    if (out.size >= OUTPUT_CHUNK) this.flushOutput()
  }

  /**
   * pdfkit's new object, whose writing goes through `finalizeRef`: plain objects are packed into
   * object streams (object-streams.ts). Also called from pdfkit's constructor, before this class's
   * fields exist: only module-level state is used here.
   */
  override ref(data: RefData): ReturnType<PDFKit.PDFDocument['ref']> {
    const ref = (Base.prototype as unknown as PdfkitInternals).ref.call(this, data)
    const doc = this as unknown as PdfkitInternals
    const finalize = ref.finalize.bind(ref)
    ref.finalize = () => {
      if (doc.compress && !doc._security && packable(ref)) {
        const packing = outputOf(this).packing
        // A plain object written here, as pdfkit would (same text); anything unusual goes to pdfkit.
        const text = pdfValue(ref.data, Object.getPrototypeOf(ref))
        if (text !== undefined) {
          ;(ref as RefLike & { offset?: number }).offset = doc._offset
          packing.capture = ['', text, '']
          this._refEnd(ref)
          return
        }
        packing.capture = []
      } else deflateStream(ref)
      finalize()
    }
    return ref as unknown as ReturnType<PDFKit.PDFDocument['ref']>
  }

  /** pdfkit's « object written »: a packed object's lines were captured, keep its value instead. */
  _refEnd(ref: RefLike): void {
    const packing = outputOf(this).packing
    if (packing.capture && keepCaptured(packing, ref.id)) this.writeObjectStream()
    ;(Base.prototype as unknown as PdfkitInternals)._refEnd.call(this, ref)
  }

  /** Writes the waiting packed objects as one object stream. */
  private writeObjectStream(): void {
    const doc = this as unknown as PdfkitInternals
    const id = doc._offsets.length + 1
    const stream = takeObjectStream(outputOf(this).packing, id)
    if (!stream) return
    doc._offsets.push(doc._offset)
    this.writeStreamObject(id, stream)
  }

  private writeStreamObject(id: number, stream: ObjectStream): void {
    this._write(`${id} 0 obj`)
    this._write(stream.dictionary)
    this._write('stream')
    this._write(stream.body)
    this._write('\nendstream')
    this._write('endobj')
  }

  /** The end of the file: pdfkit's table and trailer, or a cross-reference stream once objects were packed. */
  _finalize(): void {
    const doc = this as unknown as PdfkitInternals
    const packing = outputOf(this).packing
    if (packing.packed.size === 0 && packing.ids.length === 0) {
      ;(Base.prototype as unknown as PdfkitInternals)._finalize.call(this)
      return
    }
    this.writeObjectStream()
    const id = doc._offsets.length + 1
    const offset = doc._offset
    doc._offsets.push(offset)
    const trailer = { root: String(doc._root), info: String(doc._info), id: doc._id }
    this.writeStreamObject(id, xrefStream(packing, doc._offsets, id, offset, trailer))
    this._write('startxref')
    this._write(`${offset}`)
    this._write('%%EOF')
    this.push(null)
  }

  private flushOutput(): void {
    const chunk = takeOutput(outputOf(this))
    if (chunk) super.push(chunk)
  }

  /** The end of the file (null) comes after what is still gathered. */
  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) this.flushOutput()
    return super.push(chunk, encoding)
  }

  override addPage(options?: PDFKit.PDFDocumentOptions): this {
    super.addPage(options)
    this.bufferPage()
    return this
  }

  /** Buffers the new page's content lines (bufferContent), before what « pageAdded » draws on it. */
  private bufferPage(): void {
    const page = (this as unknown as { page?: Partial<PageLike> }).page
    if (page && typeof page.write === 'function' && typeof page.end === 'function') bufferContent(page as PageLike)
  }

  /** pdfkit's width, from advances remembered per font (text-metrics.ts); line wrapping calls it per word. */
  override widthOfString(text: string, options?: TextOptions): number {
    const self = this as unknown as { _font?: unknown; _fontSize: number }
    if (typeof text === 'string' && isPdfFont(self._font) && needsComplexLayout(self._font, text)) {
      return (complexAdvance(self._font, text) * self._fontSize) / 1000
    }
    const fast = typeof text === 'string' ? fastWidthOfString(self._font, self._fontSize, text, options) : undefined
    return fast ?? super.widthOfString(text, options)
  }

  override boundsOfString(
    text: string,
    xOrOptions?: number | TextOptions,
    y?: number,
    options?: TextOptions,
  ): TextBounds {
    if (typeof xOrOptions !== 'number' || typeof y !== 'number' || typeof text !== 'string') {
      return typeof xOrOptions === 'object' || xOrOptions === undefined
        ? super.boundsOfString(text, xOrOptions)
        : super.boundsOfString(text, xOrOptions, y, options)
    }
    const key = layoutKey(this as unknown as FontState, options ?? {})
    if (key === undefined) return super.boundsOfString(text, xOrOptions, y, options)
    let byLayout = boundsCache.get(text)
    const known = byLayout?.get(key)
    if (known) {
      // pdfkit leaves the cursor at the given point after measuring: do the same.
      this.x = xOrOptions
      this.y = y
      return { x: xOrOptions, y, width: known.width, height: known.height }
    }
    const bounds = super.boundsOfString(text, xOrOptions, y, options)
    if (!byLayout) {
      if (boundsCache.size >= MAX_TEXTS) boundsCache.clear()
      byLayout = new Map()
      boundsCache.set(text, byLayout)
    }
    byLayout.set(key, { width: bounds.width, height: bounds.height })
    return bounds
  }
}
