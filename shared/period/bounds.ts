/**
 * Comparable dates of a period, so that periods can be sorted and slippage measured. Bounds are
 * inclusive ISO dates; tbd and cancelled have none.
 */
import { dayNumber, daysInMonth, monthBounds, toIsoDate } from './calendar'
import type { PeriodBounds, PlannedPeriod } from './types'

const PART_DAYS = { debut: [1, 10], mi: [11, 20], fin: [21, 31] } as const

/**
 * Inclusive start and end of a period, or null for tbd and cancelled. Conventions: début = 1-10,
 * mi = 11-20, fin = 21 to the end of the month; week n = days 7(n-1)+1 to 7n, cut at the end of
 * the month; « à partir de » = that month only (see below).
 */
export function periodBounds(p: PlannedPeriod): PeriodBounds | null {
  switch (p.kind) {
    case 'day':
      return { start: p.date, end: p.date }
    case 'days':
      return { start: p.start, end: p.end }
    case 'month':
      return monthBounds(p.year, p.month)
    // « à partir d'octobre » commits to a start, not to an end. Ending it with its first month keeps
    // the period comparable and makes « octobre » → « à partir d'octobre » a zero slip, whereas an
    // open or far end would invent a delay nobody announced.
    case 'from':
      return monthBounds(p.year, p.month)
    case 'months':
      return {
        start: monthBounds(p.year, p.fromMonth).start,
        end: monthBounds(p.toYear ?? p.year, p.toMonth).end,
      }
    case 'part': {
      const [first, last] = PART_DAYS[p.part]
      const end = Math.min(last, daysInMonth(p.year, p.month))
      return { start: toIsoDate(p.year, p.month, first), end: toIsoDate(p.year, p.month, end) }
    }
    case 'weeks': {
      const first = p.weeks[0] ?? 1
      const last = p.weeks[p.weeks.length - 1] ?? first
      const end = Math.min(7 * last, daysInMonth(p.year, p.month))
      return { start: toIsoDate(p.year, p.month, 7 * (first - 1) + 1), end: toIsoDate(p.year, p.month, end) }
    }
    case 'quarter':
      return { start: monthBounds(p.year, 3 * p.quarter - 2).start, end: monthBounds(p.year, 3 * p.quarter).end }
    case 'semester':
      return { start: monthBounds(p.year, 6 * p.semester - 5).start, end: monthBounds(p.year, 6 * p.semester).end }
    case 'year':
      return { start: toIsoDate(p.year, 1, 1), end: toIsoDate(p.year, 12, 31) }
    case 'tbd':
    case 'cancelled':
      return null
  }
}

/** Days from the end of `previous` to the end of `next` (positive = later), or null when either has no dates. */
export function slipDays(previous: PlannedPeriod, next: PlannedPeriod): number | null {
  const a = periodBounds(previous)
  const b = periodBounds(next)
  if (!a || !b) return null
  return dayNumber(b.end) - dayNumber(a.end)
}

// Among undated periods, one still to be decided matters more than a cancelled one.
const UNBOUNDED_ORDER = { tbd: 0, cancelled: 1 } as const

/** Sort order: by start, then end; undated periods last (to be determined before cancelled). */
export function comparePeriods(a: PlannedPeriod, b: PlannedPeriod): number {
  const x = periodBounds(a)
  const y = periodBounds(b)
  if (x && y) {
    if (x.start !== y.start) return x.start < y.start ? -1 : 1
    if (x.end !== y.end) return x.end < y.end ? -1 : 1
    return 0
  }
  if (x) return -1
  if (y) return 1
  const rank = (p: PlannedPeriod): number => (p.kind === 'tbd' ? UNBOUNDED_ORDER.tbd : UNBOUNDED_ORDER.cancelled)
  return rank(a) - rank(b)
}
