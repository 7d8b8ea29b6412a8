/**
 * Comparable dates of a period, so that periods can be sorted and slippage measured. Bounds are
 * inclusive ISO dates; tbd and cancelled have none, a deadline has an end but no start.
 */
import { dayNumber, daysInMonth, fromDayNumber, monthBounds, toIsoDate } from './calendar'
import type { PeriodBounds, PlannedPeriod } from './types'

const PART_DAYS = { debut: [1, 10], mi: [11, 20], fin: [21, 31] } as const
const YEAR_PART_MONTHS = { debut: [1, 3], mi: [6, 7], fin: [10, 12] } as const

/** Bounds of a period that always has both (every kind but deadline, tbd and cancelled). */
function closedBounds(p: PlannedPeriod): { start: string; end: string } | null {
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
      if (p.day !== undefined) {
        const date = toIsoDate(p.year, p.month, p.day)
        return { start: date, end: date }
      }
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
    case 'yearPart': {
      const [first, last] = YEAR_PART_MONTHS[p.part]
      return { start: monthBounds(p.year, first).start, end: monthBounds(p.year, last).end }
    }
    case 'fortnight':
      return p.half === 1
        ? { start: toIsoDate(p.year, p.month, 1), end: toIsoDate(p.year, p.month, 15) }
        : { start: toIsoDate(p.year, p.month, 16), end: monthBounds(p.year, p.month).end }
    case 'weekOf':
      return { start: p.date, end: fromDayNumber(dayNumber(p.date) + 6) }
    case 'range': {
      const from = closedBounds(p.from)
      const to = closedBounds(p.to)
      return from && to ? { start: from.start, end: to.end } : null
    }
    case 'set': {
      const first = p.items[0]
      const last = p.items[p.items.length - 1]
      const a = first ? closedBounds(first) : null
      const b = last ? closedBounds(last) : null
      return a && b ? { start: a.start, end: b.end } : null
    }
    case 'deadline':
    case 'tbd':
    case 'cancelled':
      return null
  }
}

/**
 * Inclusive start and end of a period, or null for tbd and cancelled. Conventions: début = 1-10,
 * mi = 11-20, fin = 21 to the end of the month; a year's début = January-March, mi = June-July,
 * fin = October-December; fortnights 1-15 and 16 to the end; week n = days 7(n-1)+1 to 7n, cut at
 * the end of the month; « à partir de » = that month only (see below); a set runs from its first
 * start to its last end; a deadline has no start and ends with its target (or the day before it
 * starts, for « avant »).
 */
export function periodBounds(p: PlannedPeriod): PeriodBounds | null {
  if (p.kind !== 'deadline') return closedBounds(p)
  const target = closedBounds(p.by)
  if (!target) return null
  return { start: null, end: p.before ? fromDayNumber(dayNumber(target.start) - 1) : target.end }
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

/** Sort order: by start (a deadline by its end), then end; undated periods last (to be determined before cancelled). */
export function comparePeriods(a: PlannedPeriod, b: PlannedPeriod): number {
  const x = periodBounds(a)
  const y = periodBounds(b)
  if (x && y) {
    const xs = x.start ?? x.end
    const ys = y.start ?? y.end
    if (xs !== ys) return xs < ys ? -1 : 1
    if (x.end !== y.end) return x.end < y.end ? -1 : 1
    // Same dates: the open-ended deadline after the period that commits to a start.
    if ((x.start === null) !== (y.start === null)) return x.start === null ? 1 : -1
    return 0
  }
  if (x) return -1
  if (y) return 1
  const rank = (p: PlannedPeriod): number => (p.kind === 'tbd' ? UNBOUNDED_ORDER.tbd : UNBOUNDED_ORDER.cancelled)
  return rank(a) - rank(b)
}
