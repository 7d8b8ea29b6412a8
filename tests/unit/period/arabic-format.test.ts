import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayPeriodIn, formatPeriod, formatPeriodIn, parsePeriod, type PlannedPeriod } from '../../../shared/period'
import { plannedPeriodArb } from './arbitraries'
import { cancelled, cancelledNote, day, days, deadline, fortnight, from, month, months, part, quarter, range, semester, set, tbd, weekOf, weeks, year, yearPart } from './helpers'

describe('formatPeriodIn writes a period in Arabic for an Arabic document', () => {
  it.each<[PlannedPeriod, string]>([
    [day('2020-09-07'), '7 شتنبر 2020'],
    [day('2020-09-07', '10:30'), '7 شتنبر 2020 على الساعة 10:30'],
    [days('2020-10-19', '2020-10-27'), '19-27 أكتوبر 2020'],
    [days('2020-09-28', '2020-10-02'), 'من 28 شتنبر إلى 2 أكتوبر 2020'],
    [days('2020-12-28', '2021-01-02'), 'من 28 دجنبر 2020 إلى 2 يناير 2021'],
    [month(2021, 3), 'مارس 2021'],
    [month(2020, 8), 'غشت 2020'],
    [months(2020, 9, 11), 'من شتنبر إلى نونبر 2020'],
    [months(2020, 12, 2, 2021), 'من دجنبر 2020 إلى فبراير 2021'],
    [part(2021, 3, 'fin'), 'نهاية مارس 2021'],
    [part(2020, 7, 'debut'), 'بداية يوليوز 2020'],
    [part(2020, 5, 'mi'), 'منتصف ماي 2020'],
    [weeks(2020, 9, [2]), 'الأسبوع الثاني من شتنبر 2020'],
    [weeks(2020, 9, [3, 4]), 'الأسبوعان الثالث والرابع من شتنبر 2020'],
    [weeks(2020, 8, [1, 2, 5]), 'الأسابيع الأول، الثاني والخامس من غشت 2020'],
    [quarter(2021, 2), 'الفصل الثاني من سنة 2021'],
    [semester(2021, 1), 'النصف الأول من سنة 2021'],
    [year(2021), 'سنة 2021'],
    [from(2020, 10), 'ابتداء من أكتوبر 2020'],
    [yearPart(2020, 'fin'), 'نهاية سنة 2020'],
    [fortnight(2020, 9, 2), 'النصف الثاني من شتنبر 2020'],
    [weekOf('2020-09-14'), 'أسبوع 14 شتنبر 2020'],
    [range(part(2019, 2, 'mi'), part(2019, 3, 'mi')), 'من منتصف فبراير إلى منتصف مارس 2019'],
    [range(quarter(2020, 4), quarter(2021, 1)), 'من الفصل الرابع من سنة 2020 إلى الفصل الأول من سنة 2021'],
    [set(month(2019, 3), month(2019, 9)), 'مارس وشتنبر 2019'],
    [set(day('2023-08-02'), day('2023-08-07'), day('2023-08-09')), '2، 7 و9 غشت 2023'],
    [deadline(part(2020, 11, 'fin')), 'في أجل أقصاه نهاية نونبر 2020'],
    [deadline(day('2020-09-20'), true), 'قبل 20 شتنبر 2020'],
    [tbd, 'سيحدد لاحقا'],
    [cancelled, 'ملغاة'],
    [cancelledNote('car le projet est abandonné'), 'ملغاة (car le projet est abandonné)'],
  ])('%o → « %s »', (period, text) => {
    expect(formatPeriodIn('ar', period)).toBe(text)
  })

  it('reads the French the secretariat typed and prints it in Arabic', () => {
    expect(displayPeriodIn('ar', parsePeriod('fin mars 2021'))).toBe('نهاية مارس 2021')
    expect(displayPeriodIn('ar', parsePeriod('T2 2021'))).toBe('الفصل الثاني من سنة 2021')
    expect(displayPeriodIn('fr', parsePeriod('T2 2021'))).toBe('2e trimestre 2021')
  })

  it('keeps text that is not a period as the user wrote it, in either language', () => {
    expect(displayPeriodIn('ar', parsePeriod('بعد المصادقة على القانون'))).toBe('بعد المصادقة على القانون')
    expect(displayPeriodIn('ar', parsePeriod('dès que possible'))).toBe('dès que possible')
  })

  it('never leaves a French word in the Arabic text of any period without a note', () => {
    fc.assert(
      fc.property(
        plannedPeriodArb.filter((p) => !('note' in p)),
        (p) => {
          const text = formatPeriodIn('ar', p)
          expect(text).not.toMatch(/\p{Script=Latin}/u)
          expect(text).toMatch(/\p{Script=Arabic}|^\d{4}$/u)
          expect(formatPeriodIn('fr', p)).toBe(formatPeriod(p))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
