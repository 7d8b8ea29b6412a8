import type { Db } from '../../connection'
import { sql } from '../common'
import { HISTORY_TABLES } from '../../history/tables'
import type { HistoryEntry, HistoryPage } from '../../../../shared/domain/history'

interface HistoryRow {
  id: number
  at: string
  actor: string
  save_id: string
  table_name: string
  row_id: number
  op: HistoryEntry['op']
  ref: string
  fields: string
  before: string | null
  after: string | null
}

const SHOWN = HISTORY_TABLES.map((spec) => `'${spec.table}'`).join(', ')
const COLUMNS = 'id, at, actor, save_id, table_name, row_id, op, ref, fields, before, after'

function parseObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

function toEntry(row: HistoryRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    saveId: row.save_id,
    table: row.table_name,
    op: row.op,
    ref: row.ref,
    fields: row.fields ? row.fields.split(',') : [],
    before: parseObject(row.before),
    after: parseObject(row.after),
  }
}

function page(rows: HistoryRow[], limit: number): HistoryPage {
  const shown = rows.slice(0, limit)
  return { entries: shown.map(toEntry), nextBefore: rows.length > limit ? (shown.at(-1)?.id ?? null) : null }
}

/** The changes of a meeting and of everything in it, newest first, `limit` at a time. */
export function meetingHistory(db: Db, meetingId: number, beforeId: number | null, limit = 200): HistoryPage {
  const rows = sql(
    db,
    `SELECT ${COLUMNS} FROM history WHERE meeting_id = ? AND id < ? AND table_name IN (${SHOWN}) ORDER BY id DESC LIMIT ?`,
  ).all(meetingId, beforeId ?? Number.MAX_SAFE_INTEGER, limit + 1) as HistoryRow[]
  return page(rows, limit)
}

/** The changes of an engagement, its activities, their progress and replanning, newest first. */
export function engagementHistory(db: Db, engagementId: number, beforeId: number | null, limit = 200): HistoryPage {
  const rows = sql(
    db,
    `SELECT ${COLUMNS} FROM history WHERE engagement_id = ? AND id < ? AND table_name IN (${SHOWN}) ORDER BY id DESC LIMIT ?`,
  ).all(engagementId, beforeId ?? Number.MAX_SAFE_INTEGER, limit + 1) as HistoryRow[]
  return page(rows, limit)
}
