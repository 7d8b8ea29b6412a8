/**
 * Editing a plan's structure — plans, axes, engagements, activities — and recording progress
 * reports, with the checks that give French messages instead of raw constraint errors.
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { ActivityInfo, AxisInfo, EngagementInfo, PlanInfo, ProgressReportView } from '../../shared/domain/plan'
import {
  activityIdByNumber,
  activityUsage,
  deleteActivity,
  getActivityRow,
  insertActivity,
  toActivity,
  updateActivity,
  type ActivityRow,
} from '../db/repos/plan/activities'
import { countAxisEngagements, deleteAxis, getAxis, insertAxis, listAxes, renameAxis, reorderAxes } from '../db/repos/plan/axes'
import {
  deleteEngagement,
  engagementIdByNumber,
  engagementInUse,
  getEngagement,
  insertEngagement,
  organisationExists,
  updateEngagement,
} from '../db/repos/plan/engagements'
import { storePeriodText } from '../db/repos/plan/periods'
import { committeeExists, getPlan, insertPlan, updatePlan } from '../db/repos/plan/plans'
import { deleteReport, getReport, insertReport } from '../db/repos/plan/progress-reports'
import { todayIso } from './plan-progress'
import { requireDatedMeeting, samePeriod } from './plan-replans'

const notFound = (key: string): AppError => new AppError('NOT_FOUND', t(`plan.errors.${key}`))

/** Creates or updates a plan. */
export function savePlan(db: Db, input: { id?: number; title: string; periodLabel: string; committeeId: number | null }): PlanInfo {
  if (input.committeeId !== null && !committeeExists(db, input.committeeId)) throw notFound('committeeNotFound')
  const id = db.transaction(() => {
    if (input.id === undefined) return insertPlan(db, input)
    if (!updatePlan(db, input.id, input)) throw notFound('planNotFound')
    return input.id
  })()
  return getPlan(db, id) as PlanInfo
}

/** Creates (at the end) or renames an axis of a plan. */
export function saveAxis(db: Db, input: { id?: number; planId: number; title: string }): AxisInfo {
  const id = db.transaction(() => {
    if (getPlan(db, input.planId) === undefined) throw notFound('planNotFound')
    if (input.id === undefined) return insertAxis(db, input.planId, input.title)
    const axis = getAxis(db, input.id)
    if (axis === undefined || axis.planId !== input.planId) throw notFound('axisNotFound')
    renameAxis(db, axis.id, input.title)
    return axis.id
  })()
  return getAxis(db, id) as AxisInfo
}

/** Puts a plan's axes in the given order; `ids` must list each axis of the plan once. */
export function orderAxes(db: Db, planId: number, ids: readonly number[]): AxisInfo[] {
  if (getPlan(db, planId) === undefined) throw notFound('planNotFound')
  const current = listAxes(db, planId).map((a) => a.id)
  const same = ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id))
  if (!same) throw new AppError('INVALID_INPUT', t('plan.errors.reorderMismatch'))
  reorderAxes(db, planId, ids)
  return listAxes(db, planId)
}

/** Deletes an axis that has no engagement. */
export function removeAxis(db: Db, id: number): void {
  db.transaction(() => {
    const axis = getAxis(db, id)
    if (axis === undefined) throw notFound('axisNotFound')
    if (countAxisEngagements(db, id) > 0) throw new AppError('CONFLICT', t('plan.errors.axisInUse'))
    deleteAxis(db, axis)
  })()
}

export interface EngagementInput {
  id?: number
  axisId: number
  number: number
  title: string
  responsibleOrganisationId: number | null
  responsibleText: string
  projectLead: string
}

/** Creates or updates an engagement; its number is unique in the plan. */
export function saveEngagement(db: Db, input: EngagementInput): EngagementInfo {
  const id = db.transaction(() => {
    const axis = getAxis(db, input.axisId)
    if (axis === undefined) throw notFound('axisNotFound')
    if (input.responsibleOrganisationId !== null && !organisationExists(db, input.responsibleOrganisationId)) {
      throw notFound('organisationNotFound')
    }
    const taken = engagementIdByNumber(db, axis.planId, input.number)
    if (taken !== undefined && taken !== input.id) {
      throw new AppError('CONFLICT', t('plan.errors.engagementNumberTaken', { number: input.number }), {
        number: t('plan.errors.engagementNumberTaken', { number: input.number }),
      })
    }
    const fields = { ...input, planId: axis.planId }
    if (input.id === undefined) return insertEngagement(db, fields)
    const existing = getEngagement(db, input.id)
    if (existing === undefined) throw notFound('engagementNotFound')
    if (existing.planId !== axis.planId) throw new AppError('CONFLICT', t('plan.errors.otherPlan'))
    updateEngagement(db, existing.id, fields)
    return existing.id
  })()
  return getEngagement(db, id) as EngagementInfo
}

/** Deletes an engagement that has no activity and no report. */
export function removeEngagement(db: Db, id: number): void {
  db.transaction(() => {
    if (getEngagement(db, id) === undefined) throw notFound('engagementNotFound')
    if (engagementInUse(db, id)) throw new AppError('CONFLICT', t('plan.errors.engagementInUse'))
    deleteEngagement(db, id)
  })()
}

export interface ActivityInput {
  id?: number
  engagementId: number
  number: number
  title: string
  weight: number
  baselineText: string
}

/** Creates or updates an activity; once replanned, its baseline no longer changes. */
export function saveActivity(db: Db, input: ActivityInput): ActivityInfo {
  const id = db.transaction(() => {
    const engagement = getEngagement(db, input.engagementId)
    if (engagement === undefined) throw notFound('engagementNotFound')
    const taken = activityIdByNumber(db, engagement.id, input.number)
    if (taken !== undefined && taken !== input.id) {
      const message = t('plan.errors.activityNumberTaken', { number: input.number })
      throw new AppError('CONFLICT', message, { number: message })
    }
    let baseline = storePeriodText(input.baselineText)
    if (input.id === undefined) return insertActivity(db, { ...input, baseline })
    const existing: ActivityRow | undefined = getActivityRow(db, input.id)
    if (existing === undefined) throw notFound('activityNotFound')
    if (getEngagement(db, existing.engagement_id)?.planId !== engagement.planId) throw new AppError('CONFLICT', t('plan.errors.otherPlan'))
    const stored = { text: existing.baseline_text, json: existing.baseline_period }
    if (activityUsage(db, existing.id).replans > 0 && baseline.text !== stored.text) {
      // The same period written differently is no change: keep the baseline as first recorded.
      if (!samePeriod(stored, baseline)) {
        const message = t('plan.errors.baselineLocked')
        throw new AppError('CONFLICT', message, { baselineText: message })
      }
      baseline = stored
    }
    updateActivity(db, existing.id, { ...input, baseline })
    return existing.id
  })()
  return toActivity(getActivityRow(db, id) as ActivityRow)
}

/** Deletes an activity that has no report and no replan. */
export function removeActivity(db: Db, id: number): void {
  db.transaction(() => {
    if (getActivityRow(db, id) === undefined) throw notFound('activityNotFound')
    const usage = activityUsage(db, id)
    if (usage.replans > 0 || usage.reports > 0) throw new AppError('CONFLICT', t('plan.errors.activityInUse'))
    deleteActivity(db, id)
  })()
}

export interface ReportInput {
  activityId?: number
  engagementId?: number
  meetingId: number | null
  date?: string
  percent: number
  narrative: string
  difficulties: string
  replanning: string
}

/** Records a progress report on an activity or an engagement; history is kept, the latest counts. */
export function reportProgress(db: Db, input: ReportInput): ProgressReportView {
  const id = db.transaction(() => {
    if (input.activityId !== undefined && getActivityRow(db, input.activityId) === undefined) throw notFound('activityNotFound')
    if (input.engagementId !== undefined && getEngagement(db, input.engagementId) === undefined) throw notFound('engagementNotFound')
    const meeting = input.meetingId === null ? null : requireDatedMeeting(db, input.meetingId)
    return insertReport(db, {
      activityId: input.activityId ?? null,
      engagementId: input.activityId === undefined ? (input.engagementId ?? null) : null,
      meetingId: meeting?.id ?? null,
      date: input.date ?? meeting?.firstDate ?? todayIso(),
      percent: input.percent,
      narrative: input.narrative,
      difficulties: input.difficulties,
      replanning: input.replanning,
    })
  })()
  return getReport(db, id) as ProgressReportView
}

/** Deletes one progress report. */
export function removeReport(db: Db, id: number): void {
  if (!deleteReport(db, id)) throw notFound('reportNotFound')
}
