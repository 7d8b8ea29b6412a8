/**
 * Tables of the rich text (discussions, decisions…): cells hold paragraphs, lists (their items
 * labelled « • » / « 1. » and indented), even a table (one line per row, « a | b »), and may span
 * columns and rows.
 *
 * Column widths come from the content, as HTML's automatic table layout: each column gets at
 * least its longest word and, as room allows, up to its longest line. Rows linked by a rowspan
 * stay on one page; a page break repeats the header row; a row is never cut inside a line (only
 * a group taller than a whole page is cut, between two of its lines). The layout (cells,
 * columns, rows) is rich-table-layout.ts'.
 */
import { boxX, isRtl } from './bidi/geometry'
import { type RichTable } from '../../../shared/domain/rich-text'
import {
  artifact,
  atPageTop,
  container,
  lineHeight,
  maxY,
  restoreFont,
  writeRuns,
  writeLabel,
  widthIn,
  type Ctx,
  type StructElem,
} from './layout'
import { cellLines, type CellPara } from './rich-cell-lines'
import {
  PAD,
  PARA_GAP,
  SIZE,
  labelWidth,
  layoutTable,
  metricsOf,
  parasHeight,
  sumRows,
  type LaidCell,
  type Layout,
} from './rich-table-layout'
import { COLORS } from './theme'

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
