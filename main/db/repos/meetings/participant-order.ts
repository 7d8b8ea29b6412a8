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

/**
 * A meeting prepared from the previous one keeps its way of listing participants, and its
 * protocol order for the people on both lists (anyone new comes after them, in their own order).
 */
export function carryParticipantOrder(db: Db, previousId: number, meetingId: number): void {
  sql(
    db,
    'UPDATE meetings SET participant_order = (SELECT participant_order FROM meetings WHERE id = ?) WHERE id = ?',
  ).run(previousId, meetingId)
  const listOf = (id: number) =>
    (
      sql(db, 'SELECT person_id FROM attendance WHERE meeting_id = ? ORDER BY position, person_id').all(id) as {
        person_id: number
      }[]
    ).map((r) => r.person_id)
  const rank = new Map(listOf(previousId).map((personId, index) => [personId, index]))
  const current = listOf(meetingId)
  const ordered = current
    .map((personId, index) => ({ personId, key: rank.get(personId) ?? rank.size + index }))
    .sort((a, b) => a.key - b.key)
  const update = sql(db, 'UPDATE attendance SET position = ? WHERE meeting_id = ? AND person_id = ?')
  ordered.forEach(({ personId }, index) => update.run(index + 1, meetingId, personId))
}
