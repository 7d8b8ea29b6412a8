/**
 * Clean French rendering of periods. Conventions: lower case (the caller capitalises at the start
 * of a sentence), ordinals « 1er / 1re / 2e », hours « 10 h » / « 10 h 30 », days of one month as
 * « 19-27 octobre 2020 » and across months as « du 28 septembre au 2 octobre 2020 », month ranges
 * as « septembre-novembre 2020 » or « décembre 2020-février 2021 ». Every output parses back to
 * the same period.
 */
import { parseIsoDate, type CivilDate } from './calendar'
import { dayOfMonth, deMonth, monthName, ordinalFeminine, ordinalMasculine } from './french'
import type { ParseOptions, ParseResult, PlannedPeriod, SimplePeriod } from './types'
import { parsePeriod } from './parse'
import { formatDeadline, formatRange, formatSet } from './format-compound'
import { formatArabicPeriod } from './arabic'
import type { Language } from '../i18n/languages'

const PART_LABELS = { debut: 'début ', mi: 'mi-', fin: 'fin ' } as const

function civil(iso: string): CivilDate {
  const d = parseIsoDate(iso)
  if (!d) throw new RangeError(`Date ISO invalide : ${iso}`)
  return d
}

function formatTime(time: string): string {
  const [h = '0', m = '00'] = time.split(':')
  const hours = String(Number(h))
  return m === '00' ? `${hours} h` : `${hours} h ${m}`
}

function formatDays(startIso: string, endIso: string): string {
  const a = civil(startIso)
  const b = civil(endIso)
  if (a.year !== b.year) {
    return `du ${dayOfMonth(a.day)} ${monthName(a.month)} ${a.year} au ${dayOfMonth(b.day)} ${monthName(b.month)} ${b.year}`
  }
  if (a.month !== b.month) {
    return `du ${dayOfMonth(a.day)} ${monthName(a.month)} au ${dayOfMonth(b.day)} ${monthName(b.month)} ${b.year}`
  }
  return `${dayOfMonth(a.day)}-${b.day} ${monthName(b.month)} ${b.year}`
}

function formatWeeks(weeks: readonly number[]): string {
  const ordinals = weeks.map(ordinalFeminine)
  const last = ordinals.pop() ?? ''
  return ordinals.length === 0 ? `${last} semaine` : `${ordinals.join(', ')} et ${last} semaines`
}

function formatWeekOf(date: string): string {
  const d = civil(date)
  return `semaine du ${dayOfMonth(d.day)} ${monthName(d.month)} ${d.year}`
}

/** Clean French text of a period (« 2e semaine de septembre 2020 »); throws on an invalid date. */
export function formatPeriod(p: PlannedPeriod): string {
  switch (p.kind) {
    case 'day': {
      const d = civil(p.date)
      const date = `${dayOfMonth(d.day)} ${monthName(d.month)} ${d.year}`
      return p.time === undefined ? date : `${date} à ${formatTime(p.time)}`
    }
    case 'days':
      return formatDays(p.start, p.end)
    case 'month':
      return `${monthName(p.month)} ${p.year}`
    case 'months':
      return p.toYear === undefined
        ? `${monthName(p.fromMonth)}-${monthName(p.toMonth)} ${p.year}`
        : `${monthName(p.fromMonth)} ${p.year}-${monthName(p.toMonth)} ${p.toYear}`
    case 'part':
      return `${PART_LABELS[p.part]}${monthName(p.month)} ${p.year}`
    case 'weeks':
      return `${formatWeeks(p.weeks)} ${deMonth(p.month)} ${p.year}`
    case 'quarter':
      return `${ordinalMasculine(p.quarter)} trimestre ${p.year}`
    case 'semester':
      return `${ordinalMasculine(p.semester)} semestre ${p.year}`
    case 'year':
      return String(p.year)
    case 'from':
      return p.day === undefined
        ? `à partir ${deMonth(p.month)} ${p.year}`
        : `à partir du ${dayOfMonth(p.day)} ${monthName(p.month)} ${p.year}`
    case 'yearPart':
      return `${PART_LABELS[p.part]}${p.year}`
    case 'fortnight':
      return `${ordinalFeminine(p.half)} quinzaine ${deMonth(p.month)} ${p.year}`
    case 'weekOf':
      return formatWeekOf(p.date)
    case 'range':
      return formatRange(p, formatSimple)
    case 'set':
      return formatSet(p, formatSimple)
    case 'deadline':
      return formatDeadline(p, formatSimple)
    case 'tbd':
      return p.note === undefined ? 'à déterminer' : `à déterminer (${p.note})`
    case 'cancelled':
      return p.note === undefined ? 'annulée' : `annulée (${p.note})`
  }
}

/**
 * A part of a range or set, without its year when `bare` (the next part gives it): « 2e semaine
 * de septembre », « du 28 septembre au 2 octobre ». Only called with `bare` for parts within one year.
 */
function formatSimple(p: SimplePeriod, bare: boolean): string {
  const text = formatPeriod(p)
  if (!bare) return text
  const year = /\s\d{4}$/
  if (p.kind === 'days') {
    const a = civil(p.start)
    const b = civil(p.end)
    if (a.month === b.month) return `${dayOfMonth(a.day)}-${b.day} ${monthName(b.month)}`
    return `du ${dayOfMonth(a.day)} ${monthName(a.month)} au ${dayOfMonth(b.day)} ${monthName(b.month)}`
  }
  return text.replace(year, '')
}

/** What to show for a parse result: the clean period, or the text exactly as the user wrote it. */
export function displayPeriod(result: ParseResult): string {
  return result.ok ? formatPeriod(result.period) : result.text
}

/** Renders free text for the interface and documents: cleaned when it is a period, verbatim otherwise. */
export function describeInput(text: string, options?: ParseOptions): string {
  return displayPeriod(parsePeriod(text, options))
}

/** A period in a document's language: French, or Arabic with the Moroccan month names. */
export function formatPeriodIn(language: Language, p: PlannedPeriod): string {
  return language === 'ar' ? formatArabicPeriod(p) : formatPeriod(p)
}

/** displayPeriod in a document's language; text that is not a period stays as the user wrote it. */
export function displayPeriodIn(language: Language, result: ParseResult): string {
  return result.ok ? formatPeriodIn(language, result.period) : result.text
}
