/** The decisions register: every decision of every meeting with its number, status and engagements. */
import type { Db } from '../../connection'
import type { DecisionEntry, DecisionRegisterPage, EngagementChoice } from '../../../../shared/domain/registers'
import { decisionNumber } from '../../../../shared/domain/registers'
import type { DecisionStatus } from '../../../../shared/domain/vocabulary'
import { notFound, sql } from '../common'

export interface DecisionFilter {
  committeeId?: number | undefined
  /** Meetings whose first date is on or after / on or before these days (yyyy-mm-dd). */
  from?: string | undefined
  to?: string | undefined
  meetingId?: number | undefined
  engagementId?: number | undefined
  status?: DecisionStatus | undefined
  limit?: number | undefined
  offset?: number | undefined
}

interface DecisionRow {
  id: number
  year: number | null
  seq: number | null
  frozen: number
  status: DecisionStatus
  text: string
  meeting_id: number
  meeting_title: string
  first_date: string | null
  committee_id: number
  committee_name: string
  committee_acronym: string
  agenda_item_id: number | null
  agenda_title: string | null
  agenda_heading: string | null
  engagements: string
}

const SUMMARY_LENGTH = 240

/** The decision's plain text on one line, cut at a word near SUMMARY_LENGTH characters. */
export function decisionSummary(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= SUMMARY_LENGTH) return flat
  const cut = flat.slice(0, SUMMARY_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

function where(filter: DecisionFilter): { clause: string; params: (string | number)[] } {
  const parts = ['d.note = 0']
  const params: (string | number)[] = []
  if (filter.committeeId !== undefined) {
    parts.push('m.committee_id = ?')
    params.push(filter.committeeId)
  }
  if (filter.from !== undefined) {
    parts.push('m.first_date >= ?')
    params.push(filter.from)
  }
  if (filter.to !== undefined) {
    parts.push('m.first_date <= ?')
    params.push(filter.to)
  }
  if (filter.meetingId !== undefined) {
    parts.push('d.meeting_id = ?')
    params.push(filter.meetingId)
  }
  if (filter.engagementId !== undefined) {
    parts.push('d.id IN (SELECT decision_id FROM decision_engagements WHERE engagement_id = ?)')
    params.push(filter.engagementId)
  }
  if (filter.status !== undefined) {
    parts.push('r.status = ?')
    params.push(filter.status)
  }
  return { clause: `WHERE ${parts.join(' AND ')}`, params }
}

const FROM = `FROM decisions d JOIN decision_register r ON r.decision_id = d.id
  JOIN meetings m ON m.id = d.meeting_id JOIN committees c ON c.id = m.committee_id
  LEFT JOIN agenda_items a ON a.id = d.agenda_item_id`

const SELECT = `SELECT d.id, r.year, r.seq, r.frozen, r.status, d.text, m.id AS meeting_id, m.title AS meeting_title, m.first_date,
    c.id AS committee_id, c.name AS committee_name, c.acronym AS committee_acronym,
    a.id AS agenda_item_id, a.title AS agenda_title, a.decisions_heading AS agenda_heading,
    (SELECT json_group_array(json_object('id', e.id, 'number', e.number, 'title', e.title) ORDER BY e.number, e.id)
       FROM decision_engagements de JOIN engagements e ON e.id = de.engagement_id WHERE de.decision_id = d.id) AS engagements`

// Newest meetings first; within a meeting, in the relevé's order.
const ORDER = 'ORDER BY m.first_date DESC, m.id DESC, d.position, d.id'

function toEntry(row: DecisionRow): DecisionEntry {
  return {
    id: row.id,
    number: row.year !== null && row.seq !== null ? decisionNumber(row.year, row.seq) : null,
    frozen: row.frozen === 1,
    meeting: {
      id: row.meeting_id,
      title: row.meeting_title,
      date: row.first_date,
      committeeId: row.committee_id,
      committeeName: row.committee_name,
      committeeAcronym: row.committee_acronym,
    },
    agendaItem:
      row.agenda_item_id === null
        ? null
        : { id: row.agenda_item_id, title: (row.agenda_heading ?? '').trim() || (row.agenda_title ?? '') },
    summary: decisionSummary(row.text),
    status: row.status,
    engagements: JSON.parse(row.engagements) as DecisionEntry['engagements'],
  }
}

/** One page of the register (newest meetings first), as stored: a read writes nothing (numbers are set by the writes). */
export function listDecisionRegister(db: Db, filter: DecisionFilter = {}): DecisionRegisterPage {
  const { clause, params } = where(filter)
  const limit = filter.limit ?? 200
  const offset = filter.offset ?? 0
  const rows = sql(db, `${SELECT} ${FROM} ${clause} ${ORDER} LIMIT ? OFFSET ?`).all(
    ...params,
    limit,
    offset,
  ) as DecisionRow[]
  const total = sql(db, `SELECT count(*) ${FROM} ${clause}`)
    .pluck()
    .get(...params) as number
  return { rows: rows.map(toEntry), total }
}

function requireDecision(db: Db, id: number): void {
  if (!sql(db, 'SELECT 1 FROM decisions WHERE id = ?').get(id)) throw notFound('decision', 'id')
}

/** One decision of the register. */
export function getDecisionEntry(db: Db, id: number): DecisionEntry {
  requireDecision(db, id)
  return toEntry(sql(db, `${SELECT} ${FROM} WHERE d.id = ?`).get(id) as DecisionRow)
}

/** Sets a decision's status in the register (allowed after adoption: it is follow-up, not the relevé). */
export function setDecisionStatus(db: Db, id: number, status: DecisionStatus): DecisionEntry {
  db.transaction(() => {
    requireDecision(db, id)
    sql(db, 'INSERT OR IGNORE INTO decision_register (decision_id) VALUES (?)').run(id)
    sql(
      db,
      "UPDATE decision_register SET status = ?, status_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE decision_id = ?",
    ).run(status, id)
  })()
  return getDecisionEntry(db, id)
}

/** Links a decision to exactly these engagements of the plan (an empty list unlinks it). */
export function setDecisionEngagements(db: Db, id: number, engagementIds: readonly number[]): DecisionEntry {
  db.transaction(() => {
    requireDecision(db, id)
    for (const engagementId of engagementIds) {
      if (!sql(db, 'SELECT 1 FROM engagements WHERE id = ?').get(engagementId))
        throw notFound('engagement', 'engagementIds')
    }
    sql(db, 'DELETE FROM decision_engagements WHERE decision_id = ?').run(id)
    const insert = sql(db, 'INSERT OR IGNORE INTO decision_engagements (decision_id, engagement_id) VALUES (?, ?)')
    for (const engagementId of engagementIds) insert.run(id, engagementId)
  })()
  return getDecisionEntry(db, id)
}

/** Every engagement of every plan, newest plan first, by number. */
export function engagementChoices(db: Db): EngagementChoice[] {
  return sql(
    db,
    `SELECT e.id, e.number, e.title, p.id AS planId, p.title AS planTitle
       FROM engagements e JOIN plans p ON p.id = e.plan_id ORDER BY p.id DESC, e.number`,
  ).all() as EngagementChoice[]
}
