/** Who attends a meeting: members pre-filled at creation, guests added as they come. */
import type { Db } from '../../connection'
import type { AttendanceStatus } from '../../../../shared/domain/vocabulary'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, sql } from '../common'
import { requireMeeting, touchMeeting } from './touch'

export interface AttendanceFields {
  meetingId: number
  personId: number
  status: AttendanceStatus
  representedBy: string
  /** The person's function at this meeting; undefined keeps it (or, for a newcomer, copies the directory's), null clears it. */
  function?: string | null | undefined
}

/** A function as stored: trimmed, and null rather than blank. */
function functionValue(value: string | null): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/**
 * Sets one person's attendance. A person not yet on the list (a guest) is added with their
 * organisation as it is today. « Représenté » needs the name of the representative, which is
 * kept only with that status. Returns the meeting's new updatedAt.
 */
export function setAttendance(db: Db, input: AttendanceFields): string {
  if (input.status === 'represente' && input.representedBy.trim().length === 0) {
    const message = t('validation.representedByRequired')
    throw new AppError('INVALID_INPUT', message, { representedBy: message })
  }
  const representedBy = input.status === 'represente' ? input.representedBy : ''
  const keepFunction = input.function === undefined ? 1 : 0
  const fn = input.function === undefined ? null : functionValue(input.function)
  const params = { meetingId: input.meetingId, personId: input.personId, status: input.status, representedBy, keepFunction, fn }
  return db.transaction(() => {
    requireMeeting(db, input.meetingId)
    const updated = sql(
      db,
      `UPDATE attendance SET status = @status, represented_by = @representedBy,
         function = CASE WHEN @keepFunction = 1 THEN function ELSE @fn END
       WHERE meeting_id = @meetingId AND person_id = @personId`,
    ).run(params).changes
    if (updated === 0) {
      const inserted = sql(
        db,
        `INSERT INTO attendance (meeting_id, person_id, status, represented_by, organisation_id, organisation_name, side, function, position)
         SELECT @meetingId, p.id, @status, @representedBy, p.organisation_id, coalesce(o.name, ''), o.side,
           CASE WHEN @keepFunction = 1 THEN nullif(trim(p.function), '') ELSE @fn END,
           (SELECT coalesce(max(position), 0) + 1 FROM attendance WHERE meeting_id = @meetingId)
         FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = @personId`,
      ).run(params).changes
      if (inserted === 0) throw notFound('person', 'personId')
    }
    return touchMeeting(db, input.meetingId)
  })()
}

/** Takes a person off the meeting's list; returns the meeting's new updatedAt. */
export function removeAttendance(db: Db, meetingId: number, personId: number): string {
  return db.transaction(() => {
    requireMeeting(db, meetingId)
    if (
      sql(db, 'DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?').run(meetingId, personId).changes === 0
    ) {
      throw notFound('attendance', 'personId')
    }
    return touchMeeting(db, meetingId)
  })()
}
