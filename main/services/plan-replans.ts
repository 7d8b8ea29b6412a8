/**
 * Recording replans. Every change of an activity's planned period is appended with the period it
 * replaces; the baseline and earlier revisions never change. In a meeting, the meeting's own
 * decision on an activity is one replan that the meeting may correct while it is the latest.
 */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import { formatPeriod } from '../../shared/period'
import { foldText as fold } from '../../shared/text/fold'
import { replanKindOf } from '../../shared/plan/replan-kind'
import type { ReplanView } from '../../shared/domain/plan'
import type { ReplanKind } from '../../shared/domain/vocabulary'
import { getActivityRow, type ActivityRow } from '../db/repos/plan/activities'
import { getMeetingFacts, type MeetingFacts } from '../db/repos/plan/meetings'
import { readPeriod, storePeriodText, type StoredPeriod } from '../db/repos/plan/periods'
import {
  deleteReplan,
  getReplanRow,
  insertReplan,
  listActivityReplanRows,
  toReplan,
  updateReplanDecision,
  type ReplanRow,
} from '../db/repos/plan/replans'
import { todayIso } from './plan-progress'


/** The kind a replan takes when the user does not say: read from the new period and its wording. */
export function inferReplanKind(next: StoredPeriod): ReplanKind {
  return replanKindOf(next.text, readPeriod(next.json))
}

/** Whether two stored periods say the same thing (« Novembre 2020 » = « novembre 2020 »). */
export function samePeriod(a: StoredPeriod, b: StoredPeriod): boolean {
  const pa = readPeriod(a.json)
  const pb = readPeriod(b.json)
  // A note is kept as typed: « Dépond du retour … » and « dépond du retour … » say the same thing.
  if (pa && pb) return fold(formatPeriod(pa)) === fold(formatPeriod(pb))
  if (pa || pb) return false
  return fold(a.text.trim()) === fold(b.text.trim())
}

/** The planned period in force after all of an activity's replans. */
function currentOf(activity: ActivityRow, replans: readonly ReplanRow[]): StoredPeriod {
  const last = replans.at(-1)
  return last === undefined
    ? { text: activity.baseline_text, json: activity.baseline_period }
    : { text: last.new_text, json: last.new_period }
}

function requireActivity(db: Db, id: number): ActivityRow {
  const activity = getActivityRow(db, id)
  if (activity === undefined) throw new AppError('NOT_FOUND', t('plan.errors.activityNotFound'))
  return activity
}

/** A meeting that exists and has a date. */
export function requireDatedMeeting(db: Db, id: number): MeetingFacts & { firstDate: string; lastDate: string } {
  const meeting = getMeetingFacts(db, id)
  if (meeting === undefined) throw new AppError('NOT_FOUND', t('plan.errors.meetingNotFound'))
  if (meeting.firstDate === null || meeting.lastDate === null) throw new AppError('INVALID_INPUT', t('plan.errors.meetingWithoutDate'))
  return { ...meeting, firstDate: meeting.firstDate, lastDate: meeting.lastDate }
}

export interface NewReplan {
  activityId: number
  meetingId: number | null
  date?: string
  newText: string
  kind?: ReplanKind
  reason: string
}

/** Appends a replan: previous = the period in force, next = the text as typed (parsed when it can be). */
export function createReplan(db: Db, input: NewReplan): ReplanView {
  const id = db.transaction(() => {
    const activity = requireActivity(db, input.activityId)
    const meeting = input.meetingId === null ? null : requireDatedMeeting(db, input.meetingId)
    const date = input.date ?? meeting?.firstDate ?? todayIso()
    const replans = listActivityReplanRows(db, activity.id)
    const latest = replans.at(-1)
    // Inserting before a later revision would leave that revision's « previous » wrong.
    if (latest !== undefined && latest.date > date) {
      throw new AppError('CONFLICT', t('plan.errors.replanBeforeLatest', { date: latest.date }))
    }
    const previous = currentOf(activity, replans)
    const next = storePeriodText(input.newText, date)
    if (samePeriod(previous, next)) throw new AppError('CONFLICT', t('plan.errors.replanUnchanged'))
    return insertReplan(db, {
      activityId: activity.id,
      meetingId: meeting?.id ?? null,
      date,
      previous,
      next,
      reason: input.reason.trim(),
      kind: input.kind ?? inferReplanKind(next),
    })
  })()
  return toReplan(getReplanRow(db, id) as ReplanRow)
}

/** Deletes a replan entered by mistake, only when it is the latest of its activity. */
export function removeReplan(db: Db, id: number): void {
  db.transaction(() => {
    const row = getReplanRow(db, id)
    if (row === undefined) throw new AppError('NOT_FOUND', t('plan.errors.replanNotFound'))
    if (listActivityReplanRows(db, row.activity_id).at(-1)?.id !== id) throw new AppError('CONFLICT', t('plan.errors.replanNotLatest'))
    deleteReplan(db, id)
  })()
}

export interface MeetingReplanInput {
  meetingId: number
  activityId: number
  text: string
  kind?: ReplanKind
  reason: string
}

/**
 * Sets an activity's planned period as decided by a meeting. One replan per activity and meeting:
 * editing again corrects it (while no later replan exists), and empty text or the previous period
 * again removes it. Returns nothing: the caller reloads the meeting's view.
 */
export function setMeetingReplan(db: Db, input: MeetingReplanInput): void {
  db.transaction(() => {
    const meeting = requireDatedMeeting(db, input.meetingId)
    const activity = requireActivity(db, input.activityId)
    const replans = listActivityReplanRows(db, activity.id)
    const own = [...replans].reverse().find((r) => r.meeting_id === meeting.id)
    const latest = replans.at(-1)
    const next = storePeriodText(input.text, meeting.firstDate)
    if (own !== undefined) {
      if (latest?.id !== own.id) throw new AppError('CONFLICT', t('plan.errors.replannedSince'))
      const previous = { text: own.previous_text, json: own.previous_period }
      if (next.text === '' || samePeriod(previous, next)) deleteReplan(db, own.id)
      else updateReplanDecision(db, own.id, { next, reason: input.reason.trim(), kind: input.kind ?? inferReplanKind(next) })
      return
    }
    if (latest !== undefined && latest.date > meeting.firstDate) throw new AppError('CONFLICT', t('plan.errors.replannedSince'))
    const previous = currentOf(activity, replans)
    if (next.text === '' || samePeriod(previous, next)) return
    insertReplan(db, {
      activityId: activity.id,
      meetingId: meeting.id,
      date: meeting.firstDate,
      previous,
      next,
      reason: input.reason.trim(),
      kind: input.kind ?? inferReplanKind(next),
    })
  })()
}
