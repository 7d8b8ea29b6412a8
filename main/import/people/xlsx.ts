/** Reads the first sheet of an .xlsx workbook into rows of text, as a person sees them in Excel. */
import ExcelJS from 'exceljs'
import type { CsvRecord } from './csv'
import { cellValueText } from './cell-text'

export type XlsxResult =
  { ok: true; records: CsvRecord[]; rowCount: number } | { ok: false; reason: 'noSheet' | 'unreadable'; detail: string }

/** The non-empty rows of the first sheet, with their row numbers; stops reading past `maxRows`. */
export async function readFirstSheet(bytes: Buffer, maxRows: number): Promise<XlsxResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs declares its own Buffer type, narrower than Node's; the bytes are a plain Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) }
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { ok: false, reason: 'noSheet', detail: '' }
  const records: CsvRecord[] = []
  let rowCount = 0
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    rowCount += 1
    if (rowCount > maxRows + 1) return
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValueText(cell.value)
    })
    const filled = Array.from(cells, (cell) => cell ?? '')
    if (filled.some((cell) => cell.trim().length > 0)) records.push({ line: rowNumber, cells: filled })
  })
  return { ok: true, records, rowCount }
}
