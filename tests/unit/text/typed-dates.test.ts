import { describe, expect, it } from 'vitest'
import { formatShortDate, parseTypedDate, parseTypedTime } from '../../../shared/text/typed-dates'

describe('dates typed the French way', () => {
  it('reads day/month/year and French month names into the same day', () => {
    for (const typed of [
      '15/07/2020',
      '15/7/2020',
      '15-07-2020',
      '15.07.20',
      '15 07 2020',
      '15072020',
      '2020-07-15',
      '15 juillet 2020',
      '15 JUILLET 2020',
      'mercredi 15 juillet 2020',
      '15 juil. 2020',
    ]) {
      expect(parseTypedDate(typed), typed).toBe('2020-07-15')
    }
    expect(parseTypedDate('1er mars 2025')).toBe('2025-03-01')
    expect(parseTypedDate('3 août 2023')).toBe('2023-08-03')
    expect(parseTypedDate('3 aout 2023')).toBe('2023-08-03')
  })

  it('reads Arabic dates with the Moroccan (ar-MA) month names, a weekday or Arabic-Indic digits', () => {
    const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر']
    months.forEach((month, i) => {
      expect(parseTypedDate(`3 ${month} 2021`), month).toBe(`2021-${String(i + 1).padStart(2, '0')}-03`)
    })
    for (const typed of ['15 يوليوز 2020', 'الأربعاء 15 يوليوز 2020', 'الأربعاء، 15 يوليوز 2020', '١٥ يوليوز ٢٠٢٠', '15 يوليو 2020', '١٥/٠٧/٢٠٢٠']) {
      expect(parseTypedDate(typed), typed).toBe('2020-07-15')
    }
    expect(parseTypedDate('1 ابريل 2024')).toBe('2024-04-01')
    expect(parseTypedDate('30 فبراير 2024')).toBeNull()
    expect(parseTypedDate('15 يول 2020')).toBeNull()
  })

  it('reads 07/15/2020 as no date at all rather than a wrong one, and refuses days that do not exist', () => {
    expect(parseTypedDate('07/15/2020')).toBeNull()
    expect(parseTypedDate('31/02/2021')).toBeNull()
    expect(parseTypedDate('15 juillot 2020')).toBeNull()
    expect(parseTypedDate('')).toBeNull()
  })

  it('shows an ISO date back as day/month/year', () => {
    expect(formatShortDate('2020-07-15')).toBe('15/07/2020')
    expect(formatShortDate('')).toBe('')
  })
})

describe('times typed the French way', () => {
  it('reads 24-hour times with h, colon or point', () => {
    expect(parseTypedTime('10:30')).toBe('10:30')
    expect(parseTypedTime('10h30')).toBe('10:30')
    expect(parseTypedTime('10 h 30')).toBe('10:30')
    expect(parseTypedTime('9h')).toBe('09:00')
    expect(parseTypedTime('9')).toBe('09:00')
    expect(parseTypedTime('21.05')).toBe('21:05')
    expect(parseTypedTime('17:00')).toBe('17:00')
  })

  it('refuses what is not a time of day', () => {
    expect(parseTypedTime('24:00')).toBeNull()
    expect(parseTypedTime('10:75')).toBeNull()
    expect(parseTypedTime('midi')).toBeNull()
    expect(parseTypedTime('10:30 PM')).toBeNull()
  })
})
