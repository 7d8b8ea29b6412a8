/**
 * Meetings as the plan cites them, read by SQL only: the meetings domain owns their writes. A
 * meeting's date is its earliest date in meeting_dates, else its `first_date` column.
 */
import type { Db } from '../../connection'
import type { MeetingRef } from '../../../../shared/domain/plan'

/** SQL expression of the first date of the meeting aliased `m`. */
export const meetingFirstDateSql = (m: string): string =>
  `COALESCE((SELECT min(md.date) FROM meeting_dates md WHERE md.meeting_id = ${m}.id), ${m}.first_date)`

export interface MeetingFacts {
  id: number
  title: string
  committeeId: number
  firstDate: string | null
  /** Last day of the meeting (a meeting may span several dates). */
  lastDate: string | null
}

interface MeetingRow {
  id: number
  title: string
  committee_id: number
  first_date: string | null
  last_date: string | null
}

/** The facts of one meeting, or undefined. */
export function getMeetingFacts(db: Db, id: number): MeetingFacts | undefined {
  const row = db
    .prepare(
      `SELECT m.id, m.title, m.committee_id, ${meetingFirstDateSql('m')} AS first_date,
              COALESCE((SELECT max(md.date) FROM meeting_dates md WHERE md.meeting_id = m.id), m.first_date) AS last_date
       FROM meetings m WHERE m.id = ?`,
    )
    .get(id) as MeetingRow | undefined
  if (row === undefined) return undefined
  return { id: row.id, title: row.title, committeeId: row.committee_id, firstDate: row.first_date, lastDate: row.last_date }
}

/** A meeting reference from joined columns (null when the row has no meeting). */
export function meetingRef(id: number | null, title: string | null, date: string | null): MeetingRef | null {
  return id === null ? null : { id, title: title ?? '', date }
}

/** Meetings whose dates include `date`, for linking imported reports. */
export function findMeetingsOn(db: Db, date: string): { id: number; title: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT m.id, m.title FROM meetings m
       LEFT JOIN meeting_dates md ON md.meeting_id = m.id
       WHERE md.date = ? OR m.first_date = ? ORDER BY m.id`,
    )
    .all(date, date) as { id: number; title: string }[]
}
