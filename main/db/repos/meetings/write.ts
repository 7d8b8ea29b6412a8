/** Creating, re-dating and deleting meetings; the attendance starts from the committee's members. */
import type { Db } from '../../connection'
import type { MeetingDate } from '../../../../shared/domain/meetings'
import type { DecisionStyle, DocumentLanguage, MeetingKind, MeetingMode, MeetingStatus } from '../../../../shared/domain/vocabulary'
import { AppError } from '../../../errors'
import { t } from '../../../../shared/i18n/translate'
import { notFound, sql } from '../common'
import { MANDATE_COVERS_DAY } from './get'
import { requireMeeting, touchMeeting } from './touch'
import { carryParticipantOrder } from './participant-order'
import { refreshDecisionNumbers, renumberMeetingCommittee } from '../registers/decision-numbers'

export interface MeetingHeaderFields {
  title: string
  kind: MeetingKind
  mode: MeetingMode
  place: string
  videoTool: string
  notes: string
  /** Only on creation; afterwards the status follows the relevé's lifecycle (adoption, errata). */
  status?: MeetingStatus
  dates: MeetingDate[]
}

/** The earliest of the dates (ISO dates sort as text). */
function firstDate(dates: readonly MeetingDate[]): string | null {
  return dates.reduce<string | null>((min, d) => (min === null || d.date < min ? d.date : min), null)
}

function writeDates(db: Db, meetingId: number, dates: readonly MeetingDate[]): void {
  sql(db, 'DELETE FROM meeting_dates WHERE meeting_id = ?').run(meetingId)
  const insert = sql(
    db,
    'INSERT INTO meeting_dates (meeting_id, position, date, start_time, end_time) VALUES (?, ?, ?, ?, ?)',
  )
  dates.forEach((d, index) => insert.run(meetingId, index + 1, d.date, d.startTime, d.endTime))
}

/**
 * Puts on the list, « à confirmer », every person whose mandate covers the meeting's first day,
 * with their organisation as it is today (the list keeps it even if they move later).
 */
function prefillAttendance(db: Db, meetingId: number, committeeId: number, day: string | null): void {
  sql(
    db,
    `INSERT INTO attendance (meeting_id, person_id, status, organisation_id, organisation_name, side, function, position)
     SELECT @meetingId, p.id, 'a_confirmer', p.organisation_id, coalesce(o.name, ''), o.side, nullif(trim(p.function), ''),
       row_number() OVER (ORDER BY coalesce(o.side, 'zz'), fold(p.last_name), p.id)
     FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
     WHERE p.id IN (SELECT ms.person_id FROM memberships ms WHERE ms.committee_id = @committeeId AND ${MANDATE_COVERS_DAY})`,
  ).run({ meetingId, committeeId, day })
}

function insertMeeting(db: Db, committeeId: number, header: MeetingHeaderFields): number {
  const id = Number(
    sql(
      db,
      `INSERT INTO meetings (committee_id, title, kind, mode, place, video_tool, notes, status, first_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      committeeId,
      header.title,
      header.kind,
      header.mode,
      header.place,
      header.videoTool,
      header.notes,
      header.status ?? 'brouillon',
      firstDate(header.dates),
    ).lastInsertRowid,
  )
  writeDates(db, id, header.dates)
  prefillAttendance(db, id, committeeId, firstDate(header.dates))
  return id
}

/** Creates a meeting of a committee with its dates and its members « à confirmer »; returns its id. */
export function createMeeting(db: Db, committeeId: number, header: MeetingHeaderFields): number {
  return db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM committees WHERE id = ?').get(committeeId)) throw notFound('committee', 'committeeId')
    return insertMeeting(db, committeeId, header)
  })()
}

/**
 * Creates the next meeting from a previous one: same committee, title, kind, mode, place and video
 * tool; the members of the new date « à confirmer » (guests are not carried over); the standing
 * agenda items with an empty discussion. Returns the new meeting's id.
 */
export function createMeetingFromPrevious(db: Db, previousId: number, dates: MeetingDate[]): number {
  return db.transaction(() => {
    const previous = sql(
      db,
      'SELECT committee_id, title, kind, mode, place, video_tool FROM meetings WHERE id = ?',
    ).get(previousId) as
      | { committee_id: number; title: string; kind: MeetingKind; mode: MeetingMode; place: string; video_tool: string }
      | undefined
    if (!previous) throw notFound('meeting', 'previousId')
    const id = insertMeeting(db, previous.committee_id, {
      title: previous.title,
      kind: previous.kind,
      mode: previous.mode,
      place: previous.place,
      videoTool: previous.video_tool,
      notes: '',
      status: 'brouillon',
      dates,
    })
    sql(
      db,
      `INSERT INTO agenda_items (meeting_id, position, title, presenter, standing, discussion_heading, decisions_heading)
       SELECT ?, row_number() OVER (ORDER BY position, id), title, presenter, 1, discussion_heading, decisions_heading
       FROM agenda_items WHERE meeting_id = ? AND standing = 1`,
    ).run(id, previousId)
    // The committee keeps its way of labelling decisions, and the language of its relevés, from one meeting to the next.
    sql(
      db,
      `UPDATE meetings SET (decision_style, language) = (SELECT decision_style, language FROM meetings WHERE id = ?)
        WHERE id = ?`,
    ).run(previousId, id)
    carryParticipantOrder(db, previousId, id)
    return id
  })()
}

/**
 * Saves the header and replaces the dates (keeping first_date in step); returns the new updatedAt.
 * The status is not written here: a relevé is adopted only through its lifecycle (version, lock,
 * fingerprint), so a header that asks for another status than the stored one is refused.
 */
export function saveMeetingHeader(db: Db, id: number, header: MeetingHeaderFields): string {
  return db.transaction(() => {
    const { firstDate: before } = requireMeeting(db, id)
    const status = sql(db, 'SELECT status FROM meetings WHERE id = ?').pluck().get(id) as MeetingStatus
    if (header.status !== undefined && header.status !== status) {
      const message = t('lifecycle.errors.statusByLifecycle')
      throw new AppError('CONFLICT', message, { 'header.status': message })
    }
    sql(
      db,
      'UPDATE meetings SET title = ?, kind = ?, mode = ?, place = ?, video_tool = ?, notes = ?, first_date = ? WHERE id = ?',
    ).run(
      header.title,
      header.kind,
      header.mode,
      header.place,
      header.videoTool,
      header.notes,
      firstDate(header.dates),
      id,
    )
    writeDates(db, id, header.dates)
    // Re-dated: its decisions take their place in the year's numbering.
    if (firstDate(header.dates) !== before) renumberMeetingCommittee(db, id)
    return touchMeeting(db, id)
  })()
}

/** Numbers the meeting's decisions (« 1. ») or bullets them; returns the new updatedAt. */
export function setDecisionStyle(db: Db, id: number, style: DecisionStyle): string {
  return db.transaction(() => {
    requireMeeting(db, id)
    sql(db, 'UPDATE meetings SET decision_style = ? WHERE id = ?').run(style, id)
    return touchMeeting(db, id)
  })()
}

/** Sets the language of the meeting's relevé (labels, dates, direction); returns the new updatedAt. */
export function setDocumentLanguage(db: Db, id: number, language: DocumentLanguage): string {
  return db.transaction(() => {
    requireMeeting(db, id)
    sql(db, 'UPDATE meetings SET language = ? WHERE id = ?').run(language, id)
    return touchMeeting(db, id)
  })()
}

/** Deletes a meeting and everything recorded in it. */
export function deleteMeeting(db: Db, id: number): void {
  db.transaction(() => {
    const committeeId = sql(db, 'SELECT committee_id FROM meetings WHERE id = ?').pluck().get(id) as number | undefined
    if (sql(db, 'DELETE FROM meetings WHERE id = ?').run(id).changes === 0) throw notFound('meeting')
    // The later decisions of its committee close the gap its own leave.
    if (committeeId !== undefined) refreshDecisionNumbers(db, committeeId)
  })()
}

/** Saves the meeting's introduction (a rich document, printed before « Points discutés »); returns the new updatedAt. */
export function saveMeetingIntroduction(db: Db, id: number, introduction: unknown): string {
  return db.transaction(() => {
    requireMeeting(db, id)
    sql(db, 'UPDATE meetings SET introduction = ? WHERE id = ?').run(JSON.stringify(introduction), id)
    return touchMeeting(db, id)
  })()
}
