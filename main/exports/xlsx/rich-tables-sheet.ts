/**
 * The « Tableaux » sheet: every table typed in the minutes (introduction, discussions, decisions,
 * next-step details) laid out as a grid of cells under its title, merged cells merged, header cells
 * styled as headers, columns sized from the content with the same rule as the PDF and Word files.
 * The other sheets keep each table's text too, flattened into their cells.
 */
import type { Workbook, Worksheet } from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { placeTableCells, type RichBlock, type RichDoc, type RichTable } from '../../../shared/domain/rich-text'
import { autoColumnWidths, cellExtent } from '../../../shared/domain/table-layout'
import { xlsxLabels } from '../common/labels'
import { decisionBody } from '../common/decisions'
import { cellText } from './cell-text'
import { richToPlainText } from './plain-text'
import { styles } from './styles'
import { MAX_WIDTH, MIN_WIDTH, setupPrint, writeCell } from './table'

/** Width of the sheet's tables, in characters: about a landscape A4 page. */
const SHEET_WIDTH = 130

interface TitledTable {
  title: string
  table: RichTable
}

/** Tables of a document in reading order, those inside lists included (a table in a cell stays in its cell). */
function tablesOf(doc: RichDoc | undefined): RichTable[] {
  const out: RichTable[] = []
  const walk = (blocks: readonly RichBlock[]): void => {
    for (const block of blocks) {
      if (block.type === 'table') out.push(block)
      else if (block.type === 'bulletList' || block.type === 'orderedList') for (const item of block.content ?? []) walk(item.content ?? [])
    }
  }
  walk(doc?.content ?? [])
  return out
}

function titled(doc: RichDoc | undefined, title: (n: number) => string, out: TitledTable[]): void {
  tablesOf(doc).forEach((table, k) => out.push({ title: title(k + 1), table }))
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key] ?? ''))

/** Every table of the relevé with its title, in the document's order. */
export function releveTables(doc: ReleveDocument): TitledTable[] {
  const T = xlsxLabels(doc).tables
  const out: TitledTable[] = []
  titled(doc.introduction, (n) => fill(T.introduction, { n }), out)
  doc.agenda.forEach((item, i) => titled(item.discussion, (n) => fill(T.discussion, { item: i + 1, n }), out))
  doc.agenda.forEach((item, i) => {
    const tables = item.decisions.flatMap((d) => tablesOf(decisionBody(d).body))
    tables.forEach((table, k) => out.push({ title: fill(T.decision, { item: i + 1, n: k + 1 }), table }))
  })
  const others = (doc.otherDecisions ?? []).flatMap((d) => tablesOf(decisionBody(d).body))
  others.forEach((table, k) => out.push({ title: fill(T.otherDecision, { n: k + 1 }), table }))
  doc.nextSteps.forEach((step, i) => titled(step.details, (n) => fill(T.nextStep, { item: i + 1, n }), out))
  return out
}

const chars = (text: string): number => [...text].length

/** Writes one table from `top`; returns the next free row and the widths its columns ask. */
function writeTable(sheet: Worksheet, top: number, { title, table }: TitledTable): { next: number; widths: number[] } {
  const titleCell = sheet.getRow(top).getCell(1)
  writeCell(titleCell, title)
  titleCell.style = styles.label
  const placed = placeTableCells(table)
  const texts = placed.cells.map((p) => richToPlainText({ type: 'doc', content: p.cell.content ?? [] }))
  // A span drawn over a slot an earlier cell holds (a rowspan from above) stops before it: a
  // merge never covers another cell's text.
  const claimed = new Set<string>()
  const free = (r: number, c: number): boolean => !claimed.has(`${r},${c}`)
  placed.cells.forEach((p, k) => {
    const text = texts[k] ?? ''
    const cell = sheet.getRow(top + 1 + p.row).getCell(p.col + 1)
    writeCell(cell, text)
    if (p.cell.type === 'tableHeader' && !cellText(text).formulaLike) cell.style = styles.header
    let cols = 1
    while (cols < p.colSpan && free(p.row, p.col + cols)) cols++
    let rows = 1
    while (rows < p.rowSpan && Array.from({ length: cols }, (_, c) => free(p.row + rows, p.col + c)).every(Boolean)) rows++
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) claimed.add(`${p.row + r},${p.col + c}`)
    if (cols > 1 || rows > 1) {
      // The covered cells get the style too, so that the merged block is framed all round.
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) if (r > 0 || c > 0) sheet.getRow(top + 1 + p.row + r).getCell(p.col + 1 + c).style = cell.style
      sheet.mergeCells(top + 1 + p.row, p.col + 1, top + p.row + rows, p.col + cols)
    }
  })
  const extents = placed.cells.map((p, k) => ({
    col: p.col,
    span: p.colSpan,
    ...cellExtent((texts[k] ?? '').split('\n').map((line) => ({ lead: 0, runs: [{ text: line, style: null }] })), chars, 2),
  }))
  const widths = autoColumnWidths(extents, placed.columns, Math.min(SHEET_WIDTH, placed.columns * MAX_WIDTH), MIN_WIDTH)
  return { next: top + 1 + placed.rows + 1, widths }
}

/** Adds the « Tableaux » sheet when the minutes hold at least one table. */
export function addTablesSheet(workbook: Workbook, doc: ReleveDocument): void {
  const tables = releveTables(doc)
  if (tables.length === 0) return
  const sheet = workbook.addWorksheet(xlsxLabels(doc).sheets.tables)
  const widths: number[] = []
  let row = 1
  for (const t of tables) {
    const laid = writeTable(sheet, row, t)
    laid.widths.forEach((w, c) => (widths[c] = Math.max(widths[c] ?? 0, w)))
    row = laid.next
  }
  let total = 0
  widths.forEach((w, c) => {
    const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)))
    sheet.getColumn(c + 1).width = width
    total += width
  })
  setupPrint(sheet, total, doc.reference)
}
