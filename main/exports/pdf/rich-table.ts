/**
 * Tables of the rich text (discussions, decisions…): cells hold paragraphs, lists (their items
 * labelled « • » / « 1. » and indented), even a table (one line per row, « a | b »), and may span
 * columns and rows.
 *
 * Column widths come from the content, as HTML's automatic table layout: each column gets at
 * least its longest word and, as room allows, up to its longest line. Rows linked by a rowspan
 * stay on one page; a page break repeats the header row; a row is never cut inside a line (only
 * a group taller than a whole page is cut, between two of its lines).
 */
import { boxX, isRtl } from './bidi/geometry'
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
import {
  artifact,
  atPageTop,
  container,
  lineHeight,
  maxY,
  measureRuns,
  restoreFont,
  writeRuns,
  writeLabel,
  widthIn,
  type Ctx,
  type Run,
  type StructElem,
} from './layout'
import { cellLines, type CellPara, type LineMetrics } from './rich-cell-lines'
import { runsOf } from './rich-runs'
import { typoRuns } from './strings'
import { COLORS, SIZES } from './theme'

const PAD = { top: 3.5, bottom: 4, left: 5, right: 5 }
const PARA_GAP = 2
const LIST_STEP = 10
const SIZE = SIZES.table
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

function labelWidth(ctx: Ctx, p: CellPara): number {
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
    const texts = typoRuns(p.runs.map((r) => r.text))
    return {
      lead: p.indent + labelWidth(ctx, p),
      runs: p.runs.map((r, i) => ({ text: texts[i] ?? r.text, style: r.face ?? 'regular' })),
    }
  })
  return cellExtent<Face>(lines, (text, face) => widthOf(ctx, face, text), PAD.left + PAD.right + 1)
}

interface LaidCell extends PlacedCell {
  paras: CellPara[]
  header: boolean
  x: number
  width: number
}

function parasHeight(ctx: Ctx, paras: readonly CellPara[], width: number): number {
  let h = 0
  paras.forEach((p, i) => {
    if (i > 0 && !p.joined) h += PARA_GAP
    const w = width - PAD.left - PAD.right - p.indent - labelWidth(ctx, p)
    h += p.runs.some((r) => r.text !== '') ? measureRuns(ctx, p.runs, SIZE, Math.max(w, 8)) : lineHeight(ctx, SIZE)
  })
  return Math.max(h, lineHeight(ctx, SIZE)) + PAD.top + PAD.bottom
}

/** The table laid out: its cells with geometry, row heights, groups of rows to keep together. */
interface Layout {
  cells: LaidCell[]
  rowHeights: number[]
  /** [first, last] row of each group (rows linked by a rowspan). */
  groups: [number, number][]
  /** Rows at the top repeated after a page break (the first group when it is all header cells). */
  headerRows: number
}

function layoutTable(ctx: Ctx, table: RichTable): Layout | undefined {
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

const sumRows = (l: Layout, from: number, to: number): number => {
  let h = 0
  for (let r = from; r <= to; r++) h += l.rowHeights[r] ?? 0
  return h
}

/** Height a heading before the table keeps with it: header and first group. */
export function richTableLead(ctx: Ctx, table: RichTable): number {
  const l = layoutTable(ctx, table)
  if (!l) return 0
  const firstBody = l.groups[l.headerRows > 0 ? 1 : 0]
  return sumRows(l, 0, l.headerRows - 1) + (firstBody ? sumRows(l, firstBody[0], firstBody[1]) : 0) + 2
}

function drawParas(ctx: Ctx, cell: LaidCell, paras: readonly CellPara[], top: number): void {
  let y = top + PAD.top
  paras.forEach((p, i) => {
    if (i > 0 && !p.joined) y += PARA_GAP
    const lw = labelWidth(ctx, p)
    const x = cell.x + PAD.left + p.indent
    const width = Math.max(cell.width - PAD.left - PAD.right - p.indent - lw, 8)
    // Right to left, a list marker stands at the cell's right edge and the text to its left.
    const inCell = { left: cell.x + PAD.left, width: cell.width - PAD.left - PAD.right, direction: ctx.direction }
    if (p.label !== undefined) {
      const labelX = isRtl(ctx) ? boxX(inCell, x, widthIn(ctx, p.label, 'regular', SIZE)) : x
      writeLabel(ctx, p.label, { x: labelX, y, face: 'regular', size: SIZE, color: COLORS.text })
    }
    if (p.runs.some((r) => r.text !== '')) {
      writeRuns(ctx, p.runs, { x: boxX(inCell, x + lw, width), y, width, size: SIZE })
      y = ctx.doc.y
    } else {
      y += lineHeight(ctx, SIZE)
    }
  })
  ctx.doc.y = y
}

function frame(ctx: Ctx, boxes: readonly { x: number; y: number; w: number; h: number; header: boolean }[]): void {
  artifact(ctx, () => {
    const doc = ctx.doc
    for (const b of boxes.filter((x) => x.header)) doc.fillColor(COLORS.accent, 0.1).rect(b.x, b.y, b.w, b.h).fill()
    for (const b of boxes) doc.rect(b.x, b.y, b.w, b.h)
    doc.lineWidth(0.5).strokeColor(COLORS.tableBorder).stroke()
  })
}

/** Draws rows [from, to] at the current position (the caller made room). */
function drawRows(ctx: Ctx, table: StructElem, l: Layout, from: number, to: number): void {
  const top = ctx.doc.y
  const offsets: number[] = []
  let acc = 0
  for (let r = from; r <= to; r++) {
    offsets[r] = acc
    acc += l.rowHeights[r] ?? 0
  }
  const boxes: { x: number; y: number; w: number; h: number; header: boolean }[] = []
  for (let r = from; r <= to; r++) {
    const tr = container(table, ctx, 'TR')
    for (const cell of l.cells.filter((c) => c.row === r)) {
      const y = top + (offsets[r] ?? 0)
      boxes.push({ x: cell.x, y, w: cell.width, h: sumRows(l, r, r + cell.rowSpan - 1), header: cell.header })
      const el = ctx.doc.struct(cell.header ? 'TH' : 'TD', {}, [() => drawParas(ctx, cell, cell.paras, y)])
      tr.add(el)
    }
    tr.end()
  }
  frame(ctx, boxes)
  ctx.doc.y = top + acc
  ctx.doc.x = ctx.left
}

function metricsOf(ctx: Ctx): LineMetrics {
  return { width: (face: Face, text: string) => widthOf(ctx, face, text), label: (p: CellPara) => labelWidth(ctx, p) }
}

/** The cell's paragraphs, one per printed line. */
function linesOf(ctx: Ctx, cell: LaidCell): CellPara[] {
  return cellLines(cell.paras, cell.width - PAD.left - PAD.right, metricsOf(ctx))
}

/** Takes from `lines` what fits in `room` (at least one line: a line is never cut). */
function take(ctx: Ctx, lines: CellPara[], width: number, room: number): CellPara[] {
  const slice: CellPara[] = []
  while (lines.length > 0) {
    const next = lines[0] as CellPara
    if (slice.length > 0 && parasHeight(ctx, [...slice, next], width) > room) break
    slice.push(next)
    lines.shift()
  }
  return slice
}

/**
 * Whether a tall row can keep its columns: only its last non-empty cell runs over pages (every
 * other cell fits beside its first part), so that the text still reads in order. Starts a new
 * page when that is what it takes.
 */
function keepsColumns(ctx: Ctx, cells: readonly LaidCell[], fullRoom: number, header: () => void): boolean {
  const filled = cells.map((c) => c.paras.some((p) => p.runs.some((r) => r.text.trim() !== '')))
  const last = filled.lastIndexOf(true)
  // Measured line by line, as the row will be cut.
  const others = Math.max(0, ...cells.filter((_, i) => i !== last).map((c) => parasHeight(ctx, linesOf(ctx, c), c.width)))
  if (others <= maxY(ctx) - ctx.doc.y - 1) return true
  if (others > fullRoom) return false
  ctx.doc.continueOnNewPage()
  ctx.doc.x = ctx.left
  header()
  return true
}

/**
 * A group taller than a page, cut between lines where each page ends, the header repeated above
 * each part. A row whose last cell alone is that long keeps its columns; otherwise the cells go
 * one below the other across the table's width, so that the text reads in order.
 */
function drawTallGroup(ctx: Ctx, table: StructElem, l: Layout, from: number, to: number, header: () => void, fullRoom: number): void {
  const group = l.cells.filter((x) => x.row >= from && x.row <= to)
  const parts: LaidCell[][] =
    from === to && keepsColumns(ctx, group, fullRoom, header) ? [group] : group.map((cell) => [{ ...cell, x: ctx.left, width: ctx.width }])
  const oneLine = lineHeight(ctx, SIZE) + PAD.top + PAD.bottom
  const headerHeight = sumRows(l, 0, l.headerRows - 1)
  // On a new page the header is repeated above the lines that continue the row, but drawn after
  // them, so that text read in drawing order runs on across the page break; and only when this
  // page's part ends between two paragraphs, since the next page's part would come after it.
  let headerAt: number | undefined
  const nextPage = (): void => {
    ctx.doc.continueOnNewPage()
    ctx.doc.x = ctx.left
    headerAt = ctx.doc.y
  }
  parts.forEach((cells) => {
    let rest = cells.map((cell) => linesOf(ctx, cell))
    for (;;) {
      // Not even a line fits: continue on the next page.
      if (ctx.doc.y + oneLine > maxY(ctx) && !atPageTop(ctx) && headerAt === undefined) nextPage()
      const cut = (top: number): { top: number; slices: CellPara[][]; left: CellPara[][] } => {
        const left = rest.map((r) => [...r])
        const slices = cells.map((cell, i) => take(ctx, left[i] ?? [], cell.width, maxY(ctx) - top - 1))
        return { top, slices, left }
      }
      let part = cut(ctx.doc.y + (headerAt === undefined ? 0 : headerHeight))
      if (headerAt !== undefined && part.left.some((r) => r[0]?.joined === true)) {
        headerAt = undefined
        part = cut(ctx.doc.y)
      }
      const { top, slices } = part
      rest = part.left
      const h = Math.max(...cells.map((cell, i) => parasHeight(ctx, slices[i] ?? [], cell.width)))
      const tr = container(table, ctx, 'TR')
      cells.forEach((cell, i) => tr.add(ctx.doc.struct(cell.header ? 'TH' : 'TD', {}, [() => drawParas(ctx, cell, slices[i] ?? [], top)])))
      tr.end()
      frame(ctx, cells.map((cell) => ({ x: cell.x, y: top, w: cell.width, h, header: cell.header })))
      ctx.doc.y = top + h
      if (headerAt !== undefined) {
        const end = ctx.doc.y
        ctx.doc.y = headerAt
        header()
        ctx.doc.y = end
        headerAt = undefined
      }
      if (rest.every((r) => r.length === 0)) break
      nextPage()
    }
  })
  ctx.doc.x = ctx.left
}

/** Draws a rich table from the current position, across pages, tagged under `parent`. */
export function richTable(ctx: Ctx, parent: StructElem, block: RichTable): void {
  const l = layoutTable(ctx, block)
  if (!l) return
  const doc = ctx.doc
  const table = container(parent, ctx, 'Table')
  const headerHeight = sumRows(l, 0, l.headerRows - 1)
  const drawHeader = (): void => {
    if (l.headerRows > 0) drawRows(ctx, table, l, 0, l.headerRows - 1)
  }
  const pageRoom = (): number => maxY(ctx) - doc.page.margins.top - headerHeight - 1
  // A group taller than a whole page starts where it is, once a few of its lines fit.
  const someLines = 3 * lineHeight(ctx, SIZE) + PAD.top + PAD.bottom
  let started = false
  for (const [from, to] of l.groups) {
    if (from < l.headerRows) continue
    const h = sumRows(l, from, to)
    const tall = h > pageRoom()
    const need = (tall ? Math.min(h, someLines) : h) + (started ? 0 : headerHeight) + 1
    if (doc.y + need > maxY(ctx) && !atPageTop(ctx)) {
      doc.continueOnNewPage()
      doc.x = ctx.left
      if (started) drawHeader()
    }
    if (!started) {
      drawHeader()
      started = true
    }
    if (tall || doc.y + h > maxY(ctx)) drawTallGroup(ctx, table, l, from, to, drawHeader, pageRoom())
    else drawRows(ctx, table, l, from, to)
  }
  // A table that is only a header (a single row of header cells).
  if (!started) drawRows(ctx, table, l, 0, l.rowHeights.length - 1)
  table.end()
  restoreFont(ctx)
}
