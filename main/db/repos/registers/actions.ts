/**
 * The actions follow-up: every next step of every meeting with its owner, planned period, the
 * status now (the latest follow-up's, else the one set at its meeting) and its dated notes.
 */
import type { ActionEntry, ActionFollowUp, RegisterMeeting } from '../../../../shared/domain/registers'
import { OPEN_ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/vocabulary'
import { organisationLabel } from '../../../../shared/domain/directory'
import { displayPeriod, parsePeriod, periodBounds, type PlannedPeriod } from '../../../../shared/period'
import { personName } from '../../../../shared/text/person-name'
import { todayIso } from '../common'

export interface ActionRow {
  id: number
  number: number
  text: string
  base_status: ActionStatus
  responsible_person_id: number | null
  responsible_organisation_id: number | null
  responsible_text: string
  civility: string | null
  first_name: string | null
  last_name: string | null
  organisation_name: string | null
  organisation_acronym: string | null
  due_text: string
  due_period: string | null
  meeting_id: number
  meeting_title: string
  first_date: string | null
  committee_id: number
  committee_name: string
  committee_acronym: string
  follow_ups: string
}

/** The columns of an action; `s` is next_steps, `m` its meeting (joined by ACTION_FROM). */
export const ACTION_SELECT = `SELECT s.id, s.number, s.text, s.status AS base_status, s.responsible_person_id, s.responsible_organisation_id,
    s.responsible_text, p.civility, p.first_name, p.last_name, o.name AS organisation_name, o.acronym AS organisation_acronym,
    s.due_text, s.due_period, m.id AS meeting_id, m.title AS meeting_title, m.first_date,
    c.id AS committee_id, c.name AS committee_name, c.acronym AS committee_acronym,
    (SELECT json_group_array(json_object('id', f.id, 'date', f.noted_on, 'status', f.status, 'note', f.note,
        'meetingId', f.meeting_id, 'meetingTitle', fm.title, 'meetingDate', fm.first_date) ORDER BY f.noted_on, f.id)
       FROM action_follow_ups f LEFT JOIN meetings fm ON fm.id = f.meeting_id WHERE f.next_step_id = s.id) AS follow_ups`

/**
 * The actions' FROM clause. Steps left blank in the editor are not actions; each keeps its number in
 * the relevé's list. `meetings`, a condition on `n.meeting_id`, keeps only some meetings' steps
 * before they are numbered (numbers count within a meeting, so they do not change): SQLite
 * cannot push an outer WHERE into the numbered subquery, and would number every step of the file.
 */
export function actionFrom(meetings = ''): string {
  return `FROM (SELECT n.*, row_number() OVER (PARTITION BY n.meeting_id ORDER BY n.position, n.id) AS number
      FROM next_steps n WHERE trim(n.text) <> ''${meetings === '' ? '' : ` AND ${meetings}`}) s
  JOIN meetings m ON m.id = s.meeting_id JOIN committees c ON c.id = m.committee_id
  LEFT JOIN people p ON p.id = s.responsible_person_id LEFT JOIN organisations o ON o.id = s.responsible_organisation_id`
}
export const ACTION_FROM = actionFrom()

interface FollowUpJson {
  id: number
  date: string
  status: ActionStatus
  note: string
  meetingId: number | null
  meetingTitle: string | null
  meetingDate: string | null
}

/** Tells whether an action with this status is still to follow up. */
export function isOpen(status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status)
}

/** The last day of a stored planned period (JSON), or null. */
export function periodEnd(json: string | null): string | null {
  if (json === null) return null
  try {
    return periodBounds(JSON.parse(json) as PlannedPeriod)?.end ?? null
  } catch {
    return null
  }
}

function ownerLabel(row: ActionRow): string {
  const person =
    row.last_name !== null
      ? personName({ civility: row.civility, firstName: row.first_name ?? '', lastName: row.last_name })
      : ''
  const organisation =
    row.organisation_name !== null
      ? organisationLabel({ name: row.organisation_name, acronym: row.organisation_acronym ?? '' })
      : ''
  const linked = [person, organisation].filter(Boolean).join(', ')
  return linked || row.responsible_text.trim()
}

function toFollowUp(f: FollowUpJson): ActionFollowUp {
  return {
    id: f.id,
    date: f.date,
    status: f.status,
    note: f.note,
    meeting: f.meetingId === null ? null : { id: f.meetingId, title: f.meetingTitle ?? '', date: f.meetingDate },
  }
}

/** An action from its row; `today` (yyyy-mm-dd) decides what is overdue. */
export function toAction(row: ActionRow, today = todayIso()): ActionEntry {
  const followUps = (JSON.parse(row.follow_ups) as FollowUpJson[]).map(toFollowUp)
  const status = followUps.at(-1)?.status ?? row.base_status
  const dueEnd = periodEnd(row.due_period)
  const open = isOpen(status)
  const meeting: RegisterMeeting = {
    id: row.meeting_id,
    title: row.meeting_title,
    date: row.first_date,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    committeeAcronym: row.committee_acronym,
  }
  return {
    id: row.id,
    position: row.number,
    text: row.text,
    meeting,
    owner: {
      personId: row.responsible_person_id,
      organisationId: row.responsible_organisation_id,
      label: ownerLabel(row),
    },
    dueText: row.due_text,
    due: row.due_text.trim()
      ? displayPeriod(parsePeriod(row.due_text, row.first_date ? { referenceDate: row.first_date } : {}))
      : '',
    dueEnd,
    status,
    open,
    overdue: open && dueEnd !== null && dueEnd < today,
    followUps,
  }
}
