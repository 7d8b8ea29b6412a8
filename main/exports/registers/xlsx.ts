/** The decisions register and the actions follow-up as Excel workbooks: one table sheet each. */
import ExcelJS from 'exceljs'
import type { ActionEntry, DecisionEntry } from '../../../shared/domain/registers'
import { fr } from '../../../shared/i18n/fr'
import { enableQuotePrefix } from '../xlsx/quote-prefix'
import { addTableSheet, type TableColumn } from '../xlsx/table'
import { ACTION_HEADERS, DECISION_HEADERS, actionCells, decisionCells } from './tables'

const X = fr.registers.export

async function write(workbook: ExcelJS.Workbook): Promise<Buffer> {
  enableQuotePrefix(workbook)
  const bytes: unknown = await workbook.xlsx.writeBuffer()
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer)
}

function newWorkbook(title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const now = new Date()
  workbook.title = title
  workbook.creator = 'Copil'
  workbook.created = now
  workbook.modified = now
  Object.assign(workbook, { language: 'fr' })
  return workbook
}

/** The decisions register (as filtered) as a workbook. */
export function renderDecisionsXlsx(rows: readonly DecisionEntry[], footer: string): Promise<Buffer> {
  const workbook = newWorkbook(X.decisionsTitle)
  const columns: TableColumn[] = DECISION_HEADERS.map((header) => ({ header }))
  addTableSheet(workbook, X.decisionsSheet, columns, rows.map(decisionCells), footer)
  return write(workbook)
}

/** The actions (as filtered, overdue first) as a workbook. */
export function renderActionsXlsx(rows: readonly ActionEntry[], footer: string): Promise<Buffer> {
  const workbook = newWorkbook(X.actionsTitle)
  const columns: TableColumn[] = ACTION_HEADERS.map((header, i) => (i === 0 ? { header, kind: 'integer' } : { header }))
  addTableSheet(workbook, X.actionsSheet, columns, rows.map(actionCells), footer)
  return write(workbook)
}
