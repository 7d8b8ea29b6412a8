/** Engagements of a plan, numbered within the plan, each in one axis. */
import type { Db } from '../../connection'
import type { EngagementInfo } from '../../../../shared/domain/plan'

interface EngagementRow {
  id: number
  plan_id: number
  axis_id: number
  number: number
  title: string
  responsible_organisation_id: number | null
  responsible_text: string
  organisation_name: string | null
  project_lead: string
}

const SELECT = `SELECT e.id, e.plan_id, e.axis_id, e.number, e.title, e.responsible_organisation_id,
    e.responsible_text, o.name AS organisation_name, e.project_lead
  FROM engagements e LEFT JOIN organisations o ON o.id = e.responsible_organisation_id`

function toEngagement(row: EngagementRow): EngagementInfo {
  return {
    id: row.id,
    planId: row.plan_id,
    axisId: row.axis_id,
    number: row.number,
    title: row.title,
    // The linked organisation's current name wins; free text serves when none is linked.
    responsible: { organisationId: row.responsible_organisation_id, name: row.organisation_name ?? row.responsible_text },
    responsibleText: row.responsible_text,
    projectLead: row.project_lead,
  }
}

/** Every engagement of a plan, by number. */
export function listEngagements(db: Db, planId: number): EngagementInfo[] {
  return (db.prepare(`${SELECT} WHERE e.plan_id = ? ORDER BY e.number`).all(planId) as EngagementRow[]).map(toEngagement)
}

/** One engagement, or undefined. */
export function getEngagement(db: Db, id: number): EngagementInfo | undefined {
  const row = db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EngagementRow | undefined
  return row && toEngagement(row)
}

export interface EngagementFields {
  planId: number
  axisId: number
  number: number
  title: string
  responsibleOrganisationId: number | null
  responsibleText: string
  projectLead: string
}

/** Creates an engagement; returns its id. */
export function insertEngagement(db: Db, f: EngagementFields): number {
  const info = db
    .prepare(
      `INSERT INTO engagements (plan_id, axis_id, number, title, responsible_organisation_id, responsible_text, project_lead)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.planId, f.axisId, f.number, f.title.trim(), f.responsibleOrganisationId, f.responsibleText.trim(), f.projectLead.trim())
  return Number(info.lastInsertRowid)
}

/** Updates an engagement (its plan never changes). */
export function updateEngagement(db: Db, id: number, f: EngagementFields): void {
  db.prepare(
    `UPDATE engagements SET axis_id = ?, number = ?, title = ?, responsible_organisation_id = ?, responsible_text = ?, project_lead = ?
     WHERE id = ?`,
  ).run(f.axisId, f.number, f.title.trim(), f.responsibleOrganisationId, f.responsibleText.trim(), f.projectLead.trim(), id)
}

/** The id of the plan's engagement with this number, if any. */
export function engagementIdByNumber(db: Db, planId: number, number: number): number | undefined {
  return db.prepare('SELECT id FROM engagements WHERE plan_id = ? AND number = ?').pluck().get(planId, number) as number | undefined
}

/** Whether an engagement has activities or progress reports of its own. */
export function engagementInUse(db: Db, id: number): boolean {
  return (
    db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM activities WHERE engagement_id = ?)
             OR EXISTS (SELECT 1 FROM progress_reports WHERE engagement_id = ?)`,
      )
      .pluck()
      .get(id, id) === 1
  )
}

/** Deletes an engagement. */
export function deleteEngagement(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM engagements WHERE id = ?').run(id).changes > 0
}

/** Whether an organisation exists. */
export function organisationExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM organisations WHERE id = ?').pluck().get(id) !== undefined
}
