/**
 * Lists of dates read as one set: « Mars et septembre 2019 », « le 04 juillet 2019 et 06 février
 * 2020 », « les 17 et 18 juin 2019 et 3 et 4 juillet 2019 », « 02 – 07 – 09 Août 2023 ». A part
 * without a year takes the next part's; a bare day number takes the next day's month. Parts must
 * come in order, without overlap; parts that touch are joined (« 17, 18 et 19 juin » = 17-19 juin).
 * When the separators can be read in two ways that give different sets, nothing is read.
 */
import { dayNumber, isRealDate, toIsoDate } from './calendar'
import { periodBounds } from './bounds'
import { parseSingle } from './parse-single'
import { parseRange } from './parse-range'
import { asSetItem, stripFillers } from './parse-words'
import type { PlannedPeriod, SimplePeriod } from './types'
import { periodProblems } from './validate'

const LIST_SEPARATORS = /\s*,\s*|\s*;\s*|\s+et\s+|\s+puis\s+|\s+ainsi\s+que\s+/g
// « 02 – 07 – 09 août »: three or more day numbers joined by dashes are a list, not a range.
const DASH_LIST = /(^|[\s,])(\d{1,2}(?:\s*-\s*\d{1,2}){2,})(?=\s+[a-z])/g
const BARE_DAY = /^(?:les?\s+)?(\d{1,2})(?:er|re|ere)?$/
const BARE_DAYS = /^(?:les?\s+|du\s+)?(\d{1,2})(?:er|re|ere)?\s*(?:-|au)\s*(\d{1,2})$/
const MAX_SEGMENTS = 12
const MAX_READINGS = 8

function bounds(p: SimplePeriod): { start: string; end: string } {
  const b = periodBounds(p)
  return { start: b?.start ?? b?.end ?? '', end: b?.end ?? '' }
}

function readItem(s: string, year: number | undefined): SimplePeriod | null {
  const body = stripFillers(s)
  return asSetItem(parseSingle(body, year) ?? parseRange(body, { year }))
}

// A part read in the light of the part after it (its year, and for bare day numbers its month).
function readBefore(atom: string, next: SimplePeriod): SimplePeriod | null {
  const own = readItem(atom, undefined)
  if (own) return own
  const { start } = bounds(next)
  const year = Number(start.slice(0, 4))
  const month = Number(start.slice(5, 7))
  if (next.kind === 'day' || next.kind === 'days') {
    const one = BARE_DAY.exec(atom)
    if (one) return isRealDate(year, month, Number(one[1])) ? { kind: 'day', date: toIsoDate(year, month, Number(one[1])) } : null
    const two = BARE_DAYS.exec(atom)
    if (two) {
      const [a, b] = [Number(two[1]), Number(two[2])]
      if (!isRealDate(year, month, a) || !isRealDate(year, month, b) || a >= b) return null
      return { kind: 'days', start: toIsoDate(year, month, a), end: toIsoDate(year, month, b) }
    }
  }
  return readItem(atom, year)
}

type Family = 'days' | 'months' | null
function familyOf(p: SimplePeriod): Family {
  if (p.kind === 'day' || p.kind === 'days') return 'days'
  if (p.kind === 'month' || p.kind === 'months') return 'months'
  return null
}

// Joins two touching parts of one family into one range.
function join(a: SimplePeriod, b: SimplePeriod): SimplePeriod {
  const start = bounds(a).start
  const end = bounds(b).end
  if (familyOf(a) === 'days') return { kind: 'days', start, end }
  const [y1, m1, y2, m2] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(end.slice(0, 4)), Number(end.slice(5, 7))]
  return y1 === y2 ? { kind: 'months', year: y1, fromMonth: m1, toMonth: m2 } : { kind: 'months', year: y1, fromMonth: m1, toYear: y2, toMonth: m2 }
}

function asPeriod(items: SimplePeriod[]): PlannedPeriod | null {
  const merged: SimplePeriod[] = []
  for (const item of items) {
    const last = merged.at(-1)
    const touching =
      last !== undefined &&
      familyOf(last) !== null &&
      familyOf(last) === familyOf(item) &&
      dayNumber(bounds(item).start) === dayNumber(bounds(last).end) + 1
    if (last && touching) merged[merged.length - 1] = join(last, item)
    else merged.push(item)
  }
  const period: PlannedPeriod | undefined = merged.length === 1 ? merged[0] : { kind: 'set', items: merged }
  return period && periodProblems(period).length === 0 ? period : null
}

/** Reads a list of dates as a set (or as one range when its parts touch), or null. */
export function parseList(s: string, year: number | undefined): PlannedPeriod | null {
  const text = s.replace(DASH_LIST, (_, lead: string, list: string) => `${lead}${list.replace(/\s*-\s*/g, ', ')}`)
  const segments: string[] = []
  const separators: string[] = []
  let at = 0
  for (const m of text.matchAll(LIST_SEPARATORS)) {
    segments.push(text.slice(at, m.index))
    separators.push(m[0])
    at = m.index + m[0].length
  }
  segments.push(text.slice(at))
  if (segments.length < 2 || segments.length > MAX_SEGMENTS || segments.some((x) => x.trim() === '')) return null

  const memo = new Map<number, SimplePeriod[][]>()
  const readFrom = (i: number): SimplePeriod[][] => {
    const known = memo.get(i)
    if (known) return known
    const out: SimplePeriod[][] = []
    let atom = ''
    for (let j = i; j < segments.length && out.length <= MAX_READINGS; j++) {
      atom += (j > i ? (separators[j - 1] ?? '') : '') + (segments[j] ?? '')
      if (j === segments.length - 1) {
        const item = readItem(atom, year)
        if (item) out.push([item])
        continue
      }
      for (const rest of readFrom(j + 1)) {
        const next = rest[0]
        const item = next ? readBefore(atom, next) : null
        if (item && next && bounds(item).end < bounds(next).start) out.push([item, ...rest])
      }
    }
    memo.set(i, out)
    return out
  }
  const readings = new Map<string, PlannedPeriod>()
  for (const items of readFrom(0)) {
    if (items.length < 2) continue
    const period = asPeriod(items)
    if (period === null) return null
    readings.set(JSON.stringify(period), period)
  }
  return readings.size === 1 ? ([...readings.values()][0] ?? null) : null
}

