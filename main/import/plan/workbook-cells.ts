/**
 * The columns of the plan follow-up workbook (`copil export --plan`, « Exporter le suivi (Excel) »),
 * recognised by their French header with accents, case and punctuation ignored, and the values
 * of its cells read as a person sees them in Excel.
 */
import type { Cell, CellValue } from 'exceljs'
import { fr } from '../../../shared/i18n/fr'
import { t } from '../../../shared/i18n/translate'
import { formatLongDate } from '../../../shared/text/french-dates'
import { stripXmlIllegal } from '../../../shared/text/clean'
import { compact } from '../people/columns'
import { cellValueText } from '../people/cell-text'

export const PLAN_COLUMNS = [
  'axis',
  'engagementNumber',
  'engagement',
  'responsible',
  'engagementPercent',
  'activityNumber',
  'activity',
  'weight',
  'percent',
  'band',
  'baseline',
  'current',
  'replanCount',
  'slipDays',
  'narrative',
] as const
export type PlanColumn = (typeof PLAN_COLUMNS)[number]

/** Without these, a row cannot say where its activity belongs. */
export const REQUIRED_PLAN_COLUMNS: readonly PlanColumn[] = [
  'axis',
  'engagementNumber',
  'engagement',
  'activityNumber',
  'activity',
]

// Besides the headers Copil writes, the usual ways a secretary would title the same column.
const SYNONYMS: Partial<Record<PlanColumn, readonly string[]>> = {
  axis: ['axestrategique', 'axes'],
  engagementNumber: [
    'engagementn',
    'nengagement',
    'numeroengagement',
    'numerodelengagement',
    'neng',
    'nodelengagement',
  ],
  engagement: ['intituledelengagement', 'engagements'],
  responsible: ['responsable', 'organisme', 'organismeresponsable'],
  activityNumber: ['activiten', 'nactivite', 'numeroactivite', 'numerodelactivite', 'nact'],
  activity: ['intituledelactivite', 'activites'],
  percent: ['avancement'],
  baseline: ['periodeprevue', 'planification'],
  narrative: ['etatdavancement'],
}

const HEADER_TO_COLUMN = new Map<string, PlanColumn>(
  PLAN_COLUMNS.flatMap((column) =>
    [fr.plan.xlsx.columns[column], ...(SYNONYMS[column] ?? [])].map((header) => [compact(header), column] as const),
  ),
)

/** The column a header names, if any. */
export function planColumnOfHeader(header: string): PlanColumn | undefined {
  return HEADER_TO_COLUMN.get(compact(header))
}

/** The header Copil writes for a column, as problems name it. */
export const columnHeader = (column: PlanColumn): string => fr.plan.xlsx.columns[column]

/** A problem in one cell: its French reason, without the row and column (added by the caller). */
export type CellProblem = string

export type Read<T> = { ok: true; value: T } | { ok: false; problem: CellProblem }

const shown = (value: CellValue): string => cellValueText(value).trim()

/** The cell's text, trimmed; an Excel date becomes « 15 juillet 2020 », as a planned period is written. */
export function cellText(cell: Cell, max: number): Read<string> {
  const value = cell.value
  const text =
    value instanceof Date && !Number.isNaN(value.getTime())
      ? formatLongDate(value.toISOString().slice(0, 10), { weekday: false })
      : stripXmlIllegal(shown(value))
  if (text.length > max) return { ok: false, problem: t('planImport.cellProblems.tooLong', { max }) }
  return { ok: true, value: text }
}

/** The number a cell holds: a number, a formula's numeric result, or text written with a French or English decimal separator. */
function cellNumber(value: CellValue): { number: number | null; text: string; percentText: boolean } {
  if (typeof value === 'number') return { number: value, text: String(value), percentText: false }
  if (value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number')
    return { number: value.result, text: String(value.result), percentText: false }
  const text = shown(value)
  const match = /^([+-]?\d+(?:[.,]\d+)?)\s*(%?)$/u.exec(text.replace(/\u00a0|\u202f/gu, ' '))
  if (!match) return { number: null, text, percentText: false }
  return { number: Number((match[1] ?? '').replace(',', '.')), text, percentText: match[2] === '%' }
}

/** A positive whole number (engagement or activity number); null when the cell is empty. */
export function cellInteger(cell: Cell): Read<number | null> {
  const { number, text } = cellNumber(cell.value)
  if (text === '') return { ok: true, value: null }
  if (number === null || !Number.isInteger(number) || number <= 0 || number > 100_000)
    return { ok: false, problem: t('planImport.cellProblems.notInteger', { value: text }) }
  return { ok: true, value: number }
}

/**
 * A progress percentage, 0-100; null when empty. A number in a cell formatted as a percentage is a
 * fraction (0.76 shows as 76 %), as Copil writes it; elsewhere 76 means 76 %.
 */
export function cellPercent(cell: Cell): Read<number | null> {
  const { number, text, percentText } = cellNumber(cell.value)
  if (text === '') return { ok: true, value: null }
  const fraction = !percentText && typeof cell.numFmt === 'string' && cell.numFmt.includes('%')
  const percent = number === null ? NaN : Math.round((fraction ? number * 100 : number) * 1e6) / 1e6
  if (!(percent >= 0 && percent <= 100))
    return { ok: false, problem: t('planImport.cellProblems.notPercent', { value: text }) }
  return { ok: true, value: percent }
}

/** An activity's weight, a positive number; null when empty (the weight is then 1). */
export function cellWeight(cell: Cell): Read<number | null> {
  const { number, text } = cellNumber(cell.value)
  if (text === '') return { ok: true, value: null }
  if (number === null || !(number > 0) || number > 1_000_000)
    return { ok: false, problem: t('planImport.cellProblems.notWeight', { value: text }) }
  return { ok: true, value: number }
}
