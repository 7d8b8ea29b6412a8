/**
 * Progress of a plan from the database: the structure in one query, the report figures in another,
 * then the pure maths of shared/plan/progress.ts (DESIGN.md « Progress »). « As of » a meeting means
 * as of its last day: every report and replan dated on or before it counts.
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { AsOfView } from '../../shared/domain/plan'
import {
  computePlanProgress,
  type EngagementProgress,
  type PlanProgress,
  type PlanStructure,
  type ProgressReportInput,
} from '../../shared/plan/progress'
import { getMeetingFacts } from '../db/repos/plan/meetings'
import { loadLatestReportInputs } from '../db/repos/plan/progress-reports'
import { loadPlanTree, type TreeAxis } from '../db/repos/plan/tree'

export type AsOfInput = { meetingId: number } | { date: string } | undefined

export interface ResolvedAsOf {
  /** Reports and replans dated after this are ignored; undefined = everything recorded. */
  cutoff: string | undefined
  view: AsOfView
}

const casablancaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Casablanca',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's date in Africa/Casablanca, yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  return casablancaDay.format(now)
}

/** Turns « as of a meeting / a date / now » into a cutoff date and its description. */
export function resolveAsOf(db: Db, asOf: AsOfInput): ResolvedAsOf {
  if (asOf === undefined) return { cutoff: undefined, view: { date: null, meeting: null, referenceDate: todayIso() } }
  if ('date' in asOf) return { cutoff: asOf.date, view: { date: asOf.date, meeting: null, referenceDate: asOf.date } }
  const meeting = getMeetingFacts(db, asOf.meetingId)
  if (meeting === undefined) throw new AppError('NOT_FOUND', t('plan.errors.meetingNotFound'))
  if (meeting.lastDate === null) throw new AppError('INVALID_INPUT', t('plan.errors.meetingWithoutDate'))
  return {
    cutoff: meeting.lastDate,
    view: {
      date: meeting.lastDate,
      meeting: { id: meeting.id, title: meeting.title, date: meeting.firstDate },
      referenceDate: meeting.lastDate,
    },
  }
}

/** The shape the progress maths take. */
export function planStructure(tree: readonly TreeAxis[]): PlanStructure {
  return {
    axes: tree.map((axis) => ({
      id: axis.id,
      engagements: axis.engagements.map((e) => ({ id: e.id, activities: e.activities.map((a) => ({ id: a.id, weight: a.weight })) })),
    })),
  }
}

export interface PlanProgressData {
  tree: TreeAxis[]
  /** The report that counts for each activity and engagement at the cutoff (not the whole history). */
  reports: ProgressReportInput[]
  progress: PlanProgress
  /** Engagement figures by engagement id. */
  engagements: Map<number, EngagementProgress>
}

/** Loads a plan's structure and the reports that count (two queries) and computes its progress at `cutoff`. */
export function loadPlanProgress(db: Db, planId: number, cutoff?: string): PlanProgressData {
  const tree = loadPlanTree(db, planId)
  const reports = loadLatestReportInputs(db, planId, cutoff)
  const progress = computePlanProgress(planStructure(tree), reports, cutoff)
  const engagements = new Map<number, EngagementProgress>()
  for (const axis of progress.axes) for (const e of axis.engagements) engagements.set(e.id, e)
  return { tree, reports, progress, engagements }
}

/**
 * Only the figures: the structure as ids and weights (no titles, no periods) and the reports that
 * count. This is what `plans/list` and the progress command need, at a fraction of the cost.
 */
export function computeStoredPlanProgress(db: Db, planId: number, cutoff?: string): PlanProgress {
  const rows = db
    .prepare(
      `SELECT x.id, e.id, a.id, a.weight FROM axes x
         LEFT JOIN engagements e ON e.axis_id = x.id
         LEFT JOIN activities a ON a.engagement_id = e.id
        WHERE x.plan_id = ?
        ORDER BY x.position, x.id, e.number, a.number`,
    )
    .raw()
    .all(planId) as [number, number | null, number | null, number | null][]
  const axes: PlanStructure['axes'] = []
  for (const [axisId, engagementId, activityId, weight] of rows) {
    let axis = axes.at(-1)
    if (axis?.id !== axisId) axes.push((axis = { id: axisId, engagements: [] }))
    if (engagementId === null) continue
    let engagement = axis.engagements.at(-1)
    if (engagement?.id !== engagementId) axis.engagements.push((engagement = { id: engagementId, activities: [] }))
    if (activityId !== null) engagement.activities.push({ id: activityId, weight: weight ?? 1 })
  }
  return computePlanProgress({ axes }, loadLatestReportInputs(db, planId, cutoff), cutoff)
}
