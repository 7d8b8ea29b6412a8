/** The « Actions » list: overdue first, then the other open ones, then the closed ones. */
import type { Db } from '../../connection'
import type { ActionEntry, ActionPage } from '../../../../shared/domain/registers'
import type { ActionStatus } from '../../../../shared/domain/vocabulary'
import { sql, todayIso } from '../common'
import { ACTION_FROM, ACTION_SELECT, isOpen, periodEnd, toAction, type ActionRow } from './actions'

export interface ActionFilter {
  committeeId?: number | undefined
  meetingId?: number | undefined
  personId?: number | undefined
  organisationId?: number | undefined
  status?: ActionStatus | undefined
  /** Only the open ones (à faire, en cours, reporté). */
  openOnly?: boolean | undefined
  overdueOnly?: boolean | undefined
  limit?: number | undefined
  offset?: number | undefined
}

function where(filter: ActionFilter): { clause: string; params: number[] } {
  const parts: string[] = []
  const params: number[] = []
  const add = (condition: string, value: number | undefined) => {
    if (value === undefined) return
    parts.push(condition)
    params.push(value)
  }
  add('m.committee_id = ?', filter.committeeId)
  add('s.meeting_id = ?', filter.meetingId)
  add('s.responsible_person_id = ?', filter.personId)
  add('s.responsible_organisation_id = ?', filter.organisationId)
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

// Overdue by how late (the oldest end first), then open by end (undated last), then closed, newest meeting first.
function rank(a: ActionEntry): number {
  return a.overdue ? 0 : a.open ? 1 : 2
}
function compare(a: ActionEntry, b: ActionEntry): number {
  const byRank = rank(a) - rank(b)
  if (byRank !== 0) return byRank
  if (rank(a) < 2 && a.dueEnd !== b.dueEnd) {
    if (a.dueEnd === null) return 1
    if (b.dueEnd === null) return -1
    return a.dueEnd < b.dueEnd ? -1 : 1
  }
  const byMeeting = (b.meeting.date ?? '').localeCompare(a.meeting.date ?? '') || b.meeting.id - a.meeting.id
  return byMeeting || a.position - b.position
}

/**
 * One page of actions, overdue first. The status now depends on the follow-ups and « overdue » on
 * today's date, so the filter on them and the order are applied here, over the matching actions.
 */
export function listActions(db: Db, filter: ActionFilter = {}, today = todayIso()): ActionPage {
  const { clause, params } = where(filter)
  const all = (sql(db, `${ACTION_SELECT} ${ACTION_FROM} ${clause}`).all(...params) as ActionRow[]).map((row) =>
    toAction(row, today),
  )
  const kept = all.filter(
    (a) =>
      (filter.status === undefined || a.status === filter.status) &&
      (!filter.openOnly || a.open) &&
      (!filter.overdueOnly || a.overdue),
  )
  kept.sort(compare)
  const offset = filter.offset ?? 0
  return {
    rows: kept.slice(offset, offset + (filter.limit ?? 200)),
    total: kept.length,
    openCount: kept.filter((a) => a.open).length,
    overdueCount: kept.filter((a) => a.overdue).length,
  }
}

/** Open and overdue actions of each of these meetings (the rows of a page of the meetings list). */
export function actionCounts(
  db: Db,
  meetingIds: readonly number[],
  today = todayIso(),
): Map<number, { open: number; overdue: number }> {
  const counts = new Map<number, { open: number; overdue: number }>()
  if (meetingIds.length === 0) return counts
  const rows = sql(
    db,
    `SELECT s.meeting_id, s.due_period,
        coalesce((SELECT f.status FROM action_follow_ups f WHERE f.next_step_id = s.id ORDER BY f.noted_on DESC, f.id DESC LIMIT 1), s.status) AS status
       FROM next_steps s WHERE s.meeting_id IN (SELECT value FROM json_each(?)) AND trim(s.text) <> ''`,
  ).all(JSON.stringify(meetingIds)) as { meeting_id: number; due_period: string | null; status: ActionStatus }[]
  for (const id of meetingIds) counts.set(id, { open: 0, overdue: 0 })
  for (const row of rows) {
    if (!isOpen(row.status)) continue
    const count = counts.get(row.meeting_id) as { open: number; overdue: number }
    count.open++
    const end = periodEnd(row.due_period)
    if (end !== null && end < today) count.overdue++
  }
  return counts
}
