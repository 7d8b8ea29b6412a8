/** Dates in the language asked for: French (french-dates.ts) or Arabic with the ar-MA month names (arabic-dates.ts). */
import type { Language } from '../i18n/languages'
import { formatLongDate as frLongDate, formatMeetingDates as frMeetingDates, type MeetingDateInput } from './french-dates'
import { formatArabicLongDate, formatArabicMeetingDates } from './arabic-dates'

/** « mercredi 15 juillet 2020 » / « الأربعاء 15 يوليوز 2020 ». */
export function formatLongDateIn(language: Language, iso: string, options: { weekday?: boolean } = {}): string {
  return language === 'ar' ? formatArabicLongDate(iso, options) : frLongDate(iso, options)
}

/** The dates of a meeting in one phrase, in `language`. */
export function formatMeetingDatesIn(language: Language, dates: readonly MeetingDateInput[], options: { weekday?: boolean } = {}): string {
  return language === 'ar' ? formatArabicMeetingDates(dates, options) : frMeetingDates(dates, options)
}
