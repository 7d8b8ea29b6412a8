/** Small renderings (in the interface language) shared by the plan screens. Figures stay unrounded until they reach these. */
import type { TFunction } from 'i18next'
import { dateFormat, formatLongDate, numberFormat } from '../../../dates'

// Calendar dates are read in UTC so that a machine in another time zone never shifts the day.
const shortDateFormat = () => dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const monthFormat = () => dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' })

/** Milliseconds since the epoch of an ISO calendar date, at midnight UTC (for chart axes). */
export function dateValue(iso: string): number {
  const [y = '1970', m = '1', d = '1'] = iso.split('-')
  return Date.UTC(Number(y), Number(m) - 1, Number(d))
}

/** « 15 juil. 2020 ». */
export function shortDate(iso: string): string {
  return shortDateFormat().format(new Date(dateValue(iso)))
}

/** « juil. 2020 », for chart ticks. */
export function monthLabel(value: number): string {
  return monthFormat().format(new Date(value))
}

/** « 15 juillet 2020 » (no weekday: lists and tables). */
export function longDate(iso: string): string {
  return formatLongDate(iso, { weekday: false })
}

/** « 2 213 » with the French thousands separator. */
export function formatNumber(value: number): string {
  return numberFormat().format(value)
}

/** « +61 jours », « −12 jours », « 0 jour »: a slip, signed when non-zero. */
export function slipText(t: TFunction, days: number): string {
  const sign = days > 0 ? '+' : days < 0 ? '−' : ''
  return t('planUi.days', { count: Math.abs(days), value: `${sign}${formatNumber(Math.abs(days))}` })
}

/** « 61 jours » (unsigned, for durations). */
export function daysText(t: TFunction, days: number): string {
  return t('planUi.days', { count: days, value: formatNumber(days) })
}

/** « 2 » or « 0,5 »: a weight as typed. */
export function formatWeight(weight: number): string {
  return numberFormat().format(weight)
}

/** Today's date in Morocco, yyyy-mm-dd (the app's calendar is Africa/Casablanca). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}
