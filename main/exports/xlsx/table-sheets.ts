/**
 * The five table sheets of the relevé workbook: participants, agenda, decisions (« points
 * arrêtés »), next steps and progress of the engagements.
 */
import type { Workbook } from 'exceljs'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { vocabulary, xlsxLabels } from '../common/labels'
import { civilityOf } from '../common/releve-text'
import { progressBand } from '../../../shared/plan/bands'
import { richToPlainText } from './plain-text'
import { richHasContent } from '../../../shared/domain/rich-text'
import { organisationText } from '../pdf/strings'
import { surnameText } from '../../../shared/text/person-name'
import { SIDES } from '../../../shared/domain/vocabulary'
import { decisionGroups, type PrintedDecision } from '../common/decisions'
import { addTableSheet, type TableValue } from './table'

/** Participants in the relevé's order: by side (« par collège ») or as listed (« ordre protocolaire »). */
function orderedParticipants(doc: ReleveDocument): ReleveDocument['participants'] {
  if (doc.participantOrder === 'protocol') return doc.participants
  return [...doc.participants].sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side))
}

export function addParticipantsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = xlsxLabels(doc).participants
  addTableSheet(
    workbook,
    xlsxLabels(doc).sheets.participants,
    [t.civility, t.firstName, t.lastName, t.function, t.organisation, t.side, t.status, t.representedBy].map((header) => ({
      header,
    })),
    orderedParticipants(doc).map((p) => [
      civilityOf(doc, p.civility),
      p.firstName,
      // The surname as the PDF and the Word file print it.
      surnameText(p.lastName),
      p.function,
      organisationText(p),
      vocabulary(doc).sides[p.side],
      vocabulary(doc).attendance[p.status],
      p.representedBy,
    ]),
    doc.reference,
  )
}

export function addAgendaSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = xlsxLabels(doc).agenda
  addTableSheet(
    workbook,
    xlsxLabels(doc).sheets.agenda,
    [{ header: t.number, kind: 'integer' }, { header: t.item }, { header: t.presenter }, { header: t.discussion }],
    [
      // The introduction comes before the points discussed, as in the PDF: an unnumbered first row.
      ...(doc.introduction && richHasContent(doc.introduction)
        ? [[null, t.introduction, '', richToPlainText(doc.introduction)]]
        : []),
      ...doc.agenda.map((item, index) => [index + 1, item.title, item.presenter, richToPlainText(item.discussion)]),
    ],
    doc.reference,
  )
}

export function addDecisionsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = xlsxLabels(doc).decisions
  // As the PDF prints them: numbered across the document (or bulleted), notes marked « NB », each
  // under its block's short heading.
  const label = (d: PrintedDecision): TableValue => (d.label === 'number' ? (d.n ?? null) : d.label === 'bullet' ? t.bullet : t.note)
  const rows: TableValue[][] = decisionGroups(doc).flatMap((g) =>
    g.decisions.map((d) => [label(d), g.title, d.typed ?? richToPlainText(d.body)]),
  )
  addTableSheet(
    workbook,
    xlsxLabels(doc).sheets.decisions,
    [{ header: t.number, kind: 'integer' }, { header: t.item }, { header: t.decision }],
    rows,
    doc.reference,
  )
}

export function addNextStepsSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = xlsxLabels(doc).nextSteps
  addTableSheet(
    workbook,
    xlsxLabels(doc).sheets.nextSteps,
    [
      { header: t.number, kind: 'integer' },
      { header: t.action },
      { header: t.details },
      { header: t.responsible },
      { header: t.due },
      { header: t.status },
    ],
    doc.nextSteps.map((step, index) => [
      index + 1,
      step.text,
      step.details ? richToPlainText(step.details) : '',
      step.responsible,
      step.due,
      vocabulary(doc).nextStepStatuses[step.status],
    ]),
    doc.reference,
  )
}

export function addProgressSheet(workbook: Workbook, doc: ReleveDocument): void {
  const t = xlsxLabels(doc).progress
  addTableSheet(
    workbook,
    xlsxLabels(doc).sheets.progress,
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
      e.progress === null ? null : vocabulary(doc).bands[progressBand(e.progress)],
      e.narrative,
      e.replanning.join('\n'),
    ]),
    doc.reference,
  )
}
