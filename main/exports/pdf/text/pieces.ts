/**
 * The space-ended pieces of a paragraph, measured once per paragraph. pdfkit (and text-metrics.ts
 * `advanceOf`) measures a text as the sum of its pieces — cut after each space or tab — in order;
 * a word, a line, the line without its trailing spaces and the glyphs written are all made of the
 * same pieces of the paragraph's text. Each piece is cut out of the text (a new string, hashed
 * to be looked up) once, at its first use, and its advance and text are kept by position: the
 * other uses read them, and the sum is the same, bit for bit, as measuring the cut-out text.
 */
import { pieceAdvance } from '../text-metrics'
import type { PdfFont } from './run'

export interface PieceTable {
  /** Advance (1000-unit space) of the piece starting at each position of the text, once measured. */
  advance: (number | undefined)[]
  /** The text of the piece starting at each position, once measured. */
  text: (string | undefined)[]
}

/** An empty table (plain arrays filled as pieces are met: cheaper to make than typed arrays). */
export function pieceTable(): PieceTable {
  return { advance: [], text: [] }
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
  const known = table.advance[start]
  if (known !== undefined) return known
  const cut = text.slice(start, end)
  const advance = pieceAdvance(run.pdfFont, cut)
  table.advance[start] = advance
  table.text[start] = cut
  return advance
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

/** The text of the piece [start, end) of a run, as measured (the same string, already hashed), or cut out. */
export function pieceText(table: PieceTable, text: string, start: number, end: number): string {
  const known = table.text[start]
  return known !== undefined && known.length === end - start ? known : text.slice(start, end)
}
