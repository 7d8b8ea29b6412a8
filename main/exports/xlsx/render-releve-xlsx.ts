/**
 * The relevé de conclusions as an Excel workbook (.xlsx): a « Synthèse » sheet and one sheet per
 * table of the document. Values only — no formula anywhere — and user text that looks like a
 * formula stays inert text (see cell-text.ts and quote-prefix.ts).
 */
import ExcelJS from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { exportXlsxStrings } from '../../../shared/i18n/fr/export-xlsx'
import { stripXmlIllegal } from '../../../shared/text/clean'
import { enableQuotePrefix } from './quote-prefix'
import { addTablesSheet } from './rich-tables-sheet'
import { addSummarySheet } from './summary-sheet'
import { addFollowUpsSheet } from './follow-ups-sheet'
import {
  addAgendaSheet,
  addDecisionsSheet,
  addNextStepsSheet,
  addParticipantsSheet,
  addProgressSheet,
} from './table-sheets'

/** Builds the workbook of a relevé and returns the bytes of the .xlsx file. */
export async function renderReleveXlsx(doc: ReleveDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const now = new Date()
  workbook.title = exportXlsxStrings.workbook.title
  workbook.subject = stripXmlIllegal(
    exportXlsxStrings.workbook.subject.replace('{{title}}', doc.title).replace('{{reference}}', doc.reference),
  )
  workbook.creator = stripXmlIllegal(doc.committee.name)
  workbook.lastModifiedBy = doc.committee.name
  workbook.created = now
  workbook.modified = now
  // exceljs writes dc:language from this property but its typings omit it.
  Object.assign(workbook, { language: 'fr' })

  addSummarySheet(workbook, doc)
  addParticipantsSheet(workbook, doc)
  addAgendaSheet(workbook, doc)
  addDecisionsSheet(workbook, doc)
  addFollowUpsSheet(workbook, doc)
  addNextStepsSheet(workbook, doc)
  addProgressSheet(workbook, doc)
  addTablesSheet(workbook, doc)

  enableQuotePrefix(workbook)
  const bytes: unknown = await workbook.xlsx.writeBuffer()
  // exceljs types the result as its own Buffer interface; in Node it is a Node Buffer.
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer)
}
