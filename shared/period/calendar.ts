/**
 * Calendar arithmetic on ISO « aaaa-mm-jj » strings. Dates are civil dates with no time zone, so
 * the arithmetic goes through UTC to stay clear of daylight-saving shifts.
 */

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A civil date split into numbers. */
export interface CivilDate {
  year: number
  month: number
  day: number
}

/** Whether the year has a 29 February (Gregorian rules). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Whether the numbers name a real calendar day. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** Formats numbers as an ISO date « aaaa-mm-jj » (no validation). */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Splits an ISO date, or returns null when it is malformed or not a real day (« 2021-02-31 »). */
export function parseIsoDate(iso: string): CivilDate | null {
  const m = ISO_DATE.exec(iso)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return isRealDate(year, month, day) ? { year, month, day } : null
}

/** Days since 1970-01-01 of a valid ISO date. */
export function dayNumber(iso: string): number {
  const d = parseIsoDate(iso)
  if (!d) throw new RangeError(`Date ISO invalide : ${iso}`)
  return dayNumberOf(d.year, d.month, d.day)
}

/** Days since 1970-01-01 of a civil date. */
export function dayNumberOf(year: number, month: number, day: number): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / MS_PER_DAY)
}

/** ISO date of a day number (inverse of {@link dayNumber}). */
export function fromDayNumber(n: number): string {
  const date = new Date(n * MS_PER_DAY)
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** Day of the week, 0 = lundi … 6 = dimanche (the French week starts on Monday). */
export function weekdayOf(year: number, month: number, day: number): number {
  // 1970-01-01 was a Thursday, index 3 in a Monday-first week.
  return (((dayNumberOf(year, month, day) + 3) % 7) + 7) % 7
}

/** First and last ISO days of a month. */
export function monthBounds(year: number, month: number): { start: string; end: string } {
  return { start: toIsoDate(year, month, 1), end: toIsoDate(year, month, daysInMonth(year, month)) }
}
