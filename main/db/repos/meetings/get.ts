/** One full meeting, read in six small queries (one per part), never one per row. */
import type { Db } from '../../connection'
import type {
  AgendaItem,
  AttendanceEntry,
  Decision,
  Meeting,
  MeetingDate,
  NextStep,
  ParticipantOrder,
} from '../../../../shared/domain/meetings'
import type {
  AttendanceStatus,
  Civility,
  DecisionStyle,
  DocumentLanguage,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
  NextStepStatus,
  Side,
} from '../../../../shared/domain/vocabulary'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { sql } from '../common'

interface MeetingRow {
  id: number
  committee_id: number
  committee_name: string
  title: string
  kind: MeetingKind
  mode: MeetingMode
  place: string
  video_tool: string
  notes: string
  status: MeetingStatus
  first_date: string | null
  decision_style: DecisionStyle
  updated_at: string
  introduction: string
  participant_order: ParticipantOrder
  language: DocumentLanguage
}

interface AttendanceRow {
  person_id: number
  civility: Civility
  first_name: string
  last_name: string
  function: string | null
  status: AttendanceStatus
  represented_by: string
  organisation_id: number | null
  organisation_name: string
  side: Side | null
  member: number
}

interface AgendaRow {
  id: number
  position: number
  title: string
  presenter: string
  standing: number
  discussion: string
  discussion_heading: string
  decisions_heading: string
}

interface DecisionRow {
  id: number
  agenda_item_id: number | null
  position: number
  body: string
  note: number
}

interface NextStepRow {
  id: number
  position: number
  text: string
  responsible_person_id: number | null
  responsible_organisation_id: number | null
  responsible_text: string
  due_text: string
  status: NextStepStatus
  details: string
}

/** SQL that tells whether a mandate covers the day `@day` (an open bound covers every day). */
export const MANDATE_COVERS_DAY =
  '(ms.start_date IS NULL OR ms.start_date <= @day) AND (ms.end_date IS NULL OR ms.end_date >= @day)'

/** The order of the sides in lists and documents: administrations first, then civil society, … */
export const SIDE_ORDER = `CASE a.side WHEN 'administration' THEN 0 WHEN 'societe_civile' THEN 1 WHEN 'partenaire' THEN 2
  WHEN 'expert' THEN 3 WHEN 'autre' THEN 4 ELSE 5 END`

export const toAgendaItem = (row: AgendaRow): AgendaItem => ({
  id: row.id,
  position: row.position,
  title: row.title,
  presenter: row.presenter,
  standing: row.standing === 1,
  discussion: JSON.parse(row.discussion) as RichDoc,
  discussionHeading: row.discussion_heading,
  decisionsHeading: row.decisions_heading,
})

export const toDecision = (row: DecisionRow): Decision => ({
  id: row.id,
  agendaItemId: row.agenda_item_id,
  position: row.position,
  body: JSON.parse(row.body) as RichDoc,
  note: row.note === 1,
})

export const toNextStep = (row: NextStepRow): NextStep => ({
  id: row.id,
  position: row.position,
  text: row.text,
  responsiblePersonId: row.responsible_person_id,
  responsibleOrganisationId: row.responsible_organisation_id,
  responsibleText: row.responsible_text,
  dueText: row.due_text,
  status: row.status,
  details: JSON.parse(row.details) as RichDoc,
})

export const AGENDA_COLUMNS = 'id, position, title, presenter, standing, discussion, discussion_heading, decisions_heading'
export const DECISION_COLUMNS = 'id, agenda_item_id, position, body, note'
export const NEXT_STEP_COLUMNS =
  'id, position, text, responsible_person_id, responsible_organisation_id, responsible_text, due_text, status, details'

/** The meeting's dates, in the order they were given. */
export function getMeetingDates(db: Db, meetingId: number): MeetingDate[] {
  return sql(
    db,
    'SELECT date, start_time AS startTime, end_time AS endTime FROM meeting_dates WHERE meeting_id = ? ORDER BY position, id',
  ).all(meetingId) as MeetingDate[]
}

/**
 * The attendance list, by side then last name, or in the order set for the meeting (« ordre
 * protocolaire »). `member` tells whether the person's mandate in the committee covers the
 * meeting's first day (otherwise a guest or a former member).
 */
export function getAttendance(
  db: Db,
  meetingId: number,
  committeeId: number,
  day: string | null,
  order: ParticipantOrder = 'college',
): AttendanceEntry[] {
  // One of two fixed fragments, never user text.
  const orderBy =
    order === 'protocol' ? 'a.position, a.person_id' : `${SIDE_ORDER}, fold(p.last_name), fold(p.first_name), a.person_id`
  const rows = sql(
    db,
    `SELECT a.person_id, p.civility, p.first_name, p.last_name, a.function, a.status, a.represented_by,
       a.organisation_id, a.organisation_name, a.side,
       EXISTS (SELECT 1 FROM memberships ms WHERE ms.committee_id = @committeeId AND ms.person_id = a.person_id AND ${MANDATE_COVERS_DAY}) AS member
     FROM attendance a JOIN people p ON p.id = a.person_id
     WHERE a.meeting_id = @meetingId
     ORDER BY ${orderBy}`,
  ).all({ meetingId, committeeId, day }) as AttendanceRow[]
  return rows.map((row) => ({
    personId: row.person_id,
    civility: row.civility,
    firstName: row.first_name,
    lastName: row.last_name,
    function: row.function,
    status: row.status,
    representedBy: row.represented_by,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    side: row.side,
    member: row.member === 1,
  }))
}

/** One full meeting, or undefined. */
export function getMeeting(db: Db, id: number): Meeting | undefined {
  const row = sql(
    db,
    `SELECT m.id, m.committee_id, c.name AS committee_name, m.title, m.kind, m.mode, m.place, m.video_tool, m.notes, m.status,
       m.first_date, m.decision_style, m.updated_at, m.introduction, m.participant_order, m.language
     FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?`,
  ).get(id) as MeetingRow | undefined
  if (!row) return undefined
  return {
    id: row.id,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    title: row.title,
    kind: row.kind,
    mode: row.mode,
    place: row.place,
    videoTool: row.video_tool,
    notes: row.notes,
    status: row.status,
    dates: getMeetingDates(db, id),
    participantOrder: row.participant_order,
    attendance: getAttendance(db, id, row.committee_id, row.first_date, row.participant_order),
    agenda: (
      sql(db, `SELECT ${AGENDA_COLUMNS} FROM agenda_items WHERE meeting_id = ? ORDER BY position, id`).all(
        id,
      ) as AgendaRow[]
    ).map(toAgendaItem),
    decisions: (
      sql(db, `SELECT ${DECISION_COLUMNS} FROM decisions WHERE meeting_id = ? ORDER BY position, id`).all(
        id,
      ) as DecisionRow[]
    ).map(toDecision),
    decisionStyle: row.decision_style,
    language: row.language,
    nextSteps: (
      sql(db, `SELECT ${NEXT_STEP_COLUMNS} FROM next_steps WHERE meeting_id = ? ORDER BY position, id`).all(
        id,
      ) as NextStepRow[]
    ).map(toNextStep),
    introduction: JSON.parse(row.introduction) as RichDoc,
    updatedAt: row.updated_at,
  }
}

export type { AgendaRow, DecisionRow, NextStepRow }
