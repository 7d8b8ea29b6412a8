/**
 * Reading Excel workbooks back: the text of every cell as Excel shows it (exceljs's `cell.text`),
 * sheet by sheet, row by row.
 */
import ExcelJS from 'exceljs'

/** The shown text of every cell of every sheet, in order. */
export async function workbookCells(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const texts: string[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))))
  return texts
}

/** Every cell's text, one cell per line. */
export async function workbookText(bytes: Buffer): Promise<string> {
  return (await workbookCells(bytes)).join('\n')
}
