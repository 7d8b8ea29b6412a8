/** The list of meetings: one query, whatever the number of meetings (no query per row). */
import type { Db } from '../../connection'
import type { MeetingDate, MeetingSummary } from '../../../../shared/domain/meetings'
import type { MeetingKind, MeetingMode, MeetingStatus } from '../../../../shared/domain/vocabulary'
import { searchWords, sql, wordPattern } from '../common'

interface SummaryRow {
  id: number
  committee_id: number
  committee_name: string
  committee_acronym: string
  title: string
  kind: MeetingKind
  mode: MeetingMode
  status: MeetingStatus
  dates: string
  present_count: number
  decision_count: number
}

const SELECT = `SELECT m.id, m.committee_id, c.name AS committee_name, c.acronym AS committee_acronym, m.title, m.kind, m.mode, m.status,
  (SELECT json_group_array(json_object('date', d.date, 'startTime', d.start_time, 'endTime', d.end_time) ORDER BY d.position, d.id)
     FROM meeting_dates d WHERE d.meeting_id = m.id) AS dates,
  coalesce(present.n, 0) AS present_count,
  (SELECT count(*) FROM decisions x WHERE x.meeting_id = m.id) AS decision_count
  FROM meetings m JOIN committees c ON c.id = m.committee_id
  -- One pass over the attendance is cheaper than reading each meeting's rows for their status.
  LEFT JOIN (SELECT meeting_id, count(*) AS n FROM attendance WHERE status IN ('present', 'represente') GROUP BY meeting_id) present
    ON present.meeting_id = m.id`

export interface MeetingFilter {
  committeeId?: number | undefined
  /** Meetings whose first date falls in this year. */
  year?: number | undefined
  status?: MeetingStatus | undefined
  /** Words that must all be in the title, accents and case ignored. */
  search?: string | undefined
}

/** Meetings, newest first (by first date, then by id). */
export function listMeetings(db: Db, filter: MeetingFilter = {}): MeetingSummary[] {
  const where: string[] = []
  const params: (string | number)[] = []
  if (filter.committeeId !== undefined) {
    where.push('m.committee_id = ?')
    params.push(filter.committeeId)
  }
  if (filter.year !== undefined) {
    where.push('m.first_date >= ? AND m.first_date < ?')
    params.push(`${filter.year}-01-01`, `${filter.year + 1}-01-01`)
  }
  if (filter.status) {
    where.push('m.status = ?')
    params.push(filter.status)
  }
  for (const word of searchWords(filter.search)) {
    where.push("m.title_key LIKE ? ESCAPE '\\'")
    params.push(wordPattern(word))
  }
  const text = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY m.first_date DESC, m.id DESC`
  return (sql(db, text).all(...params) as SummaryRow[]).map((row) => ({
    id: row.id,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    committeeAcronym: row.committee_acronym,
    title: row.title,
    kind: row.kind,
    mode: row.mode,
    status: row.status,
    dates: JSON.parse(row.dates) as MeetingDate[],
    presentCount: row.present_count,
    decisionCount: row.decision_count,
  }))
}
