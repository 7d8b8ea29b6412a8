/** Short constructors so that the test tables read like the documents they come from. */
import type { MonthPart, PlannedPeriod } from '../../../shared/period'

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

/** A row of a phrase table: what is written, what it means, how it prints. */
export type Row = [text: string, period: PlannedPeriod, formatted: string]
