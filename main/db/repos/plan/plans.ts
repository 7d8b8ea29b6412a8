/** Plans: title, period label and the committee that follows them. */
import type { Db } from '../../connection'
import type { PlanInfo } from '../../../../shared/domain/plan'

interface PlanRow {
  id: number
  title: string
  period_label: string
  committee_id: number | null
  committee_name: string | null
  created_at: string
}

const SELECT = `SELECT p.id, p.title, p.period_label, p.committee_id, c.name AS committee_name, p.created_at
  FROM plans p LEFT JOIN committees c ON c.id = p.committee_id`

function toPlan(row: PlanRow): PlanInfo {
  return {
    id: row.id,
    title: row.title,
    periodLabel: row.period_label,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    createdAt: row.created_at,
  }
}

/** Every plan, newest first. */
export function listPlans(db: Db): PlanInfo[] {
  return (db.prepare(`${SELECT} ORDER BY p.id DESC`).all() as PlanRow[]).map(toPlan)
}

/** One plan, or undefined. */
export function getPlan(db: Db, id: number): PlanInfo | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PlanRow | undefined
  return row && toPlan(row)
}

export interface PlanFields {
  title: string
  periodLabel: string
  committeeId: number | null
}

/** Creates a plan; returns its id. */
export function insertPlan(db: Db, fields: PlanFields): number {
  const info = db
    .prepare('INSERT INTO plans (title, period_label, committee_id) VALUES (?, ?, ?)')
    .run(fields.title.trim(), fields.periodLabel.trim(), fields.committeeId)
  return Number(info.lastInsertRowid)
}

/** Updates a plan; false when it does not exist. */
export function updatePlan(db: Db, id: number, fields: PlanFields): boolean {
  const info = db
    .prepare('UPDATE plans SET title = ?, period_label = ?, committee_id = ? WHERE id = ?')
    .run(fields.title.trim(), fields.periodLabel.trim(), fields.committeeId, id)
  return info.changes > 0
}

/** Deletes a plan and, by cascade, everything in it; false when it did not exist. */
export function deletePlan(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM plans WHERE id = ?').run(id).changes > 0
}

/**
 * The plan a meeting follows: the newest plan of its committee, else the newest plan of all.
 */
export function planIdForCommittee(db: Db, committeeId: number): number | undefined {
  const own = db.prepare('SELECT id FROM plans WHERE committee_id = ? ORDER BY id DESC LIMIT 1').pluck().get(committeeId) as
    | number
    | undefined
  if (own !== undefined) return own
  return db.prepare('SELECT id FROM plans ORDER BY id DESC LIMIT 1').pluck().get() as number | undefined
}

/** Whether a committee exists (plans may only point at a real one). */
export function committeeExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM committees WHERE id = ?').pluck().get(id) !== undefined
}

/** Id and name of every committee, for matching an imported plan's committee by name. */
export function listCommitteeNames(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM committees ORDER BY id').all() as { id: number; name: string }[]
}
