/**
 * Recognisers for one period written on its own (not a range), working on text already folded by
 * `normalizeText` (no accents, lower case, single spaces, « - » for every dash).
 */
import { dayNumberOf, daysInMonth, fromDayNumber, isRealDate, toIsoDate, weekdayOf } from './calendar'
import { MONTH_RE, ORDINAL_RE, WEEKDAY_NAMES, monthFromWord, ordinalValue, weekdayFromWord } from './french'
import type { MonthPart, PlannedPeriod } from './types'

/** A day as read from text, before it becomes a period. */
export interface DayParts {
  year: number
  month: number
  day: number
  time?: string
}

/** A month as read from text. */
export interface MonthParts {
  year: number
  month: number
}

const YEAR = '(\\d{4})'
// After a month name a two-digit year is a year (« novembre 20 »): days come before the month.
const TEXT_YEAR = '(\\d{4}|\\d{2})'
// « à 10h », « 10 h 30 », « 10h00 », « 10:30 », « à 10 heures ».
const TIME = '(?:\\s*(?:a|,|-)?\\s*(\\d{1,2})\\s*(?:h(?:eures?)?\\s*(\\d{2})?|:(\\d{2})))?'
const WEEKDAY = `(?:(${WEEKDAY_NAMES.join('|')})\\s+)?(?:le\\s+)?`

const TEXT_DAY = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s*(?:ere|er|re)?\\s*/?\\s*${MONTH_RE}(?:\\s*${TEXT_YEAR})?${TIME}$`)
const NUMERIC_DAY = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\3\\s*(\\d{4}|\\d{2}))?${TIME}$`)
const ISO_DAY = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`)
const TEXT_MONTH = new RegExp(`^${MONTH_RE}(?:\\s*${TEXT_YEAR})?$`)
const NUMERIC_MONTH = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/
const BARE_DAY = /^(?:le\s+)?(\d{1,2})\s*(?:ere|er|re)?$/

const PART = /^(debut|milieu|mi|fin)\s*-?\s*(?:(?:du\s+)?mois\s+)?(?:de\s+|d'\s*)?(.+)$/
const WEEKS = /^(.+?)\s+semaines?\s+(?:du\s+mois\s+)?(?:de\s+|d'\s*)?(.+)$/
const WEEKS_NUMBER_FIRST = /^semaines?\s+(.+?)\s+(?:du\s+mois\s+)?(?:de\s+|d'\s*)(.+)$/
const QUARTER_SHORT = new RegExp(`^[tq]\\s*(\\d)(?:\\s*[-/]?\\s*${YEAR})?$`)
const LAST = 'derniere?'
const QUARTER_LONG = new RegExp(`^(${ORDINAL_RE}|${LAST})\\s+trimestre(?:\\s+(?:de\\s+l'annee\\s+|de\\s+|du\\s+)?${YEAR})?$`)
const SEMESTER_SHORT = new RegExp(`^s\\s*(\\d)(?:\\s*[-/]?\\s*${YEAR})?$`)
const SEMESTER_LONG = new RegExp(`^(${ORDINAL_RE}|${LAST})\\s+semestre(?:\\s+(?:de\\s+l'annee\\s+|de\\s+|du\\s+)?${YEAR})?$`)
const YEAR_ONLY = new RegExp(`^(?:l'annee\\s+|annee\\s+)?${YEAR}$`)
const FROM = /^(?:a partir|a compter|des)\s*(?:du\s+mois\s+)?(?:de\s+|d'\s*)?(.+)$/
const LIST_SEPARATOR = /\s*(?:,|\bet\b|-|\/|\+)\s*/

const YEAR_PART_WORDS = /^(debut|milieu|mi|fin)\s*-?\s*(?:de\s+l'\s*|d'\s*|de\s+)?(?:annee|an)(?:\s+(\d{4}))?$/
const YEAR_PART_NUMBER = /^(debut|milieu|mi|fin)\s*-?\s*(?:de\s+|d'\s*)?(\d{4})$/
const FORTNIGHT = new RegExp(`^(${ORDINAL_RE}|${LAST})\\s+quinzaine\\s+(?:du\\s+mois\\s+)?(?:de\\s+|d'\\s*)?(.+)$`)
const WEEK_OF = /^semaine\s+du\s+(.+)$/
const LAST_WEEK = /^derniere\s+semaine\s+(?:du\s+mois\s+)?(?:de\s+|d'\s*)(.+)$/
// « S42 2020 », « semaine 42 », « sem. 42-2020 »: one digit after « S » is a semester (« S2 2021 »).
const ISO_WEEK = /^(?:s\s*(\d{2})|(?:semaine|sem\.?)\s*(\d{1,2}))(?:\s*(?:[-/,]|de\s+l'annee|de|du)?\s*(\d{4}))?$/

const PARTS: Readonly<Record<string, MonthPart>> = { debut: 'debut', milieu: 'mi', mi: 'mi', fin: 'fin' }

function resolveYear(written: string | undefined, fallback: number | undefined): number | undefined {
  if (written === undefined) return fallback
  // Two-digit years only occur in numeric dates (« 07/09/20 ») and always mean this century.
  return written.length === 2 ? 2000 + Number(written) : Number(written)
}

function readTime(hour: string | undefined, minutes: string | undefined): string | null | undefined {
  if (hour === undefined) return undefined
  const h = Number(hour)
  const m = Number(minutes ?? '0')
  if (h > 23 || m > 59) return null
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

function makeDay(
  year: number | undefined,
  month: number | null,
  day: number,
  weekday: string | undefined,
  time: string | null | undefined,
): DayParts | null {
  if (year === undefined || month === null || time === null || !isRealDate(year, month, day)) return null
  // A weekday that disagrees with the date reveals a typo; better flag it than guess which is right.
  if (weekday !== undefined && weekdayFromWord(weekday) !== weekdayOf(year, month, day)) return null
  return time === undefined ? { year, month, day } : { year, month, day, time }
}

/** Reads one day (« 07/09/2020 à 10h », « mercredi 15 juillet 2020 », « 1er mars »), or null. */
export function parseDayExpr(s: string, fallbackYear: number | undefined): DayParts | null {
  let m = TEXT_DAY.exec(s)
  if (m) {
    const time = readTime(m[5], m[6] ?? m[7])
    return makeDay(resolveYear(m[4], fallbackYear), monthFromWord(m[3] ?? ''), Number(m[2]), m[1], time)
  }
  m = NUMERIC_DAY.exec(s)
  if (m) {
    // « 19-27 » is a range of days, so a hyphenated numeric date needs its year.
    if (m[3] === '-' && m[5] === undefined) return null
    const time = readTime(m[6], m[7] ?? m[8])
    return makeDay(resolveYear(m[5], fallbackYear), Number(m[4]), Number(m[2]), m[1], time)
  }
  m = ISO_DAY.exec(s)
  if (m) return makeDay(Number(m[1]), Number(m[2]), Number(m[3]), undefined, readTime(m[4], m[5] ?? m[6]))
  return null
}

/** Reads a day number standing alone on the left of a range (« 19 » in « 19-27 octobre »), or null. */
export function parseBareDay(s: string): number | null {
  const m = BARE_DAY.exec(s)
  return m ? Number(m[1]) : null
}

/** Reads one month (« novembre 2020 », « oct. 2020 », « 09/2020 », « juillet » with a fallback year), or null. */
export function parseMonthExpr(s: string, fallbackYear: number | undefined): MonthParts | null {
  let m = TEXT_MONTH.exec(s)
  let month: number | null = null
  let year: number | undefined
  if (m) {
    month = monthFromWord(m[1] ?? '')
    year = resolveYear(m[2], fallbackYear)
  } else if ((m = NUMERIC_MONTH.exec(s))) {
    month = Number(m[1])
    year = Number(m[2])
  }
  if (month === null || year === undefined || month < 1 || month > 12) return null
  return { year, month }
}

function parseOrdinalList(s: string): number[] | null {
  const values = s.split(LIST_SEPARATOR).map(ordinalValue)
  if (values.length === 0 || values.some((v) => v === null)) return null
  const numbers = values.filter((v): v is number => v !== null)
  return [...new Set(numbers)].sort((a, b) => a - b)
}

function parseWeeks(s: string, fallbackYear: number | undefined): PlannedPeriod | null {
  const m = WEEKS_NUMBER_FIRST.exec(s) ?? WEEKS.exec(s)
  if (!m) return null
  const weeks = parseOrdinalList(m[1] ?? '')
  const month = parseMonthExpr(m[2] ?? '', fallbackYear)
  return weeks && month ? { kind: 'weeks', year: month.year, month: month.month, weeks } : null
}

function parseQuarterOrSemester(s: string, fallbackYear: number | undefined): PlannedPeriod | null {
  const quarter = QUARTER_SHORT.exec(s) ?? QUARTER_LONG.exec(s)
  const semester = quarter ? null : (SEMESTER_SHORT.exec(s) ?? SEMESTER_LONG.exec(s))
  const m = quarter ?? semester
  if (!m) return null
  const n = /^derniere?$/.test(m[1] ?? '') ? (quarter ? 4 : 2) : ordinalValue(m[1] ?? '')
  const year = resolveYear(m[2], fallbackYear)
  if (n === null || year === undefined) return null
  return quarter ? { kind: 'quarter', year, quarter: n } : { kind: 'semester', year, semester: n }
}

/** Reads a period that is not a range, or null; the result still has to pass `periodProblems`. */
export function parseSingle(s: string, fallbackYear: number | undefined): PlannedPeriod | null {
  const day = parseDayExpr(s, fallbackYear)
  if (day) {
    const date = toIsoDate(day.year, day.month, day.day)
    return day.time === undefined ? { kind: 'day', date } : { kind: 'day', date, time: day.time }
  }
  const month = parseMonthExpr(s, fallbackYear)
  if (month) return { kind: 'month', year: month.year, month: month.month }

  const year = YEAR_ONLY.exec(s)
  if (year) return { kind: 'year', year: Number(year[1]) }

  const part = PART.exec(s)
  const partMonth = part ? parseMonthExpr(part[2] ?? '', fallbackYear) : null
  const partName = part ? PARTS[part[1] ?? ''] : undefined
  if (partMonth && partName) return { kind: 'part', year: partMonth.year, month: partMonth.month, part: partName }

  const from = FROM.exec(s)
  const fromMonth = from ? parseMonthExpr(from[1] ?? '', fallbackYear) : null
  if (fromMonth) return { kind: 'from', year: fromMonth.year, month: fromMonth.month }
  // « à partir du 15 septembre 2020 », « dès le 1er octobre »: from a day.
  const fromDay = from ? /^(?:du|le)\s+(.+)$/.exec(from[1] ?? '') : null
  const startDay = fromDay ? parseDayExpr(fromDay[1] ?? '', fallbackYear) : null
  if (startDay && startDay.time === undefined) return { kind: 'from', year: startDay.year, month: startDay.month, day: startDay.day }

  return (
    parseWeeks(s, fallbackYear) ??
    parseQuarterOrSemester(s, fallbackYear) ??
    parseYearPart(s, fallbackYear) ??
    parseFortnight(s, fallbackYear) ??
    parseWeekOf(s, fallbackYear)
  )
}

function parseYearPart(s: string, fallbackYear: number | undefined): PlannedPeriod | null {
  const m = YEAR_PART_NUMBER.exec(s) ?? YEAR_PART_WORDS.exec(s)
  const part = m ? PARTS[m[1] ?? ''] : undefined
  const year = m ? resolveYear(m[2], fallbackYear) : undefined
  return part && year !== undefined ? { kind: 'yearPart', year, part } : null
}

function parseFortnight(s: string, fallbackYear: number | undefined): PlannedPeriod | null {
  const m = FORTNIGHT.exec(s)
  if (!m) return null
  const half = /^derniere?$/.test(m[1] ?? '') ? 2 : ordinalValue(m[1] ?? '')
  const month = parseMonthExpr(m[2] ?? '', fallbackYear)
  return half !== null && month ? { kind: 'fortnight', year: month.year, month: month.month, half } : null
}

/** Monday of ISO week `week` of `year` (the week holding 4 January is week 1), or null past the last week. */
function isoWeekMonday(year: number, week: number): string | null {
  const jan4 = dayNumberOf(year, 1, 4)
  const monday = jan4 - weekdayOf(year, 1, 4) + 7 * (week - 1)
  const nextJan4 = dayNumberOf(year + 1, 1, 4)
  const nextWeek1 = nextJan4 - weekdayOf(year + 1, 1, 4)
  return week >= 1 && monday < nextWeek1 ? fromDayNumber(monday) : null
}

function parseWeekOf(s: string, fallbackYear: number | undefined): PlannedPeriod | null {
  let m = WEEK_OF.exec(s)
  if (m) {
    const day = parseDayExpr(m[1] ?? '', fallbackYear)
    return day && day.time === undefined ? { kind: 'weekOf', date: toIsoDate(day.year, day.month, day.day) } : null
  }
  m = LAST_WEEK.exec(s)
  if (m) {
    const month = parseMonthExpr(m[1] ?? '', fallbackYear)
    if (!month) return null
    return { kind: 'weekOf', date: toIsoDate(month.year, month.month, daysInMonth(month.year, month.month) - 6) }
  }
  m = ISO_WEEK.exec(s)
  if (m) {
    const year = resolveYear(m[3], fallbackYear)
    const monday = year === undefined ? null : isoWeekMonday(year, Number(m[1] ?? m[2]))
    return monday === null ? null : { kind: 'weekOf', date: monday }
  }
  return null
}
