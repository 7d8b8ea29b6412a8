/** The « Suivi des actions » sheet of the relevé workbook: the open actions of earlier meetings. */
import type { Workbook } from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { fr } from '../../../shared/i18n/fr'
import { addTableSheet } from './table'

/** Adds the sheet when earlier meetings left actions open (nothing otherwise). */
export function addFollowUpsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const rows = doc.followUps ?? []
  if (rows.length === 0) return
  const C = fr.registers.releve.columns
  addTableSheet(
    workbook,
    fr.registers.releve.sheet,
    [
      { header: C.number, kind: 'integer' },
      { header: C.action },
      { header: C.origin },
      { header: C.responsible },
      { header: C.due },
      { header: C.status },
      { header: C.note },
    ],
    rows.map((f, k) => [k + 1, f.text, f.origin, f.responsible, f.due, fr.registers.actionStatuses[f.status], f.note]),
    doc.reference,
  )
}
