/**
 * Planned periods written in Arabic, for the documents of an Arabic relevé: the Moroccan month
 * names (CLDR ar-MA), Western digits, the words Moroccan administrations use (« نهاية مارس 2021 »,
 * « الفصل الثاني من سنة 2021 », « في أجل أقصاه نهاية نونبر 2020 »). Periods are still typed and parsed
 * in French; only their printed form follows the document's language.
 */
import { parseIsoDate, type CivilDate } from './calendar'
import { ARABIC_MONTHS, formatArabicTime, joinArabic } from '../text/arabic-dates'
import { canDropYear, dayNumbersOnly } from './format-compound'
import type { DeadlinePeriod, MonthPart, PlannedPeriod, RangePeriod, SetPeriod, SimplePeriod } from './types'

const PART_OF_MONTH: Record<MonthPart, string> = { debut: 'بداية', mi: 'منتصف', fin: 'نهاية' }

// Masculine ordinals: أسبوع, فصل and نصف are masculine.
const ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس'] as const

function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? String(n)
}

function month(m: number): string {
  const name = ARABIC_MONTHS[m - 1]
  if (name === undefined) throw new RangeError(`Mois invalide : ${m}`)
  return name
}

function civil(iso: string): CivilDate {
  const d = parseIsoDate(iso)
  if (!d) throw new RangeError(`Date ISO invalide : ${iso}`)
  return d
}

function date(d: CivilDate, withYear = true): string {
  return withYear ? `${d.day} ${month(d.month)} ${d.year}` : `${d.day} ${month(d.month)}`
}

function days(startIso: string, endIso: string, withYear: boolean): string {
  const a = civil(startIso)
  const b = civil(endIso)
  if (a.year !== b.year) return `من ${date(a)} إلى ${date(b)}`
  const year = withYear ? ` ${b.year}` : ''
  if (a.month !== b.month) return `من ${date(a, false)} إلى ${date(b, false)}${year}`
  return `${a.day}-${b.day} ${month(b.month)}${year}`
}

function weeks(list: readonly number[]): string {
  const ordinals = list.map(ordinal)
  if (ordinals.length === 1) return `الأسبوع ${ordinals[0] ?? ''}`
  return `${ordinals.length === 2 ? 'الأسبوعان' : 'الأسابيع'} ${joinArabic(ordinals)}`
}

/** A simple period; without its year when `bare` (the next part of a range or set gives it). */
function simple(p: SimplePeriod, bare: boolean): string {
  const year = (y: number): string => (bare ? '' : ` ${y}`)
  const ofYear = (y: number): string => (bare ? '' : ` من سنة ${y}`)
  switch (p.kind) {
    case 'day': {
      const text = date(civil(p.date), !bare)
      return p.time === undefined ? text : `${text} على الساعة ${formatArabicTime(p.time)}`
    }
    case 'days':
      return days(p.start, p.end, !bare)
    case 'month':
      return `${month(p.month)}${year(p.year)}`
    case 'months':
      return p.toYear === undefined
        ? `من ${month(p.fromMonth)} إلى ${month(p.toMonth)}${year(p.year)}`
        : `من ${month(p.fromMonth)} ${p.year} إلى ${month(p.toMonth)} ${p.toYear}`
    case 'part':
      return `${PART_OF_MONTH[p.part]} ${month(p.month)}${year(p.year)}`
    case 'weeks':
      return `${weeks(p.weeks)} من ${month(p.month)}${year(p.year)}`
    case 'quarter':
      return `الفصل ${ordinal(p.quarter)}${ofYear(p.year)}`
    case 'semester':
      return `النصف ${ordinal(p.semester)}${ofYear(p.year)}`
    case 'year':
      return `سنة ${p.year}`
    case 'yearPart':
      return `${PART_OF_MONTH[p.part]} سنة ${p.year}`
    case 'fortnight':
      return `النصف ${ordinal(p.half)} من ${month(p.month)}${year(p.year)}`
    case 'weekOf':
      return `أسبوع ${date(civil(p.date), !bare)}`
  }
}

function part(p: SimplePeriod, next: SimplePeriod | undefined): string {
  if (next === undefined) return simple(p, false)
  return dayNumbersOnly(p, next, String) ?? simple(p, canDropYear(p, next))
}

// « من مارس إلى يونيو 2021 »; a part that already says « من … إلى … » is joined with a dash instead.
function range(p: RangePeriod): string {
  const from = simple(p.from, canDropYear(p.from, p.to))
  const to = simple(p.to, false)
  return from.startsWith('من ') || to.startsWith('من ') ? `${from} – ${to}` : `من ${from} إلى ${to}`
}

function set(p: SetPeriod): string {
  return joinArabic(p.items.map((item, i) => part(item, p.items[i + 1])))
}

function deadline(p: DeadlinePeriod): string {
  return `${p.before ? 'قبل' : 'في أجل أقصاه'} ${simple(p.by, false)}`
}

/** Arabic text of a period (« نهاية مارس 2021 »); throws on an invalid date, as formatPeriod does. */
export function formatArabicPeriod(p: PlannedPeriod): string {
  switch (p.kind) {
    case 'from':
      return p.day === undefined ? `ابتداء من ${month(p.month)} ${p.year}` : `ابتداء من ${p.day} ${month(p.month)} ${p.year}`
    case 'range':
      return range(p)
    case 'set':
      return set(p)
    case 'deadline':
      return deadline(p)
    case 'tbd':
      return p.note === undefined ? 'سيحدد لاحقا' : `سيحدد لاحقا (${p.note})`
    case 'cancelled':
      return p.note === undefined ? 'ملغاة' : `ملغاة (${p.note})`
    default:
      return simple(p, false)
  }
}
