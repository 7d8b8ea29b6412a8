/**
 * The search index (migration 13): what matches folded words, and the rows a result names.
 * The index is written by triggers only; nothing here writes.
 */
import type { Db } from '../../connection'
import { SEARCH_KIND_CODES, SEARCH_KINDS, type SearchKind } from '../../../../shared/domain/search'
import { sql } from '../common'

export interface IndexMatch {
  kind: SearchKind
  id: number
}

/** What a search found of one kind: how many rows, and the newest ones (highest id first). */
export interface KindMatches {
  kind: SearchKind
  total: number
  newest: number[]
}

/**
 * The rows holding each of `words` (already folded, letters and digits only), the last one as the
 * start of a word (the one being typed): per kind (in SEARCH_KINDS order), how many, and the `keep` newest ids. FTS5 gives
 * the row ids in order without sorting (bm25 ranking of thousands of matches costs more than the
 * whole budget of a key press); a one- or two-letter prefix matches some 20,000 rows at ten years,
 * so they are counted as numbers, never made into objects.
 */
export function matchIndex(db: Db, words: readonly string[], keep: number): KindMatches[] {
  if (words.length === 0) return []
  // Words hold letters and digits only (searchTokens), so quoting them cannot break the syntax.
  const query = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ')
  const rows = sql(db, 'SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all(query) as number[]
  const totals = new Array<number>(16).fill(0)
  for (const rowid of rows) totals[rowid % 16] = (totals[rowid % 16] ?? 0) + 1
  const found: KindMatches[] = []
  for (const kind of SEARCH_KINDS) {
    const code = SEARCH_KIND_CODES[kind]
    const total = totals[code] ?? 0
    if (total === 0) continue
    const newest: number[] = []
    for (let i = rows.length - 1; i >= 0 && newest.length < Math.min(keep, total); i--) {
      const rowid = rows[i] as number
      if (rowid % 16 === code) newest.push(Math.floor(rowid / 16))
    }
    found.push({ kind, total, newest })
  }
  return found
}

/** The plain text indexed for each of these rows, as written, by row id. */
export function indexedTexts(db: Db, kind: SearchKind, ids: readonly number[]): Map<number, string> {
  const code = SEARCH_KIND_CODES[kind]
  const texts = new Map<number, string>()
  if (ids.length === 0) return texts
  const statement = sql(db, `SELECT rowid, plain FROM search_index WHERE rowid IN (${ids.map(() => '?').join(', ')})`)
  for (const row of statement.all(...ids.map((id) => id * 16 + code)) as { rowid: number; plain: string }[]) {
    texts.set(Math.floor(row.rowid / 16), row.plain)
  }
  return texts
}

export interface MeetingRef {
  meetingId: number
  meetingTitle: string
  date: string | null
}

const MEETING = 'm.id AS meetingId, m.title AS meetingTitle, m.first_date AS date'

/**
 * The rows of `ids` that `select` reads (its row id as `rowId`, its table aliased `alias`), by id,
 * in one statement: a key typed builds up to 45 results, and one lookup each cost more than the match.
 */
function byIds<T>(db: Db, select: string, alias: string, ids: readonly number[]): Map<number, T> {
  const found = new Map<number, T>()
  if (ids.length === 0) return found
  const rows = sql(db, `${select} WHERE ${alias}.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (T & {
    rowId: number
  })[]
  for (const row of rows) found.set(row.rowId, row)
  return found
}

export function meetingsOf(db: Db, ids: readonly number[]): Map<number, MeetingRef & { place: string }> {
  return byIds(db, `SELECT m.id AS rowId, ${MEETING}, m.place FROM meetings m`, 'm', ids)
}

export function agendaItemsOf(db: Db, ids: readonly number[]): Map<number, MeetingRef & { title: string }> {
  return byIds(db, `SELECT a.id AS rowId, ${MEETING}, a.title FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id`, 'a', ids)
}

export function decisionsOf(db: Db, ids: readonly number[]): Map<number, MeetingRef> {
  return byIds(db, `SELECT d.id AS rowId, ${MEETING} FROM decisions d JOIN meetings m ON m.id = d.meeting_id`, 'd', ids)
}

export function nextStepsOf(db: Db, ids: readonly number[]): Map<number, MeetingRef> {
  return byIds(db, `SELECT s.id AS rowId, ${MEETING} FROM next_steps s JOIN meetings m ON m.id = s.meeting_id`, 's', ids)
}

export interface PersonRef {
  civility: string
  firstName: string
  lastName: string
  organisation: string | null
}

export function peopleOf(db: Db, ids: readonly number[]): Map<number, PersonRef> {
  return byIds(
    db,
    `SELECT p.id AS rowId, p.civility, p.first_name AS firstName, p.last_name AS lastName, o.name AS organisation
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`,
    'p',
    ids,
  )
}

export function organisationsOf(db: Db, ids: readonly number[]): Map<number, { name: string; acronym: string }> {
  return byIds(db, 'SELECT o.id AS rowId, o.name, o.acronym FROM organisations o', 'o', ids)
}

export function engagementsOf(db: Db, ids: readonly number[]): Map<number, { number: number; title: string; plan: string }> {
  return byIds(db, 'SELECT e.id AS rowId, e.number, e.title, p.title AS plan FROM engagements e JOIN plans p ON p.id = e.plan_id', 'e', ids)
}

export interface ActivityRef {
  number: number
  title: string
  engagementId: number
  engagementNumber: number
  engagementTitle: string
}

export function activitiesOf(db: Db, ids: readonly number[]): Map<number, ActivityRef> {
  return byIds(
    db,
    `SELECT a.id AS rowId, a.number, a.title, e.id AS engagementId, e.number AS engagementNumber, e.title AS engagementTitle
       FROM activities a JOIN engagements e ON e.id = a.engagement_id`,
    'a',
    ids,
  )
}
