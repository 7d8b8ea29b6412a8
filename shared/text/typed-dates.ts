/**
 * Dates and times as a secretary types them, whatever the browser's language:
 * « 15/07/2020 », « 15-7-20 », « 15 juillet 2020 », « mercredi 1er juillet 2020 », « 2020-07-15 »,
 * and in Arabic « 15 يوليوز 2020 », « الأربعاء 15 يوليوز 2020 » (the ar-MA months; the Mashriq
 * names يوليو, أغسطس… too), Arabic-Indic digits read as Western ones;
 * « 10:30 », « 10h30 », « 10 h », « 9.30 ». Shown back as « 15/07/2020 » and « 10:30 » (24-hour).
 */
import { ARABIC_MONTHS, ARABIC_WEEKDAYS } from './arabic-dates'
import { FRENCH_MONTHS, FRENCH_WEEKDAYS, parseIsoDate } from './french-dates'
import { foldText } from './fold'

const pad = (n: number) => String(n).padStart(2, '0')

function iso(year: number, month: number, day: number): string | null {
  if (year < 100) year += year < 70 ? 2000 : 1900
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
  return parseIsoDate(text) && year >= 1900 && year <= 2200 ? text : null
}

// The Mashriq names, which many also type (أبريل folds to ابريل, as إبريل does).
const MASHRIQ_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']

// « janv. », « fev », « sept. », « aout » all name their month. Arabic names are whole words
// only: three letters of one (يون, يول) say too little.
const MONTH_WORDS: [string, number][] = [
  ...FRENCH_MONTHS.flatMap((m, i) => {
    const folded = foldText(m)
    return [[folded, i + 1] as [string, number], [folded.slice(0, 3), i + 1] as [string, number], [folded.slice(0, 4), i + 1] as [string, number]]
  }),
  ...[...ARABIC_MONTHS, ...MASHRIQ_MONTHS].map((m, i): [string, number] => [foldText(m), (i % 12) + 1]),
]

const WEEKDAYS = [...FRENCH_WEEKDAYS, ...ARABIC_WEEKDAYS.map(foldText), foldText('الإثنين')].join('|')

function monthNumber(word: string): number | undefined {
  const w = foldText(word).replace(/\.$/u, '')
  return MONTH_WORDS.find(([name]) => name === w)?.[1]
}

/** The ISO date (yyyy-mm-dd) of a typed French or Arabic date; null when it names no real day. */
export function parseTypedDate(text: string): string | null {
  // Folded: lower case, no accents or harakat, Arabic-Indic digits as 0-9.
  const t = foldText(text)
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t)
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]))
  const numeric = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/u.exec(t)
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
  const compact = /^(\d{2})(\d{2})(\d{4})$/u.exec(t)
  if (compact) return iso(Number(compact[3]), Number(compact[2]), Number(compact[1]))
  const words = new RegExp(`^(?:(?:${WEEKDAYS})\\.?[,،]?\\s+)?(\\d{1,2})\\s*(?:er|re)?\\s+([\\p{L}.]+)\\s+(\\d{2}|\\d{4})$`, 'u').exec(t)
  if (words) {
    const month = monthNumber(words[2] ?? '')
    if (month) return iso(Number(words[3]), month, Number(words[1]))
  }
  return null
}

/** « 15/07/2020 » for an ISO date; other text is given back as it is. */
export function formatShortDate(isoDate: string): string {
  const d = parseIsoDate(isoDate)
  return d ? `${pad(d.day)}/${pad(d.month)}/${d.year}` : isoDate
}

/** The time « HH:MM » (24-hour) of a typed time: « 9h », « 9 h 30 », « 09:30 », « 930 », « 21.05 »; null otherwise. */
export function parseTypedTime(text: string): string | null {
  const t = foldText(text).replace(/\s+/gu, '')
  const match = /^(\d{1,2})(?:(?:h|:|\.)(\d{2})?|h?(\d{2}))?$/u.exec(t)
  if (!match || (t.length === 3 && !/[h:.]/u.test(t) && match[3] === undefined)) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? match[3] ?? 0)
  if (hours > 23 || minutes > 59) return null
  if (/^\d{3,4}$/u.test(t) && match[3] === undefined) return null
  return `${pad(hours)}:${pad(minutes)}`
}
