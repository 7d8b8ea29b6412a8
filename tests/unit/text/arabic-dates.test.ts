import { describe, expect, it } from 'vitest'
import { ARABIC_MONTHS, formatArabicLongDate, formatArabicMeetingDates } from '../../../shared/text/arabic-dates'
import { formatLongDateIn, formatMeetingDatesIn } from '../../../shared/text/dates'

describe('Arabic dates (ar-MA)', () => {
  it('uses the Moroccan month names of CLDR ar-MA', () => {
    expect(ARABIC_MONTHS.join(' ')).toBe('يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر')
    // The same names as the platform's own ar-MA calendar, so both agree wherever Intl is used.
    const intl = new Intl.DateTimeFormat('ar-MA-u-nu-latn', { month: 'long', timeZone: 'UTC' })
    expect(ARABIC_MONTHS.map((_, i) => intl.format(new Date(Date.UTC(2020, i, 15))))).toEqual([...ARABIC_MONTHS])
  })

  it('writes a long date with its weekday and Western digits', () => {
    expect(formatArabicLongDate('2020-07-15')).toBe('الأربعاء 15 يوليوز 2020')
    expect(formatArabicLongDate('2023-08-01', { weekday: false })).toBe('1 غشت 2023')
    expect(formatArabicLongDate('2020-02-30')).toBe('2020-02-30')
  })

  it('groups the days of a meeting by month and year, with the hours', () => {
    expect(formatArabicMeetingDates([{ date: '2020-07-16' }, { date: '2020-07-15' }])).toBe('الأربعاء 15 والخميس 16 يوليوز 2020')
    expect(formatArabicMeetingDates([{ date: '2020-07-15', startTime: '10:00', endTime: '12:30' }])).toBe('الأربعاء 15 يوليوز 2020 من 10:00 إلى 12:30')
    expect(formatArabicMeetingDates([{ date: '2023-07-31' }, { date: '2023-08-01' }], { weekday: false })).toBe('31 يوليوز و1 غشت 2023')
  })

  it('follows the language asked for', () => {
    expect(formatLongDateIn('fr', '2020-07-15')).toBe('mercredi 15 juillet 2020')
    expect(formatLongDateIn('ar', '2020-07-15')).toBe('الأربعاء 15 يوليوز 2020')
    expect(formatMeetingDatesIn('ar', [{ date: '2020-12-01' }], { weekday: false })).toBe('1 دجنبر 2020')
    expect(formatMeetingDatesIn('fr', [{ date: '2020-12-01' }], { weekday: false })).toBe('1er décembre 2020')
  })
})
