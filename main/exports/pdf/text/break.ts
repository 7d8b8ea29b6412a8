/**
 * Line breaking of a paragraph made of runs: break opportunities from the Unicode line breaking
 * algorithm (UAX #14, the `linebreak` package pdfkit uses), words measured with the per-piece
 * advances of text-metrics.ts, and pdfkit's LineWrapper rules, so that a one-run paragraph breaks
 * exactly where pdfkit broke it: a word fits when its width, trailing spaces included, fits what
 * is left of the line; a word wider than the whole line is cut into pieces that each fill a line;
 * « \n » ends a line. No hyphenation. Unlike pdfkit, which wraps each run on its own, the runs of a
 * paragraph are one text: a word half bold is never cut at the change of face.
 *
 * Results are ranges of the paragraph's text, remembered per text, fonts, sizes and width.
 */
import LineBreaker from 'linebreak'
import { needsComplexLayout } from '../bidi/draw-line'
import { keepShape } from '../keep-shapes'
import { pieceTable, rangeAdvance, type PieceTable } from './pieces'
import { fontOf, pdfNumber, simpleWidth, textWidth, type Doc, type PdfFont, type TextRun } from './run'

/** A run placed in the paragraph's text: characters [start, end). */
export interface PlacedRun extends TextRun {
  start: number
  end: number
  pdfFont: PdfFont
  /** The run needs shaping or bidi (so may any part of it); false: every part is measured as Latin. */
  complex: boolean
}

/** Width of a part of a run: without the per-part scan for complex text when the run has none. */
export function partWidth(run: PlacedRun, text: string): number {
  return run.complex ? textWidth(run.pdfFont, run.size, text) : simpleWidth(run.pdfFont, run.size, text)
}

/**
 * `partWidth(run, text.slice(from, to))` for a part of a run of the paragraph, a run without
 * shaping measured from the paragraph's pieces (text/pieces.ts).
 */
export function spanWidth(pieces: PieceTable, text: string, run: PlacedRun, from: number, to: number): number {
  if (run.complex) return textWidth(run.pdfFont, run.size, text.slice(from, to))
  return from < to ? rangeAdvance(pieces, text, run, from, to) * (run.size / 1000) : 0
}

/** A line: characters [start, end) of the paragraph's text, and the width of its words. */
export interface LineSpan {
  start: number
  end: number
  /** Sum of the widths of its words, spaces after them included (pdfkit's `textWidth`). */
  width: number
}

export interface BrokenParagraph {
  text: string
  runs: PlacedRun[]
  lines: LineSpan[]
  /** Its pieces, measured as they are first used (by the line breaking, then the lines drawn). */
  pieces: PieceTable
}

/** Places runs one after the other in one text (empty runs dropped). */
export function placeRuns(doc: Doc, runs: readonly TextRun[]): { text: string; runs: PlacedRun[] } {
  let text = ''
  const placed: PlacedRun[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const start = text.length
    text += run.text
    const pdfFont = fontOf(doc, run.font)
    placed.push({ ...run, start, end: text.length, pdfFont, complex: needsComplexLayout(pdfFont, run.text) })
  }
  return { text, runs: placed }
}

/** Width of characters [a, b) of the paragraph, as pdfkit's `wordWidth` (float32-rounded). */
function rangeWidth(pieces: PieceTable, text: string, runs: readonly PlacedRun[], a: number, b: number): number {
  if (b <= a) return 0
  let w = 0
  for (const run of runs) {
    if (run.end <= a) continue
    if (run.start >= b) break
    const from = Math.max(a, run.start)
    const to = Math.min(b, run.end)
    // A line end is measured as pdfkit measures it (its glyph's width, though it is not drawn), so
    // that the last word before it breaks where pdfkit broke it.
    w += spanWidth(pieces, text, run, from, to)
  }
  return pdfNumber(w)
}

interface Break {
  position: number
  required: boolean
}

/** Does not cut between the two halves of a surrogate pair. */
function safeCut(text: string, at: number, min: number): number {
  const c = text.charCodeAt(at - 1)
  return at - 1 > min && c >= 0xd800 && c <= 0xdbff ? at - 1 : at
}

/** pdfkit's LineWrapper.wrap + eachWord, on character ranges. */
function wrap(pieces: PieceTable, text: string, runs: readonly PlacedRun[], lineWidth: number): LineSpan[] {
  const lines: LineSpan[] = []
  const width = (a: number, b: number): number => rangeWidth(pieces, text, runs, a, b)
  let spaceLeft = lineWidth
  let bufStart = 0
  let bufEnd = 0
  let textW = 0
  let wc = 0
  const emit = (): void => {
    lines.push({ start: bufStart, end: bufEnd, width: textW })
  }
  // One word (or piece of a word): pdfkit's callback of eachWord in wrap.
  const place = (a: number, b: number, w: number, bk: Break, last: Break | null): boolean => {
    if (last === null || last.required) spaceLeft = lineWidth
    const fits = w <= spaceLeft
    if (fits) {
      if (wc === 0 && bufEnd === bufStart) bufStart = a
      bufEnd = b
      textW += w
      wc++
    }
    if (bk.required || !fits) {
      if (bk.required && w > spaceLeft) {
        emit()
        bufStart = a
        bufEnd = b
        textW = w
        wc = 1
      }
      emit()
      if (bk.required) {
        spaceLeft = lineWidth
        bufStart = b
        bufEnd = b
        textW = 0
        wc = 0
      } else {
        spaceLeft = lineWidth - w
        bufStart = a
        bufEnd = b
        textW = w
        wc = 1
      }
    } else {
      spaceLeft -= w
    }
    return true
  }
  const breaker = new LineBreaker(text)
  let last: Break | null = null
  let bk: Break | null
  while ((bk = breaker.nextBreak() as Break | null)) {
    const from = last?.position ?? 0
    let to = bk.position
    let w = width(from, to)
    if (w > lineWidth) {
      // A word wider than the line: pieces that each fill what is left of a line.
      let start = from
      let lbk: Break | null = last
      while (start < to) {
        const n = to - start
        let l: number
        let mightGrow = false
        if (w > spaceLeft) {
          l = Math.ceil(spaceLeft / (w / n))
          w = width(start, start + l)
          mightGrow = w <= spaceLeft && l < n
        } else {
          l = n
        }
        let mustShrink = w > spaceLeft && l > 0
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            w = width(start, start + --l)
            mustShrink = w > spaceLeft && l > 0
          } else {
            w = width(start, start + ++l)
            mustShrink = w > spaceLeft && l > 0
            mightGrow = w <= spaceLeft && l < n
          }
        }
        if (l === 0 && spaceLeft === lineWidth) l = 1
        if (l > 0 && l < n) {
          const cut = safeCut(text, start + l, start) - start
          if (cut !== l) {
            l = cut
            w = width(start, start + l)
          }
        }
        place(start, start + l, w, { position: start + l, required: bk.required || l < n }, lbk)
        lbk = { position: start + l, required: false }
        start += l
        to = bk.position
        w = width(start, to)
      }
    } else {
      place(from, to, w, bk, last)
    }
    last = bk
  }
  if (wc > 0) emit()
  keepShape('lineBreaker', [breaker, last])
  return lines
}

// Keyed by text, then the width, fonts, sizes and run ends compared as they are: a one-run
// paragraph's text is the run's own string (typography is memoised), whose hash V8 keeps, and no
// key is built per lookup.
interface Broken {
  lineWidth: number
  /** Font, size and end of each run, one after the other. */
  runs: (string | number)[]
  lines: LineSpan[]
}
const cache = new Map<string, Broken[]>()
const MAX_ENTRIES = 20000

function sameRuns(a: readonly TextRun[], b: readonly TextRun[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as TextRun
    const y = b[i] as TextRun
    if (
      x.text !== y.text ||
      x.font !== y.font ||
      x.size !== y.size ||
      x.color !== y.color ||
      x.underline !== y.underline ||
      x.direction !== y.direction ||
      x.actualText !== y.actualText
    ) {
      return false
    }
  }
  return true
}

// The last paragraph broken in each document: a paragraph is measured, then drawn, at once.
const lastBroken = new WeakMap<object, { runs: TextRun[]; lineWidth: number; broken: BrokenParagraph }>()

/** The paragraph's lines at this width. */
export function breakRuns(doc: Doc, runs: readonly TextRun[], lineWidth: number): BrokenParagraph {
  const last = lastBroken.get(doc)
  if (last && last.lineWidth === lineWidth && sameRuns(last.runs, runs)) return last.broken
  const broken = keepShape('brokenParagraph', breakAnew(doc, runs, lineWidth))
  lastBroken.set(doc, { runs: runs.map((r) => ({ ...r })), lineWidth, broken })
  return broken
}

/** Whether lines broken earlier were broken at this width, in these faces and sizes, at these run ends. */
function sameParams(entry: Broken, lineWidth: number, runs: readonly PlacedRun[]): boolean {
  if (entry.lineWidth !== lineWidth || entry.runs.length !== runs.length * 3) return false
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as PlacedRun
    if (entry.runs[3 * i] !== r.font || entry.runs[3 * i + 1] !== r.size || entry.runs[3 * i + 2] !== r.end) return false
  }
  return true
}

function breakAnew(doc: Doc, runs: readonly TextRun[], lineWidth: number): BrokenParagraph {
  const { text, runs: placedRuns } = placeRuns(doc, runs)
  const pieces = pieceTable()
  const known = cache.get(text)
  if (known !== undefined) {
    for (const entry of known) if (sameParams(entry, lineWidth, placedRuns)) return { text, runs: placedRuns, lines: entry.lines, pieces }
  }
  const lines = text === '' ? [] : wrap(pieces, text, placedRuns, lineWidth)
  const params: (string | number)[] = []
  for (const r of placedRuns) params.push(r.font, r.size, r.end)
  if (known) known.push({ lineWidth, runs: params, lines })
  else {
    if (cache.size >= MAX_ENTRIES) cache.clear()
    cache.set(text, [{ lineWidth, runs: params, lines }])
  }
  return { text, runs: placedRuns, lines, pieces }
}
