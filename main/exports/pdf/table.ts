/**
 * Tables drawn with pdfkit's `doc.table()`, paged by us: pdfkit never splits a row but neither
 * repeats the header nor keeps related rows together. So rows come in groups (an engagement is
 * two rows: its progress line, then its narrative beside a cell spanning both), each group is
 * measured the way pdfkit will measure it, and when a group does not fit the table is closed,
 * a page is started, and a new table opens with the header row again.
 */
import { typo } from './strings'
import { FACES, type Face } from './fonts'
import { artifact, ensureSpace, maxY, measure, restoreFont, type Ctx, type StructElem } from './layout'
import { COLORS, SIZES } from './theme'

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
  const text = typo(cell.text)
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

// Cells draw no border and no background: pdfkit would stroke four lines per cell (eight
// save/restore pairs when sides differ) and paint each cell on its own. We paint one band per
// header or striped group before its text, and stroke the grid once per page of the table.
const NO_BORDER = { top: 0, right: 0, bottom: 0, left: 0 }

function toPdfkitCell(cell: CellSpec, header: boolean): PDFKit.Mixins.CellOptions {
  const options: PDFKit.Mixins.CellOptions = {
    text: typo(cell.text),
    font: { src: FACES[cell.face ?? 'regular'], size: cell.size ?? SIZES.table },
    textColor: cell.color ?? COLORS.text,
    border: NO_BORDER,
    padding: { top: cell.padTop ?? PAD.top, bottom: cell.padBottom ?? PAD.bottom, left: PAD.left, right: PAD.right },
    align: { x: cell.align ?? 'left', y: 'top' },
    textOptions: { lineGap: LINE_GAP_TABLE },
    type: header ? 'TH' : 'TD',
  }
  if (header) options.scope = 'column'
  if (cell.rowSpan && cell.rowSpan > 1) options.rowSpan = cell.rowSpan
  return options
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
      doc.moveTo(x, top).lineTo(x, bottom)
    }
    for (const y of rules) if (y < bottom - 0.5) doc.moveTo(ctx.left, y).lineTo(right, y)
    doc.lineWidth(0.5).strokeColor(COLORS.tableBorder).stroke()
  })
}

/** Draws the table from the current position, across pages, tagged under `parent`. */
export function pagedTable(ctx: Ctx, parent: StructElem, spec: TableSpec): void {
  const doc = ctx.doc
  const headerHeight = headerHeightOf(ctx, spec)
  const headerRow = headerCells(spec).map((c) => toPdfkitCell(c, true))
  let table: PDFKit.Mixins.PDFTableObject | undefined
  let top = 0
  let rules: number[] = []

  const open = (): PDFKit.Mixins.PDFTableObject => {
    top = doc.y
    rules = []
    const t = doc.table({ position: { x: ctx.left, y: top }, columnStyles: spec.columns, structParent: parent })
    if (headerRow.length > 0) {
      band(ctx, top, headerHeight, 0.1)
      t.row(headerRow)
      rules.push(doc.y)
    }
    return t
  }
  const close = (): void => {
    if (!table) return
    table.end()
    grid(ctx, spec, top, doc.y, rules)
    table = undefined
  }

  spec.groups.forEach((group, index) => {
    const heights = groupRowHeights(ctx, spec, group)
    const total = heights.reduce((a, b) => a + b, 0)
    const need = total + (table ? 0 : headerHeight) + SLACK
    if (doc.y + need > maxY(ctx)) {
      close()
      ensureSpace(ctx, Number.POSITIVE_INFINITY)
    }
    table ??= open()
    if (index % 2 === 1) band(ctx, doc.y, total, 0.035)
    for (const row of group) table.row(row.map((c) => toPdfkitCell(c, false)))
    rules.push(doc.y)
  })
  close()
  doc.x = ctx.left
  restoreFont(ctx)
}
