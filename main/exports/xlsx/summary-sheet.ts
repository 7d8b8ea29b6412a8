/**
 * The « Synthèse » sheet: the meeting's header as label / value rows, then the attendance counted
 * per side (collège), per status and per gender.
 */
import type { Workbook, Worksheet } from 'exceljs'
import type { ReleveDocument, ReleveParticipant } from '../../../shared/domain/releve'
import { SIDES, type AttendanceStatus } from '../../../shared/domain/vocabulary'
import { meetingDatesText, vocabulary, xlsxLabels } from '../common/labels'
import { capitalizeFirst } from '../../../shared/text/french-dates'
import { styles } from './styles'
import { fitColumns, setupPrint, writeCell, writeHeader } from './table'

/** Order of the status columns: who came first, then who did not, then the undecided. */
const STATUS_COLUMNS: readonly AttendanceStatus[] = ['present', 'represente', 'invite', 'excuse', 'absent', 'a_confirmer']

/** Label / value rows of the meeting header, in reading order. */
export function summaryRows(doc: ReleveDocument): [string, string][] {
  const t = xlsxLabels(doc).summary
  const { name, acronym } = doc.committee
  const committee = acronym !== '' && !name.includes(acronym) ? `${name} (${acronym})` : name
  const mode = vocabulary(doc).meetingModes[doc.mode]
  return [
    [t.committee, committee],
    [t.meeting, doc.title],
    [t.reference, doc.reference],
    [t.kind, vocabulary(doc).meetingKinds[doc.kind]],
    // Titled as in the PDF and the Word file: several distinct days are « Dates des réunions ».
    [new Set(doc.dates.map((d) => d.date)).size > 1 ? t.dates : t.date, capitalizeFirst(meetingDatesText(doc, doc.dates))],
    [t.place, doc.place],
    [t.mode, doc.mode !== 'presentiel' && doc.videoTool !== '' ? `${mode} (${doc.videoTool})` : mode],
    [t.status, doc.adopted ? vocabulary(doc).meetingStatuses.adopte : vocabulary(doc).meetingStatuses.brouillon],
    [t.participants, String(doc.participants.length)],
  ]
}

/** Participants counted per side: total, per attendance status, women and men. */
export function countBySide(participants: readonly ReleveParticipant[], doc: Pick<ReleveDocument, 'language'> = {}): { side: string; counts: number[] }[] {
  const width = 1 + STATUS_COLUMNS.length + 2
  const bySide = new Map<string, number[]>(SIDES.map((side) => [side, new Array<number>(width).fill(0)]))
  const all = new Array<number>(width).fill(0)
  for (const p of participants) {
    // Columns: 0 total, 1… one per status, then women, men.
    const columns = [0, 1 + STATUS_COLUMNS.indexOf(p.status), p.civility === 'Mme' ? width - 2 : width - 1]
    for (const target of [bySide.get(p.side), all]) {
      if (target === undefined) continue
      for (const column of columns) target[column] = (target[column] ?? 0) + 1
    }
  }
  return [
    ...SIDES.map((side) => ({ side: vocabulary(doc).sidesPlural[side], counts: bySide.get(side) ?? [] })),
    { side: xlsxLabels(doc).summary.allSides, counts: all },
  ]
}

/** Adds the « Synthèse » sheet. */
export function addSummarySheet(workbook: Workbook, doc: ReleveDocument): Worksheet {
  const t = xlsxLabels(doc).summary
  const sheet = workbook.addWorksheet(xlsxLabels(doc).sheets.summary)
  const headers = [t.side, t.total, ...STATUS_COLUMNS.map((s) => vocabulary(doc).attendance[s]), t.women, t.men]
  const widths = writeHeader(sheet, 1, [t.heading, t.value])

  const rows = summaryRows(doc)
  rows.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 2)
    const labelCell = row.getCell(1)
    labelCell.value = label
    labelCell.style = styles.label
    widths[0] = Math.max(widths[0] ?? 0, label.length)
    widths[1] = Math.max(widths[1] ?? 0, writeCell(row.getCell(2), value))
  })

  // The counts table sits under the header block, one empty row apart.
  const countsHeaderRow = rows.length + 3
  writeHeader(sheet, countsHeaderRow, headers).forEach((w, i) => {
    widths[i] = Math.max(widths[i] ?? 0, w)
  })
  countBySide(doc.participants, doc).forEach(({ side, counts }, index, all) => {
    const row = sheet.getRow(countsHeaderRow + 1 + index)
    const isTotal = index === all.length - 1
    widths[0] = Math.max(widths[0] ?? 0, writeCell(row.getCell(1), side, 'text', isTotal))
    counts.forEach((count, c) => writeCell(row.getCell(c + 2), count, 'integer', isTotal))
  })

  setupPrint(sheet, fitColumns(sheet, widths), doc.reference)
  return sheet
}
