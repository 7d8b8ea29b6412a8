/**
 * A whole plan as an interchange file (docs/plan-format.md): axes, engagements, activities with
 * weights and baselines, then every progress report and replan in recording order.
 */
import type { Db } from '../../db/connection'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import {
  PLAN_FORMAT_ID,
  PLAN_FORMAT_VERSION,
  type PeriodField,
  type PlanFileInput,
} from '../../../shared/interchange/plan-format'
import { getPlan } from '../../db/repos/plan/plans'
import { readPeriod } from '../../db/repos/plan/periods'
import { listPlanReportRows } from '../../db/repos/plan/progress-reports'
import { listPlanReplanRows } from '../../db/repos/plan/replans'
import { loadPlanTree } from '../../db/repos/plan/tree'

function periodField(text: string, json: string | null): PeriodField {
  return { text, period: readPeriod(json) }
}

function meetingField(id: number | null, title: string | null, date: string | null): { date: string; title: string } | null {
  return id === null || date === null ? null : { date, title: title ?? '' }
}

type Reports = NonNullable<PlanFileInput['progress']>
type Replans = NonNullable<PlanFileInput['replans']>

/** The interchange file of a plan, as a plain object ready for JSON.stringify. */
export function exportPlanFile(db: Db, planId: number, now: Date = new Date()): PlanFileInput {
  const plan = getPlan(db, planId)
  if (plan === undefined) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
  const tree = loadPlanTree(db, planId)
  // Engagement and activity numbers by id, to write references the way the file spells them.
  const engagementNumber = new Map<number, number>()
  const activityRef = new Map<number, { engagement: number; activity: number }>()
  for (const axis of tree) {
    for (const e of axis.engagements) {
      engagementNumber.set(e.id, e.number)
      for (const a of e.activities) activityRef.set(a.id, { engagement: e.number, activity: a.number })
    }
  }

  const progress: Reports = []
  for (const r of listPlanReportRows(db, planId)) {
    let target: { engagement: number; activity?: number } | undefined
    if (r.activity_id !== null) target = activityRef.get(r.activity_id)
    else {
      const engagement = engagementNumber.get(r.engagement_id ?? 0)
      target = engagement === undefined ? undefined : { engagement }
    }
    if (target === undefined) continue
    progress.push({
      ...target,
      date: r.date,
      meeting: meetingField(r.meeting_id, r.meeting_title, r.meeting_date),
      percent: r.percent,
      narrative: r.narrative,
      difficulties: r.difficulties,
      replanning: r.replanning,
    })
  }

  const replans: Replans = []
  for (const r of listPlanReplanRows(db, planId)) {
    const target = activityRef.get(r.activity_id)
    if (target === undefined) continue
    replans.push({
      ...target,
      date: r.date,
      meeting: meetingField(r.meeting_id, r.meeting_title, r.meeting_date),
      previous: periodField(r.previous_text, r.previous_period),
      new: periodField(r.new_text, r.new_period),
      reason: r.reason,
      kind: r.kind,
    })
  }

  return {
    format: PLAN_FORMAT_ID,
    version: PLAN_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    plan: { title: plan.title, period: plan.periodLabel, committee: plan.committeeName },
    // Axes are numbered by their order, whatever positions the database holds.
    axes: tree.map((axis, i) => ({ number: i + 1, title: axis.title })),
    engagements: tree.flatMap((axis, i) =>
      axis.engagements.map((e) => ({
        number: e.number,
        axis: i + 1,
        title: e.title,
        responsible: e.responsible.name,
        projectLead: e.projectLead,
        activities: e.activities.map((a) => ({
          number: a.number,
          title: a.title,
          weight: a.weight,
          baseline: periodField(a.baseline_text, a.baseline_period),
        })),
      })),
    ),
    progress,
    replans,
  }
}
