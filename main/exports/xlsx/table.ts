/**
 * Writing one table into a worksheet: styled header row frozen at the top, one row per record,
 * columns sized to their content, an auto-filter over the table, and an A4 print setup that repeats
 * the header on every page. Values are written as plain values only: never a formula.
 */
import type { Cell, PaperSize, Workbook, Worksheet } from 'exceljs'
import { cellText, longestLine } from './cell-text'
import { styles, type StyleName } from './styles'
import { stripXmlIllegal } from '../../../shared/text/clean'

/** What a table cell receives: text, a whole number, a percentage (0-100), or nothing. */
export type TableValue = string | number | null | undefined

export interface TableColumn {
  header: string
  kind?: 'text' | 'integer' | 'percent'
}

/** Column widths in characters: fitted to content but never narrower or wider than these. */
export const MIN_WIDTH = 8
export const MAX_WIDTH = 80
/** Beyond this total width (in characters) a sheet prints in landscape. */
const PORTRAIT_MAX_WIDTH = 100
const A4 = 9 as PaperSize
const EXCELJS_DEFAULT_WIDTH = 9

/** Writes one value into a cell with its style; returns the width, in characters, it needs. */
export function writeCell(cell: Cell, value: TableValue, kind: TableColumn['kind'] = 'text', emphasis = false): number {
  if (value === null || value === undefined || value === '') {
    cell.style = styles[kind === 'text' ? (emphasis ? 'totalLabel' : 'text') : emphasis ? 'totalInteger' : 'integer']
    return 0
  }
  if (typeof value === 'number') {
    const style: StyleName = kind === 'percent' ? 'percent' : emphasis ? 'totalInteger' : 'integer'
    cell.value = kind === 'percent' ? value / 100 : value
    cell.style = styles[style]
    return kind === 'percent' ? 6 : String(value).length
  }
  const { text, formulaLike } = cellText(value)
  // Always a string value, even for « =cmd|… »: exceljs only writes a formula for { formula }.
  cell.value = text
  cell.style = styles[formulaLike ? 'inertText' : emphasis ? 'totalLabel' : 'text']
  return longestLine(text)
}

/** Writes the styled header row of a table at `rowNumber`; returns the headers' widths. */
export function writeHeader(sheet: Worksheet, rowNumber: number, headers: readonly string[]): number[] {
  const row = sheet.getRow(rowNumber)
  headers.forEach((header, index) => {
    const cell = row.getCell(index + 1)
    cell.value = header
    cell.style = styles.header
  })
  return headers.map((header) => longestLine(header))
}

/** Sets column widths from the widest content, bounded to [MIN_WIDTH, MAX_WIDTH]. */
export function fitColumns(sheet: Worksheet, widths: readonly number[]): number {
  let total = 0
  widths.forEach((width, index) => {
    // Two characters of padding: Excel's width unit is a digit, and wrapped text needs some air.
    const fitted = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2))
    // exceljs leaves a width of exactly 9 (its own default) out of the file, and Excel then falls
    // back to 8.43: a hair more keeps the fitted width.
    sheet.getColumn(index + 1).width = fitted === EXCELJS_DEFAULT_WIDTH ? fitted + 0.01 : fitted
    total += fitted
  })
  return total
}

/** A4, fitted to one page wide, landscape when the columns are wide, page numbers in the footer. */
export function setupPrint(sheet: Worksheet, totalWidth: number, footerLeft: string, titleRow?: number): void {
  sheet.pageSetup.paperSize = A4
  sheet.pageSetup.orientation = totalWidth > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait'
  sheet.pageSetup.fitToPage = true
  sheet.pageSetup.fitToWidth = 1
  // 0 lets the page count grow with the rows: only the width is fitted.
  sheet.pageSetup.fitToHeight = 0
  sheet.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
  if (titleRow !== undefined) sheet.pageSetup.printTitlesRow = `${titleRow}:${titleRow}`
  // « & » starts a control code in Excel headers and footers; « && » prints one.
  sheet.headerFooter.oddFooter = `&L${stripXmlIllegal(footerLeft).replace(/&/g, '&&')}&R&P / &N`
}

/** Adds a sheet holding one table (header on row 1, frozen, filtered, fitted, print-ready). */
export function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableValue[])[],
  footerLeft: string,
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  })
  const widths = writeHeader(
    sheet,
    1,
    columns.map((column) => column.header),
  )
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2)
    columns.forEach((column, c) => {
      const width = writeCell(row.getCell(c + 1), values[c], column.kind)
      if (width > (widths[c] ?? 0)) widths[c] = width
    })
  })
  const total = fitColumns(sheet, widths)
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } }
  setupPrint(sheet, total, footerLeft, 1)
  return sheet
}
