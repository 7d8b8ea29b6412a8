/** Dates in the interface language: the shared helpers with the language the interface speaks now. */
import { formatLongDateIn, formatMeetingDatesIn } from '../shared/text/dates'
import type { MeetingDateInput } from '../shared/text/french-dates'
import { interfaceLanguage } from './i18n'

export function formatLongDate(iso: string, options: { weekday?: boolean } = {}): string {
  return formatLongDateIn(interfaceLanguage(), iso, options)
}

export function formatMeetingDates(dates: readonly MeetingDateInput[], options: { weekday?: boolean } = {}): string {
  return formatMeetingDatesIn(interfaceLanguage(), dates, options)
}

/** The Intl locale of the interface language: French of France, or Arabic of Morocco with Western digits. */
export function intlLocale(): string {
  return interfaceLanguage() === 'ar' ? 'ar-MA-u-nu-latn' : 'fr-FR'
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

/** An Intl date format in the interface language, made once per language and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${intlLocale()}${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(), options)
    formats.set(key, format)
  }
  return format as Intl.DateTimeFormat
}

/** The number format of the interface language. */
export function numberFormat(): Intl.NumberFormat {
  const key = `n${intlLocale()}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(intlLocale())
    formats.set(key, format)
  }
  return format as Intl.NumberFormat
}
