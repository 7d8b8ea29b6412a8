/**
 * Calendar dates written the French way (« mercredi 15 juillet 2020 », « 1er mars »).
 * Meeting dates are calendar dates in Africa/Casablanca stored as ISO strings: we never build a
 * local-time Date from them (that shifts the day on a machine in another zone); weekdays are
 * computed in UTC, where a calendar date is a calendar date.
 */
import { NBSP } from './typography'

export const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const

export const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const

interface CalendarDate {
  year: number
  month: number // 1-12
  day: number
}

/** Parses « yyyy-mm-dd » into a calendar date; undefined when it is not a real date. */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso.trim())
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const utc = new Date(Date.UTC(year, month - 1, day))
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined
  return { year, month, day }
}

function weekdayOf(d: CalendarDate): string {
  return FRENCH_WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] ?? ''
}

function monthOf(d: CalendarDate): string {
  return FRENCH_MONTHS[d.month - 1] ?? ''
}

/** « 1er » for the first of the month, the plain number otherwise. */
function dayOf(d: CalendarDate): string {
  return d.day === 1 ? '1er' : String(d.day)
}

/** Upper-cases the first letter (« Mercredi 15 juillet 2020 » at the start of a line). */
export function capitalizeFirst(text: string): string {
  if (text === '') return text
  const first = text.codePointAt(0) ?? 0
  const head = String.fromCodePoint(first)
  return head.toLocaleUpperCase('fr') + text.slice(head.length)
}

/** « mercredi 15 juillet 2020 » (« 1er » on the first); text that is not an ISO date is returned as written. */
export function formatLongDate(iso: string, options: { weekday?: boolean } = {}): string {
  const d = parseIsoDate(iso)
  if (!d) return iso
  const body = `${dayOf(d)} ${monthOf(d)} ${d.year}`
  return options.weekday === false ? body : `${weekdayOf(d)} ${body}`
}

/** « 10 h », « 12 h 30 », « 9 h 05 » from « HH:MM »; other text is returned as written. */
export function formatTime(time: string): string {
  const m = /^(\d{1,2})[:hH.](\d{2})$/u.exec(time.trim())
  if (!m) return time.trim()
  const hours = Number(m[1])
  const minutes = m[2] ?? '00'
  return minutes === '00' ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${minutes}`
}

/** « de 10 h à 12 h 30 », « à 10 h », « jusqu’à 12 h », or '' without times. */
export function formatTimeRange(startTime?: string, endTime?: string): string {
  const start = startTime?.trim() ? formatTime(startTime) : ''
  const end = endTime?.trim() ? formatTime(endTime) : ''
  if (start && end) return `de ${start} à ${end}`
  if (start) return `à ${start}`
  if (end) return `jusqu’à ${end}`
  return ''
}

export interface MeetingDateInput {
  date: string
  startTime?: string
  endTime?: string
}

/** « a », « a et b », « a, b et c ». */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`
}

/**
 * The dates of a meeting in one phrase: « mercredi 15 et jeudi 16 juillet 2020 »,
 * « mardi 25 juillet et mercredi 2 août 2023 », with times « de 10 h à 12 h 30 ».
 * `weekday: false` gives « 25, 26 et 27 juillet 2023 » (for a footer, or after « les »).
 * Dates are sorted and deduplicated; text that is not an ISO date is kept as written.
 */
export function formatMeetingDates(dates: readonly MeetingDateInput[], options: { weekday?: boolean } = {}): string {
  const withWeekday = options.weekday !== false
  const unique = new Map<string, MeetingDateInput>()
  for (const d of dates) if (!unique.has(d.date.trim())) unique.set(d.date.trim(), d)
  const parsed: { d: CalendarDate; input: MeetingDateInput }[] = []
  const unparsed: string[] = []
  for (const input of unique.values()) {
    const d = parseIsoDate(input.date)
    if (d) parsed.push({ d, input })
    else unparsed.push(input.date.trim())
  }
  parsed.sort((a, b) => a.d.year - b.d.year || a.d.month - b.d.month || a.d.day - b.d.day)

  const times = parsed.map(({ input }) => formatTimeRange(input.startTime, input.endTime))
  const sameTimes = times.every((t) => t === times[0])
  const day = (d: CalendarDate): string => (withWeekday ? `${weekdayOf(d)} ${dayOf(d)}` : dayOf(d))

  let phrase: string
  if (!sameTimes) {
    // Different hours each day: each date in full with its hours, clearer than a compact list.
    phrase = joinFrench(
      parsed.map(({ d }, k) => [`${day(d)} ${monthOf(d)} ${d.year}`, times[k] ?? ''].filter(Boolean).join(' ')),
    )
  } else {
    // Name a month only after its last day, and a year only after its last month.
    const items = parsed.map(({ d }, k) => {
      const next = parsed[k + 1]?.d
      const lastOfMonth = !next || next.month !== d.month || next.year !== d.year
      const lastOfYear = !next || next.year !== d.year
      let item = day(d)
      if (lastOfMonth) item += ` ${monthOf(d)}`
      if (lastOfYear) item += ` ${d.year}`
      return item
    })
    phrase = joinFrench(items)
    const t = times[0] ?? ''
    if (t) phrase += items.length > 1 ? `, ${t}` : ` ${t}`
  }
  return joinFrench([phrase, ...unparsed].filter(Boolean))
}
