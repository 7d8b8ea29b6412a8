/** The « Suivi des actions » sheet of the relevé workbook: the open actions of earlier meetings. */
import type { Workbook } from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { followUpLabels, vocabulary } from '../common/labels'
import { addTableSheet } from './table'

/** Adds the sheet when earlier meetings left actions open (nothing otherwise). */
export function addFollowUpsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const rows = doc.followUps ?? []
  if (rows.length === 0) return
  const C = followUpLabels(doc).columns
  addTableSheet(
    workbook,
    followUpLabels(doc).sheet,
    [
      { header: C.number, kind: 'integer' },
      { header: C.action },
      { header: C.origin },
      { header: C.responsible },
      { header: C.due },
      { header: C.status },
      { header: C.note },
    ],
    rows.map((f, k) => [k + 1, f.text, f.origin, f.responsible, f.due, vocabulary(doc).actionStatuses[f.status], f.note]),
    doc.reference,
  )
}
