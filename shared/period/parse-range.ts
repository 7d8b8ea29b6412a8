/**
 * Ranges: « 19-27 octobre 2020 », « du 28 septembre au 2 octobre », « septembre – novembre 2020 »,
 * « novembre/décembre 2020 », « décembre-février 2021 » (December 2020 to February 2021),
 * « mi-février – mi-mars 2019 », « 4e trimestre 2020 – 1er trimestre 2021 ».
 */
import { dayNumber, dayNumberOf, isRealDate, toIsoDate } from './calendar'
import { periodBounds } from './bounds'
import { parseBareDay, parseDayExpr, type DayParts } from './parse-single'
import { readPoint, type YearContext } from './parse-words'
import type { PlannedPeriod, SimplePeriod } from './types'
import { periodProblems } from './validate'

const RANGE_PREFIX = /^(?:(du|de|entre)\s+|(d)'\s*)/
const RANGE_SEPARATORS = /\s*-\s*|\s*\/\s*|\s+(?:au|a|jusqu'au|jusqu'a|jusqu'en|et)\s+/g
const ENTRE_SEPARATOR = /\s+et\s+/g
// Six months, from the first day of the start to the last day of the end.
const MAX_WRAPPED_DAYS = 184

function isoOf(d: DayParts): string {
  return toIsoDate(d.year, d.month, d.day)
}

function rangeOfDays(left: string, right: string, consecutiveOnly: boolean, year: number | undefined): PlannedPeriod | null {
  const end = parseDayExpr(right, year)
  if (!end || end.time !== undefined) return null
  const bare = parseBareDay(left)
  // A bare number on the left (« 19 » in « 19-27 octobre ») takes the month and year of the right.
  const start =
    bare === null
      ? parseDayExpr(left, end.year)
      : isRealDate(end.year, end.month, bare)
        ? { year: end.year, month: end.month, day: bare }
        : null
  if (!start || start.time !== undefined) return null
  const startIso = isoOf(start)
  const endIso = isoOf(end)
  if (startIso >= endIso) return null
  // « les 17 et 18 juin » is a range; « le 4 juillet et le 6 février » is two separate dates.
  if (
    consecutiveOnly &&
    dayNumberOf(end.year, end.month, end.day) - dayNumberOf(start.year, start.month, start.day) !== 1
  ) {
    return null
  }
  return { kind: 'days', start: startIso, end: endIso }
}

function startOf(p: SimplePeriod): string {
  const b = periodBounds(p)
  return b?.start ?? b?.end ?? ''
}
function endOf(p: SimplePeriod): string {
  return periodBounds(p)?.end ?? ''
}

/**
 * Two periods as the ends of one. A left end without a year takes the right end's, or the year
 * before when it would otherwise come after the right end (« décembre-février 2021 ») — only when
 * the right end's year is written, or comes from a reference date the caller will check.
 */
function rangeOfPoints(left: string, right: string, ctx: YearContext, monthsOnly: boolean): PlannedPeriod | null {
  const to = readPoint(right, ctx.year)
  if (!to) return null
  const rightWritten = readPoint(right, undefined) !== null
  let from = readPoint(left, undefined)
  if (!from) {
    const year = Number(startOf(to).slice(0, 4))
    from = readPoint(left, year)
    if (from && endOf(from) >= startOf(to) && (rightWritten || ctx.flexible === true)) {
      from = readPoint(left, year - 1)
      // Across the new year a range stays short (« décembre-février »); « novembre-septembre 2020 » is a slip.
      if (from && dayNumber(endOf(to)) - dayNumber(startOf(from)) > MAX_WRAPPED_DAYS) from = null
    }
  }
  if (!from) return null
  if (from.kind === 'month' && to.kind === 'month') {
    return from.year === to.year
      ? { kind: 'months', year: from.year, fromMonth: from.month, toMonth: to.month }
      : { kind: 'months', year: from.year, fromMonth: from.month, toYear: to.year, toMonth: to.month }
  }
  if (monthsOnly) return null
  if (from.kind === 'day' && to.kind === 'day') return { kind: 'days', start: from.date, end: to.date }
  return { kind: 'range', from, to }
}

/** Reads a range, or null; when several readings of the separators are valid and differ, none is taken. */
export function parseRange(s: string, ctx: YearContext): PlannedPeriod | null {
  const prefix = RANGE_PREFIX.exec(s)
  const body = prefix ? s.slice(prefix[0].length) : s
  const entre = prefix?.[1] === 'entre'
  const separators = entre ? ENTRE_SEPARATOR : RANGE_SEPARATORS
  const found = new Map<string, PlannedPeriod>()
  for (const sep of body.matchAll(separators)) {
    const left = body.slice(0, sep.index)
    const right = body.slice(sep.index + sep[0].length)
    const word = sep[0].trim()
    // « et » without « entre » only joins two consecutive days (« les 17 et 18 juin »); « / » only
    // joins two months written out (« novembre/décembre 2020 »), never numbers (« 07/09 »).
    const isEt = word === 'et' && !entre
    const days = word === '/' ? null : rangeOfDays(left, right, isEt, ctx.year)
    const period = days ?? (isEt ? null : word === '/' && !/[a-z.]$/.test(left) ? null : rangeOfPoints(left, right, ctx, word === '/'))
    if (period && periodProblems(period).length === 0) found.set(JSON.stringify(period), period)
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null
}
