/**
 * The summary lines of a meeting's plan section (meetingPlan/outline): what the editor paints first.
 * Only what a closed engagement shows is computed: its figure at the meeting (without this meeting's
 * own engagement figure), this meeting's or the previous entry's figure, its activity count and how
 * many activities this meeting replanned. No periods, no texts, no replan history: those come with
 * the engagement when it is opened (meetingPlanEngagement).
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { MeetingPlanEngagementSummary, MeetingPlanOutline } from '../../shared/domain/plan'
import { computePlanProgress, type PlanStructure } from '../../shared/plan/progress'
import {
  engagementEntryFigures,
  loadOutlineStructure,
  replannedHereCounts,
  type OutlineStructureRow,
} from '../db/repos/plan/meeting-outline'
import { getPlan, planIdForCommittee } from '../db/repos/plan/plans'
import { loadLatestReportInputs } from '../db/repos/plan/progress-reports'
import { requireDatedMeeting } from './plan-replans'

type Head = Pick<MeetingPlanEngagementSummary, 'engagementId' | 'number' | 'title' | 'axis'> & { activityCount: number }

/** The progress maths' structure and each engagement's heading, in plan order, from the outline rows. */
function structureOf(rows: readonly OutlineStructureRow[]): { structure: PlanStructure; heads: Head[] } {
  const structure: PlanStructure = { axes: [] }
  const heads: Head[] = []
  for (const r of rows) {
    let axis = structure.axes.at(-1)
    if (axis?.id !== r.axisId) structure.axes.push((axis = { id: r.axisId, engagements: [] }))
    let engagement = axis.engagements.at(-1)
    if (engagement?.id !== r.engagementId) {
      axis.engagements.push((engagement = { id: r.engagementId, activities: [] }))
      heads.push({
        engagementId: r.engagementId,
        number: r.number,
        title: r.title,
        axis: { id: r.axisId, position: r.axisPosition, title: r.axisTitle },
        activityCount: 0,
      })
    }
    if (r.activityId !== null) {
      engagement.activities.push({ id: r.activityId, weight: r.weight ?? 1 })
      const head = heads.at(-1)
      if (head !== undefined) head.activityCount += 1
    }
  }
  return { structure, heads }
}

/** The plan section of a meeting as summary lines; `planId` overrides the plan chosen from the meeting's committee. */
export function meetingPlanOutline(db: Db, meetingId: number, planId?: number): MeetingPlanOutline {
  const meeting = requireDatedMeeting(db, meetingId)
  const id = planId ?? planIdForCommittee(db, meeting.committeeId)
  const ref = { id: meeting.id, title: meeting.title, date: meeting.firstDate, committeeId: meeting.committeeId }
  if (id === undefined) return { meeting: ref, plan: null, engagements: [] }
  const plan = getPlan(db, id)
  if (plan === undefined) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
  const cutoff = meeting.lastDate
  const { structure, heads } = structureOf(loadOutlineStructure(db, plan.id))
  // « Current » progress leaves out the figure this meeting itself declared (as the opened form does).
  const progress = computePlanProgress(
    structure,
    loadLatestReportInputs(db, plan.id, cutoff, { exceptEngagementReportsOf: meeting.id }),
    cutoff,
  )
  const figures = new Map(progress.axes.flatMap((axis) => axis.engagements.map((e) => [e.id, e] as const)))
  const { own, previous } = engagementEntryFigures(db, plan.id, meeting.id, cutoff)
  const replanned = replannedHereCounts(db, plan.id, meeting.id, cutoff)
  const engagements = heads.map((head): MeetingPlanEngagementSummary => {
    const figure = figures.get(head.engagementId)
    const mine = own.get(head.engagementId)
    const before = previous.get(head.engagementId)
    return {
      engagementId: head.engagementId,
      number: head.number,
      title: head.title,
      axis: head.axis,
      currentPercent: figure?.percent ?? 0,
      currentBand: figure?.band ?? 'non_commence',
      entryPercent: mine?.percent ?? before?.percent ?? null,
      origin: mine !== undefined ? 'this_meeting' : before !== undefined ? 'previous' : 'empty',
      previousDate: mine === undefined && before !== undefined ? before.date : null,
      activityCount: head.activityCount,
      replannedHere: replanned.get(head.engagementId) ?? 0,
    }
  })
  return { meeting: ref, plan, engagements }
}
