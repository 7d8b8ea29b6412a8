/**
 * Cell styles of the relevé workbook. Each is one shared object, assigned whole and never mutated:
 * exceljs caches a style's index by object identity, so sharing them keeps the export fast.
 */
import type { Border, Borders, Style } from 'exceljs'

const line: Partial<Border> = { style: 'thin', color: { argb: 'FFB4BEC8' } }
const grid: Partial<Borders> = { top: line, left: line, bottom: line, right: line }

/** Text format (« @ »): what a user types into the cell later also stays text. */
export const TEXT_FORMAT = '@'
/** « 72 % » with the non-breaking space French typography puts before « % ». */
export const PERCENT_FORMAT = '0"\u00a0"%'

type CellStyle = Readonly<Partial<Style>>

export const styles = {
  header: {
    font: { bold: true, color: { argb: 'FFFFFFFF' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } },
    border: grid,
    alignment: { vertical: 'middle', horizontal: 'left', wrapText: true },
  },
  text: { border: grid, alignment: { vertical: 'top', wrapText: true } },
  /** For text that starts like a formula; styles.xml also gets quotePrefix for it (quote-prefix.ts). */
  inertText: { numFmt: TEXT_FORMAT, border: grid, alignment: { vertical: 'top', wrapText: true } },
  label: { font: { bold: true }, border: grid, alignment: { vertical: 'top', wrapText: true } },
  integer: { numFmt: '0', border: grid, alignment: { vertical: 'top', horizontal: 'center' } },
  percent: { numFmt: PERCENT_FORMAT, border: grid, alignment: { vertical: 'top', horizontal: 'center' } },
  totalLabel: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } },
    border: grid,
    alignment: { vertical: 'top' },
  },
  totalInteger: {
    numFmt: '0',
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } },
    border: grid,
    alignment: { vertical: 'top', horizontal: 'center' },
  },
} satisfies Record<string, CellStyle>

export type StyleName = keyof typeof styles
