/**
 * Calendar dates written in Arabic as Moroccan administrations write them: the month names of
 * CLDR ar-MA (يناير … ماي … يوليوز غشت شتنبر … نونبر دجنبر), Western digits (« الأربعاء 15 يوليوز 2020 »).
 * Same rules as french-dates.ts: calendar dates, never shifted by a local time zone.
 */
import { parseIsoDate } from './french-dates'

export const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'] as const

/** Sunday first, as `Date.getUTCDay()` counts. */
export const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const

interface CalendarDate {
  year: number
  month: number
  day: number
}

function weekdayOf(d: CalendarDate): string {
  return ARABIC_WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] ?? ''
}

function monthOf(d: CalendarDate): string {
  return ARABIC_MONTHS[d.month - 1] ?? ''
}

/** « الأربعاء 15 يوليوز 2020 »; text that is not an ISO date is returned as written. */
export function formatArabicLongDate(iso: string, options: { weekday?: boolean } = {}): string {
  const d = parseIsoDate(iso)
  if (!d) return iso
  const body = `${d.day} ${monthOf(d)} ${d.year}`
  return options.weekday === false ? body : `${weekdayOf(d)} ${body}`
}

/** « 10:00 », « 9:05 » from « HH:MM » (or « 10h30 »); other text is returned as written. */
export function formatArabicTime(time: string): string {
  const m = /^(\d{1,2})[:hH.](\d{2})$/u.exec(time.trim())
  if (!m) return time.trim()
  return `${Number(m[1])}:${m[2] ?? '00'}`
}

/** « من 10:00 إلى 12:30 », « على الساعة 10:00 », « إلى غاية 12:30 », or '' without times. */
export function formatArabicTimeRange(startTime?: string, endTime?: string): string {
  const start = startTime?.trim() ? formatArabicTime(startTime) : ''
  const end = endTime?.trim() ? formatArabicTime(endTime) : ''
  if (start && end) return `من ${start} إلى ${end}`
  if (start) return `على الساعة ${start}`
  if (end) return `إلى غاية ${end}`
  return ''
}

/** « أ »، « أ وب »، « أ، ب وج ». */
export function joinArabic(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join('، ')} و${items[items.length - 1] ?? ''}`
}

/**
 * The dates of a meeting in one phrase, like formatMeetingDates in French:
 * « الأربعاء 15 والخميس 16 يوليوز 2020 », with times « من 10:00 إلى 12:30 ».
 */
export function formatArabicMeetingDates(dates: readonly { date: string; startTime?: string; endTime?: string }[], options: { weekday?: boolean } = {}): string {
  const withWeekday = options.weekday !== false
  const unique = new Map<string, { date: string; startTime?: string; endTime?: string }>()
  for (const d of dates) if (!unique.has(d.date.trim())) unique.set(d.date.trim(), d)
  const parsed: { d: CalendarDate; times: string }[] = []
  const unparsed: string[] = []
  for (const input of unique.values()) {
    const d = parseIsoDate(input.date)
    if (d) parsed.push({ d, times: formatArabicTimeRange(input.startTime, input.endTime) })
    else unparsed.push(input.date.trim())
  }
  parsed.sort((a, b) => a.d.year - b.d.year || a.d.month - b.d.month || a.d.day - b.d.day)
  const day = (d: CalendarDate): string => (withWeekday ? `${weekdayOf(d)} ${d.day}` : String(d.day))
  const sameTimes = parsed.every(({ times }) => times === parsed[0]?.times)
  let phrase: string
  if (!sameTimes) {
    phrase = joinArabic(parsed.map(({ d, times }) => [`${day(d)} ${monthOf(d)} ${d.year}`, times].filter(Boolean).join(' ')))
  } else {
    const items = parsed.map(({ d }, k) => {
      const next = parsed[k + 1]?.d
      let item = day(d)
      if (!next || next.month !== d.month || next.year !== d.year) item += ` ${monthOf(d)}`
      if (!next || next.year !== d.year) item += ` ${d.year}`
      return item
    })
    phrase = joinArabic(items)
    const times = parsed[0]?.times ?? ''
    if (times) phrase += items.length > 1 ? `، ${times}` : ` ${times}`
  }
  return joinArabic([phrase, ...unparsed].filter(Boolean))
}
