/**
 * The engagement page: its activities with weights, progress, planned periods and replanning
 * history (baseline → each revision), and the progress history across meetings for a line chart.
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { ActivityDetail, EngagementDetail, MeetingRef, ProgressPoint, ProgressReportView } from '../../shared/domain/plan'
import {
  computePlanProgress,
  progressBand,
  type EngagementProgress,
  type PlanStructure,
  type ProgressReportInput,
} from '../../shared/plan/progress'
import { listEngagementActivityRows, toActivity, type ActivityRow } from '../db/repos/plan/activities'
import { getAxis } from '../db/repos/plan/axes'
import { getEngagement } from '../db/repos/plan/engagements'
import { viewOf } from '../db/repos/plan/periods'
import { getPlan } from '../db/repos/plan/plans'
import { listEngagementReportRows, toReport, type ReportRow } from '../db/repos/plan/progress-reports'
import { listEngagementReplanRows, toReplan } from '../db/repos/plan/replans'
import type { TreeEngagement } from '../db/repos/plan/tree'
import { activityFacts } from './plan-overview'
import { resolveAsOf, type AsOfInput } from './plan-progress'
import { groupReplans } from './plan-timeline'

function toInput(row: ReportRow): ProgressReportInput {
  return row.activity_id !== null
    ? { target: { kind: 'activity', id: row.activity_id }, date: row.date, seq: row.id, percent: row.percent }
    : { target: { kind: 'engagement', id: row.engagement_id ?? 0 }, date: row.date, seq: row.id, percent: row.percent }
}

/** The meeting the reports of a day came from, preferring the engagement's own report. */
function meetingOfDay(rows: readonly ProgressReportView[]): MeetingRef | null {
  return rows.find((r) => r.target.kind === 'engagement' && r.meeting)?.meeting ?? rows.find((r) => r.meeting)?.meeting ?? null
}

/** The engagement's figure after each day something was reported on it or its activities. */
function engagementHistory(structure: PlanStructure, inputs: readonly ProgressReportInput[], reports: readonly ProgressReportView[]): ProgressPoint[] {
  const byDate = new Map<string, ProgressReportView[]>()
  for (const r of reports) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r])
  return [...byDate.entries()].map(([date, rows]) => {
    const figures = computePlanProgress(structure, inputs, date).axes[0]?.engagements[0] as EngagementProgress
    return { date, meeting: meetingOfDay(rows), percent: figures.percent, band: figures.band, source: figures.source }
  })
}

/** The activity's figure at each day it was reported (the day's latest report). */
function activityHistory(reports: readonly ProgressReportView[]): ProgressPoint[] {
  const byDate = new Map<string, ProgressReportView>()
  for (const r of reports) byDate.set(r.date, r)
  return [...byDate.values()].map((r) => ({
    date: r.date,
    meeting: r.meeting,
    percent: r.percent,
    band: progressBand(r.percent),
    source: 'activities' as const,
  }))
}

/** Everything the engagement page shows, as of now, a meeting or a date. */
export function engagementDetail(db: Db, id: number, asOfInput: AsOfInput): EngagementDetail {
  const engagement = getEngagement(db, id)
  if (engagement === undefined) throw new AppError('NOT_FOUND', t('plan.errors.engagementNotFound'))
  const plan = getPlan(db, engagement.planId)
  const axis = getAxis(db, engagement.axisId)
  if (plan === undefined || axis === undefined) throw new AppError('NOT_FOUND', t('plan.errors.engagementNotFound'))
  const asOf = resolveAsOf(db, asOfInput)
  const cutoff = asOf.cutoff
  const activityRows: ActivityRow[] = listEngagementActivityRows(db, id)
  const reportRows = listEngagementReportRows(db, id).filter((r) => cutoff === undefined || r.date <= cutoff)
  const reports = reportRows.map(toReport)
  const inputs = reportRows.map(toInput)
  const structure: PlanStructure = {
    axes: [{ id: axis.id, engagements: [{ id, activities: activityRows.map((a) => ({ id: a.id, weight: a.weight })) }] }],
  }
  const figures = computePlanProgress(structure, inputs).axes[0]?.engagements[0] as EngagementProgress
  const tree: TreeEngagement = { ...engagement, activities: activityRows }
  const replans = groupReplans(listEngagementReplanRows(db, id))
  const facts = activityFacts(tree, figures, replans, cutoff, asOf.view.referenceDate)

  const activities = facts.map((f): ActivityDetail => {
    const own = reports.filter((r) => r.target.kind === 'activity' && r.target.id === f.row.id)
    return {
      ...toActivity(f.row),
      percent: f.progress.percent,
      band: f.progress.band,
      reported: f.progress.reported,
      reportDate: f.progress.date,
      current: viewOf(f.timeline.currentText, f.timeline.currentPeriod),
      replans: f.timeline.replans.map(toReplan),
      replanCount: f.timeline.replans.length,
      slipDays: f.timeline.slip,
      late: f.daysLate !== null,
      daysLate: f.daysLate,
      latestReport: own.at(-1) ?? null,
      reports: own,
      history: activityHistory(own),
    }
  })
  return {
    plan,
    axis,
    engagement,
    asOf: asOf.view,
    percent: figures.percent,
    band: figures.band,
    source: figures.source,
    reported: figures.date !== null,
    date: figures.date,
    late: activities.some((a) => a.late),
    activities,
    reports: reports.filter((r) => r.target.kind === 'engagement'),
    history: engagementHistory(structure, inputs, reports),
  }
}
