/** Agenda items (with their discussion), decisions and next steps of a meeting. */
import type { Db } from '../../connection'
import type { AgendaItem, Decision, NextStep } from '../../../../shared/domain/meetings'
import type { NextStepStatus } from '../../../../shared/domain/vocabulary'
import { decisionRichDoc, emptyRichDoc, richPlainTextLoose, type RichDoc } from '../../../../shared/domain/rich-text'
import { parsePeriod } from '../../../../shared/period'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, sql } from '../common'
import {
  AGENDA_COLUMNS,
  DECISION_COLUMNS,
  NEXT_STEP_COLUMNS,
  toAgendaItem,
  toDecision,
  toNextStep,
  type AgendaRow,
  type DecisionRow,
  type NextStepRow,
} from './get'
import { nextPosition, requireItem } from './positions'
import { requireMeeting, touchMeeting } from './touch'
import { renumberMeetingYear } from '../registers/decision-numbers'

export interface AgendaFields {
  id?: number | undefined
  meetingId: number
  title: string
  presenter: string
  standing: boolean
  /** Left as it is when undefined (an update of the title alone keeps the discussion). */
  discussion?: unknown
  /** Short headings of the item's blocks (empty: the title); left as they are when undefined. */
  discussionHeading?: string | undefined
  decisionsHeading?: string | undefined
}

/** Creates an agenda item at the end of the agenda, or updates one. */
export function saveAgendaItem(db: Db, input: AgendaFields): AgendaItem {
  return db.transaction(() => {
    requireMeeting(db, input.meetingId)
    const discussion = input.discussion === undefined ? null : JSON.stringify(input.discussion)
    let id = input.id
    if (id === undefined) {
      id = Number(
        sql(
          db,
          `INSERT INTO agenda_items (meeting_id, position, title, presenter, standing, discussion, discussion_heading, decisions_heading)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          input.meetingId,
          nextPosition(db, 'agenda_items', input.meetingId),
          input.title,
          input.presenter,
          input.standing ? 1 : 0,
          discussion ?? JSON.stringify(emptyRichDoc()),
          input.discussionHeading ?? '',
          input.decisionsHeading ?? '',
        ).lastInsertRowid,
      )
    } else {
      requireItem(db, 'agenda_items', id, input.meetingId)
      sql(
        db,
        `UPDATE agenda_items SET title = ?, presenter = ?, standing = ?, discussion = coalesce(?, discussion),
           discussion_heading = coalesce(?, discussion_heading), decisions_heading = coalesce(?, decisions_heading) WHERE id = ?`,
      ).run(
        input.title,
        input.presenter,
        input.standing ? 1 : 0,
        discussion,
        input.discussionHeading ?? null,
        input.decisionsHeading ?? null,
        id,
      )
    }
    touchMeeting(db, input.meetingId)
    return toAgendaItem(sql(db, `SELECT ${AGENDA_COLUMNS} FROM agenda_items WHERE id = ?`).get(id) as AgendaRow)
  })()
}

export interface DecisionFields {
  id?: number | undefined
  meetingId: number
  agendaItemId: number | null
  /** The rich document; left as it is when undefined (and `text` is too). */
  body?: RichDoc | undefined
  /** A decision given as plain text (CLI, older clients): « - » lines become a bullet list. */
  text?: string | undefined
  /** A « NB » note, printed unnumbered; left as it is when undefined. */
  note?: boolean | undefined
}

function decisionBodyOf(input: DecisionFields): RichDoc | undefined {
  if (input.body !== undefined) return input.body
  return input.text !== undefined ? decisionRichDoc(input.text) : undefined
}

/**
 * Creates a decision at the end of the list, or updates one; its agenda item must be of the same
 * meeting. The `text` column keeps the decision's plain text, for search and tools.
 */
export function saveDecision(db: Db, input: DecisionFields): Decision {
  return db.transaction(() => {
    requireMeeting(db, input.meetingId)
    if (input.agendaItemId !== null) {
      const item = sql(db, 'SELECT meeting_id FROM agenda_items WHERE id = ?').get(input.agendaItemId) as
        { meeting_id: number } | undefined
      if (!item) throw notFound('agendaItem', 'agendaItemId')
      if (item.meeting_id !== input.meetingId) {
        const message = t('data.agendaItemOfAnotherMeeting')
        throw new AppError('INVALID_INPUT', message, { agendaItemId: message })
      }
    }
    const body = decisionBodyOf(input)
    const bodyJson = body === undefined ? null : JSON.stringify(body)
    // Text given as such is kept as typed; a rich body keeps its plain text beside it.
    const text = input.body !== undefined ? richPlainTextLoose(input.body) : (input.text ?? null)
    const note = input.note === undefined ? null : input.note ? 1 : 0
    let id = input.id
    if (id === undefined) {
      id = Number(
        sql(
          db,
          'INSERT INTO decisions (meeting_id, agenda_item_id, position, text, body, note) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(
          input.meetingId,
          input.agendaItemId,
          nextPosition(db, 'decisions', input.meetingId),
          text ?? '',
          bodyJson ?? JSON.stringify(emptyRichDoc()),
          note ?? 0,
        ).lastInsertRowid,
      )
    } else {
      requireItem(db, 'decisions', id, input.meetingId)
      sql(
        db,
        `UPDATE decisions SET agenda_item_id = ?, text = coalesce(?, text), body = coalesce(?, body), note = coalesce(?, note)
         WHERE id = ?`,
      ).run(input.agendaItemId, text, bodyJson, note, id)
    }
    touchMeeting(db, input.meetingId)
    // A new decision, or one made a note or a decision again, moves the register's numbers.
    if (input.id === undefined || note !== null) renumberMeetingYear(db, input.meetingId)
    return toDecision(sql(db, `SELECT ${DECISION_COLUMNS} FROM decisions WHERE id = ?`).get(id) as DecisionRow)
  })()
}

export interface NextStepFields {
  id?: number | undefined
  meetingId: number
  text: string
  responsiblePersonId: number | null
  responsibleOrganisationId: number | null
  responsibleText: string
  dueText: string
  status: NextStepStatus
  /** Left as it is when undefined (an update of the text alone keeps the details). */
  details?: unknown
}

/**
 * The due date as a planned period (JSON), or null when the text does not read as one. A due
 * date without a year (« fin juillet ») takes its year from the meeting's date (see parsePeriod).
 */
export function duePeriodJson(dueText: string, meetingFirstDate: string | null): string | null {
  const parsed = parsePeriod(dueText, meetingFirstDate ? { referenceDate: meetingFirstDate } : {})
  return parsed.ok ? JSON.stringify(parsed.period) : null
}

/** Creates a next step at the end of the list, or updates one; stores the due date as typed and as a period. */
export function saveNextStep(db: Db, input: NextStepFields): NextStep {
  return db.transaction(() => {
    const meeting = requireMeeting(db, input.meetingId)
    if (
      input.responsiblePersonId !== null &&
      !sql(db, 'SELECT 1 FROM people WHERE id = ?').get(input.responsiblePersonId)
    ) {
      throw notFound('person', 'responsiblePersonId')
    }
    if (
      input.responsibleOrganisationId !== null &&
      !sql(db, 'SELECT 1 FROM organisations WHERE id = ?').get(input.responsibleOrganisationId)
    ) {
      throw notFound('organisation', 'responsibleOrganisationId')
    }
    const values = [
      input.text,
      input.responsiblePersonId,
      input.responsibleOrganisationId,
      input.responsibleText,
      input.dueText,
      duePeriodJson(input.dueText, meeting.firstDate),
      input.status,
    ]
    const details = input.details === undefined ? null : JSON.stringify(input.details)
    let id = input.id
    if (id === undefined) {
      id = Number(
        sql(
          db,
          `INSERT INTO next_steps (text, responsible_person_id, responsible_organisation_id, responsible_text, due_text, due_period, status,
             meeting_id, position, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          ...values,
          input.meetingId,
          nextPosition(db, 'next_steps', input.meetingId),
          details ?? JSON.stringify(emptyRichDoc()),
        ).lastInsertRowid,
      )
    } else {
      requireItem(db, 'next_steps', id, input.meetingId)
      sql(
        db,
        `UPDATE next_steps SET text = ?, responsible_person_id = ?, responsible_organisation_id = ?, responsible_text = ?, due_text = ?,
           due_period = ?, status = ?, details = coalesce(?, details) WHERE id = ?`,
      ).run(...values, details, id)
    }
    touchMeeting(db, input.meetingId)
    return toNextStep(sql(db, `SELECT ${NEXT_STEP_COLUMNS} FROM next_steps WHERE id = ?`).get(id) as NextStepRow)
  })()
}
