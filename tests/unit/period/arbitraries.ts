/** fast-check generators of valid PlannedPeriods, every kind, across the whole supported calendar. */
import fc from 'fast-check'
import { MAX_YEAR, MIN_YEAR, periodBounds, periodProblems, type MonthPart, type PlannedPeriod, type SimplePeriod } from '../../../shared/period'
import { isPlainNote } from '../../../shared/period/notes'
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

const quarterArb = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 4 }))
  .map(([year, quarter]): PlannedPeriod => ({ kind: 'quarter', year, quarter }))
const semesterArb = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 2 }))
  .map(([year, semester]): PlannedPeriod => ({ kind: 'semester', year, semester }))
const monthPeriodArb = yearMonthArb.map(([year, month]): PlannedPeriod => ({ kind: 'month', year, month }))
const partNameArb = fc.constantFrom<MonthPart>('debut', 'mi', 'fin')
const yearPartArb = fc
  .tuple(yearArb, partNameArb)
  .map(([year, part]): PlannedPeriod => ({ kind: 'yearPart', year, part }))
const fortnightArb = fc
  .tuple(yearMonthArb, fc.integer({ min: 1, max: 2 }))
  .map(([[year, month], half]): PlannedPeriod => ({ kind: 'fortnight', year, month, half }))
const weekOfArb = isoDateArb.map((date): PlannedPeriod => ({ kind: 'weekOf', date }))
const plainDayArb = isoDateArb.map((date): PlannedPeriod => ({ kind: 'day', date }))

/** Periods that can end a range or be a deadline's target. */
const pointArb = fc.oneof(
  plainDayArb,
  monthPeriodArb,
  partArb,
  yearPartArb,
  yearArb.map((year): PlannedPeriod => ({ kind: 'year', year })),
  quarterArb,
  semesterArb,
  fortnightArb,
  weeksArb,
  weekOfArb,
)

// Parts close in time (one to three years), as real ranges and sets are, so that years are shared.
const nearYearArb = fc.integer({ min: MIN_YEAR, max: MAX_YEAR - 2 })
function near(p: PlannedPeriod, base: number, offset: number): PlannedPeriod {
  const year = base + offset
  switch (p.kind) {
    case 'day':
    case 'weekOf':
      return { ...p, date: `${String(year)}${p.date.slice(4)}`.replace(/-02-29$/, '-02-28') }
    case 'days':
      return p
    case 'months':
      return p.toYear === undefined ? { ...p, year } : p
    default:
      return 'year' in p ? ({ ...p, year } as PlannedPeriod) : p
  }
}
const nearPointArb = fc.tuple(pointArb, fc.integer({ min: 0, max: 2 }))
const valid = (p: PlannedPeriod): boolean => periodProblems(p).length === 0

const rangeArb = fc
  .tuple(nearYearArb, nearPointArb, nearPointArb)
  .map(([base, [a, i], [b, j]]): PlannedPeriod => ({
    kind: 'range',
    from: near(a, base, Math.min(i, j)) as SimplePeriod,
    to: near(b, base, Math.max(i, j)) as SimplePeriod,
  }))
  .filter(valid)

const setItemArb = fc.oneof(nearPointArb, fc.tuple(fc.oneof(daysInOneMonthArb, monthsSameYearArb), fc.integer({ min: 0, max: 2 })))
const setArb = fc
  .tuple(nearYearArb, fc.array(setItemArb, { minLength: 2, maxLength: 4 }))
  .map(([base, items]): PlannedPeriod => {
    const sorted = items
      .map(([p, offset]) => near(p, base, offset))
      .filter(valid)
      .sort((x, y) => ((periodBounds(x)?.start ?? '') < (periodBounds(y)?.start ?? '') ? -1 : 1))
    const kept: PlannedPeriod[] = []
    for (const item of sorted) {
      const candidate: PlannedPeriod = { kind: 'set', items: [...kept, item] as SimplePeriod[] }
      if (kept.length === 0 || valid(candidate)) kept.push(item)
    }
    return { kind: 'set', items: kept as SimplePeriod[] }
  })
  .filter(valid)

const deadlineArb = fc
  .tuple(pointArb, fc.boolean())
  .map(([by, before]): PlannedPeriod =>
    before ? { kind: 'deadline', by: by as SimplePeriod, before: true } : { kind: 'deadline', by: by as SimplePeriod },
  )
  .filter(valid)

// prettier-ignore
const NOTE_WORDS = [
  'car', 'le', 'guide', 'a', 'été', 'élaboré', 'Activité', '5', ':', '(voir', 'PV)', 'l’atelier', 'Ministère',
  'retour', 'des', 'départements', 'pas', 'de', 'visibilité', 'annulée', 'à', 'déterminer', '«', '»', '-', ';',
]
const noteArb = fc
  .array(fc.constantFrom(...NOTE_WORDS), { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' '))
  .filter(isPlainNote)
const undatedArb = fc
  .tuple(fc.constantFrom<'tbd' | 'cancelled'>('tbd', 'cancelled'), noteArb)
  .map(([kind, note]): PlannedPeriod => ({ kind, note }))

/** Every kind of issue 15 (year parts, fortnights, weeks from a date, ranges, sets, deadlines, notes). */
export const newKindArb: fc.Arbitrary<PlannedPeriod> = fc.oneof(
  yearPartArb,
  fortnightArb,
  weekOfArb,
  rangeArb,
  setArb,
  deadlineArb,
  undatedArb,
)

/** Any valid PlannedPeriod. */
export const plannedPeriodArb: fc.Arbitrary<PlannedPeriod> = fc.oneof(
  dayArb,
  daysInOneMonthArb,
  daysAnyArb,
  monthPeriodArb,
  monthsSameYearArb,
  monthsAcrossYearsArb,
  partArb,
  weeksArb,
  quarterArb,
  semesterArb,
  yearArb.map((year): PlannedPeriod => ({ kind: 'year', year })),
  yearMonthArb.map(([year, month]): PlannedPeriod => ({ kind: 'from', year, month })),
  isoDateArb.map((date): PlannedPeriod => ({ kind: 'from', year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) })),
  fc.constant<PlannedPeriod>({ kind: 'tbd' }),
  fc.constant<PlannedPeriod>({ kind: 'cancelled' }),
  newKindArb,
  newKindArb,
)

// Pieces of date phrases, to fuzz the parser with text that is almost, but not always, a period.
// prettier-ignore
const TOKENS = [
  '1er', '2ème', '3e', '5e', '31', '29', '07', '13', '0', '/', '/2020', '-', '–', ' ', ' au ', ' du ', ' et ', ' à ', '&',
  'semaine', 'semaines', 'de', "d'", 'mi-', 'début', 'fin', 'T4', 'S2', 'trimestre', 'semestre', 'février',
  'sept.', 'octobre', 'Décembre', 'mai', '2020', '2021', '1899', '2101', '10h', '10h30', '25h', 'à partir',
  'annulée', 'pas de visibilité', 'à déterminer', '(', ')', '.', 'mercredi', 'le',
  'quinzaine', 'au plus tard', 'avant', "jusqu'à", "d'ici", 'dernier', 'S42', 'semaine du', ',', '/', 'car',
  'mi-2021', 'fin 2020', 'prévue en', 'reporté à', 'Période :',
]

/** Strings assembled from date-like pieces. */
export const dateLikeTextArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((parts) => parts.join(' '))
