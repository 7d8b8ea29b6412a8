/**
 * A planned period as the committee writes it: often fuzzy (« fin juillet 2020 »,
 * « 3e et 4e semaines de septembre 2020 »). Plain JSON objects, because they are stored as JSON in
 * SQLite and in the interchange file. Months are 1-12, dates ISO « aaaa-mm-jj », times « hh:mm ».
 */

/** The part of a month: début = days 1-10, mi = 11-20, fin = 21 to the end. */
export type MonthPart = 'debut' | 'mi' | 'fin'

/** Every kind of planned period; the discriminant of {@link PlannedPeriod}. */
export const PERIOD_KINDS = [
  'day',
  'days',
  'month',
  'months',
  'part',
  'weeks',
  'quarter',
  'semester',
  'year',
  'from',
  'yearPart',
  'fortnight',
  'weekOf',
  'range',
  'set',
  'deadline',
  'tbd',
  'cancelled',
] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export const MONTH_PARTS = ['debut', 'mi', 'fin'] as const satisfies readonly MonthPart[]

/** One day, optionally with a time (« 07/09/2020 à 10h »). */
export interface DayPeriod {
  kind: 'day'
  date: string
  time?: string
}

/** Consecutive days, start strictly before end (« 19-27 octobre 2020 »). */
export interface DaysPeriod {
  kind: 'days'
  start: string
  end: string
}

/** A whole month (« novembre 2020 »). */
export interface MonthPeriod {
  kind: 'month'
  year: number
  month: number
}

/**
 * Consecutive months (« septembre-novembre 2020 »). `toYear` is present only when the range ends in
 * a later year, so that every range has a single representation.
 */
export interface MonthsPeriod {
  kind: 'months'
  year: number
  fromMonth: number
  toYear?: number
  toMonth: number
}

/** The start, middle or end of a month (« fin juillet 2020 »). */
export interface PartPeriod {
  kind: 'part'
  year: number
  month: number
  part: MonthPart
}

/** Weeks of a month, numbered 1-5 from the 1st, strictly increasing (« 3e et 4e semaines »). */
export interface WeeksPeriod {
  kind: 'weeks'
  year: number
  month: number
  weeks: number[]
}

/** A quarter, 1-4 (« 4e trimestre 2020 »). */
export interface QuarterPeriod {
  kind: 'quarter'
  year: number
  quarter: number
}

/** A semester, 1-2 (« 1er semestre 2021 »). */
export interface SemesterPeriod {
  kind: 'semester'
  year: number
  semester: number
}

/** A whole year (« 2021 »). */
export interface YearPeriod {
  kind: 'year'
  year: number
}

/** An open-ended start (« à partir d'octobre 2020 », « à partir du 15 septembre 2020 » with `day`). */
export interface FromPeriod {
  kind: 'from'
  year: number
  month: number
  day?: number
}

/** The start, middle or end of a year (« fin 2020 »): début = January-March, mi = June-July, fin = October-December. */
export interface YearPartPeriod {
  kind: 'yearPart'
  year: number
  part: MonthPart
}

/** A fortnight of a month (« 2e quinzaine de septembre 2020 »): 1 = days 1-15, 2 = 16 to the end. */
export interface FortnightPeriod {
  kind: 'fortnight'
  year: number
  month: number
  half: number
}

/** Seven days from a date (« semaine du 14 septembre 2020 »; an ISO week « S42 2020 » reads as its Monday). */
export interface WeekOfPeriod {
  kind: 'weekOf'
  date: string
}

/** A period that can end a range, make part of a set or be the target of a deadline. */
export type SimplePeriod =
  | DayPeriod
  | DaysPeriod
  | MonthPeriod
  | MonthsPeriod
  | PartPeriod
  | WeeksPeriod
  | QuarterPeriod
  | SemesterPeriod
  | YearPeriod
  | YearPartPeriod
  | FortnightPeriod
  | WeekOfPeriod

/**
 * From one period to a later one, when no simpler kind says it (« mi-février – mi-mars 2019 »,
 * « 4e trimestre 2020 – 1er trimestre 2021 »): two days make `days`, two months make `months`.
 */
export interface RangePeriod {
  kind: 'range'
  from: SimplePeriod
  to: SimplePeriod
}

/**
 * Several separate periods, in order, with gaps between them (« mars et septembre 2019 »,
 * « 02 – 07 – 09 août 2023 »). Its bounds are the first start and the last end.
 */
export interface SetPeriod {
  kind: 'set'
  items: SimplePeriod[]
}

/**
 * A deadline: open start, firm end (« au plus tard fin novembre 2020 », « avant le 20 septembre
 * 2020 »). It ends with `by`, or the day before `by` starts when `before` is set.
 */
export interface DeadlinePeriod {
  kind: 'deadline'
  by: SimplePeriod
  before?: true
}

/** No date yet (« à déterminer », « pas de visibilité »); `note` keeps a longer phrase as written. */
export interface TbdPeriod {
  kind: 'tbd'
  note?: string
}

/** The action was cancelled (« annulée »); `note` keeps a longer phrase (« annulée car … ») as written. */
export interface CancelledPeriod {
  kind: 'cancelled'
  note?: string
}

export type PlannedPeriod =
  | DayPeriod
  | DaysPeriod
  | MonthPeriod
  | MonthsPeriod
  | PartPeriod
  | WeeksPeriod
  | QuarterPeriod
  | SemesterPeriod
  | YearPeriod
  | FromPeriod
  | YearPartPeriod
  | FortnightPeriod
  | WeekOfPeriod
  | RangePeriod
  | SetPeriod
  | DeadlinePeriod
  | TbdPeriod
  | CancelledPeriod

/** Text that is not a period is kept exactly as written and flagged « à préciser ». */
export type ParseResult = { ok: true; period: PlannedPeriod } | { ok: false; text: string; flag: 'a_preciser' }

export interface ParseOptions {
  /** Year used as is when the text leaves it out (« fin juillet »); it wins over `referenceDate`. */
  defaultYear?: number
  /**
   * Date (aaaa-mm-jj) of the meeting or report the text belongs to. A text without a year takes the
   * first year that puts it on or after six months before this date (see README, « Périodes »).
   */
  referenceDate?: string
}

/** Inclusive ISO bounds of a period; `start` is null for a deadline (open start). */
export interface PeriodBounds {
  start: string | null
  end: string
}

/** Years outside this window are almost certainly typing mistakes (« 20020 », « 202 »). */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2100
