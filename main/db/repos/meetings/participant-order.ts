/** How a meeting lists its participants (« par collège » / « ordre protocolaire ») and the protocol order itself. */
import type { Db } from '../../connection'
import type { ParticipantOrder } from '../../../../shared/domain/meetings'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { sql } from '../common'
import { requireMeeting, touchMeeting } from './touch'

/** Sets the meeting's way of listing its participants; returns its new updatedAt. */
export function setParticipantOrder(db: Db, meetingId: number, order: ParticipantOrder): string {
  return db.transaction(() => {
    requireMeeting(db, meetingId)
    sql(db, 'UPDATE meetings SET participant_order = ? WHERE id = ?').run(order, meetingId)
    return touchMeeting(db, meetingId)
  })()
}

/**
 * Puts the meeting's participants in the order of `personIds` (the protocol order), which must name
 * each person of the list exactly once; otherwise the list the user saw is stale: INVALID_INPUT,
 * nothing changed.
 */
export function reorderAttendance(db: Db, meetingId: number, personIds: readonly number[]): string {
  return db.transaction(() => {
    requireMeeting(db, meetingId)
    const current = new Set(
      (sql(db, 'SELECT person_id FROM attendance WHERE meeting_id = ?').all(meetingId) as { person_id: number }[]).map(
        (r) => r.person_id,
      ),
    )
    const given = new Set(personIds)
    if (given.size !== personIds.length || given.size !== current.size || personIds.some((id) => !current.has(id))) {
      const message = t('data.reorderMismatch')
      throw new AppError('INVALID_INPUT', message, { personIds: message })
    }
    const update = sql(db, 'UPDATE attendance SET position = ? WHERE meeting_id = ? AND person_id = ?')
    personIds.forEach((personId, index) => update.run(index + 1, meetingId, personId))
    return touchMeeting(db, meetingId)
  })()
}
