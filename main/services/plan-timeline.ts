/**
 * The planned period of an activity through time: its baseline, then each replan in order. The
 * period in force at a date is the newest replan dated on or before it, else the baseline.
 */
import { slipDays, type PlannedPeriod } from '../../shared/period'
import type { ActivityRow } from '../db/repos/plan/activities'
import { readStored } from '../db/repos/plan/periods'
import type { ReplanRow } from '../db/repos/plan/replans'

export interface ActivityTimeline {
  /** Replans up to the cutoff, oldest first. */
  replans: ReplanRow[]
  currentText: string
  currentPeriod: PlannedPeriod | null
  baselinePeriod: PlannedPeriod | null
  /** Baseline → current period, in days (positive = later); null when either has no dates. */
  slip: number | null
}

/** Replans grouped by activity, keeping their order. */
export function groupReplans(rows: readonly ReplanRow[]): Map<number, ReplanRow[]> {
  const byActivity = new Map<number, ReplanRow[]>()
  for (const row of rows) {
    const list = byActivity.get(row.activity_id)
    if (list === undefined) byActivity.set(row.activity_id, [row])
    else list.push(row)
  }
  return byActivity
}

/** The timeline of one activity; `replans` are its own, oldest first (date, then id). */
export function activityTimeline(activity: ActivityRow, replans: readonly ReplanRow[] = [], cutoff?: string): ActivityTimeline {
  const kept = cutoff === undefined ? [...replans] : replans.filter((r) => r.date <= cutoff)
  const last = kept.at(-1)
  const baselinePeriod = readStored(activity.baseline_text, activity.baseline_period)
  const currentText = last === undefined ? activity.baseline_text : last.new_text
  const currentPeriod = last === undefined ? baselinePeriod : readStored(last.new_text, last.new_period, last.date)
  const slip = baselinePeriod && currentPeriod ? slipDays(baselinePeriod, currentPeriod) : null
  return { replans: kept, currentText, currentPeriod, baselinePeriod, slip }
}

/**
 * Days by which an unfinished activity is past the end of its planned period at `referenceDate`,
 * or null when it is not late (done, no dated period, cancelled, or not over yet).
 */
export function daysLate(current: PlannedPeriod | null, done: boolean, referenceDate: string): number | null {
  if (done || current === null) return null
  const days = slipDays(current, { kind: 'day', date: referenceDate })
  return days !== null && days > 0 ? days : null
}
