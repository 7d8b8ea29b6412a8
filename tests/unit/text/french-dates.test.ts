import { describe, expect, it } from 'vitest'
import {
  capitalizeFirst,
  formatLongDate,
  formatMeetingDates,
  formatTime,
  formatTimeRange,
  parseIsoDate,
} from '../../../shared/text/french-dates'

// The functions put no-break spaces inside times; compare with plain spaces for readability.
const plain = (s: string): string => s.replace(/[\u00A0\u202F]/gu, ' ')

describe('formatLongDate', () => {
  it('writes the weekday, day, month and year', () => {
    expect(formatLongDate('2020-07-15')).toBe('mercredi 15 juillet 2020')
  })

  it('writes « 1er » for the first of the month', () => {
    expect(formatLongDate('2026-03-01')).toBe('dimanche 1er mars 2026')
    expect(formatLongDate('2025-03-01')).toBe('samedi 1er mars 2025')
  })

  it('can leave the weekday out', () => {
    expect(formatLongDate('2023-08-02', { weekday: false })).toBe('2 août 2023')
  })

  it('does not depend on the machine time zone (31 December stays 31 December)', () => {
    expect(formatLongDate('2025-12-31')).toBe('mercredi 31 décembre 2025')
    expect(formatLongDate('2024-02-29')).toBe('jeudi 29 février 2024')
  })

  it('keeps text that is not a date as written', () => {
    expect(formatLongDate('fin juillet 2020')).toBe('fin juillet 2020')
    expect(parseIsoDate('2023-02-30')).toBeUndefined()
  })
})

describe('capitalizeFirst', () => {
  it('capitalises the first letter, accents included', () => {
    expect(capitalizeFirst('mercredi 15 juillet 2020')).toBe('Mercredi 15 juillet 2020')
    expect(capitalizeFirst('état')).toBe('État')
    expect(capitalizeFirst('')).toBe('')
  })
})

describe('times', () => {
  it('writes hours the French way', () => {
    expect(plain(formatTime('10:00'))).toBe('10 h')
    expect(plain(formatTime('12:30'))).toBe('12 h 30')
    expect(plain(formatTime('09:05'))).toBe('9 h 05')
    expect(plain(formatTimeRange('10:00', '12:30'))).toBe('de 10 h à 12 h 30')
    expect(plain(formatTimeRange('10:00'))).toBe('à 10 h')
    expect(formatTimeRange()).toBe('')
  })
})

describe('formatMeetingDates', () => {
  it('writes one date', () => {
    expect(formatMeetingDates([{ date: '2020-07-15' }])).toBe('mercredi 15 juillet 2020')
  })

  it('writes one date with its hours', () => {
    expect(plain(formatMeetingDates([{ date: '2020-07-15', startTime: '10:00', endTime: '12:30' }]))).toBe(
      'mercredi 15 juillet 2020 de 10 h à 12 h 30',
    )
  })

  it('names the month once for two days of the same month', () => {
    expect(formatMeetingDates([{ date: '2020-07-15' }, { date: '2020-07-16' }])).toBe(
      'mercredi 15 et jeudi 16 juillet 2020',
    )
  })

  it('lists three days with commas and « et »', () => {
    const dates = [{ date: '2023-07-27' }, { date: '2023-07-25' }, { date: '2023-07-26' }]
    expect(formatMeetingDates(dates)).toBe('mardi 25, mercredi 26 et jeudi 27 juillet 2023')
    expect(formatMeetingDates(dates, { weekday: false })).toBe('25, 26 et 27 juillet 2023')
  })

  it('names each month across months, the year once', () => {
    expect(formatMeetingDates([{ date: '2023-07-25' }, { date: '2023-08-02' }])).toBe(
      'mardi 25 juillet et mercredi 2 août 2023',
    )
  })

  it('names each year across years', () => {
    expect(formatMeetingDates([{ date: '2025-12-31' }, { date: '2026-01-01' }])).toBe(
      'mercredi 31 décembre 2025 et jeudi 1er janvier 2026',
    )
  })

  it('puts shared hours once, different hours with each day', () => {
    const same = [
      { date: '2020-07-15', startTime: '10:00', endTime: '12:30' },
      { date: '2020-07-16', startTime: '10:00', endTime: '12:30' },
    ]
    expect(plain(formatMeetingDates(same))).toBe('mercredi 15 et jeudi 16 juillet 2020, de 10 h à 12 h 30')
    const different = [
      { date: '2020-07-15', startTime: '10:00', endTime: '12:00' },
      { date: '2020-07-16', startTime: '09:00' },
    ]
    expect(plain(formatMeetingDates(different))).toBe(
      'mercredi 15 juillet 2020 de 10 h à 12 h et jeudi 16 juillet 2020 à 9 h',
    )
  })

  it('drops duplicates and keeps unparseable text', () => {
    expect(formatMeetingDates([{ date: '2020-07-15' }, { date: '2020-07-15' }])).toBe('mercredi 15 juillet 2020')
    expect(formatMeetingDates([{ date: '2020-07-15' }, { date: 'à déterminer' }])).toBe(
      'mercredi 15 juillet 2020 et à déterminer',
    )
    expect(formatMeetingDates([])).toBe('')
  })
})
