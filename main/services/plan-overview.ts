/**
 * The plan overview: axes with their engagements, each with its progress, lateness and replans,
 * and the headline figures a coordinator reads first (late engagements, activities replanned more
 * than once, total slippage).
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { EngagementOverview, PlanHeadline, PlanOverview, PlanSummary } from '../../shared/domain/plan'
import { PROGRESS_BANDS, type ActivityProgress, type EngagementProgress, type ProgressBand } from '../../shared/plan/progress'
import type { ActivityRow } from '../db/repos/plan/activities'
import { getPlan, listPlans } from '../db/repos/plan/plans'
import { listPlanEngagementReportRows, type ReportRow } from '../db/repos/plan/progress-reports'
import { listPlanReplanRows, type ReplanRow } from '../db/repos/plan/replans'
import type { TreeEngagement } from '../db/repos/plan/tree'
import { computeStoredPlanProgress, loadPlanProgress, resolveAsOf, type AsOfInput } from './plan-progress'
import { activityTimeline, daysLate, groupReplans, type ActivityTimeline } from './plan-timeline'

export interface ActivityFacts {
  row: ActivityRow
  progress: ActivityProgress
  timeline: ActivityTimeline
  daysLate: number | null
}

/** Progress, planned period and lateness of each activity of an engagement, in order. */
export function activityFacts(
  engagement: TreeEngagement,
  figures: EngagementProgress,
  replans: Map<number, ReplanRow[]>,
  cutoff: string | undefined,
  referenceDate: string,
): ActivityFacts[] {
  // An engagement declared complete leaves none of its activities late, even unreported ones.
  const engagementDone = figures.percent >= 100
  return engagement.activities.map((row, index) => {
    const progress = figures.activities[index] as ActivityProgress
    const timeline = activityTimeline(row, replans.get(row.id), cutoff)
    const done = engagementDone || progress.percent >= 100
    return { row, progress, timeline, daysLate: daysLate(timeline.currentPeriod, done, referenceDate) }
  })
}

/** The latest engagement-level report of each engagement up to the cutoff. */
export function latestEngagementReports(rows: readonly ReportRow[], cutoff: string | undefined): Map<number, ReportRow> {
  const latest = new Map<number, ReportRow>()
  // Rows come oldest first: the last one seen wins.
  for (const row of rows) if (row.engagement_id !== null && (cutoff === undefined || row.date <= cutoff)) latest.set(row.engagement_id, row)
  return latest
}

function engagementOverview(
  engagement: TreeEngagement,
  figures: EngagementProgress,
  facts: readonly ActivityFacts[],
  latest: ReportRow | undefined,
): EngagementOverview {
  let lateActivityCount = 0
  let maxDaysLate: number | null = null
  let replanCount = 0
  let repeated = 0
  let slipDays = 0
  let toClarifyCount = 0
  for (const f of facts) {
    if (f.daysLate !== null) {
      lateActivityCount += 1
      maxDaysLate = Math.max(maxDaysLate ?? 0, f.daysLate)
    }
    const count = f.timeline.replans.length
    replanCount += count
    if (count >= 2) repeated += 1
    if (f.timeline.slip !== null && f.timeline.slip > 0) slipDays += f.timeline.slip
    if (f.timeline.currentPeriod === null && f.timeline.currentText.trim() !== '') toClarifyCount += 1
  }
  return {
    id: engagement.id,
    number: engagement.number,
    title: engagement.title,
    axisId: engagement.axisId,
    responsible: engagement.responsible,
    projectLead: engagement.projectLead,
    percent: figures.percent,
    band: figures.band,
    source: figures.source,
    reported: figures.date !== null,
    date: figures.date,
    activityCount: facts.length,
    late: lateActivityCount > 0,
    lateActivityCount,
    maxDaysLate,
    replanCount,
    activitiesReplannedMoreThanOnce: repeated,
    slipDays,
    toClarifyCount,
    latestNarrative: latest?.narrative ?? '',
    latestReplanning: latest?.replanning ?? '',
  }
}

/** The overview of a plan as of now, a meeting or a date. */
export function planOverview(db: Db, planId: number, asOfInput: AsOfInput): PlanOverview {
  const plan = getPlan(db, planId)
  if (plan === undefined) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
  const asOf = resolveAsOf(db, asOfInput)
  const data = loadPlanProgress(db, planId, asOf.cutoff)
  const replans = groupReplans(listPlanReplanRows(db, planId))
  const latest = latestEngagementReports(listPlanEngagementReportRows(db, planId), asOf.cutoff)
  const byBand = Object.fromEntries(PROGRESS_BANDS.map((b) => [b, 0])) as Record<ProgressBand, number>
  const headline: PlanHeadline = {
    engagementCount: 0,
    activityCount: 0,
    lateEngagementCount: 0,
    lateActivityCount: 0,
    replanCount: 0,
    activitiesReplannedMoreThanOnce: 0,
    totalSlipDays: 0,
    slippedActivityCount: 0,
    toClarifyCount: 0,
    engagementsByBand: byBand,
  }
  const axes = data.tree.map((axis, a) => {
    const axisFigures = data.progress.axes[a]
    const engagements = axis.engagements.map((engagement) => {
      const figures = data.engagements.get(engagement.id) as EngagementProgress
      const facts = activityFacts(engagement, figures, replans, asOf.cutoff, asOf.view.referenceDate)
      const row = engagementOverview(engagement, figures, facts, latest.get(engagement.id))
      headline.engagementCount += 1
      headline.activityCount += row.activityCount
      if (row.late) headline.lateEngagementCount += 1
      headline.lateActivityCount += row.lateActivityCount
      headline.replanCount += row.replanCount
      headline.activitiesReplannedMoreThanOnce += row.activitiesReplannedMoreThanOnce
      headline.totalSlipDays += row.slipDays
      headline.slippedActivityCount += facts.filter((f) => f.timeline.slip !== null && f.timeline.slip > 0).length
      headline.toClarifyCount += row.toClarifyCount
      byBand[row.band] += 1
      return row
    })
    return {
      id: axis.id,
      position: axis.position,
      title: axis.title,
      percent: axisFigures?.percent ?? 0,
      band: axisFigures?.band ?? 'non_commence',
      engagements,
    }
  })
  return { plan, asOf: asOf.view, percent: data.progress.percent, band: data.progress.band, axes, headline }
}

/** Every plan, newest first, with its size and current progress. */
export function listPlanSummaries(db: Db): PlanSummary[] {
  return listPlans(db).map((plan) => {
    const progress = computeStoredPlanProgress(db, plan.id)
    const engagements = progress.axes.flatMap((axis) => axis.engagements)
    return {
      ...plan,
      axisCount: progress.axes.length,
      engagementCount: engagements.length,
      activityCount: engagements.reduce((sum, e) => sum + e.activities.length, 0),
      percent: progress.percent,
      band: progress.band,
    }
  })
}
