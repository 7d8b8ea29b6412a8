/**
 * Drawing and measuring a line that the Latin faces alone cannot: a font per run (segment.ts),
 * the bidi algorithm's visual order (order.ts), shaping (shape.ts), and an ActualText span around
 * a reordered line so that copying it gives the logical text back. The laid-out lines are
 * remembered, and their operators written, by line-cache.ts.
 *
 * It is called by the document for each line pdfkit has wrapped (in logical order), instead of
 * pdfkit's own fragment writer, and for each width pdfkit measures while wrapping.
 */
import type * as fontkit from 'fontkit'
import { FALLBACK_FACES, loadFallbackFont, type FallbackFace } from '../fonts'
import { speedUpSubset } from '../font-subsets'
import {
  bidiLine,
  paragraphDirection,
  runText,
  visualRuns,
  type Direction,
  type VisualRun,
} from './order'
import {
  REPLACEMENT,
  isBidiControl,
  isRtlChar,
  segmentByFont,
  type Covers,
  type FontRun,
  type FontSlot,
} from './segment'
import { shapedAdvance, shapeWords, unitsPerEm, type ShapedGlyph, type ShapedRun } from './shape'
import { knownLine, pdfUtf16, type KnownLine, type KnownRun } from './line-cache'

// The document and the paragraphs draw their lines through this module.
export { writeLine, writeStyledLine } from './line-cache'

/** What we use of pdfkit's EmbeddedFont. */
export interface PdfFont {
  id: string
  font: fontkit.Font
  ascender: number
  subset: { includeGlyph(id: number): number }
  widths: number[]
  unicode: number[][]
  ref(): unknown
}

/** What we use of pdfkit's document. */
export interface LineDoc {
  _font?: unknown
  _fontSize: number
  _fontFamily?: unknown
  _fillColor?: unknown
  page: { height: number; fonts: Record<string, unknown> }
  registerFont(name: string, src: PDFKit.Mixins.ParsedFont, family?: string): unknown
  font(name: string): unknown
  addContent(data: string): unknown
  save(): unknown
  restore(): unknown
  fillColor(color: string): unknown
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown
}

export function isPdfFont(font: unknown): font is PdfFont {
  const f = font as Partial<PdfFont> | undefined
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.font === 'object' &&
    typeof f.subset === 'object' &&
    Array.isArray(f.widths)
  )
}

// Code points the Latin face has, as a table over the BMP (built once per parsed font).
const latinTables = new WeakMap<object, Uint8Array>()
function latinTable(font: fontkit.Font): Uint8Array {
  let table = latinTables.get(font)
  if (!table) {
    table = new Uint8Array(0x10000)
    for (const cp of font.characterSet) if (cp < 0x10000) table[cp] = 1
    latinTables.set(font, table)
  }
  return table
}

/** True when `text` needs this module: a character the Latin face lacks, right-to-left text or a bidi control. */
export function needsComplexLayout(font: unknown, text: string): boolean {
  if (!isPdfFont(font)) return false
  let table: Uint8Array | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    table ??= latinTable(font.font)
    if (table[c] !== 1 || isBidiControl(c) || (c >= 0xd800 && c <= 0xdfff)) return true
  }
  return false
}

const coverage = new WeakMap<object, Set<number>>()
function has(font: fontkit.Font, cp: number): boolean {
  let set = coverage.get(font)
  if (!set) {
    set = new Set(font.characterSet)
    coverage.set(font, set)
  }
  return set.has(cp)
}

// The fallback faces of each document, registered on first use.
const perDoc = new WeakMap<object, Partial<Record<FallbackFace, PdfFont>>>()

function fallbackFont(doc: LineDoc, face: FallbackFace): PdfFont {
  let fonts = perDoc.get(doc)
  if (!fonts) perDoc.set(doc, (fonts = {}))
  const known = fonts[face]
  if (known) return known
  const saved = { font: doc._font, size: doc._fontSize, family: doc._fontFamily }
  doc.registerFont(FALLBACK_FACES[face], loadFallbackFont(face), FALLBACK_FACES[face])
  doc.font(FALLBACK_FACES[face])
  const opened = doc._font
  doc._font = saved.font
  doc._fontSize = saved.size
  doc._fontFamily = saved.family
  if (!isPdfFont(opened)) throw new Error(`Police ${FALLBACK_FACES[face]} illisible`)
  // Glyph bytes read once per process and a subset already encoded reused, as for the Latin faces.
  speedUpSubset(opened.subset)
  fonts[face] = opened
  return opened
}

// fontkit reads the name table at each `postscriptName`: asked once per face.
const boldFaces = new WeakMap<object, boolean>()
function isBold(latin: PdfFont): boolean {
  let bold = boldFaces.get(latin.font)
  if (bold === undefined) {
    bold = /bold/iu.test(latin.font.postscriptName)
    boldFaces.set(latin.font, bold)
  }
  return bold
}

/** The fontkit font of a slot, for coverage and measuring (the fallbacks load on first use). */
function slotFont(latin: PdfFont, slot: FontSlot): fontkit.Font {
  if (slot === 'latin') return latin.font
  if (slot === 'arabic') return loadFallbackFont(isBold(latin) ? 'arabicBold' : 'arabic')
  return loadFallbackFont('symbols')
}

// The coverage test of each Latin face, with its fallbacks resolved once (not per character).
const coversByFace = new WeakMap<object, Covers>()
function coversOf(latin: PdfFont): Covers {
  let covers = coversByFace.get(latin.font)
  if (!covers) {
    const fonts = { latin: latin.font, arabic: slotFont(latin, 'arabic'), symbols: slotFont(latin, 'symbols') }
    const tables = {
      latin: latinTable(fonts.latin),
      arabic: latinTable(fonts.arabic),
      symbols: latinTable(fonts.symbols),
    }
    covers = (slot, cp) => (cp < 0x10000 ? tables[slot][cp] === 1 : has(fonts[slot], cp))
    coversByFace.set(latin.font, covers)
  }
  return covers
}

function slotPdfFont(doc: LineDoc, latin: PdfFont, slot: FontSlot): PdfFont {
  if (slot === 'latin') return latin
  return fallbackFont(doc, slot === 'arabic' ? (isBold(latin) ? 'arabicBold' : 'arabic') : 'symbols')
}

interface Segmented {
  readonly runs: FontRun[]
  readonly unprintable: string[]
}

// The font runs of the texts split lately, per face: a line is split when its width is measured
// (with and without its trailing spaces), then again when it is laid out to be drawn. Bounded;
// the results are shared, never changed.
const segmentsByFace = new WeakMap<object, Map<string, Segmented>>()
const MAX_SEGMENTS = 512

function segment(latin: PdfFont, text: string): Segmented {
  let byText = segmentsByFace.get(latin.font)
  if (!byText) segmentsByFace.set(latin.font, (byText = new Map()))
  let known = byText.get(text)
  if (!known) {
    known = segmentByFont(text, coversOf(latin))
    if (byText.size >= MAX_SEGMENTS) byText.clear()
    byText.set(text, known)
  }
  return known
}

/** The string a run shapes: the replacement character once per code point when no font has them. */
function shapedText(text: string, run: { start: number; end: number; missing?: boolean }, logical: string): string {
  if (!run.missing) return logical
  return String.fromCodePoint(REPLACEMENT).repeat([...text.slice(run.start, run.end)].length)
}

const widthCache = new WeakMap<object, Map<string, number>>()
const MAX_WIDTHS = 20000

/** Width of `text` in 1000-unit text space of the current size (as pdfkit's font.widthOfString before × size). */
export function complexAdvance(latin: PdfFont, text: string): number {
  let byText = widthCache.get(latin.font)
  if (!byText) widthCache.set(latin.font, (byText = new Map()))
  const known = byText.get(text)
  if (known !== undefined) return known
  let width = 0
  for (const run of segment(latin, text).runs) {
    const font = slotFont(latin, run.slot)
    const logical = text.slice(run.start, run.end)
    const advance = shapedAdvance(
      font,
      shapedText(text, run, logical),
      run.slot === 'arabic' || isRtlChar(logical.codePointAt(0) ?? 0),
    )
    width += (advance * 1000) / unitsPerEm(font)
  }
  if (byText.size >= MAX_WIDTHS) byText.clear()
  byText.set(text, width)
  return width
}

/** One run of a laid-out line, in visual order. */
export interface LaidRun extends VisualRun {
  font: PdfFont
  glyphs: ShapedGlyph[]
  /** The glyphs as the runs shaped once per process they come from (ShapedRun.parts), when known. */
  parts?: readonly ShapedRun[]
  /** Width in points. */
  width: number
  size: number
  /** Fill colour; the document's current one when absent. */
  color?: string
}

/** A piece of a line's logical text in one style: its Latin face (bold, italic…), size and colour. */
export interface StyledText {
  text: string
  font: PdfFont
  size: number
  color?: string
}

export interface LaidLine {
  runs: LaidRun[]
  width: number
  /**
   * True when the glyphs do not read as the text: reordered runs, or a replacement drawn for a
   * character no font has. Then an ActualText gives the logical text (the original characters).
   */
  actualText: boolean
  unprintable: string[]
  /** The logical text the line was laid out from, and as ActualText writes it (UTF-16BE hex). */
  logical?: string
  actualHex?: string
}

/** Lays out one wrapped line in the document's current size: fonts, bidi levels, visual runs, shaped glyphs. */
export function layoutLine(doc: LineDoc, latin: PdfFont, text: string, base: Direction | 'auto'): LaidLine {
  return layoutStyledLine(doc, [{ text, font: latin, size: doc._fontSize }], base)
}

/**
 * Lays out one wrapped line made of styled pieces (a bold word inside a sentence): the bidi
 * algorithm runs over the whole line, so the pieces take their visual places, and each visual run
 * keeps the face, size and colour of the piece it comes from.
 */
export function layoutStyledLine(doc: LineDoc, pieces: readonly StyledText[], base: Direction | 'auto'): LaidLine {
  const known = knownLine(pieces, base, layoutAnew)
  const runs: LaidRun[] = []
  for (const run of known.runs) {
    const piece = pieces[run.style] ?? pieces[0]
    if (piece) runs.push({ ...run, font: slotPdfFont(doc, piece.font, run.slot) })
  }
  return {
    runs,
    width: known.width,
    actualText: known.actualText,
    unprintable: [...known.unprintable],
    logical: known.logical,
    actualHex: known.actualHex,
  }
}

function layoutAnew(pieces: readonly StyledText[], base: Direction | 'auto'): KnownLine {
  const single = pieces.length === 1 ? pieces[0] : undefined
  const text = single ? single.text : pieces.map((p) => p.text).join('')
  let fontRuns: FontRun[]
  let unprintable: string[]
  if (single) ({ runs: fontRuns, unprintable } = segment(single.font, text))
  else {
    fontRuns = []
    unprintable = []
    let at = 0
    pieces.forEach((piece, style) => {
      const seg = segment(piece.font, piece.text)
      for (const r of seg.runs) fontRuns.push({ ...r, start: r.start + at, end: r.end + at, style })
      for (const ch of seg.unprintable) if (!unprintable.includes(ch)) unprintable.push(ch)
      at += piece.text.length
    })
  }
  const { levels, mirrored, uniform } = bidiLine(text, base)
  const runs: KnownRun[] = []
  let width = 0
  let actualText = false
  let expected = 0
  for (const run of visualRuns(text, levels, fontRuns, 0, text.length, uniform)) {
    if (run.rtl || run.missing || run.start !== expected) actualText = true
    expected = run.end
    const piece = pieces[run.style] ?? pieces[0]
    if (!piece) continue
    const font = slotFont(piece.font, run.slot)
    const shaped = shapeWords(font, shapedText(text, run, runText(text, run, mirrored)), run.rtl)
    const w = (shaped.advance * piece.size) / unitsPerEm(font)
    const laid: KnownRun = { ...run, glyphs: shaped.glyphs, parts: shaped.parts ?? [shaped], width: w, size: piece.size }
    if (piece.color !== undefined) laid.color = piece.color
    runs.push(laid)
    width += w
  }
  return { runs, width, actualText, unprintable, logical: text, actualHex: pdfUtf16(text) }
}

/** The paragraph direction to use for a text when the document has none set. */
export function baseDirectionOf(text: string, documentDirection: Direction | undefined): Direction {
  return paragraphDirection(text, documentDirection ?? 'ltr')
}
