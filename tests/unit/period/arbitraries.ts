/** fast-check generators of valid PlannedPeriods, every kind, across the whole supported calendar. */
import fc from 'fast-check'
import { MAX_YEAR, MIN_YEAR, type MonthPart, type PlannedPeriod } from '../../../shared/period'
import { dayNumberOf, daysInMonth, fromDayNumber } from '../../../shared/period/calendar'

const FIRST_DAY = dayNumberOf(MIN_YEAR, 1, 1)
const LAST_DAY = dayNumberOf(MAX_YEAR, 12, 31)

export const yearArb = fc.integer({ min: MIN_YEAR, max: MAX_YEAR })
export const monthArb = fc.integer({ min: 1, max: 12 })
export const isoDateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber)
const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const yearMonthArb = fc.tuple(yearArb, monthArb)

const dayArb = fc
  .tuple(isoDateArb, fc.option(timeArb, { nil: undefined }))
  .map(([date, time]): PlannedPeriod => (time === undefined ? { kind: 'day', date } : { kind: 'day', date, time }))

// Days within one month are the common case and print differently, so they get their own generator.
const daysInOneMonthArb = yearMonthArb.chain(([y, m]) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: daysInMonth(y, m) }), { minLength: 2, maxLength: 2 })
    .map(([a = 1, b = 2]): PlannedPeriod => ({
      kind: 'days',
      start: fromDayNumber(dayNumberOf(y, m, Math.min(a, b))),
      end: fromDayNumber(dayNumberOf(y, m, Math.max(a, b))),
    })),
)
const daysAnyArb = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), fc.integer({ min: 1, max: 800 }))
  .map(([start, length]): PlannedPeriod => ({
    kind: 'days',
    start: fromDayNumber(start),
    end: fromDayNumber(Math.min(start + length, LAST_DAY)),
  }))

const monthsSameYearArb = fc
  .tuple(yearArb, fc.uniqueArray(monthArb, { minLength: 2, maxLength: 2 }))
  .map(([year, [a = 1, b = 2]]): PlannedPeriod => ({
    kind: 'months',
    year,
    fromMonth: Math.min(a, b),
    toMonth: Math.max(a, b),
  }))
const monthsAcrossYearsArb = fc
  .tuple(fc.integer({ min: MIN_YEAR, max: MAX_YEAR - 1 }), fc.integer({ min: 1, max: 4 }), monthArb, monthArb)
  .map(([year, span, fromMonth, toMonth]): PlannedPeriod => ({
    kind: 'months',
    year,
    fromMonth,
    toYear: Math.min(year + span, MAX_YEAR),
    toMonth,
  }))

const partArb = fc
  .tuple(yearMonthArb, fc.constantFrom<MonthPart>('debut', 'mi', 'fin'))
  .map(([[year, month], part]): PlannedPeriod => ({ kind: 'part', year, month, part }))

const weeksArb = yearMonthArb.chain(([year, month]) => {
  const count = Math.ceil(daysInMonth(year, month) / 7)
  const all = Array.from({ length: count }, (_, i) => i + 1)
  return fc.subarray(all, { minLength: 1 }).map((weeks): PlannedPeriod => ({ kind: 'weeks', year, month, weeks }))
})

/** Any valid PlannedPeriod. */
export const plannedPeriodArb: fc.Arbitrary<PlannedPeriod> = fc.oneof(
  dayArb,
  daysInOneMonthArb,
  daysAnyArb,
  yearMonthArb.map(([year, month]): PlannedPeriod => ({ kind: 'month', year, month })),
  monthsSameYearArb,
  monthsAcrossYearsArb,
  partArb,
  weeksArb,
  fc
    .tuple(yearArb, fc.integer({ min: 1, max: 4 }))
    .map(([year, quarter]): PlannedPeriod => ({ kind: 'quarter', year, quarter })),
  fc
    .tuple(yearArb, fc.integer({ min: 1, max: 2 }))
    .map(([year, semester]): PlannedPeriod => ({ kind: 'semester', year, semester })),
  yearArb.map((year): PlannedPeriod => ({ kind: 'year', year })),
  yearMonthArb.map(([year, month]): PlannedPeriod => ({ kind: 'from', year, month })),
  fc.constant<PlannedPeriod>({ kind: 'tbd' }),
  fc.constant<PlannedPeriod>({ kind: 'cancelled' }),
)

// Pieces of date phrases, to fuzz the parser with text that is almost, but not always, a period.
// prettier-ignore
const TOKENS = [
  '1er', '2ème', '3e', '5e', '31', '29', '07', '13', '0', '/', '/2020', '-', '–', ' ', ' au ', ' du ', ' et ', ' à ', '&',
  'semaine', 'semaines', 'de', "d'", 'mi-', 'début', 'fin', 'T4', 'S2', 'trimestre', 'semestre', 'février',
  'sept.', 'octobre', 'Décembre', 'mai', '2020', '2021', '1899', '2101', '10h', '10h30', '25h', 'à partir',
  'annulée', 'pas de visibilité', 'à déterminer', '(', ')', '.', 'mercredi', 'le',
]

/** Strings assembled from date-like pieces. */
export const dateLikeTextArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((parts) => parts.join(' '))
