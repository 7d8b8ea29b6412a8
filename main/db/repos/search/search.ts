/**
 * The search index (migration 13): what matches folded words, and the rows a result names.
 * The index is written by triggers only; nothing here writes.
 */
import type { Db } from '../../connection'
import { SEARCH_KIND_CODES, type SearchKind } from '../../../../shared/domain/search'
import { sql } from '../common'

const KIND_OF_CODE = new Map<number, SearchKind>(
  Object.entries(SEARCH_KIND_CODES).map(([kind, code]) => [code, kind as SearchKind]),
)

export interface IndexMatch {
  kind: SearchKind
  id: number
}

/**
 * Every indexed row holding each of `words` (already folded, letters and digits only), the last
 * one as the start of a word (the one being typed), oldest first (row id order, which FTS5 gives without sorting; bm25 ranking of
 * thousands of matches costs more than the whole budget of a key press).
 */
export function matchIndex(db: Db, words: readonly string[]): IndexMatch[] {
  if (words.length === 0) return []
  // Words hold letters and digits only (searchTokens), so quoting them cannot break the syntax.
  const query = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ')
  const rows = sql(db, 'SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all(query) as number[]
  const matches: IndexMatch[] = []
  for (const rowid of rows) {
    const kind = KIND_OF_CODE.get(rowid % 16)
    if (kind) matches.push({ kind, id: Math.floor(rowid / 16) })
  }
  return matches
}

/** The plain text indexed for one row, as written. */
export function indexedText(db: Db, match: IndexMatch): string {
  const rowid = match.id * 16 + SEARCH_KIND_CODES[match.kind]
  return (sql(db, 'SELECT plain FROM search_index WHERE rowid = ?').pluck().get(rowid) as string | undefined) ?? ''
}

export interface MeetingRef {
  meetingId: number
  meetingTitle: string
  date: string | null
}

const MEETING = 'm.id AS meetingId, m.title AS meetingTitle, m.first_date AS date'

export function meetingOf(db: Db, id: number): (MeetingRef & { place: string }) | undefined {
  return sql(db, `SELECT ${MEETING}, m.place FROM meetings m WHERE m.id = ?`).get(id) as
    | (MeetingRef & { place: string })
    | undefined
}

export function agendaItemOf(db: Db, id: number): (MeetingRef & { title: string }) | undefined {
  return sql(db, `SELECT ${MEETING}, a.title FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?`).get(
    id,
  ) as (MeetingRef & { title: string }) | undefined
}

export function decisionOf(db: Db, id: number): MeetingRef | undefined {
  return sql(db, `SELECT ${MEETING} FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?`).get(id) as
    | MeetingRef
    | undefined
}

export function nextStepOf(db: Db, id: number): MeetingRef | undefined {
  return sql(db, `SELECT ${MEETING} FROM next_steps s JOIN meetings m ON m.id = s.meeting_id WHERE s.id = ?`).get(
    id,
  ) as MeetingRef | undefined
}

export interface PersonRef {
  civility: string
  firstName: string
  lastName: string
  organisation: string | null
}

export function personOf(db: Db, id: number): PersonRef | undefined {
  return sql(
    db,
    `SELECT p.civility, p.first_name AS firstName, p.last_name AS lastName, o.name AS organisation
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?`,
  ).get(id) as PersonRef | undefined
}

export function organisationOf(db: Db, id: number): { name: string; acronym: string } | undefined {
  return sql(db, 'SELECT name, acronym FROM organisations WHERE id = ?').get(id) as
    | { name: string; acronym: string }
    | undefined
}

export function engagementOf(db: Db, id: number): { number: number; title: string; plan: string } | undefined {
  return sql(
    db,
    'SELECT e.number, e.title, p.title AS plan FROM engagements e JOIN plans p ON p.id = e.plan_id WHERE e.id = ?',
  ).get(id) as { number: number; title: string; plan: string } | undefined
}

export function activityOf(
  db: Db,
  id: number,
): { number: number; title: string; engagementId: number; engagementNumber: number; engagementTitle: string } | undefined {
  return sql(
    db,
    `SELECT a.number, a.title, e.id AS engagementId, e.number AS engagementNumber, e.title AS engagementTitle
       FROM activities a JOIN engagements e ON e.id = a.engagement_id WHERE a.id = ?`,
  ).get(id) as
    | { number: number; title: string; engagementId: number; engagementNumber: number; engagementTitle: string }
    | undefined
}
