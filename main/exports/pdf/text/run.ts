/**
 * Runs: the unit of Copil's own text layout (pdfkit's text() and LineWrapper are not used for
 * running text). A run is text in one font, size and colour; a line is a sequence of runs. Fonts
 * are named as registered in the document (fonts.ts FACES, or any font registered later, such as
 * an Arabic face), so that a run can carry any font: bidi reordering, shaping and font fallback
 * split a paragraph into more runs and never need another shape of line.
 *
 * Widths are pdfkit's, bit for bit (text-metrics.ts `advanceOf`: the advance of each space-ended
 * piece, shaped once per process), so lines break where pdfkit broke them.
 */
import { complexAdvance, needsComplexLayout } from '../bidi/draw-line'
import { advanceOf, isEmbeddedFont, type EmbeddedFontLike } from '../text-metrics'

export type Doc = PDFKit.PDFDocument

/** A run of text as the layout takes it. */
export interface TextRun {
  text: string
  /** Name of a font registered in the document (`doc.registerFont`). */
  font: string
  size: number
  /** Fill colour (a CSS hex colour); the paragraph's colour when absent. */
  color?: string
  underline?: boolean
  /**
   * Reading direction of the run (for bidi reordering, which puts the runs of a line in visual
   * order before drawing: the writer draws runs left to right as given). Default 'ltr'.
   */
  direction?: 'ltr' | 'rtl'
  /**
   * The text a reader should get for this run when its glyphs do not say it (shaped or reordered
   * text): written as a marked-content ActualText around the run's glyphs.
   */
  actualText?: string
}

/** pdfkit's EmbeddedFont, as the writer uses it. */
export interface PdfFont extends EmbeddedFontLike {
  id: string
  ascender: number
  descender: number
  lineGap: number
  ref(): unknown
}

interface DocFontState {
  _font?: unknown
  _fontSize?: number
  _fontFamily?: unknown
  _registeredFonts?: Record<string, unknown>
}

const fontsByDoc = new WeakMap<object, Map<string, PdfFont>>()

/**
 * The document's font object for a registered name, opened once per document. The document's
 * current font is left as it was (pdfkit opens a font by making it current).
 */
export function fontOf(doc: Doc, name: string): PdfFont {
  let fonts = fontsByDoc.get(doc)
  if (!fonts) {
    fonts = new Map()
    fontsByDoc.set(doc, fonts)
  }
  const known = fonts.get(name)
  if (known) return known
  const state = doc as unknown as DocFontState
  const { _font, _fontSize, _fontFamily } = state
  doc.font(name)
  const font = state._font
  state._font = _font
  state._fontSize = _fontSize
  state._fontFamily = _fontFamily
  if (!isEmbeddedFont(font) || typeof (font as Partial<PdfFont>).id !== 'string') {
    throw new Error(`Police non intégrable dans le PDF : ${name}`)
  }
  fonts.set(name, font as PdfFont)
  return font as PdfFont
}

/** Largest float32 not above `n`: pdfkit's PDFNumber, which its line wrapping applies to widths. */
const f32 = new Float32Array(1)
const u32 = new Uint32Array(f32.buffer)
export function pdfNumber(n: number): number {
  const rounded = Math.fround(n)
  if (rounded <= n) return rounded
  f32[0] = n
  if (n <= 0) u32[0] = (u32[0] ?? 0) + 1
  else u32[0] = (u32[0] ?? 0) - 1
  return f32[0] ?? n
}

/** Width of `text` in a font at a size, in points (pdfkit's `widthOfString`). */
export function textWidth(font: PdfFont, size: number, text: string): number {
  if (text === '') return 0
  // Arabic, symbols the face lacks, bidi: shaped and measured by bidi/draw-line.ts.
  if (needsComplexLayout(font, text)) return complexAdvance(font as never, text) * (size / 1000)
  return advanceOf(font, text) * (size / 1000)
}

/** `textWidth` of a text known to need no shaping nor bidi (a part of a run that needs none). */
export function simpleWidth(font: PdfFont, size: number, text: string): number {
  return text === '' ? 0 : advanceOf(font, text) * (size / 1000)
}

/** Height of a line in this font and size, the font's own gap included (pdfkit's `currentLineHeight(true)`). */
export function fontLineHeight(font: PdfFont, size: number): number {
  return ((font.ascender + font.lineGap - font.descender) / 1000) * size
}

/** Distance from the top of a line to its baseline. */
export function fontAscent(font: PdfFont, size: number): number {
  return (font.ascender / 1000) * size
}
