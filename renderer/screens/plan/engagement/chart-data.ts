/** Turns progress histories into the rows of a line chart: one row per date, one column per series. */
import type { ProgressPoint } from '../../../../shared/domain/plan'
import { dateValue } from '../parts/format'

export interface Series {
  key: string
  history: readonly ProgressPoint[]
}

export interface ChartRow {
  t: number
  date: string
  meetingTitle: string | null
  [series: string]: number | string | null
}

/**
 * Rows sorted by date. A series keeps its latest value after each report (latest information
 * wins until the next report) and has no value before its first one, so a line starts where
 * reporting started instead of dropping to zero.
 */
export function chartRows(series: readonly Series[]): ChartRow[] {
  const meetings = new Map<string, string | null>()
  for (const s of series) for (const p of s.history) if (!meetings.get(p.date)) meetings.set(p.date, p.meeting?.title ?? null)
  const dates = [...meetings.keys()].sort()
  return dates.map((date) => {
    const row: ChartRow = { t: dateValue(date), date, meetingTitle: meetings.get(date) ?? null }
    for (const s of series) {
      let value: number | null = null
      for (const p of s.history) if (p.date <= date) value = p.percent
      row[s.key] = value
    }
    return row
  })
}

/** The x domain: the dates reported, widened by a month on each side when there is a single one. */
export function timeDomain(rows: readonly ChartRow[]): [number, number] {
  const first = rows[0]?.t ?? 0
  const last = rows[rows.length - 1]?.t ?? first
  const month = 31 * 86_400_000
  return first === last ? [first - month, last + month] : [first, last]
}
