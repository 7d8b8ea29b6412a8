/**
 * Column widths of a rich table in the Word file, from its content (shared/domain/table-layout.ts,
 * as the PDF): measured in Noto Sans at the table style's size on the text as the Word file prints
 * it (direction.ts: French typography in a French paragraph, an Arabic relevé's and an Arabic
 * paragraph's text as typed), returned in twentieths of a point (Word's « dxa »), summing to the
 * width available.
 */
import {
  UnsupportedRichNode,
  placeTableCells,
  type RichBlock,
  type RichInline,
  type RichTable,
  type RichTableCell,
} from '../../../shared/domain/rich-text'
import { autoColumnWidths, cellExtent, type CellLine, type StyledText } from '../../../shared/domain/table-layout'
import { textWidth } from '../common/text-width'
import { faceFor, type Face } from '../pdf/fonts'
import { printedRuns, type DocDirection } from './direction'
import { SIZE } from './styles'

/** Text width of the page (A4 less the Word file's margins), in points. */
export const PAGE_TEXT_WIDTH = (11906 - 1250 - 1250) / 20
/** Cell margins of the table style (100 twips each side), in points, and a hair of air. */
export const CELL_PAD = 5 + 5 + 1
/** A list level's indent in Word's numbering (360 twips per level), in points. */
const LIST_STEP = 18
const MIN_COLUMN = 24
const POINTS = SIZE.table / 2

function runsOf(content: readonly RichInline[] | undefined, header: boolean, dir: DocDirection): StyledText<Face>[] {
  const nodes = content ?? []
  const texts = printedRuns(
    nodes.map((n) => (n.type === 'text' ? n.text : '\n')),
    dir,
  )
  return nodes.map((node, i) => {
    const marks = new Set(node.marks?.map((m) => m.type))
    return { text: texts[i] ?? '', style: faceFor(header || marks.has('bold'), marks.has('italic')) }
  })
}

function linesOf(
  blocks: readonly RichBlock[],
  level: number,
  header: boolean,
  dir: DocDirection,
  out: CellLine<Face>[],
): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        out.push({ lead: level * LIST_STEP, runs: runsOf(block.content, header, dir) })
        break
      case 'bulletList':
      case 'orderedList':
        for (const item of block.content ?? []) linesOf(item.content ?? [], level + 1, header, dir, out)
        break
      case 'table':
        // A table in a cell asks at least its longest word; its rows, side by side, at most.
        for (const row of block.content ?? []) {
          const runs: StyledText<Face>[] = []
          for (const cell of row.content ?? []) {
            const inner: CellLine<Face>[] = []
            linesOf(cell.content ?? [], 0, header || cell.type === 'tableHeader', dir, inner)
            for (const line of inner) runs.push(...line.runs, { text: '   ', style: 'regular' })
          }
          out.push({ lead: level * LIST_STEP + CELL_PAD, runs })
        }
        break
      default:
        throw new UnsupportedRichNode((block as { type: string }).type)
    }
  }
}

const measure = (text: string, face: Face): number => textWidth(text, face, POINTS)

function cellLinesOf(cell: RichTableCell, dir: DocDirection): CellLine<Face>[] {
  const lines: CellLine<Face>[] = []
  linesOf(cell.content ?? [], 0, cell.type === 'tableHeader', dir, lines)
  return lines
}

/** Widths of the table's grid columns in dxa, for a table `available` points wide in a document of direction `dir`. */
export function tableGrid(table: RichTable, available: number, dir: DocDirection): number[] {
  const placed = placeTableCells(table)
  const extents = placed.cells.map((p) => ({
    col: p.col,
    span: p.colSpan,
    ...cellExtent(cellLinesOf(p.cell, dir), measure, CELL_PAD),
  }))
  const points = autoColumnWidths(extents, placed.columns, available, MIN_COLUMN)
  // Whole twips, the last column taking the rounding so that the grid sums to the width.
  const dxa = points.map((w) => Math.floor(w * 20))
  const total = Math.floor(available * 20)
  if (dxa.length > 0) dxa[dxa.length - 1] = (dxa[dxa.length - 1] ?? 0) + total - dxa.reduce((a, b) => a + b, 0)
  return dxa
}

/** Height of a line of the table's text (Noto Sans is tall: about 1.36 em) and the gap after a paragraph, in points. */
const LINE = POINTS * 1.36
const PARAGRAPH_GAP = 2
/** Rows estimated taller than this may break across pages in Word: a row that may not is cut off at the page's foot. */
export const MAX_UNSPLIT_ROW = 480

/** Rows (their index) estimated taller than MAX_UNSPLIT_ROW points with the grid's widths. */
export function tallRows(table: RichTable, grid: readonly number[], dir: DocDirection): Set<number> {
  const tall = new Set<number>()
  for (const p of placeTableCells(table).cells) {
    const inner = grid.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0) / 20 - CELL_PAD
    let height = 0
    for (const line of cellLinesOf(p.cell, dir)) {
      const { max } = cellExtent([{ lead: 0, runs: line.runs }], measure)
      height += Math.max(1, Math.ceil(max / Math.max(inner - line.lead, 8))) * LINE + PARAGRAPH_GAP
    }
    if (height > MAX_UNSPLIT_ROW) tall.add(p.row)
  }
  return tall
}
