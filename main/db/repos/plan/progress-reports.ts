/** Progress reports: a percentage, a narrative and difficulties, for an activity or an engagement, at a date. */
import type { Db } from '../../connection'
import type { ProgressReportView } from '../../../../shared/domain/plan'
import { progressBand, type ProgressReportInput } from '../../../../shared/plan/progress'
import { meetingFirstDateSql, meetingRef } from './meetings'

export interface ReportRow {
  id: number
  activity_id: number | null
  engagement_id: number | null
  meeting_id: number | null
  meeting_title: string | null
  meeting_date: string | null
  date: string
  percent: number
  narrative: string
  difficulties: string
  replanning: string
  created_at: string
}

const SELECT = `SELECT r.id, r.activity_id, r.engagement_id, r.meeting_id, m.title AS meeting_title,
    ${meetingFirstDateSql('m')} AS meeting_date, r.date, r.percent, r.narrative, r.difficulties, r.replanning, r.created_at
  FROM progress_reports r LEFT JOIN meetings m ON m.id = r.meeting_id`

/** The view of a report row. */
export function toReport(row: ReportRow): ProgressReportView {
  return {
    id: row.id,
    target: row.activity_id !== null ? { kind: 'activity', id: row.activity_id } : { kind: 'engagement', id: row.engagement_id ?? 0 },
    meeting: meetingRef(row.meeting_id, row.meeting_title, row.meeting_date),
    date: row.date,
    percent: row.percent,
    band: progressBand(row.percent),
    narrative: row.narrative,
    difficulties: row.difficulties,
    replanning: row.replanning,
    createdAt: row.created_at,
  }
}

export interface ReportFields {
  activityId: number | null
  engagementId: number | null
  meetingId: number | null
  date: string
  percent: number
  narrative: string
  difficulties: string
  replanning: string
}

/** Records a report; returns its id (ids grow with recording order, which breaks date ties). */
export function insertReport(db: Db, f: ReportFields): number {
  const info = db
    .prepare(
      `INSERT INTO progress_reports (activity_id, engagement_id, meeting_id, date, percent, narrative, difficulties, replanning)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.activityId, f.engagementId, f.meetingId, f.date, f.percent, f.narrative, f.difficulties, f.replanning)
  return Number(info.lastInsertRowid)
}

/** Changes the figure and texts of a report, keeping its target, meeting, date and id. */
export function updateReportContent(
  db: Db,
  id: number,
  f: Pick<ReportFields, 'percent' | 'narrative' | 'difficulties' | 'replanning'>,
): void {
  db.prepare('UPDATE progress_reports SET percent = ?, narrative = ?, difficulties = ?, replanning = ? WHERE id = ?').run(
    f.percent,
    f.narrative,
    f.difficulties,
    f.replanning,
    id,
  )
}

/** One report, or undefined. */
export function getReport(db: Db, id: number): ProgressReportView | undefined {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as ReportRow | undefined
  return row && toReport(row)
}

/** Deletes a report. */
export function deleteReport(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM progress_reports WHERE id = ?').run(id).changes > 0
}

/** Every report on an engagement and on its activities, oldest first (date, then recording order). */
export function listEngagementReportRows(db: Db, engagementId: number): ReportRow[] {
  return db
    .prepare(
      `${SELECT} WHERE r.engagement_id = @id
          OR r.activity_id IN (SELECT id FROM activities WHERE engagement_id = @id)
       ORDER BY r.date, r.id`,
    )
    .all({ id: engagementId }) as ReportRow[]
}

/** Every report of a plan, oldest first, with its texts (exports). */
export function listPlanReportRows(db: Db, planId: number): ReportRow[] {
  return db
    .prepare(
      `${SELECT} WHERE r.engagement_id IN (SELECT id FROM engagements WHERE plan_id = @id)
          OR r.activity_id IN (SELECT a.id FROM activities a JOIN engagements e ON e.id = a.engagement_id WHERE e.plan_id = @id)
       ORDER BY r.date, r.id`,
    )
    .all({ id: planId }) as ReportRow[]
}

/** The engagement-level reports of a plan (or of one of its engagements), oldest first (pre-fill, latest narratives). */
export function listPlanEngagementReportRows(db: Db, planId: number, engagementId?: number): ReportRow[] {
  return db
    .prepare(
      `${SELECT} WHERE r.engagement_id IN (SELECT id FROM engagements WHERE plan_id = @planId AND (@engagementId IS NULL OR id = @engagementId))
       ORDER BY r.date, r.id`,
    )
    .all({ planId, engagementId: engagementId ?? null }) as ReportRow[]
}

/**
 * The figures of a plan's reports as the progress maths take them (no texts), in one query over
 * two indexed joins. `seq` is the row id: the recording order.
 */
export function loadPlanReportInputs(db: Db, planId: number): ProgressReportInput[] {
  const rows = db
    .prepare(
      `SELECT 1, r.id, r.activity_id, r.date, r.percent FROM engagements e
         JOIN activities a ON a.engagement_id = e.id
         JOIN progress_reports r ON r.activity_id = a.id
         WHERE e.plan_id = @planId
       UNION ALL
       SELECT 0, r.id, r.engagement_id, r.date, r.percent FROM engagements e
         JOIN progress_reports r ON r.engagement_id = e.id
         WHERE e.plan_id = @planId`,
    )
    .raw()
    .all({ planId }) as [number, number, number, string, number][]
  const reports: ProgressReportInput[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i += 1) {
    const [isActivity, seq, id, date, percent] = rows[i] as [number, number, number, string, number]
    reports[i] = { target: { kind: isActivity === 1 ? 'activity' : 'engagement', id }, date, seq, percent }
  }
  return reports
}

/**
 * Only the report that counts for each activity and engagement — its latest dated on or before
 * `cutoff` (all dates when undefined), ties going to the later recorded — in one query. The maths
 * give the same figures as with every report, and a ten-year plan loads in a few milliseconds
 * instead of materialising 100,000 rows. `exceptEngagementReportsOf`: leave out the engagement-level
 * reports of that meeting (a meeting's plan section shows the figure without its own); `engagementId`:
 * that engagement's reports only.
 */
export function loadLatestReportInputs(
  db: Db,
  planId: number,
  cutoff: string | undefined,
  options: { exceptEngagementReportsOf?: number; engagementId?: number } = {},
): ProgressReportInput[] {
  const rows = db
    .prepare(
      `SELECT 1, r.id, r.activity_id, r.date, r.percent FROM engagements e
         JOIN activities a ON a.engagement_id = e.id
         JOIN progress_reports r ON r.id = (
           SELECT l.id FROM progress_reports l WHERE l.activity_id = a.id AND (@cutoff IS NULL OR l.date <= @cutoff)
           ORDER BY l.date DESC, l.id DESC LIMIT 1)
         WHERE e.plan_id = @planId AND (@engagementId IS NULL OR e.id = @engagementId)
       UNION ALL
       SELECT 0, r.id, r.engagement_id, r.date, r.percent FROM engagements e
         JOIN progress_reports r ON r.id = (
           SELECT l.id FROM progress_reports l WHERE l.engagement_id = e.id AND (@cutoff IS NULL OR l.date <= @cutoff)
             AND (@except IS NULL OR l.meeting_id IS NOT @except)
           ORDER BY l.date DESC, l.id DESC LIMIT 1)
         WHERE e.plan_id = @planId AND (@engagementId IS NULL OR e.id = @engagementId)`,
    )
    .raw()
    .all({ planId, cutoff: cutoff ?? null, except: options.exceptEngagementReportsOf ?? null, engagementId: options.engagementId ?? null }) as [number, number, number, string, number][]
  return rows.map(([isActivity, seq, id, date, percent]) => ({
    target: { kind: isActivity === 1 ? 'activity' : 'engagement', id },
    date,
    seq,
    percent,
  }))
}

/** This meeting's engagement-level report on an engagement (the latest, should there be several). */
export function meetingEngagementReportRow(db: Db, meetingId: number, engagementId: number): ReportRow | undefined {
  return db.prepare(`${SELECT} WHERE r.meeting_id = ? AND r.engagement_id = ? ORDER BY r.id DESC LIMIT 1`).get(meetingId, engagementId) as
    | ReportRow
    | undefined
}

/** The narrative of each activity's latest report up to `cutoff` (all reports when undefined). */
export function latestActivityNarratives(db: Db, planId: number, cutoff: string | undefined): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT activity_id, narrative FROM (
         SELECT r.activity_id, r.narrative,
                row_number() OVER (PARTITION BY r.activity_id ORDER BY r.date DESC, r.id DESC) AS rank
         FROM engagements e
         JOIN activities a ON a.engagement_id = e.id
         JOIN progress_reports r ON r.activity_id = a.id
         WHERE e.plan_id = @planId AND (@cutoff IS NULL OR r.date <= @cutoff)
       ) WHERE rank = 1`,
    )
    .raw()
    .all({ planId, cutoff: cutoff ?? null }) as [number, string][]
  return new Map(rows)
}
