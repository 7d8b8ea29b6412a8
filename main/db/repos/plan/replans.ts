/**
 * Replans: each change of an activity's planned period, appended with the previous period, the new
 * one, the reason and the meeting that decided it. The baseline stays on the activity.
 */
import type { Db } from '../../connection'
import type { ReplanListItem, ReplanView } from '../../../../shared/domain/plan'
import type { ReplanKind } from '../../../../shared/domain/vocabulary'
import { slipDays } from '../../../../shared/period'
import { meetingFirstDateSql, meetingRef } from './meetings'
import { readStored, viewOf, type StoredPeriod } from './periods'

export interface ReplanRow {
  id: number
  activity_id: number
  meeting_id: number | null
  meeting_title: string | null
  meeting_date: string | null
  date: string
  previous_text: string
  previous_period: string | null
  new_text: string
  new_period: string | null
  reason: string
  kind: ReplanKind
  created_at: string
}

interface ReplanListRow extends ReplanRow {
  plan_id: number
  axis_id: number
  axis_position: number
  axis_title: string
  engagement_id: number
  engagement_number: number
  engagement_title: string
  activity_number: number
  activity_title: string
}

const COLUMNS = `r.id, r.activity_id, r.meeting_id, m.title AS meeting_title, ${meetingFirstDateSql('m')} AS meeting_date,
  r.date, r.previous_text, r.previous_period, r.new_text, r.new_period, r.reason, r.kind, r.created_at`
const SELECT = `SELECT ${COLUMNS} FROM replans r LEFT JOIN meetings m ON m.id = r.meeting_id`

/** The view of a replan row, with the slip from the previous period to the new one. */
export function toReplan(row: ReplanRow): ReplanView {
  const previous = readStored(row.previous_text, row.previous_period, row.date)
  const next = readStored(row.new_text, row.new_period, row.date)
  return {
    id: row.id,
    activityId: row.activity_id,
    meeting: meetingRef(row.meeting_id, row.meeting_title, row.meeting_date),
    date: row.date,
    previous: viewOf(row.previous_text, previous),
    next: viewOf(row.new_text, next),
    slipDays: previous && next ? slipDays(previous, next) : null,
    reason: row.reason,
    kind: row.kind,
    createdAt: row.created_at,
  }
}

export interface ReplanFields {
  activityId: number
  meetingId: number | null
  date: string
  previous: StoredPeriod
  next: StoredPeriod
  reason: string
  kind: ReplanKind
}

/** Appends a replan; returns its id. */
export function insertReplan(db: Db, f: ReplanFields): number {
  const info = db
    .prepare(
      `INSERT INTO replans (activity_id, meeting_id, date, previous_text, previous_period, new_text, new_period, reason, kind)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.activityId, f.meetingId, f.date, f.previous.text, f.previous.json, f.next.text, f.next.json, f.reason, f.kind)
  return Number(info.lastInsertRowid)
}

/** Corrects the new period, reason and kind of a replan (a meeting re-editing its own decision). */
export function updateReplanDecision(db: Db, id: number, f: Pick<ReplanFields, 'next' | 'reason' | 'kind'>): void {
  db.prepare('UPDATE replans SET new_text = ?, new_period = ?, reason = ?, kind = ? WHERE id = ?').run(
    f.next.text,
    f.next.json,
    f.reason,
    f.kind,
    id,
  )
}

/** One replan row, or undefined. */
export function getReplanRow(db: Db, id: number): ReplanRow | undefined {
  return db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as ReplanRow | undefined
}

/** Deletes a replan. */
export function deleteReplan(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM replans WHERE id = ?').run(id).changes > 0
}

/** The replans of one activity, oldest first (date, then recording order). */
export function listActivityReplanRows(db: Db, activityId: number): ReplanRow[] {
  return db.prepare(`${SELECT} WHERE r.activity_id = ? ORDER BY r.date, r.id`).all(activityId) as ReplanRow[]
}

/** The replans of every activity of an engagement, oldest first. */
export function listEngagementReplanRows(db: Db, engagementId: number): ReplanRow[] {
  return db
    .prepare(`${SELECT} WHERE r.activity_id IN (SELECT id FROM activities WHERE engagement_id = ?) ORDER BY r.date, r.id`)
    .all(engagementId) as ReplanRow[]
}

/** The replans of a whole plan, oldest first. */
export function listPlanReplanRows(db: Db, planId: number): ReplanRow[] {
  return db
    .prepare(
      `${SELECT} WHERE r.activity_id IN (SELECT a.id FROM activities a JOIN engagements e ON e.id = a.engagement_id WHERE e.plan_id = ?)
       ORDER BY r.date, r.id`,
    )
    .all(planId) as ReplanRow[]
}

export interface ReplanFilters {
  planId?: number
  meetingId?: number
  engagementId?: number
  kind?: ReplanKind
}

/** Replans with their activity, engagement and axis, oldest first, filtered. */
export function listReplans(db: Db, filters: ReplanFilters): ReplanListItem[] {
  // Each optional filter is a fixed clause that is a no-op when its parameter is NULL: the SQL
  // text never depends on the input.
  const rows = db
    .prepare(
      `SELECT ${COLUMNS}, e.plan_id, x.id AS axis_id, x.position AS axis_position, x.title AS axis_title,
              e.id AS engagement_id, e.number AS engagement_number, e.title AS engagement_title,
              a.number AS activity_number, a.title AS activity_title
       FROM replans r
       JOIN activities a ON a.id = r.activity_id
       JOIN engagements e ON e.id = a.engagement_id
       JOIN axes x ON x.id = e.axis_id
       LEFT JOIN meetings m ON m.id = r.meeting_id
       WHERE (@planId IS NULL OR e.plan_id = @planId)
         AND (@meetingId IS NULL OR r.meeting_id = @meetingId)
         AND (@engagementId IS NULL OR e.id = @engagementId)
         AND (@kind IS NULL OR r.kind = @kind)
       ORDER BY r.date, r.id`,
    )
    .all({
      planId: filters.planId ?? null,
      meetingId: filters.meetingId ?? null,
      engagementId: filters.engagementId ?? null,
      kind: filters.kind ?? null,
    }) as ReplanListRow[]
  return rows.map((row) => ({
    ...toReplan(row),
    planId: row.plan_id,
    axis: { id: row.axis_id, position: row.axis_position, title: row.axis_title },
    engagement: { id: row.engagement_id, number: row.engagement_number, title: row.engagement_title },
    activity: { id: row.activity_id, number: row.activity_number, title: row.activity_title },
  }))
}
