/**
 * Paragraphs of runs: measured and drawn by Copil (text/break.ts, text/write.ts), with pdfkit's
 * geometry (line height = the font's, plus the gap; first baseline at the ascent) and its page
 * flow: a line that does not fit continues on a new page (`continueOnNewPage`, which closes and
 * reopens the marked content of the structure element being drawn).
 *
 *   measure: paragraphHeight(doc, runs, width, lineGap)
 *   draw:    drawParagraph(doc, runs, { x, y, width, lineGap, align, color })  → doc.y below it
 *   label:   drawLine(doc, runs, x, y, color)  (one line, never wrapped)
 */
import { layoutStyledLine, needsComplexLayout, writeStyledLine, type LineDoc, type StyledText } from '../bidi/draw-line'
import { paragraphDirection, type Direction } from '../bidi/order'
import { keepShape } from '../keep-shapes'
import { breakRuns, partWidth, spanWidth, type BrokenParagraph, type LineSpan, type PlacedRun } from './break'
import { fontOf, pdfNumber, textWidth, type Doc, type PdfFont, type TextRun } from './run'
import { TextObject, lineMetrics, underline, type LineRun } from './write'

export type { TextRun } from './run'
export type { LineRun } from './write'

export interface LaidLine {
  runs: LineRun[]
  /** Width of the words, spaces after them included. */
  width: number
  /** Width without the spaces at the end. */
  trimmedWidth: number
  height: number
  ascent: number
}

const TRAILING = /\s+$/u
const SPACE_CHAR = /\s/u

/** Is this UTF-16 code a white space (as `\s` reads it)? Cheap for the usual Latin letters. */
function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0x7f) return false
  return SPACE_CHAR.test(String.fromCharCode(c))
}

/**
 * A run's part on a line. Every field is set, in one order, from the start: every part of every
 * line has one shape (no field added later, no spread of the run), so the writer's reads of them
 * stay monomorphic.
 */
function lineRun(run: TextRun, text: string, pdfFont: PdfFont, width: number, complex: false | undefined, bp: BrokenParagraph | undefined, at: number | undefined): LineRun {
  return {
    text,
    font: run.font,
    size: run.size,
    pdfFont,
    width,
    complex,
    origin: bp,
    at,
    color: run.color,
    underline: run.underline,
    direction: run.direction,
    actualText: run.actualText,
  }
}

function lineOf(bp: BrokenParagraph, span: LineSpan, empty: { height: number; ascent: number }): LaidLine {
  const runs: LineRun[] = []
  let lastPlaced: PlacedRun | undefined
  for (const run of bp.runs) {
    if (run.end <= span.start) continue
    if (run.start >= span.end) break
    const from = Math.max(span.start, run.start)
    const to = Math.min(span.end, run.end)
    const text = bp.text.slice(from, to)
    if (text.includes('\n') || text.includes('\r')) {
      // Line ends are not drawn: a text of its own, measured as such.
      const drawn = text.replace(/[\r\n]/gu, '')
      if (drawn === '') continue
      runs.push(lineRun(run, drawn, run.pdfFont, partWidth(run, drawn), run.complex ? undefined : false, undefined, undefined))
    } else if (text !== '') runs.push(lineRun(run, text, run.pdfFont, spanWidth(bp.pieces, bp.text, run, from, to), run.complex ? undefined : false, bp, from))
    else continue
    lastPlaced = run
  }
  let trimmedWidth = 0
  for (const r of runs) trimmedWidth += r.width
  const last = runs[runs.length - 1]
  if (last && lastPlaced && isSpace(last.text.charCodeAt(last.text.length - 1))) {
    let kept = last.text.length
    while (kept > 0 && isSpace(last.text.charCodeAt(kept - 1))) kept--
    const trimmed = last.origin && last.at !== undefined ? spanWidth(bp.pieces, bp.text, lastPlaced, last.at, last.at + kept) : partWidth(lastPlaced, last.text.slice(0, kept))
    trimmedWidth += trimmed - last.width
  }
  const m = runs.length > 0 ? lineMetrics(runs) : empty
  return { runs, width: span.width, trimmedWidth, height: m.height, ascent: m.ascent }
}

/** The paragraph cut into lines `width` points wide. */
export function layoutParagraph(doc: Doc, runs: readonly TextRun[], width: number): LaidLine[] {
  const bp = breakRuns(doc, runs, width)
  const empty = lineMetrics(bp.runs)
  return keepShape('laidLines', bp.lines.map((span) => lineOf(bp, span, empty)))
}

/** Height of the paragraph at this width: each line's height plus the gap. */
export function paragraphHeight(doc: Doc, runs: readonly TextRun[], width: number, lineGap: number): number {
  const bp = breakRuns(doc, runs, width)
  if (bp.lines.length === 0) return 0
  // One font and size (the usual case): every line is as tall.
  const first = bp.runs[0]
  if (first && bp.runs.every((r) => r.pdfFont === first.pdfFont && r.size === first.size)) {
    return bp.lines.length * (lineMetrics([first]).height + lineGap)
  }
  return layoutParagraph(doc, runs, width).reduce((h, l) => h + l.height + lineGap, 0)
}

export interface ParagraphOptions {
  x: number
  y: number
  width: number
  lineGap: number
  align?: 'left' | 'center' | 'right'
  /** Colour of runs that have none. */
  color: string
}

/** True when a run of the line needs shaping or bidi (bidi/draw-line.ts). */
function isComplex(line: LaidLine): boolean {
  return line.runs.some((r) => r.complex !== false && needsComplexLayout(r.pdfFont, r.text))
}

/**
 * Draws a line with Arabic, bidi or fallback-font text through bidi/draw-line.ts at (x, y): the
 * bidi algorithm orders the whole line, each visual run in the face, size and colour of its run.
 * Returns the runs as drawn, left to right (for underlines).
 */
function drawComplexLine(doc: Doc, line: LaidLine, x: number, y: number, color: string, base: Direction): LineRun[] {
  const self = doc as unknown as LineDoc & { unprintable?: Set<string> }
  const pieces: StyledText[] = []
  const last = line.runs.length - 1
  line.runs.forEach((run, i) => {
    const text = i === last ? run.text.replace(TRAILING, '') : run.text
    if (text !== '') pieces.push({ text, font: run.pdfFont as never, size: run.size, color: run.color ?? color })
  })
  if (pieces.length === 0) return []
  const laid = layoutStyledLine(self, pieces, base)
  for (const ch of laid.unprintable) self.unprintable?.add(ch)
  writeStyledLine(self, laid, pieces.map((p) => p.text).join(''), x, y, line.ascent)
  return laid.runs.map((r) => {
    const from = line.runs[Math.min(r.style, last)] ?? line.runs[0]
    return { ...(from as LineRun), text: '', width: r.width }
  })
}

function alignedX(line: LaidLine, o: ParagraphOptions): number {
  switch (o.align) {
    case 'right':
      return o.x + o.width - line.trimmedWidth
    case 'center':
      return o.x + o.width / 2 - line.trimmedWidth / 2
    default:
      return o.x
  }
}

/** Draws the paragraph from `o.y` down, across pages as needed; leaves `doc.y` below its last line. */
export function drawParagraph(doc: Doc, runs: readonly TextRun[], o: ParagraphOptions): void {
  const lines = layoutParagraph(doc, runs, o.width)
  let y = o.y
  doc.y = y
  if (lines.length === 0) return
  // A right-to-left paragraph (its first strong character) starts on the right.
  const base = paragraphDirection(runs.map((r) => r.text).join(''), (doc as { direction?: Direction }).direction ?? 'ltr')
  if (base === 'rtl' && (o.align ?? 'left') === 'left') o = { ...o, align: 'right' }
  const maxY = (): number => pdfNumber(doc.page.maxY())
  const text = new TextObject(doc)
  const nextPage = (): void => {
    text.close()
    doc.continueOnNewPage()
    y = doc.y
  }
  const firstHeight = lines[0]?.height ?? 0
  if (y > maxY() || y + firstHeight > maxY()) nextPage()
  lines.forEach((line, i) => {
    if (i > 0 && pdfNumber(y + line.height) > maxY()) nextPage()
    const x = alignedX(line, o)
    let drawn = line.runs
    // Right to left, even a line without Arabic letters is ordered by the bidi algorithm (« 2019 - 2020 »).
    if (base === 'rtl' || isComplex(line)) {
      text.close()
      drawn = drawComplexLine(doc, line, x, y, o.color, base)
    } else text.line(line.runs, x, y, line.ascent, o.color)
    if (line.runs.some((r) => r.underline)) {
      text.close()
      underline(doc, drawn, x, y, o.color)
    }
    y += line.height + o.lineGap
  })
  text.close()
  doc.y = y
}

/** Draws runs on one line whose top is at `y` (a list label, a short value); returns its width. */
export function drawLine(doc: Doc, runs: readonly TextRun[], x: number, y: number, color: string): number {
  const laid: LineRun[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const pdfFont = fontOf(doc, run.font)
    laid.push(lineRun(run, run.text, pdfFont, textWidth(pdfFont, run.size, run.text), undefined, undefined, undefined))
  }
  if (laid.length === 0) return 0
  const m = lineMetrics(laid)
  const line: LaidLine = { runs: laid, width: 0, trimmedWidth: 0, ...m }
  if (isComplex(line)) {
    drawComplexLine(doc, line, x, y, color, paragraphDirection(laid.map((r) => r.text).join(''), 'ltr'))
    return laid.reduce((w, r) => w + r.width, 0)
  }
  const text = new TextObject(doc)
  text.line(laid, x, y, m.ascent, color)
  text.close()
  underline(doc, laid, x, y, color)
  return laid.reduce((w, r) => w + r.width, 0)
}

/**
 * Draws a run on one line `width` points wide, aligned; a text too long for it ends with « … »
 * after the last word that fits (pdfkit's `ellipsis` with room for one line).
 */
export function drawFitted(doc: Doc, run: TextRun, o: Omit<ParagraphOptions, 'lineGap'>): void {
  const lines = layoutParagraph(doc, [run], o.width)
  const first = lines[0]
  if (!first) return
  let line = first
  if (lines.length > 1) {
    const pdfFont = fontOf(doc, run.font)
    let text = first.runs.map((r) => r.text).join('').replace(TRAILING, '')
    const width = (t: string): number => textWidth(pdfFont, run.size, `${t}…`)
    while (text !== '' && width(text) > o.width) text = text.slice(0, -1).replace(TRAILING, '')
    const shown = `${text}…`
    const w = textWidth(pdfFont, run.size, shown)
    line = { ...first, runs: [{ ...run, text: shown, pdfFont, width: w }], width: w, trimmedWidth: w }
  }
  const x = alignedX(line, { ...o, lineGap: 0 })
  if (isComplex(line)) {
    drawComplexLine(doc, line, x, o.y, o.color, paragraphDirection(run.text, 'ltr'))
    return
  }
  const text = new TextObject(doc)
  text.line(line.runs, x, o.y, line.ascent, o.color)
  text.close()
}
