/**
 * The meetings list, paged by the database: keyset pagination on (first date, id), newest first, so a
 * page costs the same at the first meeting and at the 12,000th; the counts (present, decisions) and
 * the dates are computed for the rows of the page only. One query per page, whatever its size.
 */
import type { Db } from '../../connection'
import { MEETINGS_PAGE_SIZE, type MeetingDate, type MeetingPage, type MeetingSummary } from '../../../../shared/domain/meetings'
import type { MeetingKind, MeetingMode, MeetingStatus } from '../../../../shared/domain/vocabulary'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { searchWords, sql, wordPattern } from '../common'
import { actionCounts } from '../registers/action-list'

interface SummaryRow {
  id: number
  first_date: string | null
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

export interface MeetingFilter {
  committeeId?: number | undefined
  /** Meetings whose first date falls in this year. */
  year?: number | undefined
  status?: MeetingStatus | undefined
  /** Words that must all be in the title, accents and case ignored. */
  search?: string | undefined
}

export interface MeetingPageRequest extends MeetingFilter {
  /** `nextCursor` of the previous page; the first page without it. */
  cursor?: string | undefined
  limit?: number | undefined
}

interface Cursor {
  date: string | null
  id: number
}

const CURSOR = /^(\d{4}-\d{2}-\d{2})?~([1-9]\d{0,14})$/

/** « 2020-07-15~42 » → the last meeting of the previous page; a French INVALID_INPUT otherwise. */
export function parseMeetingCursor(text: string): Cursor {
  const match = CURSOR.exec(text)
  const id = Number(match?.[2])
  if (!match || !Number.isSafeInteger(id)) throw new AppError('INVALID_INPUT', t('validation.badCursor'), { cursor: t('validation.badCursor') })
  return { date: match[1] ?? null, id }
}

function meetingCursor(row: { first_date: string | null; id: number }): string {
  return `${row.first_date ?? ''}~${row.id}`
}

/** The WHERE clause of the filters (without the cursor), with its parameters. */
function filterClause(filter: MeetingFilter): { where: string[]; params: (string | number)[] } {
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
  return { where, params }
}

// Newest first; meetings without a date (NULL sorts lowest in SQLite) come last.
const ORDER = 'ORDER BY m.first_date DESC, m.id DESC'

/** Keyset condition: strictly after the cursor's meeting in the list's order. */
function afterCursor(cursor: Cursor): { sql: string; params: (string | number)[] } {
  if (cursor.date === null) return { sql: '(m.first_date IS NULL AND m.id < ?)', params: [cursor.id] }
  return {
    sql: '(m.first_date < ? OR (m.first_date = ? AND m.id < ?) OR m.first_date IS NULL)',
    params: [cursor.date, cursor.date, cursor.id],
  }
}

// The page's ids are chosen first (index order, LIMIT), then only those rows get their dates and counts.
const PAGE_SELECT = (where: string) => `WITH page AS (
    SELECT m.id, m.first_date FROM meetings m ${where} ${ORDER} LIMIT ?
  )
  SELECT m.id, m.first_date, m.committee_id, c.name AS committee_name, c.acronym AS committee_acronym, m.title, m.kind, m.mode, m.status,
    (SELECT json_group_array(json_object('date', d.date, 'startTime', d.start_time, 'endTime', d.end_time) ORDER BY d.position, d.id)
       FROM meeting_dates d WHERE d.meeting_id = m.id) AS dates,
    (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status IN ('present', 'represente')) AS present_count,
    (SELECT count(*) FROM decisions x WHERE x.meeting_id = m.id) AS decision_count
  FROM page JOIN meetings m ON m.id = page.id JOIN committees c ON c.id = m.committee_id
  ${ORDER}`

function toSummary(row: SummaryRow, actions: { open: number; overdue: number } | undefined): MeetingSummary {
  return {
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
    openActions: actions?.open ?? 0,
    overdueActions: actions?.overdue ?? 0,
  }
}

/**
 * One page of meetings, newest first (by first date, then by id), with the filters applied in SQL.
 * The first page (no cursor) also says how many meetings match and which years hold meetings.
 */
export function listMeetings(db: Db, request: MeetingPageRequest = {}): MeetingPage {
  const limit = request.limit ?? MEETINGS_PAGE_SIZE
  const filters = filterClause(request)
  const where = [...filters.where]
  const params = [...filters.params]
  if (request.cursor !== undefined) {
    const after = afterCursor(parseMeetingCursor(request.cursor))
    where.push(after.sql)
    params.push(...after.params)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  // One row more than the page tells whether there is a next page.
  const rows = sql(db, PAGE_SELECT(clause)).all(...params, limit + 1) as SummaryRow[]
  const shown = rows.slice(0, limit)
  const last = shown[shown.length - 1]
  // Open and overdue actions for the rows shown only (overdue depends on today and the periods).
  const counts = actionCounts(db, shown.map((row) => row.id))
  const first = request.cursor === undefined
  return {
    meetings: shown.map((row) => toSummary(row, counts.get(row.id))),
    nextCursor: rows.length > limit && last ? meetingCursor(last) : null,
    // A first page that holds every match is its own count: a one-hit search scans the titles once.
    total: first ? (rows.length <= limit ? shown.length : countMeetings(db, filters)) : null,
    years: first ? meetingYears(db) : null,
  }
}

function countMeetings(db: Db, filters: { where: string[]; params: (string | number)[] }): number {
  const clause = filters.where.length ? `WHERE ${filters.where.join(' AND ')}` : ''
  return sql(db, `SELECT count(*) FROM meetings m ${clause}`).pluck().get(...filters.params) as number
}

/**
 * Years of the meetings' first dates, newest first (the year filter's choices): from the newest date,
 * each step asks the date index for the newest date before the year just found, so ten years cost
 * ten index lookups instead of reading every meeting.
 */
const YEARS = `WITH RECURSIVE years (year) AS (
    SELECT substr(max(first_date), 1, 4) FROM meetings
    UNION ALL
    SELECT (SELECT substr(max(m.first_date), 1, 4) FROM meetings m WHERE m.first_date < years.year) FROM years WHERE years.year IS NOT NULL
  )
  SELECT year FROM years WHERE year IS NOT NULL`

function meetingYears(db: Db): number[] {
  return (sql(db, YEARS).pluck().all() as string[]).map(Number).filter((year) => year > 0)
}
