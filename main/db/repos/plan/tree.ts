/**
 * A plan's whole structure — axes → engagements → activities — in one query, for the progress
 * maths, the overview and the exports.
 */
import type { Db } from '../../connection'
import type { AxisInfo, EngagementInfo } from '../../../../shared/domain/plan'
import type { ActivityRow } from './activities'

export interface TreeEngagement extends EngagementInfo {
  activities: ActivityRow[]
}

export interface TreeAxis extends AxisInfo {
  engagements: TreeEngagement[]
}

type TreeRow = [
  axisId: number,
  axisPosition: number,
  axisTitle: string,
  engagementId: number | null,
  number: number | null,
  title: string | null,
  organisationId: number | null,
  responsibleText: string | null,
  organisationName: string | null,
  projectLead: string | null,
  activityId: number | null,
  activityNumber: number | null,
  activityTitle: string | null,
  weight: number | null,
  baselineText: string | null,
  baselinePeriod: string | null,
]

/** Axes in order, engagements by number, activities by number; with `engagementId`, that engagement (under its axis) only. */
export function loadPlanTree(db: Db, planId: number, engagementId?: number): TreeAxis[] {
  const rows = db
    .prepare(
      `SELECT x.id, x.position, x.title,
              e.id, e.number, e.title, e.responsible_organisation_id, e.responsible_text, o.name, e.project_lead,
              a.id, a.number, a.title, a.weight, a.baseline_text, a.baseline_period
       FROM axes x
       LEFT JOIN engagements e ON e.axis_id = x.id
       LEFT JOIN organisations o ON o.id = e.responsible_organisation_id
       LEFT JOIN activities a ON a.engagement_id = e.id
       WHERE x.plan_id = @planId AND (@engagementId IS NULL OR e.id = @engagementId)
       ORDER BY x.position, x.id, e.number, a.number`,
    )
    .raw()
    .all({ planId, engagementId: engagementId ?? null }) as TreeRow[]
  const axes: TreeAxis[] = []
  let axis: TreeAxis | undefined
  let engagement: TreeEngagement | undefined
  for (const r of rows) {
    if (axis === undefined || axis.id !== r[0]) {
      axis = { id: r[0], planId, position: r[1], title: r[2], engagements: [] }
      axes.push(axis)
      engagement = undefined
    }
    if (r[3] === null) continue
    if (engagement === undefined || engagement.id !== r[3]) {
      engagement = {
        id: r[3],
        planId,
        axisId: axis.id,
        number: r[4] ?? 0,
        title: r[5] ?? '',
        responsible: { organisationId: r[6], name: r[8] ?? r[7] ?? '' },
        responsibleText: r[7] ?? '',
        projectLead: r[9] ?? '',
        activities: [],
      }
      axis.engagements.push(engagement)
    }
    if (r[10] === null) continue
    engagement.activities.push({
      id: r[10],
      engagement_id: engagement.id,
      number: r[11] ?? 0,
      title: r[12] ?? '',
      weight: r[13] ?? 1,
      baseline_text: r[14] ?? '',
      baseline_period: r[15],
    })
  }
  return axes
}
