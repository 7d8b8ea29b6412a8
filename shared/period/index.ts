/** Planned periods: fuzzy French dates that parse, format back, validate, sort and measure slippage. */
export type {
  CancelledPeriod,
  DeadlinePeriod,
  FortnightPeriod,
  RangePeriod,
  SetPeriod,
  SimplePeriod,
  WeekOfPeriod,
  YearPartPeriod,
  DayPeriod,
  DaysPeriod,
  FromPeriod,
  MonthPart,
  MonthPeriod,
  MonthsPeriod,
  ParseOptions,
  ParseResult,
  PartPeriod,
  PeriodBounds,
  PeriodKind,
  PlannedPeriod,
  QuarterPeriod,
  SemesterPeriod,
  TbdPeriod,
  WeeksPeriod,
  YearPeriod,
} from './types'
export { MAX_YEAR, MIN_YEAR, MONTH_PARTS, PERIOD_KINDS } from './types'
export { parsePeriod } from './parse'
export { describeInput, displayPeriod, displayPeriodIn, formatPeriod, formatPeriodIn } from './format'
export { comparePeriods, periodBounds, slipDays } from './bounds'
export { plannedPeriodSchema } from './schema'
export { isValidPeriod, periodProblems, type PeriodProblem } from './validate'
