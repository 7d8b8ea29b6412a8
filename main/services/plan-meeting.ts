/**
 * The « État d'avancement du plan » section of a meeting: for each engagement of the plan the
 * meeting's committee follows, this meeting's report, or a copy of the latest previous one to start
 * from, and the activities with the planned period in force at the meeting.
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { MeetingPlan, MeetingPlanActivity, MeetingPlanEngagement } from '../../shared/domain/plan'
import { computePlanProgress, type EngagementProgress } from '../../shared/plan/progress'
import { getEngagement } from '../db/repos/plan/engagements'
import { viewOf } from '../db/repos/plan/periods'
import { getPlan, planIdForCommittee } from '../db/repos/plan/plans'
import {
  deleteReport,
  insertReport,
  listPlanEngagementReportRows,
  loadLatestReportInputs,
  meetingEngagementReportRow,
  updateReportContent,
  type ReportRow,
} from '../db/repos/plan/progress-reports'
import { listEngagementReplanRows, listPlanReplanRows, toReplan, type ReplanRow } from '../db/repos/plan/replans'
import { meetingRef } from '../db/repos/plan/meetings'
import { loadPlanTree, type TreeAxis, type TreeEngagement } from '../db/repos/plan/tree'
import { activityFacts } from './plan-overview'
import { planStructure } from './plan-progress'
import { groupReplans } from './plan-timeline'
import { requireDatedMeeting } from './plan-replans'

type DatedMeeting = ReturnType<typeof requireDatedMeeting>

function entryOf(report: ReportRow | undefined): MeetingPlanEngagement['entry'] {
  return report === undefined
    ? { reportId: null, percent: null, narrative: '', replanning: '', difficulties: '' }
    : { reportId: null, percent: report.percent, narrative: report.narrative, replanning: report.replanning, difficulties: report.difficulties }
}

/**
 * What every line of a meeting's plan section is computed from, read once per request: for the whole
 * plan, or for one engagement only (an engagement's figures depend on its own activities and reports).
 */
function sectionContext(db: Db, meeting: DatedMeeting, planId: number, engagementId?: number) {
  const cutoff = meeting.lastDate
  const tree = loadPlanTree(db, planId, engagementId)
  const structure = planStructure(tree)
  const progress = computePlanProgress(structure, loadLatestReportInputs(db, planId, cutoff, { engagementId }), cutoff)
  const figures = new Map<number, EngagementProgress>()
  for (const axis of progress.axes) for (const e of axis.engagements) figures.set(e.id, e)
  // « Current » progress leaves out the figure this meeting itself declared, so the form can show
  // what the activities and earlier meetings say beside what is being typed.
  const without = computePlanProgress(structure, loadLatestReportInputs(db, planId, cutoff, { engagementId, exceptEngagementReportsOf: meeting.id }), cutoff)
  const current = new Map<number, EngagementProgress>()
  for (const axis of without.axes) for (const e of axis.engagements) current.set(e.id, e)
  const reportsOf = new Map<number, ReportRow[]>()
  for (const r of listPlanEngagementReportRows(db, planId, engagementId)) {
    if (r.engagement_id === null) continue
    const list = reportsOf.get(r.engagement_id)
    if (list === undefined) reportsOf.set(r.engagement_id, [r])
    else list.push(r)
  }
  return { cutoff, tree, figures, current, reportsOf }
}

type SectionContext = ReturnType<typeof sectionContext>

/** An engagement's line without its activities: this meeting's entry, or the previous one to start from. */
function lineHead(ctx: SectionContext, meeting: DatedMeeting, axis: TreeAxis, engagement: TreeEngagement): Omit<MeetingPlanEngagement, 'activities'> {
  const reports = ctx.reportsOf.get(engagement.id) ?? []
  const own = reports.filter((r) => r.meeting_id === meeting.id).at(-1)
  const previous = reports.filter((r) => r.meeting_id !== meeting.id && r.date <= ctx.cutoff).at(-1)
  const base = ctx.current.get(engagement.id) as EngagementProgress
  return {
    engagementId: engagement.id,
    number: engagement.number,
    title: engagement.title,
    axis: { id: axis.id, position: axis.position, title: axis.title },
    responsible: engagement.responsible,
    currentPercent: base.percent,
    currentBand: base.band,
    entry: own !== undefined ? { ...entryOf(own), reportId: own.id } : entryOf(previous),
    origin: own !== undefined ? 'this_meeting' : previous !== undefined ? 'previous' : 'empty',
    previousMeeting: own === undefined && previous !== undefined ? meetingRef(previous.meeting_id, previous.meeting_title, previous.meeting_date) : null,
    previousDate: own === undefined && previous !== undefined ? previous.date : null,
  }
}

function lineActivities(ctx: SectionContext, meeting: DatedMeeting, engagement: TreeEngagement, replans: Map<number, ReplanRow[]>): MeetingPlanActivity[] {
  const figures = ctx.figures.get(engagement.id) as EngagementProgress
  return activityFacts(engagement, figures, replans, ctx.cutoff, ctx.cutoff).map((f): MeetingPlanActivity => {
    const here = f.timeline.replans.filter((r) => r.meeting_id === meeting.id).at(-1)
    return {
      id: f.row.id,
      number: f.row.number,
      title: f.row.title,
      weight: f.row.weight,
      percent: f.progress.percent,
      band: f.progress.band,
      current: viewOf(f.timeline.currentText, f.timeline.currentPeriod),
      replanHere: here === undefined ? null : toReplan(here),
      replanCount: f.timeline.replans.length,
    }
  })
}

/** The lines of a meeting's plan section, all of them or only `engagementId`'s (activities included). */
function buildMeetingPlan(db: Db, meeting: DatedMeeting, planId: number, engagementId?: number): MeetingPlanEngagement[] {
  const ctx = sectionContext(db, meeting, planId, engagementId)
  const replans = groupReplans(engagementId === undefined ? listPlanReplanRows(db, planId) : listEngagementReplanRows(db, engagementId))
  return ctx.tree.flatMap((axis) =>
    axis.engagements
      .map((engagement): MeetingPlanEngagement => ({
        ...lineHead(ctx, meeting, axis, engagement),
        activities: lineActivities(ctx, meeting, engagement, replans),
      })),
  )
}

/** The plan section of a meeting; `planId` overrides the plan chosen from the meeting's committee. */
export function meetingPlan(db: Db, meetingId: number, planId?: number): MeetingPlan {
  const meeting = requireDatedMeeting(db, meetingId)
  const id = planId ?? planIdForCommittee(db, meeting.committeeId)
  const ref = { id: meeting.id, title: meeting.title, date: meeting.firstDate, committeeId: meeting.committeeId }
  if (id === undefined) return { meeting: ref, plan: null, engagements: [] }
  const plan = getPlan(db, id)
  if (plan === undefined) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
  return { meeting: ref, plan, engagements: buildMeetingPlan(db, meeting, plan.id) }
}

/** The line of one engagement in a meeting's plan section. */
export function meetingPlanEngagement(db: Db, meetingId: number, engagementId: number): MeetingPlanEngagement {
  const meeting = requireDatedMeeting(db, meetingId)
  const engagement = getEngagement(db, engagementId)
  if (engagement === undefined) throw new AppError('NOT_FOUND', t('plan.errors.engagementNotFound'))
  const line = buildMeetingPlan(db, meeting, engagement.planId, engagementId)[0]
  if (line === undefined) throw new AppError('NOT_FOUND', t('plan.errors.engagementNotFound'))
  return line
}

/** The line of one activity in a meeting's plan section. */
export function meetingPlanActivity(db: Db, meetingId: number, activityId: number, engagementId: number): MeetingPlanActivity {
  const line = meetingPlanEngagement(db, meetingId, engagementId)
  const activity = line.activities.find((a) => a.id === activityId)
  if (activity === undefined) throw new AppError('NOT_FOUND', t('plan.errors.activityNotFound'))
  return activity
}

export interface MeetingEngagementInput {
  meetingId: number
  engagementId: number
  percent: number | null
  narrative: string
  replanning: string
  difficulties: string
}

/**
 * Upserts the engagement-level report of a meeting, dated at the meeting's first date. Without a
 * percentage the figure stays the one computed at the meeting; without any text either, this
 * meeting's line is removed.
 */
export function saveMeetingEngagement(db: Db, input: MeetingEngagementInput): MeetingPlanEngagement {
  db.transaction(() => {
    const meeting = requireDatedMeeting(db, input.meetingId)
    if (getEngagement(db, input.engagementId) === undefined) throw new AppError('NOT_FOUND', t('plan.errors.engagementNotFound'))
    const existing = meetingEngagementReportRow(db, meeting.id, input.engagementId)
    const blank = [input.narrative, input.replanning, input.difficulties].every((s) => s.trim() === '')
    if (input.percent === null && blank) {
      if (existing !== undefined) deleteReport(db, existing.id)
      return
    }
    const percent = input.percent ?? meetingPlanEngagement(db, meeting.id, input.engagementId).currentPercent
    const content = { percent, narrative: input.narrative, replanning: input.replanning, difficulties: input.difficulties }
    if (existing !== undefined) updateReportContent(db, existing.id, content)
    else insertReport(db, { ...content, activityId: null, engagementId: input.engagementId, meetingId: meeting.id, date: meeting.firstDate })
  })()
  return meetingPlanEngagement(db, input.meetingId, input.engagementId)
}
