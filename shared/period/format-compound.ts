/**
 * French text of the periods made of others. A part leaves out its year (and a day its month)
 * when the next part gives it, as people write them: « 2, 7 et 9 août 2023 », « mars et septembre
 * 2019 », « mi-février – mi-mars 2019 ». The parser reads those back the same way.
 */
import { parseIsoDate } from './calendar'
import { periodBounds } from './bounds'
import { dayOfMonth } from './french'
import type { DeadlinePeriod, RangePeriod, SetPeriod, SimplePeriod } from './types'

type FormatSimple = (p: SimplePeriod, bare: boolean) => string

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4))
}

// Kinds that read back without their year when the next part has it.
const BARE_KINDS = new Set(['day', 'days', 'month', 'months', 'part', 'weeks', 'quarter', 'semester', 'fortnight', 'weekOf'])

/** Whether `p` lies in one year, the year `next` starts in, so its year can be left out. */
export function canDropYear(p: SimplePeriod, next: SimplePeriod): boolean {
  if (!BARE_KINDS.has(p.kind) || (p.kind === 'months' && p.toYear !== undefined)) return false
  const a = periodBounds(p)
  const b = periodBounds(next)
  if (!a?.start || !b) return false
  const year = yearOf(a.start)
  // A week from a date may run into the next year: its year is that of its first day.
  const end = p.kind === 'weekOf' ? a.start : a.end
  return yearOf(end) === year && yearOf(b.start ?? b.end) === year
}

/** A day or days within the month of the next day or days: only the day numbers are written (« 2 », « 19-27 »). */
export function dayNumbersOnly(p: SimplePeriod, next: SimplePeriod, day: (n: number) => string = dayOfMonth): string | null {
  if ((p.kind !== 'day' && p.kind !== 'days') || (next.kind !== 'day' && next.kind !== 'days')) return null
  const month = (iso: string): string => iso.slice(0, 7)
  const nextStart = next.kind === 'day' ? next.date : next.start
  const [start, end] = p.kind === 'day' ? [p.date, p.date] : [p.start, p.end]
  if (month(start) !== month(nextStart) || month(end) !== month(nextStart)) return null
  const a = parseIsoDate(start)
  const b = parseIsoDate(end)
  if (!a || !b) return null
  return p.kind === 'day' ? day(a.day) : `${day(a.day)}-${b.day}`
}

function partText(p: SimplePeriod, next: SimplePeriod | undefined, format: FormatSimple): string {
  if (next === undefined) return format(p, false)
  return dayNumbersOnly(p, next) ?? format(p, canDropYear(p, next))
}

/** « mi-février – mi-mars 2019 », « 4e trimestre 2020 – 1er trimestre 2021 ». */
export function formatRange(p: RangePeriod, format: FormatSimple): string {
  return `${format(p.from, canDropYear(p.from, p.to))} – ${format(p.to, false)}`
}

/** « mars et septembre 2019 », « 17-18 juin et 3-4 juillet 2019 », « 4 juillet 2019 et 6 février 2020 ». */
export function formatSet(p: SetPeriod, format: FormatSimple): string {
  const parts = p.items.map((item, i) => partText(item, p.items[i + 1], format))
  const last = parts.pop() ?? ''
  return `${parts.join(', ')} et ${last}`
}

// « au plus tard le 6 septembre 2019 », « au plus tard en décembre 2020 », « au plus tard fin 2020 ».
const BY_ARTICLE: Record<SimplePeriod['kind'], string> = {
  day: 'le ',
  days: 'le ',
  month: 'en ',
  months: 'en ',
  year: 'en ',
  part: '',
  yearPart: '',
  quarter: 'au ',
  semester: 'au ',
  weeks: 'la ',
  fortnight: 'la ',
  weekOf: 'la ',
}
// « avant le 20 septembre 2020 », « avant décembre 2020 », « avant 2021 », « avant le 4e trimestre 2020 ».
const BEFORE_ARTICLE: Record<SimplePeriod['kind'], string> = { ...BY_ARTICLE, month: '', months: '', year: '', quarter: 'le ', semester: 'le ' }

/** « au plus tard fin novembre 2020 », « avant le 20 septembre 2020 ». */
export function formatDeadline(p: DeadlinePeriod, format: FormatSimple): string {
  const target = format(p.by, false)
  return p.before ? `avant ${BEFORE_ARTICLE[p.by.kind]}${target}` : `au plus tard ${BY_ARTICLE[p.by.kind]}${target}`
}
