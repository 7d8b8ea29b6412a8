/**
 * The relevé de conclusions as an Excel workbook (.xlsx): a « Synthèse » sheet and one sheet per
 * table of the document. Values only — no formula anywhere — and user text that looks like a
 * formula stays inert text (see cell-text.ts and quote-prefix.ts).
 */
import ExcelJS from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { releveDirection, releveLanguage, xlsxLabels } from '../common/labels'
import { hasRtl } from '../common/script'
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

/**
 * Right to left where the text is Arabic: every sheet of an Arabic relevé is viewed right to left
 * (column A on the right), and a cell holding Arabic reads right to left, aligned to its start.
 */
function layRightToLeft(workbook: ExcelJS.Workbook, rtlDocument: boolean): void {
  workbook.eachSheet((sheet) => {
    if (rtlDocument) sheet.views = sheet.views.length ? sheet.views.map((v) => ({ ...v, rightToLeft: true })) : [{ rightToLeft: true }]
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Only text is read (a merged cell's other squares have no value of their own).
        const v = cell.value
        const text = typeof v === 'string' ? v : v !== null && typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : ''
        if (!hasRtl(text)) return
        // A new style object: cells share theirs (styles.ts), and the French cells must keep it.
        const alignment = cell.style.alignment ?? {}
        cell.style = { ...cell.style, alignment: { ...alignment, horizontal: rtlDocument ? 'right' : (alignment.horizontal ?? 'right'), readingOrder: 'rtl' } }
      })
    })
  })
}

/** Builds the workbook of a relevé and returns the bytes of the .xlsx file. */
export async function renderReleveXlsx(doc: ReleveDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const now = new Date()
  workbook.title = xlsxLabels(doc).workbook.title
  workbook.subject = stripXmlIllegal(
    xlsxLabels(doc).workbook.subject.replace('{{title}}', doc.title).replace('{{reference}}', doc.reference),
  )
  workbook.creator = stripXmlIllegal(doc.committee.name)
  workbook.lastModifiedBy = doc.committee.name
  workbook.created = now
  workbook.modified = now
  // exceljs writes dc:language from this property but its typings omit it.
  Object.assign(workbook, { language: releveLanguage(doc) })

  addSummarySheet(workbook, doc)
  addParticipantsSheet(workbook, doc)
  addAgendaSheet(workbook, doc)
  addDecisionsSheet(workbook, doc)
  addFollowUpsSheet(workbook, doc)
  addNextStepsSheet(workbook, doc)
  addProgressSheet(workbook, doc)
  addTablesSheet(workbook, doc)

  layRightToLeft(workbook, releveDirection(doc) === 'rtl')
  enableQuotePrefix(workbook)
  const bytes: unknown = await workbook.xlsx.writeBuffer()
  // exceljs types the result as its own Buffer interface; in Node it is a Node Buffer.
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer)
}
