/**
 * Progress of the action plan (DESIGN.md « Domain rules » → « Progress »), as pure data in, numbers
 * out. Nothing is rounded here: rounding happens only for display (`formatPercent`).
 *
 * - An activity's progress is its latest report, or 0 % when it has none.
 * - An engagement's progress is the weighted average of its activities' progress, unless a figure
 *   declared for the engagement as a whole is more recent than every report on its activities
 *   (the 15 July 2020 meeting declared « Avancement 70 % » per engagement): then that figure stands.
 * - An axis's progress, and the whole plan's, is the plain mean of its engagements' progress (the
 *   plan's is the mean of ALL engagements, not the mean of the axes).
 *
 * « Latest » orders reports by date, then by `seq` (several reports can share a meeting's date; the
 * one recorded later wins). Choices the rules leave open, decided here:
 * - an engagement whose activities all weigh 0 (or have no usable weight) takes their plain mean,
 *   because « every activity counts the same » is the only reading that does not divide by zero;
 * - negative or non-finite weights count as 0; percentages are clamped to [0, 100] and a
 *   non-finite one counts as 0 (inputs are validated at the boundary; this keeps the maths total);
 * - an engagement figure and an activity report with the same date: the larger `seq` wins;
 * - reports about ids that are not in the plan are ignored.
 */
import { progressBand, type ProgressBand } from './bands'

export { displayPercent, formatPercent, progressBand, PROGRESS_BANDS, type ProgressBand } from './bands'

export type ProgressTarget = { kind: 'activity'; id: number } | { kind: 'engagement'; id: number }

export interface ProgressReportInput {
  target: ProgressTarget
  /** ISO calendar date, yyyy-mm-dd. */
  date: string
  /** Monotonically increasing recording order; breaks ties between reports of the same date. */
  seq: number
  percent: number
}

export interface PlanStructure {
  axes: { id: number; engagements: { id: number; activities: { id: number; weight: number }[] }[] }[]
}

/** A date (only reports dated on or before it count), or a point inside a day (date, then seq). */
export type ProgressCutoff = string | { date: string; seq: number }

export interface ActivityProgress {
  id: number
  percent: number
  band: ProgressBand
  weight: number
  reported: boolean
  /** Date of the report the figure comes from; null when unreported. */
  date: string | null
}

export interface EngagementProgress {
  id: number
  percent: number
  band: ProgressBand
  source: 'activities' | 'declared'
  /** Date of the newest information the figure rests on; null when nothing was reported. */
  date: string | null
  activities: ActivityProgress[]
}

export interface AxisProgress {
  id: number
  percent: number
  band: ProgressBand
  engagements: EngagementProgress[]
}

export interface PlanProgress {
  percent: number
  band: ProgressBand
  axes: AxisProgress[]
}

/** Progress of every activity, engagement and axis of a plan, and of the plan, from its reports. */
export function computePlanProgress(
  plan: PlanStructure,
  reports: readonly ProgressReportInput[],
  asOf?: ProgressCutoff,
): PlanProgress {
  const { activities, engagements } = indexLatest(plan, reports, asOf)
  let planSum = 0
  let planCount = 0
  const axes = plan.axes.map((axis): AxisProgress => {
    let axisSum = 0
    const rows = axis.engagements.map((engagement) =>
      engagementProgress(engagement, activities, engagements.get(engagement.id)),
    )
    for (const row of rows) axisSum += row.percent
    planSum += axisSum
    planCount += rows.length
    const percent = rows.length === 0 ? 0 : axisSum / rows.length
    return { id: axis.id, percent, band: progressBand(percent), engagements: rows }
  })
  const percent = planCount === 0 ? 0 : planSum / planCount
  return { percent, band: progressBand(percent), axes }
}

/** Whether report `a` is strictly more recent than `b`: later date, or same date and later seq. */
export function isNewer(a: { date: string; seq: number }, b: { date: string; seq: number }): boolean {
  return a.date > b.date || (a.date === b.date && a.seq > b.seq)
}

/**
 * Latest report per id. Plan ids are SQLite rowids, so a packed array sized to the plan's largest id
 * serves almost always (much cheaper than a Map on the hot path); other ids fall back to a Map.
 */
class LatestById {
  private readonly dense: (ProgressReportInput | undefined)[]
  private readonly sparse = new Map<number, ProgressReportInput>()

  constructor(maxId: number, count: number) {
    // Only when ids are compact: a plan of 200 items with an id of 10^6 must not cost a 10^6 array.
    const size = Number.isSafeInteger(maxId) && maxId <= count * 16 + 4096 ? maxId + 1 : 0
    // Filled up front so that V8 keeps a packed array whatever order the reports come in.
    this.dense = new Array<ProgressReportInput | undefined>(size).fill(undefined)
  }

  get(id: number): ProgressReportInput | undefined {
    return Number.isInteger(id) && id >= 0 && id < this.dense.length ? this.dense[id] : this.sparse.get(id)
  }

  offer(report: ProgressReportInput): void {
    const id = report.target.id
    const current = this.get(id)
    if (current !== undefined && !isNewer(report, current)) return
    if (Number.isInteger(id) && id >= 0 && id < this.dense.length) this.dense[id] = report
    else this.sparse.set(id, report)
  }
}

/** One pass over the reports: the latest report per activity and per engagement, up to `asOf`. */
function indexLatest(
  plan: PlanStructure,
  reports: readonly ProgressReportInput[],
  asOf: ProgressCutoff | undefined,
): { activities: LatestById; engagements: LatestById } {
  let maxActivity = 0
  let maxEngagement = 0
  let activityCount = 0
  let engagementCount = 0
  for (const axis of plan.axes) {
    for (const engagement of axis.engagements) {
      engagementCount++
      if (engagement.id > maxEngagement) maxEngagement = engagement.id
      for (const activity of engagement.activities) {
        activityCount++
        if (activity.id > maxActivity) maxActivity = activity.id
      }
    }
  }
  const activities = new LatestById(maxActivity, activityCount)
  const engagements = new LatestById(maxEngagement, engagementCount)
  const cutDate = asOf === undefined ? undefined : typeof asOf === 'string' ? asOf : asOf.date
  const cutSeq = asOf !== undefined && typeof asOf !== 'string' ? asOf.seq : Number.POSITIVE_INFINITY
  // The hot path of the 10 ms budget (100,000 reports): nothing is allocated per report.
  for (const report of reports) {
    // ISO dates compare correctly as strings, which is much cheaper than parsing them.
    if (cutDate !== undefined && (report.date > cutDate || (report.date === cutDate && report.seq > cutSeq))) {
      continue
    }
    ;(report.target.kind === 'activity' ? activities : engagements).offer(report)
  }
  return { activities, engagements }
}

function engagementProgress(
  engagement: PlanStructure['axes'][number]['engagements'][number],
  latest: LatestById,
  declared: ProgressReportInput | undefined,
): EngagementProgress {
  let newest: ProgressReportInput | undefined
  let weighted = 0
  let weights = 0
  let plain = 0
  const activities = engagement.activities.map((activity): ActivityProgress => {
    const report = latest.get(activity.id)
    const percent = report === undefined ? 0 : clampPercent(report.percent)
    const weight = Number.isFinite(activity.weight) && activity.weight > 0 ? activity.weight : 0
    if (report !== undefined && (newest === undefined || isNewer(report, newest))) newest = report
    weighted += weight * percent
    weights += weight
    plain += percent
    return {
      id: activity.id,
      percent,
      band: progressBand(percent),
      weight: activity.weight,
      reported: report !== undefined,
      date: report?.date ?? null,
    }
  })
  if (declared !== undefined && (newest === undefined || isNewer(declared, newest))) {
    const percent = clampPercent(declared.percent)
    return { id: engagement.id, percent, band: progressBand(percent), source: 'declared', date: declared.date, activities }
  }
  const count = activities.length
  const raw = weights > 0 ? weighted / weights : count > 0 ? plain / count : 0
  // A weighted mean of values in [0, 100] can drift a few ulps outside it; keep the bound exact.
  const percent = clampPercent(raw)
  return {
    id: engagement.id,
    percent,
    band: progressBand(percent),
    source: 'activities',
    date: newest?.date ?? null,
    activities,
  }
}

function clampPercent(percent: number): number {
  if (!Number.isFinite(percent) || percent <= 0) return 0
  return percent >= 100 ? 100 : percent
}
