/**
 * The five table sheets of the relevé workbook: participants, agenda, decisions (« points
 * arrêtés »), next steps and progress of the engagements.
 */
import type { Workbook } from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { common } from '../../../shared/i18n/fr/common'
import { exportXlsxFr } from '../../../shared/i18n/fr/export-xlsx'
import { progressBand } from '../../../shared/plan/bands'
import { richToPlainText } from './plain-text'
import { addTableSheet, type TableValue } from './table'

export function addParticipantsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = exportXlsxFr.participants
  addTableSheet(
    workbook,
    exportXlsxFr.sheets.participants,
    [t.civility, t.firstName, t.lastName, t.organisation, t.side, t.status, t.representedBy].map((header) => ({ header })),
    doc.participants.map((p) => [
      p.civility,
      p.firstName,
      p.lastName,
      p.organisation,
      common.sides[p.side],
      common.attendance[p.status],
      p.representedBy,
    ]),
    doc.reference,
  )
}

export function addAgendaSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = exportXlsxFr.agenda
  addTableSheet(
    workbook,
    exportXlsxFr.sheets.agenda,
    [{ header: t.number, kind: 'integer' }, { header: t.item }, { header: t.presenter }, { header: t.discussion }],
    doc.agenda.map((item, index) => [index + 1, item.title, item.presenter, richToPlainText(item.discussion)]),
    doc.reference,
  )
}

export function addDecisionsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = exportXlsxFr.decisions
  // Decisions are numbered across the whole document, as in the PDF, not per agenda item.
  const rows: TableValue[][] = []
  for (const item of doc.agenda) {
    for (const decision of item.decisions) rows.push([rows.length + 1, item.title, decision])
  }
  for (const decision of doc.otherDecisions ?? []) rows.push([rows.length + 1, '', decision])
  addTableSheet(
    workbook,
    exportXlsxFr.sheets.decisions,
    [{ header: t.number, kind: 'integer' }, { header: t.item }, { header: t.decision }],
    rows,
    doc.reference,
  )
}

export function addNextStepsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = exportXlsxFr.nextSteps
  addTableSheet(
    workbook,
    exportXlsxFr.sheets.nextSteps,
    [{ header: t.number, kind: 'integer' }, { header: t.action }, { header: t.responsible }, { header: t.due }, { header: t.status }],
    doc.nextSteps.map((step, index) => [
      index + 1,
      step.text,
      step.responsible,
      step.due,
      common.nextStepStatuses[step.status],
    ]),
    doc.reference,
  )
}

export function addProgressSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = exportXlsxFr.progress
  addTableSheet(
    workbook,
    exportXlsxFr.sheets.progress,
    [
      { header: t.number, kind: 'integer' },
      { header: t.title },
      { header: t.percent, kind: 'percent' },
      { header: t.band },
      { header: t.narrative },
      { header: t.replanning },
    ],
    doc.engagements.map((e) => [
      e.number,
      e.title,
      // The reported figure as is: Excel's « 0 % » format rounds it for display only.
      e.progress,
      e.progress === null ? null : common.bands[progressBand(e.progress)],
      e.narrative,
      e.replanning.join('\n'),
    ]),
    doc.reference,
  )
}
