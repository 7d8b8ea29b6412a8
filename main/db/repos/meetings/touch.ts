/** Every write to a meeting's minutes moves the meeting's updated_at forward and returns it. */
import type { Db } from '../../connection'
import { notFound, sql } from '../common'

/** The meeting's committee and first date, or NOT_FOUND. */
export function requireMeeting(db: Db, meetingId: number): { committeeId: number; firstDate: string | null } {
  const row = sql(db, 'SELECT committee_id, first_date FROM meetings WHERE id = ?').get(meetingId) as
    { committee_id: number; first_date: string | null } | undefined
  if (!row) throw notFound('meeting', 'meetingId')
  return { committeeId: row.committee_id, firstDate: row.first_date }
}

/**
 * Sets the meeting's updated_at to now, and strictly after its previous value even when two
 * writes fall in the same millisecond, so that a client can tell every change apart.
 */
export function touchMeeting(db: Db, meetingId: number): string {
  const row = sql(db, 'SELECT updated_at FROM meetings WHERE id = ?').get(meetingId) as
    { updated_at: string } | undefined
  if (!row) throw notFound('meeting', 'meetingId')
  const previous = Date.parse(row.updated_at)
  const next = new Date(Number.isNaN(previous) ? Date.now() : Math.max(Date.now(), previous + 1)).toISOString()
  sql(db, 'UPDATE meetings SET updated_at = ? WHERE id = ?').run(next, meetingId)
  return next
}
