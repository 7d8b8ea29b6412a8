/**
 * User text on its way into a spreadsheet cell: line breaks normalised, cut to Excel's per-cell
 * limit with a visible marker, and flagged when a spreadsheet would read it as a formula.
 */
import { exportXlsxStrings } from '../../../shared/i18n/fr/export-xlsx'
import { stripXmlIllegal } from '../../../shared/text/clean'

/** Excel refuses (or silently cuts) cell text longer than this many UTF-16 code units. */
export const EXCEL_MAX_CELL_CHARS = 32_767

/**
 * First characters that make Excel, LibreOffice or a CSV importer treat a typed value as a formula
 * (OWASP « CSV injection »). Line feed joins them because a carriage return is written as one.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n'])

export interface CellText {
  text: string
  /** True when the text would become a formula if a user re-entered it: write it with a quote prefix. */
  formulaLike: boolean
  truncated: boolean
}

/** Prepares one user string for a cell; never returns a formula, only text. */
export function cellText(raw: string): CellText {
  // The boundary already drops what XML cannot hold; a row stored before it did must still export.
  const value = stripXmlIllegal(raw)
  const formulaLike = value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0))
  // XML readers turn a bare CR into LF anyway, and LF is Excel's line break inside a cell:
  // normalising here makes what is read back equal to what was written.
  const text = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
  if (text.length <= EXCEL_MAX_CELL_CHARS) return { text, formulaLike, truncated: false }
  const marker = exportXlsxStrings.truncated
  let cut = EXCEL_MAX_CELL_CHARS - marker.length
  // Never split a surrogate pair: half an emoji is not valid text.
  const last = text.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1
  return { text: text.slice(0, cut) + marker, formulaLike, truncated: true }
}

/** Longest line of a text, in characters, for sizing a column. */
export function longestLine(text: string): number {
  let longest = 0
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    const length = (end === -1 ? text.length : end) - start
    if (length > longest) longest = length
    if (end === -1) return longest
    start = end + 1
  }
}
