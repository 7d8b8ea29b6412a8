/** Short constructors so that the test tables read like the documents they come from. */
import type { MonthPart, PlannedPeriod, SimplePeriod } from '../../../shared/period'

export const day = (date: string, time?: string): PlannedPeriod =>
  time === undefined ? { kind: 'day', date } : { kind: 'day', date, time }
export const days = (start: string, end: string): PlannedPeriod => ({ kind: 'days', start, end })
export const month = (year: number, m: number): PlannedPeriod => ({ kind: 'month', year, month: m })
export const months = (year: number, fromMonth: number, toMonth: number, toYear?: number): PlannedPeriod =>
  toYear === undefined
    ? { kind: 'months', year, fromMonth, toMonth }
    : { kind: 'months', year, fromMonth, toYear, toMonth }
export const part = (year: number, m: number, p: MonthPart): PlannedPeriod => ({
  kind: 'part',
  year,
  month: m,
  part: p,
})
export const weeks = (year: number, m: number, w: number[]): PlannedPeriod => ({
  kind: 'weeks',
  year,
  month: m,
  weeks: w,
})
export const quarter = (year: number, q: number): PlannedPeriod => ({ kind: 'quarter', year, quarter: q })
export const semester = (year: number, s: number): PlannedPeriod => ({ kind: 'semester', year, semester: s })
export const year = (y: number): PlannedPeriod => ({ kind: 'year', year: y })
export const from = (y: number, m: number): PlannedPeriod => ({ kind: 'from', year: y, month: m })
export const tbd: PlannedPeriod = { kind: 'tbd' }
export const cancelled: PlannedPeriod = { kind: 'cancelled' }

export const yearPart = (y: number, p: MonthPart): PlannedPeriod => ({ kind: 'yearPart', year: y, part: p })
export const fortnight = (y: number, m: number, half: number): PlannedPeriod => ({ kind: 'fortnight', year: y, month: m, half })
export const weekOf = (date: string): PlannedPeriod => ({ kind: 'weekOf', date })
export const range = (fromPart: PlannedPeriod, to: PlannedPeriod): PlannedPeriod => ({
  kind: 'range',
  from: fromPart as SimplePeriod,
  to: to as SimplePeriod,
})
export const set = (...items: PlannedPeriod[]): PlannedPeriod => ({ kind: 'set', items: items as SimplePeriod[] })
export const deadline = (by: PlannedPeriod, before?: true): PlannedPeriod =>
  before ? { kind: 'deadline', by: by as SimplePeriod, before } : { kind: 'deadline', by: by as SimplePeriod }
export const tbdNote = (note: string): PlannedPeriod => ({ kind: 'tbd', note })
export const cancelledNote = (note: string): PlannedPeriod => ({ kind: 'cancelled', note })

/** A row of a phrase table: what is written, what it means, how it prints. */
export type Row = [text: string, period: PlannedPeriod, formatted: string]
