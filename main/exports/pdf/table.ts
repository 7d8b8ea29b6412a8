/**
 * Plain-text tables (engagements, next steps, registers), laid out and paged by us: rows come in groups (an engagement is
 * two rows: its progress line, then its narrative beside a cell spanning both), each group is
 * measured the way pdfkit will measure it, and when a group does not fit the table is closed,
 * a page is started, and a new table opens with the header row again.
 */
import { boxX, lineX } from './bidi/geometry'
import { typo } from './strings'
import { FACES, type Face } from './fonts'
import { alignIn, artifact, container, ensureSpace, languageOf, maxY, measure, restoreFont, type Ctx, type StructElem } from './layout'
import { COLORS, SIZES } from './theme'
import { drawParagraph } from './text/paragraph'

export interface CellSpec {
  text: string
  face?: Face
  size?: number
  color?: string
  align?: 'left' | 'center' | 'right'
  /** Rows of its group this cell spans (its height is shared across them). */
  rowSpan?: number
  /** Padding override (top, bottom) for cells that continue one another. */
  padTop?: number
  padBottom?: number
}

/** Rows that must stay on the same page. */
export type RowGroup = CellSpec[][]

export interface TableSpec {
  /** Column widths in points; they should add up to the frame width. */
  columns: number[]
  header: CellSpec[]
  groups: RowGroup[]
}

const PAD = { top: 4, bottom: 4, left: 5, right: 5 }
// pdfkit starts a new page when a row reaches the bottom margin exactly: keep a point spare.
const SLACK = 1
const LINE_GAP_TABLE = 1

function cellWidth(spec: TableSpec, col: number, colSpan = 1): number {
  let w = 0
  for (let k = col; k < col + colSpan; k++) w += spec.columns[k] ?? 0
  return w
}

function cellHeight(ctx: Ctx, spec: TableSpec, cell: CellSpec, col: number): number {
  const width = cellWidth(spec, col) - PAD.left - PAD.right
  const text = typo(cell.text, languageOf(ctx))
  const inner = measure(ctx, text, cell.face ?? 'regular', cell.size ?? SIZES.table, width, LINE_GAP_TABLE)
  return inner + (cell.padTop ?? PAD.top) + (cell.padBottom ?? PAD.bottom)
}

/**
 * Heights of the rows of a group, computed like pdfkit does: a row is as tall as its tallest
 * cell ending on it, and a cell spanning rows gives any missing height to its last row.
 */
export function groupRowHeights(ctx: Ctx, spec: TableSpec, group: RowGroup): number[] {
  const heights: number[] = []
  // Column occupied by each cell, skipping columns claimed by a rowSpan from above.
  const claimed = new Map<string, true>()
  const pending: { end: number; height: number; start: number }[] = []
  group.forEach((row, r) => {
    let col = 0
    for (const cell of row) {
      while (claimed.has(`${r},${col}`)) col++
      const span = cell.rowSpan ?? 1
      for (let k = 0; k < span; k++) claimed.set(`${r + k},${col}`, true)
      pending.push({ start: r, end: r + span - 1, height: cellHeight(ctx, spec, cell, col) })
      col++
    }
    let h = 0
    for (const p of pending.filter((x) => x.end === r)) {
      let need = p.height
      for (let k = p.start; k < r; k++) need -= heights[k] ?? 0
      h = Math.max(h, need)
    }
    heights.push(h)
  })
  return heights
}

/** Where a group's cells go: their column, row and height (rows spanned included). */
interface PlacedSpec {
  cell: CellSpec
  row: number
  col: number
  height: number
}

/** The cells of a group with their column (after those claimed by a rowSpan above) and height. */
function placeGroup(group: RowGroup, heights: readonly number[]): PlacedSpec[] {
  const claimed = new Set<string>()
  const out: PlacedSpec[] = []
  group.forEach((row, r) => {
    let col = 0
    for (const cell of row) {
      while (claimed.has(`${r},${col}`)) col++
      const span = Math.max(1, Math.min(cell.rowSpan ?? 1, group.length - r))
      for (let k = 0; k < span; k++) claimed.add(`${r + k},${col}`)
      let height = 0
      for (let k = r; k < r + span; k++) height += heights[k] ?? 0
      out.push({ cell, row: r, col, height })
      col++
    }
  })
  return out
}

/**
 * Draws one group's rows at `top`, tagged Table > TR > TH/TD. Cells draw no border and no
 * background: we paint one band per header or striped group before the text, and stroke the
 * grid once per page of the table. The text goes where pdfkit's table put it (inside the
 * padding, top-aligned), without pdfkit's per-cell measuring, clipping and restyling.
 */
function drawGroup(
  ctx: Ctx,
  table: StructElem,
  spec: TableSpec,
  group: RowGroup,
  heights: readonly number[],
  header: boolean,
  tableId: string,
): void {
  const doc = ctx.doc
  const top = doc.y
  const xs: number[] = [ctx.left]
  spec.columns.forEach((w, k) => xs.push((xs[k] ?? ctx.left) + w))
  const rowTops: number[] = []
  heights.reduce((y, h, r) => ((rowTops[r] = y), y + h), top)
  const placed = placeGroup(group, heights)
  group.forEach((_, r) => {
    const tr = container(table, ctx, 'TR')
    for (const p of placed.filter((x) => x.row === r)) {
      const { cell } = p
      const padTop = cell.padTop ?? PAD.top
      const padBottom = cell.padBottom ?? PAD.bottom
      const y = (rowTops[r] ?? top) + padTop
      const width = Math.max(cellWidth(spec, p.col) - PAD.left - PAD.right, 0)
      // Right to left, the first column is the rightmost.
      const x = boxX(ctx, (xs[p.col] ?? ctx.left) + PAD.left, width)
      const text = typo(cell.text, languageOf(ctx))
      // Header cells carry an ID, and each data cell names its column's header (Headers).
      const headerId = new String(`${tableId}-h${p.col}`)
      const attributes: Record<string, unknown> = { O: 'Table' }
      if (header) attributes.Scope = 'Column'
      else if (spec.header[p.col]) attributes.Headers = [headerId]
      if ((cell.rowSpan ?? 1) > 1) attributes.RowSpan = cell.rowSpan
      const el = doc.struct(header ? 'TH' : 'TD')
      const dictionary = (el as unknown as { dictionary?: { data?: Record<string, unknown> } }).dictionary
      // The attributes inline in the element, not an object of their own: a smaller file.
      if (dictionary?.data) {
        dictionary.data.A = attributes
        if (header) dictionary.data.ID = headerId
      }
      tr.add(el)
      if (text) {
        el.add(() => {
          const face = cell.face ?? (header ? 'bold' : 'regular')
          const size = cell.size ?? SIZES.table
          const color = cell.color ?? COLORS.text
          const room = p.height - padTop - padBottom
          const align = alignIn(ctx, cell.align ?? 'left')
          if (measure(ctx, text, face, size, width, LINE_GAP_TABLE) <= room + 0.01) {
            drawParagraph(doc, [{ text, font: FACES[face], size }], { x, y, width, lineGap: LINE_GAP_TABLE, align, color })
          } else {
            // A cell taller than its row could only be one taller than a page: cut it, as pdfkit did.
            doc.font(FACES[face], size).fillColor(color)
            doc.text(text, x, y, { width, lineGap: LINE_GAP_TABLE, align, height: Math.max(room, 0), ellipsis: true })
          }
        })
      }
      el.end()
    }
    tr.end()
  })
  doc.y = top + heights.reduce((a, b) => a + b, 0)
  doc.x = ctx.left
  restoreFont(ctx)
}

/** Header cells as drawn: bold. */
function headerCells(spec: TableSpec): CellSpec[] {
  return spec.header.map((c) => ({ face: 'bold', ...c }))
}

export function headerHeightOf(ctx: Ctx, spec: TableSpec): number {
  return spec.header.length > 0 ? groupRowHeights(ctx, spec, [headerCells(spec)]).reduce((a, b) => a + b, 0) : 0
}

/** Room the table needs to start: header row and first group (what a heading before it keeps with it). */
export function tableLeadHeight(ctx: Ctx, spec: TableSpec): number {
  const header = headerHeightOf(ctx, spec)
  const first = spec.groups[0] ? groupRowHeights(ctx, spec, spec.groups[0]).reduce((a, b) => a + b, 0) : 0
  return header + first + SLACK
}

/** A tinted band behind a row; translucent so that the « PROJET » watermark still shows through. */
function band(ctx: Ctx, y: number, height: number, opacity: number): void {
  artifact(ctx, () => {
    ctx.doc.fillColor(COLORS.accent, opacity).rect(ctx.left, y, ctx.width, height).fill()
  })
}

/** The grid of one page of the table: frame, column rules, a rule under the header and each group. */
function grid(ctx: Ctx, spec: TableSpec, top: number, bottom: number, rules: readonly number[]): void {
  artifact(ctx, () => {
    const doc = ctx.doc
    const right = ctx.left + ctx.width
    doc.rect(ctx.left, top, ctx.width, bottom - top)
    let x = ctx.left
    for (const w of spec.columns.slice(0, -1)) {
      x += w
      doc.moveTo(lineX(ctx, x), top).lineTo(lineX(ctx, x), bottom)
    }
    for (const y of rules) if (y < bottom - 0.5) doc.moveTo(ctx.left, y).lineTo(right, y)
    doc.lineWidth(0.5).strokeColor(COLORS.tableBorder).stroke()
  })
}

// Tables drawn in each document, for IDs unique within it.
const tablesDrawn = new WeakMap<object, number>()

/** Draws the table from the current position, across pages, tagged under `parent`. */
export function pagedTable(ctx: Ctx, parent: StructElem, spec: TableSpec): void {
  const doc = ctx.doc
  const header = headerCells(spec)
  const headerHeights = header.length > 0 ? groupRowHeights(ctx, spec, [header]) : []
  const headerHeight = headerHeights.reduce((a, b) => a + b, 0)
  const table = container(parent, ctx, 'Table')
  const tableId = `table-${(tablesDrawn.get(doc) ?? 0) + 1}`
  tablesDrawn.set(doc, (tablesDrawn.get(doc) ?? 0) + 1)
  let open = false
  // Each page's part repeats the header row: its header cells get their own IDs.
  let part = 0
  let partId = tableId
  let top = 0
  let rules: number[] = []

  const start = (): void => {
    top = doc.y
    rules = []
    open = true
    part++
    partId = `${tableId}-${part}`
    if (header.length > 0) {
      band(ctx, top, headerHeight, 0.1)
      drawGroup(ctx, table, spec, [header], headerHeights, true, partId)
      rules.push(doc.y)
    }
  }
  const close = (): void => {
    if (!open) return
    grid(ctx, spec, top, doc.y, rules)
    open = false
  }

  spec.groups.forEach((group, index) => {
    const heights = groupRowHeights(ctx, spec, group)
    const total = heights.reduce((a, b) => a + b, 0)
    const need = total + (open ? 0 : headerHeight) + SLACK
    if (doc.y + need > maxY(ctx)) {
      close()
      ensureSpace(ctx, Number.POSITIVE_INFINITY)
    }
    if (!open) start()
    if (index % 2 === 1) band(ctx, doc.y, total, 0.035)
    drawGroup(ctx, table, spec, group, heights, false, partId)
    rules.push(doc.y)
  })
  close()
  table.end()
  doc.x = ctx.left
  restoreFont(ctx)
}
