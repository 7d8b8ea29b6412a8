/** Axes of a plan, kept in order by `position` (1, 2, 3…). */
import type { Db } from '../../connection'
import type { AxisInfo } from '../../../../shared/domain/plan'

interface AxisRow {
  id: number
  plan_id: number
  position: number
  title: string
}

function toAxis(row: AxisRow): AxisInfo {
  return { id: row.id, planId: row.plan_id, position: row.position, title: row.title }
}

/** The axes of a plan, in order. */
export function listAxes(db: Db, planId: number): AxisInfo[] {
  const rows = db.prepare('SELECT id, plan_id, position, title FROM axes WHERE plan_id = ? ORDER BY position, id').all(planId) as AxisRow[]
  return rows.map(toAxis)
}

/** One axis, or undefined. */
export function getAxis(db: Db, id: number): AxisInfo | undefined {
  const row = db.prepare('SELECT id, plan_id, position, title FROM axes WHERE id = ?').get(id) as AxisRow | undefined
  return row && toAxis(row)
}

/** Appends an axis at the end of its plan; returns its id. */
export function insertAxis(db: Db, planId: number, title: string): number {
  const next = db.prepare('SELECT COALESCE(max(position), 0) + 1 FROM axes WHERE plan_id = ?').pluck().get(planId) as number
  return Number(db.prepare('INSERT INTO axes (plan_id, position, title) VALUES (?, ?, ?)').run(planId, next, title.trim()).lastInsertRowid)
}

/** Renames an axis. */
export function renameAxis(db: Db, id: number, title: string): void {
  db.prepare('UPDATE axes SET title = ? WHERE id = ?').run(title.trim(), id)
}

/** Renumbers the plan's axes 1, 2, 3… in the order of `ids` (the caller checks it is complete). */
export function reorderAxes(db: Db, planId: number, ids: readonly number[]): void {
  const update = db.prepare('UPDATE axes SET position = ? WHERE id = ? AND plan_id = ?')
  db.transaction(() => {
    ids.forEach((id, index) => update.run(index + 1, id, planId))
  })()
}

/** Number of engagements in an axis. */
export function countAxisEngagements(db: Db, id: number): number {
  return db.prepare('SELECT count(*) FROM engagements WHERE axis_id = ?').pluck().get(id) as number
}

/** Deletes an axis and closes the gap in the numbering of the others. */
export function deleteAxis(db: Db, axis: AxisInfo): void {
  db.transaction(() => {
    db.prepare('DELETE FROM axes WHERE id = ?').run(axis.id)
    db.prepare('UPDATE axes SET position = position - 1 WHERE plan_id = ? AND position > ?').run(axis.planId, axis.position)
  })()
}
