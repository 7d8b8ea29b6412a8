/** Activities of an engagement: number, title, weight and baseline planned period. */
import type { Db } from '../../connection'
import type { ActivityInfo } from '../../../../shared/domain/plan'
import { periodView, type StoredPeriod } from './periods'

/** An activity row as stored, for the services that need the raw baseline. */
export interface ActivityRow {
  id: number
  engagement_id: number
  number: number
  title: string
  weight: number
  baseline_text: string
  baseline_period: string | null
}

const COLUMNS = 'a.id, a.engagement_id, a.number, a.title, a.weight, a.baseline_text, a.baseline_period'

/** The view of an activity row. */
export function toActivity(row: ActivityRow): ActivityInfo {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    number: row.number,
    title: row.title,
    weight: row.weight,
    baseline: periodView(row.baseline_text, row.baseline_period),
  }
}

/** Every activity of a plan, by engagement then number. */
export function listPlanActivityRows(db: Db, planId: number): ActivityRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM activities a JOIN engagements e ON e.id = a.engagement_id
       WHERE e.plan_id = ? ORDER BY a.engagement_id, a.number`,
    )
    .all(planId) as ActivityRow[]
}

/** The activities of one engagement, by number. */
export function listEngagementActivityRows(db: Db, engagementId: number): ActivityRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM activities a WHERE a.engagement_id = ? ORDER BY a.number`).all(engagementId) as ActivityRow[]
}

/** One activity row, or undefined. */
export function getActivityRow(db: Db, id: number): ActivityRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM activities a WHERE a.id = ?`).get(id) as ActivityRow | undefined
}

export interface ActivityFields {
  engagementId: number
  number: number
  title: string
  weight: number
  baseline: StoredPeriod
}

/** Creates an activity; returns its id. */
export function insertActivity(db: Db, f: ActivityFields): number {
  const info = db
    .prepare('INSERT INTO activities (engagement_id, number, title, weight, baseline_text, baseline_period) VALUES (?, ?, ?, ?, ?, ?)')
    .run(f.engagementId, f.number, f.title.trim(), f.weight, f.baseline.text, f.baseline.json)
  return Number(info.lastInsertRowid)
}

/** Updates an activity (the caller decides whether the baseline may still change). */
export function updateActivity(db: Db, id: number, f: ActivityFields): void {
  db.prepare(
    'UPDATE activities SET engagement_id = ?, number = ?, title = ?, weight = ?, baseline_text = ?, baseline_period = ? WHERE id = ?',
  ).run(f.engagementId, f.number, f.title.trim(), f.weight, f.baseline.text, f.baseline.json, id)
}

/** The id of the engagement's activity with this number, if any. */
export function activityIdByNumber(db: Db, engagementId: number, number: number): number | undefined {
  return db.prepare('SELECT id FROM activities WHERE engagement_id = ? AND number = ?').pluck().get(engagementId, number) as
    | number
    | undefined
}

/** Number of replans and of progress reports of an activity. */
export function activityUsage(db: Db, id: number): { replans: number; reports: number } {
  const replans = db.prepare('SELECT count(*) FROM replans WHERE activity_id = ?').pluck().get(id) as number
  const reports = db.prepare('SELECT count(*) FROM progress_reports WHERE activity_id = ?').pluck().get(id) as number
  return { replans, reports }
}

/** Deletes an activity. */
export function deleteActivity(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM activities WHERE id = ?').run(id).changes > 0
}

/** The plan an activity belongs to. */
export function planIdOfActivity(db: Db, id: number): number | undefined {
  return db
    .prepare('SELECT e.plan_id FROM activities a JOIN engagements e ON e.id = a.engagement_id WHERE a.id = ?')
    .pluck()
    .get(id) as number | undefined
}
