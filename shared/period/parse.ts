/**
 * Tolerant French parser for planned periods. Anything it cannot read with certainty is returned
 * unchanged and flagged « à préciser »: a wrong guess would silently corrupt a plan, while a flag
 * only asks the secretariat to look again.
 */
import { periodBounds } from './bounds'
import { dayNumber, dayNumberOf } from './calendar'
import { fixMonthSlips, normalizeText } from './french'
import { parseUndatedWithNote } from './notes'
import { parseList } from './parse-list'
import { parseRange } from './parse-range'
import { parseSingle } from './parse-single'
import { parseDeadline, stripLead, type YearContext } from './parse-words'
import type { ParseOptions, ParseResult, PlannedPeriod } from './types'
import { periodProblems } from './validate'

// No date phrase is this long (a set of five dates is about 150); the limit keeps the regular expressions cheap on pasted paragraphs.
const MAX_LENGTH = 240
// A note (« annulée car … ») may be a sentence.
const MAX_NOTE_LENGTH = 500

const TBD = [
  /^(?:date\s+)?a\s+(?:determiner|definir|preciser|fixer|confirmer)$/,
  /^(?:date\s+)?non\s+(?:encore\s+)?(?:determinee?|definie?|fixee?|planifiee?)$/,
  // « visiblité » (sic) occurs in the minutes of 15 July 2020.
  /^pas\s+de\s+visi\w*te(?:\s+(?:pour|sur)\s+(?:les\s+dates|le\s+(?:nouveau\s+)?planning|le\s+moment|l'instant))?$/,
  /^(?:nouveau\s+)?planning\s+non\s+(?:encore\s+)?communique$/,
]
const CANCELLED = /^(?:annulee?s?|annulation)$/
const WEEK_RANGE = /^(?:la\s+)?semaine\s+(du\s+.+\s+au\s+.+)$/

function readDated(s: string, ctx: YearContext): PlannedPeriod | null {
  if (TBD.some((re) => re.test(s))) return { kind: 'tbd' }
  if (CANCELLED.test(s)) return { kind: 'cancelled' }
  const body = stripLead(s)
  const deadline = parseDeadline(body, ctx.year)
  if (deadline !== undefined) return deadline
  const week = WEEK_RANGE.exec(body)
  if (week) return parseRange(week[1] ?? '', ctx)
  return parseSingle(body, ctx.year) ?? parseRange(body, ctx) ?? parseList(body, ctx.year)
}

function valid(p: PlannedPeriod | null): PlannedPeriod | null {
  return p && periodProblems(p).length === 0 ? p : null
}

// The text as written first; then with near-miss month names corrected (« setembre »), if any.
function read(s: string, ctx: YearContext): PlannedPeriod | null {
  const direct = valid(readDated(s, ctx))
  if (direct) return direct
  const fixed = fixMonthSlips(s)
  return fixed === s ? null : valid(readDated(fixed, ctx))
}

function anchorOf(p: PlannedPeriod): string | null {
  const b = periodBounds(p)
  return b ? (b.start ?? b.end) : null
}

function shiftYear(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`
}

// A date moved by whole years may be 29 February of a common year: count it as 1 March.
function looseDayNumber(iso: string): number {
  return dayNumberOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))
}

function sixMonthsBefore(iso: string): string {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7))
  const [y, m] = month > 6 ? [year, month - 6] : [year - 1, month + 6]
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${iso.slice(7)}`
}

/**
 * A text without a year, read against the date of its meeting or report: it takes the first year
 * that puts its start (a deadline: its end) on or after six months before that date. The same
 * text moved by whole years must read the same; otherwise, or when that year's reading is
 * impossible (« 29 février », a weekday that does not match), nothing is read.
 */
function readWithReference(s: string, referenceDate: string): PlannedPeriod | null {
  const refYear = Number(referenceDate.slice(0, 4))
  const floor = sixMonthsBefore(referenceDate)
  const candidates = [refYear - 1, refYear, refYear + 1, refYear - 2]
  let sample: { year: number; anchor: string } | null = null
  for (const year of candidates) {
    const p = read(s, { year, flexible: true })
    const anchor = p ? anchorOf(p) : null
    if (anchor !== null) {
      sample = { year, anchor }
      break
    }
  }
  if (sample === null) return null
  const { year: sampleYear, anchor } = sample
  for (let year = refYear - 2; year <= refYear + 2; year++) {
    const expected = shiftYear(anchor, year - sampleYear)
    if (expected < floor) continue
    const p = read(s, { year, flexible: true })
    const found = p ? anchorOf(p) : null
    // A week given by its number (« semaine 42 ») starts on a Monday: not on the same date every year.
    return p && found !== null && Math.abs(dayNumber(found) - looseDayNumber(expected)) <= 6 ? p : null
  }
  return null
}

function flagged(text: string): ParseResult {
  return { ok: false, text, flag: 'a_preciser' }
}

/**
 * Reads a planned period from French text; text it cannot read is returned as written, flagged
 * « à préciser ». A year left out comes from `defaultYear`, else from `referenceDate` (see
 * {@link ParseOptions}); a text that contradicts itself (« lundi 15 juillet 2020 », « 31/02 ») is
 * never read.
 */
export function parsePeriod(text: string, options: ParseOptions = {}): ParseResult {
  const s = normalizeText(text)
  if (s.length === 0 || s.length > MAX_NOTE_LENGTH) return flagged(text)
  let period: PlannedPeriod | null = null
  if (s.length <= MAX_LENGTH) {
    period = read(s, {})
    if (!period && options.defaultYear !== undefined) period = read(s, { year: options.defaultYear })
    else if (!period && options.referenceDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
      period = readWithReference(s, options.referenceDate)
  }
  period ??= valid(parseUndatedWithNote(s, text))
  return period ? { ok: true, period } : flagged(text)
}
