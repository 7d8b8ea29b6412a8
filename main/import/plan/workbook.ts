/**
 * Reads a plan follow-up workbook — the one « Exporter le suivi (Excel) » and `copil export --plan`
 * write, or any sheet with its columns — into the plan interchange file, so that both formats are
 * imported by the same code. One row per activity: axes are taken in the order they appear,
 * engagements by number. The workbook holds the latest state only: each activity's progress and
 * narrative become one report, and a current planning other than the baseline one replan, both
 * dated at the workbook's situation date; an engagement figure that its activities do not give is
 * imported as declared for the engagement. Every problem names its row and column, in French.
 */
import ExcelJS, { type Cell, type Row, type Worksheet } from 'exceljs'
import { fr } from '../../../shared/i18n/fr'
import { currentLanguage, t } from '../../../shared/i18n/translate'
import { PLAN_FORMAT_ID, PLAN_FORMAT_VERSION, type PlanFileInput } from '../../../shared/interchange/plan-format'
import { foldText } from '../../../shared/text/fold'
import { formatLongDateIn } from '../../../shared/text/dates'
import { parseTypedDate } from '../../../shared/text/typed-dates'
import { displayPercent } from '../../../shared/plan/bands'
import { replanKindOf } from '../../../shared/plan/replan-kind'
import { formatPeriod, parsePeriod } from '../../../shared/period'
import {
  PLAN_COLUMNS,
  REQUIRED_PLAN_COLUMNS,
  cellInteger,
  cellPercent,
  cellText,
  cellWeight,
  planColumnOfHeader,
  type PlanColumn,
  type Read,
} from './workbook-cells'

export type WorkbookRead = { ok: true; file: PlanFileInput; notes: string[] } | { ok: false; problems: string[] }

interface ActivityDraft {
  row: number
  number: number
  title: string
  weight: number
  baseline: string
  current: string
  percent: number | null
  narrative: string
}

interface EngagementDraft {
  row: number
  number: number
  axis: number
  axisTitle: string
  title: string
  responsible: string
  percent: number | null
  /** The figure and narrative of a row without activity (an engagement that has none). */
  ownPercent: number | null
  ownNarrative: string
  activities: ActivityDraft[]
}

/** What the export appends to a period it could not read: « plus tard (à préciser) ». */
const TO_CLARIFY = new RegExp(`\\s*\\(${fr.plan.period.toClarify}\\)$`, 'u')
const MAX_PROBLEMS = 50

/** The date of the situation the export printed in its footer (« … — état au 15 juillet 2020 »). */
function situationDate(sheet: Worksheet): string | null {
  const footer = (sheet.headerFooter?.oddFooter ?? '').replace(/&&/g, '&')
  const left = footer.split('&R')[0] ?? ''
  const dates = [...left.matchAll(/(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})/gu)]
  const last = dates.at(-1)?.[1]
  return last === undefined ? null : parseTypedDate(last)
}

/** The row holding the headers: the first that names a required column. */
function headerRow(
  sheet: Worksheet,
): { row: number; indexes: Map<PlanColumn, number>; problems: string[] } | undefined {
  const last = Math.min(sheet.rowCount, 20)
  for (let n = 1; n <= last; n++) {
    const indexes = new Map<PlanColumn, number>()
    const problems: string[] = []
    sheet.getRow(n).eachCell((cell, column) => {
      const found = planColumnOfHeader(String(cell.text))
      if (found === undefined) return
      if (indexes.has(found)) problems.push(t('planImport.duplicateColumn', { column: fr.plan.xlsx.columns[found] }))
      else indexes.set(found, column)
    })
    if (REQUIRED_PLAN_COLUMNS.some((c) => indexes.has(c))) return { row: n, indexes, problems }
  }
  return undefined
}

/** Reads the workbook's bytes; `today` dates the figures when the workbook does not say its situation date. */
export async function readPlanWorkbook(bytes: Buffer, fileName: string, today: string): Promise<WorkbookRead> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs declares its own Buffer type, narrower than Node's; the bytes are a plain Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch (error) {
    return { ok: false, problems: [t('data.import.unreadable', { name: fileName, reason: (error as Error).message })] }
  }
  const sheet = workbook.getWorksheet(fr.plan.xlsx.sheet) ?? workbook.worksheets[0]
  if (sheet === undefined) return { ok: false, problems: [t('data.import.noSheet')] }
  const header = headerRow(sheet)
  const missing = REQUIRED_PLAN_COLUMNS.filter((c) => !header?.indexes.has(c))
  if (header === undefined || missing.length > 0) {
    const columns = missing.map((c) => `« ${fr.plan.xlsx.columns[c]} »`).join(', ')
    return {
      ok: false,
      problems: [...(header?.problems ?? []), t('planImport.missingColumns', { sheet: sheet.name, columns })],
    }
  }
  if (header.problems.length > 0) return { ok: false, problems: header.problems }

  const rows = readRows(sheet, header.row, header.indexes)
  if (rows.problems.length === 0 && rows.engagements.length === 0)
    return { ok: false, problems: [t('planImport.noRows', { sheet: sheet.name })] }
  if (rows.problems.length > 0) {
    const shown = rows.problems.slice(0, MAX_PROBLEMS)
    const more = rows.problems.length - shown.length
    return { ok: false, problems: more > 0 ? [...shown, t('planImport.more', { count: more })] : shown }
  }

  const situation = situationDate(sheet)
  const date = situation ?? today
  const notes = [
    situation !== null
      ? t('planImport.notes.asOf', { date: formatLongDateIn(currentLanguage(), date, { weekday: false }) })
      : t('planImport.notes.asOfToday', { date: formatLongDateIn(currentLanguage(), date, { weekday: false }) }),
    t('planImport.notes.history'),
  ]
  // A workbook written by Copil names the committee that follows the plan as its author.
  const creator = (workbook.creator ?? '').trim()
  const committee = workbook.subject === fr.plan.xlsx.sheet && creator !== '' && creator !== 'Copil' ? creator : null
  const title = (workbook.title ?? '').trim() || fileName.replace(/\.[^.]*$/u, '').trim()
  return { ok: true, file: toPlanFile(rows.engagements, rows.axes, { title, committee, date }, notes), notes }
}

function readRows(
  sheet: Worksheet,
  headerRowNumber: number,
  indexes: Map<PlanColumn, number>,
): { engagements: EngagementDraft[]; axes: string[]; problems: string[] } {
  const problems: string[] = []
  const axes: string[] = []
  const axisNumbers = new Map<string, number>()
  const engagements = new Map<number, EngagementDraft>()
  const activityRows = new Map<string, number>()
  const fileHeader = (column: PlanColumn) => fr.plan.xlsx.columns[column]

  sheet.eachRow({ includeEmpty: false }, (row: Row, n: number) => {
    if (n <= headerRowNumber) return
    const cellOf = (column: PlanColumn): Cell | undefined => {
      const index = indexes.get(column)
      return index === undefined ? undefined : row.getCell(index)
    }
    if (PLAN_COLUMNS.every((c) => (cellOf(c)?.text ?? '').trim() === '')) return
    let rowOk = true
    const failed = new Set<PlanColumn>()
    const read = <T>(column: PlanColumn, reader: (cell: Cell) => Read<T>, absent: T): T => {
      const cell = cellOf(column)
      if (cell === undefined) return absent
      const result = reader(cell)
      if (result.ok) return result.value
      rowOk = false
      failed.add(column)
      problems.push(t('planImport.cell', { row: n, column: fileHeader(column), problem: result.problem }))
      return absent
    }
    const required = (column: PlanColumn, value: string | number | null) => {
      if ((value !== null && value !== '') || failed.has(column)) return
      rowOk = false
      problems.push(
        t('planImport.cell', { row: n, column: fileHeader(column), problem: t('planImport.cellProblems.required') }),
      )
    }
    const text = (max: number) => (cell: Cell) => cellText(cell, max)

    const axisTitle = read('axis', text(1_000), '')
    const number = read('engagementNumber', cellInteger, null)
    const title = read('engagement', text(2_000), '')
    const responsible = read('responsible', text(500), '')
    const engagementPercent = read('engagementPercent', cellPercent, null)
    const activityNumber = read('activityNumber', cellInteger, null)
    const activityTitle = read('activity', text(2_000), '')
    const weight = read('weight', cellWeight, null)
    const percent = read('percent', cellPercent, null)
    const baseline = read('baseline', text(300), '').replace(TO_CLARIFY, '')
    const current = read('current', text(300), '').replace(TO_CLARIFY, '')
    const narrative = read('narrative', text(100_000), '')
    required('axis', axisTitle)
    required('engagementNumber', number)
    required('engagement', title)
    if (activityNumber !== null) required('activity', activityTitle)
    else if (activityTitle !== '') {
      rowOk = false
      const problem = t('planImport.cellProblems.activityWithoutNumber', {
        title: activityTitle,
        column: fileHeader('activityNumber'),
      })
      problems.push(t('planImport.row', { row: n, problem }))
    }
    if (!rowOk || number === null) return

    const axisKey = foldText(axisTitle)
    let axis = axisNumbers.get(axisKey)
    if (axis === undefined) {
      axes.push(axisTitle)
      axis = axes.length
      axisNumbers.set(axisKey, axis)
    }
    let engagement = engagements.get(number)
    if (engagement === undefined) {
      engagement = {
        row: n,
        number,
        axis,
        axisTitle,
        title,
        responsible,
        percent: engagementPercent,
        ownPercent: null,
        ownNarrative: '',
        activities: [],
      }
      engagements.set(number, engagement)
    } else {
      const first = engagement.row
      const conflict =
        engagement.axis !== axis
          ? t('planImport.cellProblems.otherAxis', { number, first, axis: engagement.axisTitle })
          : foldText(engagement.title) !== foldText(title)
            ? t('planImport.cellProblems.otherTitle', { number, first, title: engagement.title })
            : foldText(engagement.responsible) !== foldText(responsible)
              ? t('planImport.cellProblems.otherResponsible', { number, first, responsible: engagement.responsible })
              : null
      if (conflict !== null) return void problems.push(t('planImport.row', { row: n, problem: conflict }))
      engagement.percent ??= engagementPercent
    }
    if (activityNumber === null) {
      engagement.ownPercent = percent ?? engagementPercent
      engagement.ownNarrative = narrative
      return
    }
    const key = `${number}/${activityNumber}`
    const first = activityRows.get(key)
    if (first !== undefined) {
      const problem = t('planImport.cellProblems.duplicateActivity', {
        number: activityNumber,
        engagement: number,
        first,
      })
      return void problems.push(t('planImport.row', { row: n, problem }))
    }
    activityRows.set(key, n)
    engagement.activities.push({
      row: n,
      number: activityNumber,
      title: activityTitle,
      weight: weight ?? 1,
      baseline,
      current,
      percent,
      narrative,
    })
  })
  return { engagements: [...engagements.values()], axes, problems }
}

/** Whether two planned periods as written say the same (« Juin 2020 » = « juin 2020 »). */
function samePeriodText(a: string, b: string, referenceDate: string): boolean {
  if (foldText(a) === foldText(b)) return true
  const pa = parsePeriod(a, { referenceDate })
  const pb = parsePeriod(b, { referenceDate })
  return pa.ok && pb.ok && formatPeriod(pa.period) === formatPeriod(pb.period)
}

/** Weighted mean of the activities' figures (no figure counts 0 %), as the overview computes it. */
function computedPercent(activities: readonly ActivityDraft[]): number {
  const total = activities.reduce((sum, a) => sum + a.weight, 0)
  return total === 0 ? 0 : activities.reduce((sum, a) => sum + a.weight * (a.percent ?? 0), 0) / total
}

function toPlanFile(
  drafts: readonly EngagementDraft[],
  axes: readonly string[],
  plan: { title: string; committee: string | null; date: string },
  notes: string[],
): PlanFileInput {
  const { date } = plan
  const progress: NonNullable<PlanFileInput['progress']> = []
  const declared: NonNullable<PlanFileInput['progress']> = []
  const replans: NonNullable<PlanFileInput['replans']> = []
  for (const e of drafts) {
    for (const a of e.activities) {
      if ((a.percent ?? 0) > 0 || a.narrative !== '')
        progress.push({
          engagement: e.number,
          activity: a.number,
          date,
          percent: a.percent ?? 0,
          narrative: a.narrative,
        })
      if (a.current !== '' && !samePeriodText(a.baseline, a.current, date)) {
        const read = parsePeriod(a.current, { referenceDate: date })
        replans.push({
          engagement: e.number,
          activity: a.number,
          date,
          previous: { text: a.baseline },
          new: { text: a.current },
          kind: replanKindOf(a.current, read.ok ? read.period : null),
        })
      }
    }
    if (e.activities.length === 0) {
      const own = e.ownPercent ?? e.percent ?? 0
      if (own > 0 || e.ownNarrative !== '')
        declared.push({ engagement: e.number, date, percent: own, narrative: e.ownNarrative })
    } else if (e.percent !== null) {
      const computed = displayPercent(computedPercent(e.activities))
      // Reports of the same date count in file order: the engagement's own figure comes after its activities'.
      if (displayPercent(e.percent) !== computed) {
        declared.push({ engagement: e.number, date, percent: e.percent })
        notes.push(t('planImport.notes.declared', { number: e.number, percent: displayPercent(e.percent), computed }))
      }
    }
  }
  return {
    format: PLAN_FORMAT_ID,
    version: PLAN_FORMAT_VERSION,
    plan: { title: plan.title, period: '', committee: plan.committee },
    axes: axes.map((title, i) => ({ number: i + 1, title })),
    engagements: drafts.map((e) => ({
      number: e.number,
      axis: e.axis,
      title: e.title,
      responsible: e.responsible,
      activities: e.activities.map((a) => ({
        number: a.number,
        title: a.title,
        weight: a.weight,
        baseline: { text: a.baseline },
      })),
    })),
    progress: [...progress, ...declared],
    replans,
  }
}
