/**
 * The plan follow-up workbook: one row per activity (axis, engagement, responsible body, activity,
 * weight, progress, band, baseline and current planned period, replans, slip, latest narrative).
 * The engagement's own figure sits beside them, since a figure declared for the engagement as a
 * whole can differ from its activities'. A4 landscape fitted to the width, header row frozen,
 * filtered and repeated on every page. Values only — no formula — and text that starts like a
 * formula stays inert text (quote prefix).
 */
import ExcelJS, { type Style } from 'exceljs'
import { fr } from '../../../shared/i18n/fr'
import { displayPercent } from '../../../shared/plan/bands'
import { formatLongDate } from '../../../shared/text/french-dates'
import { stripXmlIllegal } from '../../../shared/text/clean'
import type { PlanWorkbookData } from '../../services/plan-workbook'
import { enableQuotePrefix } from './quote-prefix'
import { styles } from './styles'
import { fitColumns, setupPrint, writeCell, writeHeader, type TableColumn, type TableValue } from './table'

const c = fr.plan.xlsx.columns

const COLUMNS: readonly TableColumn[] = [
  { header: c.axis },
  { header: c.engagementNumber, kind: 'integer' },
  { header: c.engagement },
  { header: c.responsible },
  { header: c.engagementPercent, kind: 'percent' },
  { header: c.activityNumber, kind: 'integer' },
  { header: c.activity },
  { header: c.weight },
  { header: c.percent, kind: 'percent' },
  { header: c.band },
  { header: c.baseline },
  { header: c.current },
  { header: c.replanCount, kind: 'integer' },
  { header: c.slipDays, kind: 'integer' },
  { header: c.narrative },
]
const WEIGHT_COLUMN = 7

// Weights may be decimal (1.5): the shared integer style would print « 2 ». One shared object, as
// exceljs caches styles by identity.
const weightStyle: Partial<Style> = { ...styles.integer, numFmt: 'General' }

/** « état au 15 juillet 2020 » or « état à la réunion « … » du 15 juillet 2020 ». */
function asOfLabel(data: PlanWorkbookData): string {
  const x = fr.plan.xlsx
  const meeting = data.asOf.meeting
  if (meeting !== null && meeting.date !== null) {
    return x.asOfMeeting.replace('{{title}}', meeting.title).replace('{{date}}', formatLongDate(meeting.date))
  }
  return x.asOfNow.replace('{{date}}', formatLongDate(data.asOf.referenceDate))
}

/** `suivi-plan-plan-d-action-national-2018-2020-2020-07-15.xlsx` */
export function planWorkbookFileName(data: PlanWorkbookData): string {
  const slug = data.plan.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${[fr.plan.xlsx.fileName, slug, data.asOf.referenceDate].filter((s) => s !== '').join('-')}.xlsx`
}

/** Builds the workbook and returns the bytes of the .xlsx file. */
export async function renderPlanXlsx(data: PlanWorkbookData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const now = new Date()
  workbook.title = stripXmlIllegal(data.plan.title)
  workbook.subject = fr.plan.xlsx.sheet
  workbook.creator = stripXmlIllegal(data.plan.committeeName ?? 'Copil')
  workbook.created = now
  workbook.modified = now
  Object.assign(workbook, { language: 'fr' })

  const sheet = workbook.addWorksheet(fr.plan.xlsx.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  })
  const widths = writeHeader(
    sheet,
    1,
    COLUMNS.map((col) => col.header),
  )
  data.rows.forEach((r, index) => {
    const values: TableValue[] = [
      r.axis,
      r.engagementNumber,
      r.engagement,
      r.responsible,
      displayPercent(r.engagementPercent),
      r.activityNumber,
      r.activity,
      r.weight,
      // The number shown never contradicts the band beside it (see displayPercent).
      displayPercent(r.percent),
      fr.bands[r.band],
      r.baseline,
      r.current,
      r.replanCount,
      r.slipDays,
      r.narrative,
    ]
    const row = sheet.getRow(index + 2)
    COLUMNS.forEach((col, i) => {
      const cell = row.getCell(i + 1)
      const width = writeCell(cell, values[i], col.kind)
      if (i === WEIGHT_COLUMN && typeof values[i] === 'number') cell.style = weightStyle
      if (width > (widths[i] ?? 0)) widths[i] = width
    })
  })
  const total = fitColumns(sheet, widths)
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.rows.length + 1), column: COLUMNS.length } }
  const label = `${data.plan.title} — ${asOfLabel(data)}`
  setupPrint(sheet, total, label, 1)
  // A one-row-per-activity table is always wide: landscape whatever the measured widths.
  sheet.pageSetup.orientation = 'landscape'

  enableQuotePrefix(workbook)
  const bytes: unknown = await workbook.xlsx.writeBuffer()
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer)
}
