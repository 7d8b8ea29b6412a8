/** The text an Excel cell shows, whatever exceljs gives for it; a module of its own so that reading it does not load exceljs. */
import type { CellValue } from 'exceljs'

/** The text a cell shows: rich text joined, the text of a link, a formula's result, whole numbers without exponent. */
export function cellValueText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValueText(value.text as CellValue)
  if ('formula' in value || 'sharedFormula' in value)
    return value.result === undefined ? '' : cellValueText(value.result as CellValue)
  if ('error' in value) return ''
  return ''
}
