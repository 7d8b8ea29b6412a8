/**
 * Writes lines of runs straight into the page's content stream: one text object (BT … ET) per
 * paragraph and page, the text matrix set once per line, font and colour written only when they
 * change, and each run's glyphs as one TJ (literal strings, two bytes a glyph) with the font's kerning as adjustments. Glyphs are
 * encoded by pdfkit's font (subset, widths and ToUnicode kept by it), each space-ended piece once
 * per document.
 *
 * Coordinates are pdfkit's (origin top left, y down: pdfkit flips the page once); the text matrix
 * flips the glyphs back upright, which spares pdfkit's save / transform / restore per fragment.
 */
import { fillOp, noteFill } from './color'
import { keepShape } from '../keep-shapes'
import { encodeShaped, shapedPieceOf, type Shaped } from '../text-metrics'
import { pieceEnd, pieceIndex, type PieceTable } from './pieces'
import { fontAscent, fontLineHeight, type Doc, type PdfFont, type TextRun } from './run'

/** A run's part on one line, with its width; runs are drawn left to right in the given order. */
export interface LineRun extends TextRun {
  pdfFont: PdfFont
  width: number
  /** False when the part needs neither shaping nor bidi (its whole run needs none); else unknown. */
  complex?: boolean
  /** The paragraph whose characters [at, at + text.length) the text is, unchanged: its pieces are reused. */
  origin?: { text: string; pieces: PieceTable }
  at?: number
}

/**
 * `String(Math.round(n * 100) / 100)`, the same text, without formatting a double (which V8 does
 * slowly; a page writes a few hundred coordinates): the hundredths as an integer, then its digits.
 */
export function num(n: number): string {
  const r = Math.round(n * 100)
  const a = r < 0 ? -r : r
  // Beyond 2^53 / 100 hundredths are no longer exact: the double's own text.
  if (!(a < 1e13)) return String(r / 100)
  const units = Math.floor(a / 100)
  const cents = a - units * 100
  const head = r < 0 ? `-${units}` : `${units}`
  if (cents === 0) return head
  if (cents % 10 === 0) return `${head}.${cents / 10}`
  return cents < 10 ? `${head}.0${cents}` : `${head}.${cents}`
}
const adj = (n: number): string => String(Math.round(n * 1000) / 1000)

interface Position {
  xAdvance: number
  xOffset?: number
  yOffset?: number
  advanceWidth: number
}

// TJ operands of each space-ended piece, per document font (glyph ids are the document's subset's).
const encodedPieces = new WeakMap<object, Map<string, Encoded>>()

const OPEN = 0x28
const CLOSE = 0x29

// The two bytes of each glyph code (pdfkit's Identity-H encoding) as they are written in a literal
// string: half the size of the hex form in the content stream, so less to compress.
const literalCodes: string[] = []

function literalByte(b: number): string {
  // Escaped: the string's delimiters, the backslash, and a carriage return (a reader would turn
  // a raw one into a line feed).
  if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`
  if (b === 0x0d) return '\\r'
  return String.fromCharCode(b)
}

/** The literal-string bytes of a glyph code given as pdfkit's four hex digits. */
function literalCode(hex: string): string {
  const code = parseInt(hex, 16)
  return (literalCodes[code] ??= literalByte(code >> 8) + literalByte(code & 0xff))
}

/** `tj` followed by one more operand. */
function appendOperand(tj: string, operand: string): string {
  return tj === '' ? operand : `${tj} ${operand}`
}

/** `tj` followed by the glyph string `seg` when there is one. */
function appendString(tj: string, seg: string): string {
  return seg === '' ? tj : appendOperand(tj, `(${seg})`)
}

/** TJ operands of a piece (as shaped: shapedPieceOf): glyph strings, kerning as numbers, glyph offsets through Ts. */
function encodePiece(font: PdfFont, size: number, shaped: Shaped): { tj: string; cacheable: boolean } {
  const [hexes, positions] = encodeShaped(font, shaped) as [string[], Position[]]
  let tj = ''
  let seg = ''
  let cacheable = true
  for (let i = 0; i < hexes.length; i++) {
    const p = positions[i] as Position
    const dx = p.xOffset ?? 0
    const dy = p.yOffset ?? 0
    if (dx !== 0) {
      tj = appendOperand(appendString(tj, seg), adj(-dx))
      seg = ''
    }
    if (dy !== 0) {
      // A raised or lowered mark: the rise is in points, so this piece is not shared across sizes.
      tj = appendOperand(appendString(tj, seg), `] TJ ${num((dy * size) / 1000)} Ts [`)
      seg = ''
      cacheable = false
    }
    seg += literalCode(hexes[i] ?? '0000')
    if (dy !== 0) {
      tj = appendOperand(appendString(tj, seg), '] TJ 0 Ts [')
      seg = ''
    }
    const rest = p.xAdvance - p.advanceWidth - dx
    if (rest !== 0) {
      tj = appendOperand(appendString(tj, seg), adj(-rest))
      seg = ''
    }
  }
  return { tj: appendString(tj, seg), cacheable }
}

/** A piece's TJ operands, and the same without the parentheses that open and close them. */
interface Encoded {
  tj: string
  /** `tj` without its first character when it is « ( », and its last when it is « ) ». */
  core: string
  opens: boolean
  closes: boolean
  /** Written for one size only (a raised or lowered mark): never kept. */
  sized: boolean
}

function encoded(tj: string): Encoded {
  const opens = tj.charCodeAt(0) === OPEN
  const closes = tj.length > 0 && tj.charCodeAt(tj.length - 1) === CLOSE
  return { tj, core: tj.slice(opens ? 1 : 0, closes ? tj.length - 1 : tj.length), opens, closes, sized: false }
}

/**
 * TJ operands of a run's text (without the brackets): the pieces' operands one after the other,
 * two strings in a row written as one (a string ends with its closing parenthesis; an escaped
 * one inside it is always followed by that closing one). Pieces of a paragraph's text are taken
 * from it (`origin`), as measured.
 */
function encodeRun(font: PdfFont, size: number, text: string, origin?: LineRun['origin'], at = 0): string {
  let pieces = encodedPieces.get(font)
  if (!pieces) {
    pieces = new Map()
    encodedPieces.set(font, pieces)
  }
  const source = origin?.text ?? text
  const from = origin ? at : 0
  const to = from + text.length
  let out = ''
  let open = false
  for (let start = from; start < to; ) {
    const end = pieceEnd(source, start, to)
    let e: Encoded | undefined
    // A piece of the paragraph as measured: its operands in this document are kept with its shape.
    const i = origin ? pieceIndex(origin.pieces, start, end) : -1
    const shaped = i >= 0 ? (origin?.pieces.shaped[i] as Shaped) : undefined
    if (shaped !== undefined && shaped.encodedFor === font) e = shaped.encoded as Encoded
    else {
      const piece = i >= 0 ? (origin?.pieces.text[i] as string) : start === 0 && end === source.length ? source : source.slice(start, end)
      e = pieces.get(piece)
      if (e === undefined) {
        const made = encodePiece(font, size, shaped ?? shapedPieceOf(font, piece))
        e = encoded(made.tj)
        if (made.cacheable) pieces.set(piece, e)
        else e.sized = true
      }
      if (shaped !== undefined && e.sized !== true) {
        shaped.encodedFor = font
        shaped.encoded = e
      }
    }
    if (out === '') out = e.opens ? `(${e.core}` : e.core
    else if (open && e.opens) out += e.core
    else out += `${open ? ')' : ''} ${e.opens ? '(' : ''}${e.core}`
    open = e.closes
    start = end
  }
  return open ? `${out})` : out
}

/** Hex form of a UTF-16 string, as a PDF text string. */
function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return `<${hex}>`
}

/**
 * A text object being written: remembers the font, size and colour in force so that they are
 * written only when they change. Close it before any path, image or page break.
 */
export class TextObject {
  private open = false
  private font: PdfFont | undefined
  private size = 0
  private color: string | undefined
  /** What is pending for the page, one operation a line (one string: no array to join). */
  private pending = ''
  // The lines of a paragraph start at the same x: its text, formatted once.
  private lastX = Number.NaN
  private lastXText = ''

  constructor(private readonly doc: Doc) {
    keepShape('textObject', this)
  }

  /** Writes one line of runs whose top is at `y`, starting at `x`. */
  line(runs: readonly LineRun[], x: number, y: number, ascent: number, fallbackColor: string): void {
    if (runs.length === 0) return
    const doc = this.doc
    if (!this.open) {
      this.add('BT')
      this.open = true
      this.font = undefined
      this.color = undefined
    }
    if (x !== this.lastX) {
      this.lastX = x
      this.lastXText = num(x)
    }
    this.add(`1 0 0 -1 ${this.lastXText} ${num(y + ascent)} Tm`)
    const page = doc.page as unknown as { fonts: Record<string, unknown> }
    for (const run of runs) {
      if (run.text === '') continue
      const font = run.pdfFont
      if (font !== this.font || run.size !== this.size) {
        if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref()
        this.add(`/${font.id} ${num(run.size)} Tf`)
        this.font = font
        this.size = run.size
      }
      const color = run.color ?? fallbackColor
      if (color !== this.color) {
        const op = fillOp(color)
        if (op !== null) {
          this.add(op)
          noteFill(doc, color)
        } else {
          this.flush()
          doc.fillColor(color)
        }
        this.color = color
      }
      const tj = `[${encodeRun(font, run.size, run.text, run.origin, run.at)}] TJ`
      const actual = run.actualText
      if (actual !== undefined) this.add(`/Span <</ActualText ${pdfTextString(actual)}>> BDC\n${tj}\nEMC`)
      else this.add(tj)
    }
  }

  private add(operation: string): void {
    this.pending = this.pending === '' ? operation : `${this.pending}\n${operation}`
  }

  /** Writes what is pending into the page. */
  private flush(): void {
    if (this.pending === '') return
    this.doc.addContent(this.pending)
    this.pending = ''
  }

  /** Ends the text object (ET). */
  close(): void {
    if (this.open) this.add('ET')
    this.open = false
    this.flush()
  }
}

/** Underlines under a line's underlined runs (pdfkit's thickness and position); outside a text object. */
export function underline(doc: Doc, runs: readonly LineRun[], x: number, y: number, fallbackColor: string): void {
  let at = x
  for (const run of runs) {
    if (run.underline && run.width > 0) {
      const thickness = run.size < 10 ? 0.5 : Math.floor(run.size / 10)
      const lineY = y + ((run.pdfFont.ascender - run.pdfFont.descender) / 1000) * run.size - thickness
      doc
        .save()
        .strokeColor(run.color ?? fallbackColor)
        .lineWidth(thickness)
        .moveTo(at, lineY)
        .lineTo(at + run.width, lineY)
        .stroke()
        .restore()
    }
    at += run.width
  }
}

/** Height and ascent of a line: its tallest run's. */
export function lineMetrics(runs: readonly { pdfFont: PdfFont; size: number }[]): { height: number; ascent: number } {
  let height = 0
  let ascent = 0
  for (const r of runs) {
    height = Math.max(height, fontLineHeight(r.pdfFont, r.size))
    ascent = Math.max(ascent, fontAscent(r.pdfFont, r.size))
  }
  return { height, ascent }
}
