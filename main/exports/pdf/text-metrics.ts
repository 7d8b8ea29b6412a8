/**
 * Faster text measuring and glyph encoding for pdfkit's embedded fonts, with the same results.
 *
 * pdfkit measures a string by cutting it after each space or tab and laying out each piece
 * with fontkit (pieces cached per document); it then sums each piece's advance, which fontkit
 * recomputes from the glyph positions at every read, and its cutting loop allocates per
 * character. Line wrapping measures every word, twice per paragraph (measure, then draw).
 *
 * Here: each piece is shaped once per font for the whole process (glyphs, positions and advance,
 * shared by documents), and a string's width is the sum of its pieces' advances in the same order
 * and with the same arithmetic as pdfkit, so every width is bit for bit pdfkit's (kerning and
 * ligatures included, since each piece is still shaped by fontkit). Encoding reuses the hex code of each glyph id instead
 * of formatting it per glyph. Anything unusual (OpenType features, character spacing,
 * horizontal scaling, a standard font) goes to pdfkit unchanged.
 */

import { keepShape } from './keep-shapes'

/** What we use of a fontkit glyph run as pdfkit returns it (positions scaled to 1000 units). */
interface Run {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[]
  positions: unknown[]
  advanceWidth: number
}

/** The fields and methods of pdfkit's EmbeddedFont this module relies on. */
export interface EmbeddedFontLike {
  font: object
  scale: number
  subset: { includeGlyph(id: number): number }
  widths: number[]
  unicode: number[][]
  layoutCached(text: string): Run
  layoutRun(text: string, features?: unknown): Run
  layout(text: string, features?: unknown, onlyWidth?: boolean): Partial<Run> & { advanceWidth: number }
  encode(text: string, features?: unknown): [string[], unknown[]]
}

export function isEmbeddedFont(font: unknown): font is EmbeddedFontLike {
  const f = font as Partial<EmbeddedFontLike> | undefined
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.layoutCached === 'function' &&
    typeof f.layoutRun === 'function' &&
    typeof f.font === 'object' &&
    typeof f.scale === 'number'
  )
}

/**
 * Each space-ended piece as fontkit shaped it (glyphs, positions scaled to 1000 units, advance),
 * per parsed font, for the whole process: documents share them, so a word is shaped once, not
 * once per document (pdfkit's own cache lives and dies with each document's font object).
 */
export interface Shaped {
  advanceWidth: number
  glyphs: Run['glyphs']
  positions: unknown[]
  /**
   * The piece's content-stream operands for the last document font that wrote it (text/write.ts):
   * a document writes each piece in the glyph codes of its own subset, so they are kept for one
   * font at a time, and the writer finds them here without looking the piece up again.
   */
  encodedFor: object | null
  encoded: unknown
}
const shapedPieces = new WeakMap<object, Map<string, Shaped>>()
const MAX_PIECES = 50000

function piecesOf(font: EmbeddedFontLike): Map<string, Shaped> {
  let map = shapedPieces.get(font.font)
  if (!map) {
    map = new Map()
    shapedPieces.set(font.font, map)
  }
  return map
}

function shapedPiece(font: EmbeddedFontLike, map: Map<string, Shaped>, piece: string): Shaped {
  const known = map.get(piece)
  if (known !== undefined) return known
  // pdfkit's layoutRun: fontkit's run with positions scaled; its advance read once (fontkit sums
  // the positions at each read).
  const run = keepShape('glyphRun', font.layoutRun(piece))
  const shaped: Shaped = { advanceWidth: run.advanceWidth, glyphs: run.glyphs, positions: run.positions, encodedFor: null, encoded: null }
  if (map.size >= MAX_PIECES) map.clear()
  map.set(piece, shaped)
  return shaped
}

/** One piece (a text with no space or tab before its last character) as shaped, advance in 1000-unit space. */
export function shapedPieceOf(font: EmbeddedFontLike, piece: string): Shaped {
  return shapedPiece(font, piecesOf(font), piece)
}

/** The advance, in 1000-unit space, of one piece. */
export function pieceAdvance(font: EmbeddedFontLike, piece: string): number {
  return shapedPiece(font, piecesOf(font), piece).advanceWidth
}

const SPACE = 32
const TAB = 9

/** The end (exclusive) of the piece starting at `start`: just after the next space or tab. */
function pieceEnd(text: string, start: number): number {
  const n = text.length
  let i = start
  while (i < n) {
    const c = text.charCodeAt(i++)
    if (c === SPACE || c === TAB) break
  }
  return i
}

/** The advance of `text` in 1000-unit space, as pdfkit's `layout(text, undefined, true)` gives it. */
export function advanceOf(font: EmbeddedFontLike, text: string): number {
  const map = piecesOf(font)
  let width = 0
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start)
    // A piece without a space is the whole rest of the string, as in pdfkit.
    width += shapedPiece(font, map, start === 0 && end === text.length ? text : text.slice(start, end)).advanceWidth
    start = end
  }
  return width
}

/** pdfkit's text options that change a width; with any of them set, pdfkit measures. */
interface WidthOptions {
  features?: unknown
  characterSpacing?: number
  horizontalScaling?: number
}

/**
 * `doc.widthOfString(text, options)` for an embedded font without features, spacing or
 * scaling; undefined when pdfkit must measure itself.
 */
export function fastWidthOfString(font: unknown, size: number, text: string, options?: WidthOptions): number | undefined {
  if (!isEmbeddedFont(font)) return undefined
  if (options && (options.features != null || options.characterSpacing || (options.horizontalScaling ?? 100) !== 100)) {
    return undefined
  }
  // pdfkit: font.widthOfString = advance * (size / 1000), then (w + spacing × (n - 1)) × scaling / 100.
  const width = advanceOf(font, text) * (size / 1000)
  return ((width + 0 * (text.length - 1)) * 100) / 100
}

// « 0000 » + hex, last four digits, as pdfkit writes a glyph id in a content stream.
const hexCodes: string[] = []
function hex4(gid: number): string {
  return (hexCodes[gid] ??= `0000${gid.toString(16)}`.slice(-4))
}

/** pdfkit's layout without per-character allocation or array copies; same glyphs, positions and width. */
function layout(this: EmbeddedFontLike, text: string, features?: unknown, onlyWidth?: boolean): Partial<Run> & { advanceWidth: number } {
  if (features) return this.layoutRun(text, features)
  const glyphs: Run['glyphs'] | null = onlyWidth ? null : []
  const positions: unknown[] | null = onlyWidth ? null : []
  const map = piecesOf(this)
  let advanceWidth = 0
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start)
    const run = shapedPiece(this, map, start === 0 && end === text.length ? text : text.slice(start, end))
    if (glyphs && positions) {
      for (const glyph of run.glyphs) glyphs.push(glyph)
      for (const position of run.positions) positions.push(position)
    }
    advanceWidth += run.advanceWidth
    start = end
  }
  return { glyphs: glyphs as Run['glyphs'], positions: positions as unknown[], advanceWidth }
}

/**
 * The characters a glyph stands for, for the PDF's ToUnicode map. fontkit keeps one glyph object
 * per id for the parsed font, which every document shares: a glyph first met as a component of
 * another (« E » of « É » while a document's subset is written) stays without code points, and the
 * next documents' « E » would extract as nothing. Then the font's cmap says which character it is.
 */
function codePointsOf(font: object, glyph: Run['glyphs'][number]): number[] {
  if (glyph.codePoints.length > 0) return glyph.codePoints
  const cmap = (font as { _cmapProcessor?: { codePointsForGlyph?(gid: number): number[] } })._cmapProcessor
  const first = cmap?.codePointsForGlyph?.(glyph.id)[0]
  return first === undefined ? glyph.codePoints : [first]
}

/** The hex codes of glyphs in the document's subset, each added to it with its width and characters, as pdfkit's encode does. */
function encodeGlyphs(font: EmbeddedFontLike, glyphs: Run['glyphs']): string[] {
  const res = new Array<string>(glyphs.length)
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as Run['glyphs'][number]
    const gid = font.subset.includeGlyph(glyph.id)
    res[i] = hex4(gid)
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale
    if (font.unicode[gid] == null) font.unicode[gid] = codePointsOf(font.font, glyph)
  }
  return res
}

/** pdfkit's encode with the glyph ids' hex codes reused. */
function encode(this: EmbeddedFontLike, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs = [], positions = [] } = this.layout(text, features)
  return [encodeGlyphs(this, glyphs), positions]
}

/**
 * `font.encode(piece)` of a piece already shaped (shapedPieceOf): the same codes and positions,
 * without laying the piece out again.
 */
export function encodeShaped(font: EmbeddedFontLike, shaped: Shaped): [string[], unknown[]] {
  return [encodeGlyphs(font, shaped.glyphs), shaped.positions]
}

/** pdfkit's own methods, kept for the tests that compare them with ours. */
export const pdfkitOriginals: { layout?: EmbeddedFontLike['layout']; encode?: EmbeddedFontLike['encode'] } = {}

/**
 * Puts the faster layout and encode on pdfkit's EmbeddedFont (reached through an instance: pdfkit
 * does not export the class). Once per process; a pdfkit whose font lacks these methods is left alone.
 */
export function speedUpEmbeddedFonts(font: unknown): void {
  if (!isEmbeddedFont(font)) return
  const proto = Object.getPrototypeOf(font) as EmbeddedFontLike
  if (pdfkitOriginals.layout || typeof proto.layout !== 'function' || typeof proto.encode !== 'function') return
  pdfkitOriginals.layout = proto.layout
  pdfkitOriginals.encode = proto.encode
  proto.layout = layout
  proto.encode = encode
}
