/**
 * Layout of the rich text's tables (rich-table.ts draws them): each cell's paragraphs (lists
 * labelled and indented, a nested table one line per row), column widths from the content as
 * HTML's automatic table layout, row heights, groups of rows linked by a rowspan, header rows.
 */
import { boxX } from './bidi/geometry'
import {
  UnsupportedRichNode,
  bulletLabel,
  orderedLabel,
  placeTableCells,
  type PlacedCell,
  type RichBlock,
  type RichTable,
} from '../../../shared/domain/rich-text'
import { autoColumnWidths, cellExtent } from '../../../shared/domain/table-layout'
import { FACES, type Face } from './fonts'
import { languageOf, lineHeight, measureRuns, restoreFont, type Ctx, type Run } from './layout'
import { cellLines, type CellPara, type LineMetrics } from './rich-cell-lines'
import { runsOf } from './rich-runs'
import { typoRuns } from './strings'
import { SIZES } from './theme'

export const PAD = { top: 3.5, bottom: 4, left: 5, right: 5 }
export const PARA_GAP = 2
const LIST_STEP = 10
export const SIZE = SIZES.table
// Smallest column: room for a few letters.
const MIN_COLUMN = 24

const BOLD: Record<Face, Face> = { regular: 'bold', italic: 'boldItalic', bold: 'bold', boldItalic: 'boldItalic' }

function cellParas(blocks: readonly RichBlock[], depth: number, header: boolean, out: CellPara[]): CellPara[] {
  const indent = depth * LIST_STEP
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading': {
        const runs = runsOf(block.content)
        out.push({ runs: header ? runs.map((r) => ({ ...r, face: BOLD[r.face ?? 'regular'] })) : runs, indent })
        break
      }
      case 'bulletList':
      case 'orderedList':
        ;(block.content ?? []).forEach((item, index) => {
          const label =
            block.type === 'bulletList' ? bulletLabel(depth) : orderedLabel(depth, index, block.attrs?.start)
          const start = out.length
          cellParas(item.content ?? [], depth + 1, header, out)
          const first = out[start]
          // The label goes on the item's first line (an empty item still shows its label).
          if (first && first.label === undefined) out[start] = { ...first, label, indent }
          else out.splice(start, 0, { runs: [], indent, label })
        })
        break
      case 'table':
        // A table inside a cell: one line per row, its cells separated by « | ».
        for (const row of block.content ?? []) {
          const runs: Run[] = []
          ;(row.content ?? []).forEach((cell, k) => {
            if (k > 0) runs.push({ text: ' | ' })
            cellParas(cell.content ?? [], 0, header || cell.type === 'tableHeader', []).forEach((p, i) => {
              if (i > 0) runs.push({ text: ' ' })
              if (p.label) runs.push({ text: `${p.label} ` })
              runs.push(...p.runs)
            })
          })
          out.push({ runs, indent })
        }
        break
      default:
        throw new UnsupportedRichNode((block as { type: string }).type)
    }
  }
  return out
}

export function labelWidth(ctx: Ctx, p: CellPara): number {
  return p.label === undefined ? 0 : widthOf(ctx, 'regular', p.label) + 4
}

// Word widths repeat across cells and documents; fonts never change within a process.
const widths = new Map<string, number>()

function widthOf(ctx: Ctx, face: Face, text: string): number {
  const key = `${face}|${text}`
  const known = widths.get(key)
  if (known !== undefined) return known
  ctx.doc.font(FACES[face], SIZE)
  const w = ctx.doc.widthOfString(text)
  restoreFont(ctx)
  if (widths.size > 50_000) widths.clear()
  widths.set(key, w)
  return w
}

/** Longest word and longest unwrapped line of a cell, padding included. */
function extentOf(ctx: Ctx, paras: readonly CellPara[]): { min: number; max: number } {
  const lines = paras.map((p) => {
    // Measured as drawn: French typography's no-break spaces join words.
    const texts = typoRuns(p.runs.map((r) => r.text), languageOf(ctx))
    return {
      lead: p.indent + labelWidth(ctx, p),
      runs: p.runs.map((r, i) => ({ text: texts[i] ?? r.text, style: r.face ?? 'regular' })),
    }
  })
  return cellExtent<Face>(lines, (text, face) => widthOf(ctx, face, text), PAD.left + PAD.right + 1)
}

export interface LaidCell extends PlacedCell {
  paras: CellPara[]
  header: boolean
  x: number
  width: number
}

export function parasHeight(ctx: Ctx, paras: readonly CellPara[], width: number): number {
  let h = 0
  paras.forEach((p, i) => {
    if (i > 0 && !p.joined) h += PARA_GAP
    const w = width - PAD.left - PAD.right - p.indent - labelWidth(ctx, p)
    h += p.runs.some((r) => r.text !== '') ? measureRuns(ctx, p.runs, SIZE, Math.max(w, 8)) : lineHeight(ctx, SIZE)
  })
  return Math.max(h, lineHeight(ctx, SIZE)) + PAD.top + PAD.bottom
}

/** The table laid out: its cells with geometry, row heights, groups of rows to keep together. */
export interface Layout {
  cells: LaidCell[]
  rowHeights: number[]
  /** [first, last] row of each group (rows linked by a rowspan). */
  groups: [number, number][]
  /** Rows at the top repeated after a page break (the first group when it is all header cells). */
  headerRows: number
}

// The layout of each table, per document: measured once for the heading that keeps with it and
// once more to draw it otherwise. Valid for the content box and direction it was made for.
const layouts = new WeakMap<object, WeakMap<RichTable, { left: number; width: number; direction: string; layout: Layout | undefined }>>()

/** The table laid out in the current content box (remembered per document and table). */
export function layoutTable(ctx: Ctx, table: RichTable): Layout | undefined {
  let byTable = layouts.get(ctx.doc)
  if (!byTable) {
    byTable = new WeakMap()
    layouts.set(ctx.doc, byTable)
  }
  const known = byTable.get(table)
  if (known && known.left === ctx.left && known.width === ctx.width && known.direction === ctx.direction) return known.layout
  const layout = computeLayout(ctx, table)
  byTable.set(table, { left: ctx.left, width: ctx.width, direction: ctx.direction, layout })
  return layout
}

function computeLayout(ctx: Ctx, table: RichTable): Layout | undefined {
  const placed = placeTableCells(table)
  if (placed.columns === 0) return undefined
  const cells = placed.cells.map((p) => {
    const header = p.cell.type === 'tableHeader'
    return { ...p, header, paras: cellParas(p.cell.content ?? [], 0, header, []) }
  })
  const extents = cells.map((c) => ({ col: c.col, span: c.colSpan, ...extentOf(ctx, c.paras) }))
  const cols = autoColumnWidths(extents, placed.columns, ctx.width, MIN_COLUMN)
  const xs: number[] = [ctx.left]
  cols.forEach((w, k) => xs.push((xs[k] ?? 0) + w))
  const laid: LaidCell[] = cells.map((c) => {
    const start = xs[c.col] ?? ctx.left
    const width = (xs[c.col + c.colSpan] ?? ctx.left + ctx.width) - start
    // Right to left, the first column is the rightmost.
    const x = boxX(ctx, start, width)
    // A word wider than its cell is cut here, as the row's height is measured and drawn.
    return { ...c, x, width, paras: cellLines(c.paras, width - PAD.left - PAD.right, metricsOf(ctx), true) }
  })
  // Row heights: a row is as tall as its tallest cell ending on it; a spanning cell gives any
  // missing height to its last row.
  const rowHeights = new Array<number>(placed.rows).fill(0)
  for (let r = 0; r < placed.rows; r++) {
    let h = lineHeight(ctx, SIZE) + PAD.top + PAD.bottom
    for (const c of laid.filter((x) => x.row + x.rowSpan - 1 === r)) {
      let need = parasHeight(ctx, c.paras, c.width)
      for (let k = c.row; k < r; k++) need -= rowHeights[k] ?? 0
      h = Math.max(h, need)
    }
    rowHeights[r] = h
  }
  const groups: [number, number][] = []
  let start = 0
  let end = 0
  for (let r = 0; r < placed.rows; r++) {
    for (const c of laid.filter((x) => x.row === r)) end = Math.max(end, c.row + c.rowSpan - 1)
    if (end <= r) {
      groups.push([start, r])
      start = r + 1
      end = r + 1
    }
  }
  // Leading groups made of header cells only are the header, repeated after a page break.
  let headerRows = 0
  for (const [gFrom, gTo] of groups.slice(0, -1)) {
    const inGroup = laid.filter((c) => c.row >= gFrom && c.row <= gTo)
    if (gFrom !== headerRows || inGroup.length === 0 || !inGroup.every((c) => c.header)) break
    headerRows = gTo + 1
  }
  return { cells: laid, rowHeights, groups, headerRows }
}

export const sumRows = (l: Layout, from: number, to: number): number => {
  let h = 0
  for (let r = from; r <= to; r++) h += l.rowHeights[r] ?? 0
  return h
}

export function metricsOf(ctx: Ctx): LineMetrics {
  return {
    width: (face: Face, text: string) => widthOf(ctx, face, text),
    label: (p: CellPara) => labelWidth(ctx, p),
    language: languageOf(ctx),
  }
}
