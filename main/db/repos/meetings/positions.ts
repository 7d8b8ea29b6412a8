/** Ordered lists of a meeting (agenda, decisions, next steps): append at the end, reorder, delete. */
import type { Db } from '../../connection'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, sql } from '../common'
import { requireMeeting, touchMeeting } from './touch'
import { renumberMeetingYear } from '../registers/decision-numbers'

/** The tables that hold a meeting's ordered items: the only names ever put into these queries. */
export const ITEM_TABLES = {
  agenda_items: 'agendaItem',
  decisions: 'decision',
  next_steps: 'nextStep',
} as const
export type ItemTable = keyof typeof ITEM_TABLES

/** The position after the last item of the meeting. */
export function nextPosition(db: Db, table: ItemTable, meetingId: number): number {
  const row = sql(db, `SELECT coalesce(max(position), 0) + 1 AS next FROM ${table} WHERE meeting_id = ?`).get(
    meetingId,
  ) as { next: number }
  return row.next
}

/** Checks that an item exists and belongs to the meeting; NOT_FOUND otherwise. */
export function requireItem(db: Db, table: ItemTable, id: number, meetingId?: number): number {
  const row = sql(db, `SELECT meeting_id FROM ${table} WHERE id = ?`).get(id) as { meeting_id: number } | undefined
  if (!row || (meetingId !== undefined && row.meeting_id !== meetingId)) throw notFound(ITEM_TABLES[table], 'id')
  return row.meeting_id
}

/**
 * Puts the meeting's items in the order of `ids`, which must name each of them exactly once
 * (otherwise the list the user saw is stale: INVALID_INPUT, nothing changed).
 */
export function reorderItems(db: Db, table: ItemTable, meetingId: number, ids: readonly number[]): string {
  return db.transaction(() => {
    requireMeeting(db, meetingId)
    const current = new Set(
      (sql(db, `SELECT id FROM ${table} WHERE meeting_id = ?`).all(meetingId) as { id: number }[]).map((r) => r.id),
    )
    const given = new Set(ids)
    if (given.size !== ids.length || given.size !== current.size || ids.some((id) => !current.has(id))) {
      const message = t('data.reorderMismatch')
      throw new AppError('INVALID_INPUT', message, { ids: message })
    }
    const update = sql(db, `UPDATE ${table} SET position = ? WHERE id = ?`)
    ids.forEach((id, index) => update.run(index + 1, id))
    if (table === 'decisions') renumberMeetingYear(db, meetingId)
    return touchMeeting(db, meetingId)
  })()
}

/** Deletes one item and marks its meeting as changed. */
export function deleteItem(db: Db, table: ItemTable, id: number): void {
  db.transaction(() => {
    const meetingId = requireItem(db, table, id)
    sql(db, `DELETE FROM ${table} WHERE id = ?`).run(id)
    if (table === 'decisions') renumberMeetingYear(db, meetingId)
    touchMeeting(db, meetingId)
  })()
}
