/**
 * What the summary lines of a meeting's plan section need, and nothing else: the structure as ids,
 * numbers, titles and weights (no periods, no responsible, no replan history), each engagement's
 * figure of this meeting and of the latest earlier report, and how many activities this meeting
 * replanned, each in one query.
 */
import type { Db } from '../../connection'

export interface OutlineStructureRow {
  axisId: number
  axisPosition: number
  axisTitle: string
  engagementId: number
  number: number
  title: string
  activityId: number | null
  weight: number | null
}

/** Axes in order, engagements by number, activities by number (as loadPlanTree), ids and weights only. */
export function loadOutlineStructure(db: Db, planId: number): OutlineStructureRow[] {
  const rows = db
    .prepare(
      `SELECT x.id, x.position, x.title, e.id, e.number, e.title, a.id, a.weight
       FROM axes x
       JOIN engagements e ON e.axis_id = x.id
       LEFT JOIN activities a ON a.engagement_id = e.id
       WHERE x.plan_id = ?
       ORDER BY x.position, x.id, e.number, a.number`,
    )
    .raw()
    .all(planId) as [number, number, string, number, number, string, number | null, number | null][]
  return rows.map(([axisId, axisPosition, axisTitle, engagementId, number, title, activityId, weight]) => ({
    axisId,
    axisPosition,
    axisTitle,
    engagementId,
    number,
    title,
    activityId,
    weight,
  }))
}

export interface EngagementEntryFigure {
  percent: number
  date: string
}

/**
 * For each engagement of the plan: this meeting's own engagement-level report (the latest, whatever
 * its date) and the latest one of any other meeting (or of none) dated on or before `cutoff`.
 */
export function engagementEntryFigures(
  db: Db,
  planId: number,
  meetingId: number,
  cutoff: string,
): { own: Map<number, EngagementEntryFigure>; previous: Map<number, EngagementEntryFigure> } {
  const rows = db
    .prepare(
      `SELECT own, engagement_id, percent, date FROM (
         SELECT r.meeting_id IS @meetingId AS own, r.engagement_id, r.percent, r.date,
                row_number() OVER (PARTITION BY r.engagement_id, r.meeting_id IS @meetingId ORDER BY r.date DESC, r.id DESC) AS rank
         FROM engagements e JOIN progress_reports r ON r.engagement_id = e.id
         WHERE e.plan_id = @planId AND (r.meeting_id IS @meetingId OR r.date <= @cutoff)
       ) WHERE rank = 1`,
    )
    .raw()
    .all({ planId, meetingId, cutoff }) as [number, number, number, string][]
  const own = new Map<number, EngagementEntryFigure>()
  const previous = new Map<number, EngagementEntryFigure>()
  for (const [isOwn, engagementId, percent, date] of rows)
    (isOwn === 1 ? own : previous).set(engagementId, { percent, date })
  return { own, previous }
}

/** How many distinct activities of each engagement this meeting replanned, up to `cutoff`. */
export function replannedHereCounts(db: Db, planId: number, meetingId: number, cutoff: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT a.engagement_id, COUNT(DISTINCT r.activity_id)
       FROM replans r
       JOIN activities a ON a.id = r.activity_id
       JOIN engagements e ON e.id = a.engagement_id
       WHERE r.meeting_id = @meetingId AND r.date <= @cutoff AND e.plan_id = @planId
       GROUP BY a.engagement_id`,
    )
    .raw()
    .all({ planId, meetingId, cutoff }) as [number, number][]
  return new Map(rows)
}
