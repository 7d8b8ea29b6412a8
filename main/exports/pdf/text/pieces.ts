/**
 * The space-ended pieces of a paragraph, measured once per paragraph. pdfkit (and text-metrics.ts
 * `advanceOf`) measures a text as the sum of its pieces — cut after each space or tab — in order;
 * a word, a line, the line without its trailing spaces and the glyphs written are all made of the
 * same pieces of the paragraph's text. Each piece is cut out of the text (a new string, hashed
 * to be looked up) once, at its first use, and its advance and text are kept by position: the
 * other uses read them, and the sum is the same, bit for bit, as measuring the cut-out text.
 */
import { pieceAdvance, shapedPieceOf, type Shaped } from '../text-metrics'
import type { PdfFont } from './run'

/**
 * The pieces measured so far, in the order of the text (line breaking, then drawing, read a
 * paragraph from its start): dense arrays that grow by one per piece, searched from where the
 * last search ended.
 */
export interface PieceTable {
  /** Where each piece starts, increasing. */
  start: number[]
  /** It as shaped (its advance, in 1000-unit space, and its operands once written: text/write.ts). */
  shaped: Shaped[]
  /** Its text. */
  text: string[]
  /** Index of the last piece found or added. */
  hint: number
}

export function pieceTable(): PieceTable {
  return { start: [], shaped: [], text: [], hint: 0 }
}

/** Index of the piece starting at `at`, or -1. */
function find(table: PieceTable, at: number): number {
  const starts = table.start
  const n = starts.length
  if (n === 0) return -1
  let i = table.hint
  if (starts[i] !== at) {
    // Usually the next one; else a binary search.
    if (i + 1 < n && starts[i + 1] === at) i += 1
    else {
      let lo = 0
      let hi = n - 1
      i = -1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const s = starts[mid] as number
        if (s === at) {
          i = mid
          break
        }
        if (s < at) lo = mid + 1
        else hi = mid - 1
      }
      if (i < 0) return -1
    }
  }
  table.hint = i
  return i
}

/** A run's span of the paragraph's text, in a face without shaping (PlacedRun). */
interface Span {
  end: number
  pdfFont: PdfFont
}

/** End (exclusive) of the piece starting at `start` of a run ending at `end`: after the next space or tab. */
export function pieceEnd(text: string, start: number, end: number): number {
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i++)
    if (c === 32 || c === 9) break
  }
  return i
}

/** The piece of the run starting at `start` (measured on first use). */
function piece(table: PieceTable, text: string, run: Span, start: number, end: number): number {
  const i = find(table, start)
  if (i >= 0) return (table.shaped[i] as Shaped).advanceWidth
  const cut = text.slice(start, end)
  const shaped = shapedPieceOf(run.pdfFont, cut)
  // Kept when it comes after every piece kept (the order the paragraph is read in).
  const n = table.start.length
  if (n === 0 || (table.start[n - 1] as number) < start) {
    table.start.push(start)
    table.shaped.push(shaped)
    table.text.push(cut)
    table.hint = n
  }
  return shaped.advanceWidth
}

/**
 * `advanceOf(font, text.slice(from, to))` for characters [from, to) of one run: the run's pieces
 * in order, the last one cut short at `to` when `to` falls inside it.
 */
export function rangeAdvance(table: PieceTable, text: string, run: Span, from: number, to: number): number {
  let width = 0
  for (let start = from; start < to; ) {
    const end = pieceEnd(text, start, run.end)
    if (end <= to) {
      width += piece(table, text, run, start, end)
      start = end
    } else {
      width += pieceAdvance(run.pdfFont, text.slice(start, to))
      start = to
    }
  }
  return width
}

/** Index of the piece [start, end) of a run as measured, or -1 when it was not kept whole. */
export function pieceIndex(table: PieceTable, start: number, end: number): number {
  const i = find(table, start)
  return i >= 0 && (table.text[i] as string).length === end - start ? i : -1
}
