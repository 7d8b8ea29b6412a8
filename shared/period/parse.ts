/**
 * Tolerant French parser for planned periods. Anything it cannot read with certainty is returned
 * unchanged and flagged « à préciser »: a wrong guess would silently corrupt a plan, while a flag
 * only asks the secretariat to look again.
 */
import { dayNumberOf, isRealDate, toIsoDate } from './calendar'
import { normalizeText } from './french'
import { parseBareDay, parseDayExpr, parseMonthExpr, parseSingle, type DayParts } from './parse-single'
import type { ParseOptions, ParseResult, PlannedPeriod } from './types'
import { periodProblems } from './validate'

// No date phrase is this long; the limit keeps the regular expressions cheap on pasted paragraphs.
const MAX_LENGTH = 120

const TBD = [
  /^(?:date\s+)?a\s+(?:determiner|definir|preciser|fixer|confirmer)$/,
  /^(?:date\s+)?non\s+(?:encore\s+)?(?:determinee?|definie?|fixee?|planifiee?)$/,
  // « visiblité » (sic) occurs in the minutes of 15 July 2020.
  /^pas\s+de\s+visi\w*te(?:\s+(?:pour|sur)\s+(?:les\s+dates|le\s+(?:nouveau\s+)?planning|le\s+moment|l'instant))?$/,
  /^(?:nouveau\s+)?planning\s+non\s+(?:encore\s+)?communique$/,
]
const CANCELLED = /^(?:annulee?s?|annulation)$/

// Words that introduce a date without changing it: « en septembre », « le 12 mars », « courant 2021 ».
const FILLERS = [
  /^(?:le|la|les|en|courant|vers|pour|durant|pendant|au cours du|au cours de)\s+/,
  /^(?:(?:le|au|durant le|pendant le|au cours du)\s+)?mois\s+(?:de\s+|d'\s*)/,
]

const RANGE_PREFIX = /^(?:(du|de|entre)\s+|(d)'\s*)/
const RANGE_SEPARATORS = /\s*-\s*|\s+(?:au|a|jusqu'au|jusqu'a|et)\s+/g
const ENTRE_SEPARATOR = /\s+et\s+/g

function stripFillers(s: string): string {
  let current = s
  for (;;) {
    const next = FILLERS.reduce((acc, re) => acc.replace(re, ''), current)
    if (next === current) return current
    current = next
  }
}

function isoOf(d: DayParts): string {
  return toIsoDate(d.year, d.month, d.day)
}

function rangeOfDays(
  left: string,
  right: string,
  consecutiveOnly: boolean,
  defaultYear?: number,
): PlannedPeriod | null {
  const end = parseDayExpr(right, defaultYear)
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

function rangeOfMonths(left: string, right: string, defaultYear?: number): PlannedPeriod | null {
  const to = parseMonthExpr(right, defaultYear)
  const from = to ? parseMonthExpr(left, to.year) : null
  if (!to || !from) return null
  if (from.year === to.year && from.month < to.month) {
    return { kind: 'months', year: from.year, fromMonth: from.month, toMonth: to.month }
  }
  // One written year covers both ends; a range that crosses into a later year must say so.
  if (from.year < to.year)
    return { kind: 'months', year: from.year, fromMonth: from.month, toYear: to.year, toMonth: to.month }
  return null
}

function parseRange(s: string, defaultYear?: number): PlannedPeriod | null {
  const prefix = RANGE_PREFIX.exec(s)
  const body = prefix ? s.slice(prefix[0].length) : s
  const entre = prefix?.[1] === 'entre'
  const separators = entre ? ENTRE_SEPARATOR : RANGE_SEPARATORS
  for (const sep of body.matchAll(separators)) {
    const left = body.slice(0, sep.index)
    const right = body.slice(sep.index + sep[0].length)
    // « et » without « entre » only joins two consecutive days (« les 17 et 18 juin »).
    const isEt = sep[0].trim() === 'et'
    const days = rangeOfDays(left, right, isEt && !entre, defaultYear)
    if (days) return days
    if (isEt && !entre) continue
    const months = rangeOfMonths(left, right, defaultYear)
    if (months) return months
  }
  return null
}

function parseNormalized(s: string, defaultYear?: number): PlannedPeriod | null {
  if (TBD.some((re) => re.test(s))) return { kind: 'tbd' }
  if (CANCELLED.test(s)) return { kind: 'cancelled' }
  const body = stripFillers(s)
  return parseSingle(body, defaultYear) ?? parseRange(body, defaultYear)
}

/** Reads a planned period from French text; text it cannot read is returned as written, flagged « à préciser ». */
export function parsePeriod(text: string, options: ParseOptions = {}): ParseResult {
  const s = normalizeText(text)
  const period = s.length > 0 && s.length <= MAX_LENGTH ? parseNormalized(s, options.defaultYear) : null
  if (period && periodProblems(period).length === 0) return { ok: true, period }
  return { ok: false, text, flag: 'a_preciser' }
}
