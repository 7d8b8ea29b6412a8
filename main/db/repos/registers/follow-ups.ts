/**
 * Follow-up of the actions from one meeting to the next: the open actions of a committee's earlier
 * meetings shown at a meeting (« Suivi des actions précédentes »), and what is recorded about them
 * there, or between meetings as a dated note.
 */
import type { Db } from '../../connection'
import type { ActionEntry, PreviousAction } from '../../../../shared/domain/registers'
import type { ActionStatus } from '../../../../shared/domain/vocabulary'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, sql, todayIso } from '../common'
import { ACTION_SELECT, actionFrom, isOpen, toAction, type ActionRow } from './actions'

interface MeetingPoint {
  id: number
  committeeId: number
  date: string | null
}

function meetingPoint(db: Db, id: number): MeetingPoint {
  const row = sql(db, 'SELECT id, committee_id, first_date FROM meetings WHERE id = ?').get(id) as
    { id: number; committee_id: number; first_date: string | null } | undefined
  if (!row) throw notFound('meeting', 'meetingId')
  return { id: row.id, committeeId: row.committee_id, date: row.first_date }
}

/** Tells whether meeting `a` comes before meeting `b` (by first date, then id; undated ones last). */
function before(a: { id: number; date: string | null }, b: MeetingPoint): boolean {
  if (a.date === b.date) return a.id < b.id
  if (a.date === null) return false
  if (b.date === null) return true
  return a.date < b.date
}

/** The action's status just before the meeting: its follow-ups recorded before it, else its own. */
function statusBefore(action: ActionEntry, at: MeetingPoint, base: ActionStatus): ActionStatus {
  let status = base
  for (const f of action.followUps) {
    if (f.meeting?.id === at.id) continue
    const earlier = f.meeting
      ? before({ id: f.meeting.id, date: f.meeting.date }, at)
      : at.date === null || f.date < at.date
    if (earlier) status = f.status
  }
  return status
}

/** Actions of the committee's meetings before this one (candidates: open once, or followed up). */
function earlierActions(db: Db, at: MeetingPoint): { entry: ActionEntry; base: ActionStatus }[] {
  const rows = sql(
    db,
    `${ACTION_SELECT} ${actionFrom('n.meeting_id IN (SELECT id FROM meetings WHERE committee_id = ? AND id <> ?)')}
      WHERE (s.status IN ('a_faire', 'en_cours') OR EXISTS (SELECT 1 FROM action_follow_ups f WHERE f.next_step_id = s.id))
      ORDER BY m.first_date, m.id, s.number`,
  ).all(at.committeeId, at.id) as ActionRow[]
  const today = todayIso()
  return rows
    .filter((row) => before({ id: row.meeting_id, date: row.first_date }, at))
    .map((row) => ({ entry: toAction(row, today), base: row.base_status }))
}

/**
 * The « Suivi des actions précédentes » of a meeting: every action of the committee's earlier
 * meetings still open just before it, and any it was followed up on, with what was recorded there.
 */
export function previousActions(db: Db, meetingId: number): PreviousAction[] {
  const at = meetingPoint(db, meetingId)
  const result: PreviousAction[] = []
  for (const { entry, base } of earlierActions(db, at)) {
    const followUp = entry.followUps.find((f) => f.meeting?.id === at.id) ?? null
    const was = statusBefore(entry, at, base)
    if (isOpen(was) || followUp) result.push({ action: entry, statusBefore: was, followUp })
  }
  return result
}

/** One action, or NOT_FOUND. */
export function getAction(db: Db, id: number): ActionEntry {
  const row = sql(
    db,
    `${ACTION_SELECT} ${actionFrom('n.meeting_id = (SELECT meeting_id FROM next_steps WHERE id = ?)')} WHERE s.id = ?`,
  ).get(id, id) as ActionRow | undefined
  if (!row) throw notFound('nextStep', 'actionId')
  return toAction(row)
}

export interface FollowUpInput {
  meetingId: number
  actionId: number
  status: ActionStatus
  note: string
}

/**
 * Records, at a meeting, where an action of an earlier meeting of the same committee stands: one
 * row per meeting and action, updated when recorded again. Dated with the meeting's first date.
 */
export function recordFollowUp(db: Db, input: FollowUpInput): PreviousAction {
  db.transaction(() => {
    const at = meetingPoint(db, input.meetingId)
    const action = getAction(db, input.actionId)
    if (
      action.meeting.committeeId !== at.committeeId ||
      !before({ id: action.meeting.id, date: action.meeting.date }, at)
    ) {
      const message = t('registers.errors.notAnEarlierAction')
      throw new AppError('INVALID_INPUT', message, { actionId: message })
    }
    sql(
      db,
      `INSERT INTO action_follow_ups (next_step_id, meeting_id, status, note, noted_on) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (meeting_id, next_step_id) WHERE meeting_id IS NOT NULL DO UPDATE SET status = excluded.status, note = excluded.note`,
    ).run(input.actionId, input.meetingId, input.status, input.note.trim(), at.date ?? todayIso())
  })()
  const found = previousActions(db, input.meetingId).find((p) => p.action.id === input.actionId)
  if (!found) throw notFound('nextStep', 'actionId')
  return found
}

export interface ActionNoteInput {
  actionId: number
  status: ActionStatus
  note: string
  /** The day of the note (yyyy-mm-dd); today by default. */
  date?: string | undefined
}

/** Adds a dated note (and the status it sets) to an action, between meetings. */
export function addActionNote(db: Db, input: ActionNoteInput): ActionEntry {
  db.transaction(() => {
    getAction(db, input.actionId)
    sql(
      db,
      'INSERT INTO action_follow_ups (next_step_id, meeting_id, status, note, noted_on) VALUES (?, NULL, ?, ?, ?)',
    ).run(input.actionId, input.status, input.note.trim(), input.date ?? todayIso())
  })()
  return getAction(db, input.actionId)
}
