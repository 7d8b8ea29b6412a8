import { describe, expect, it } from 'vitest'
import { comparePeriods, parsePeriod, periodBounds, slipDays, type PlannedPeriod } from '../../../shared/period'
import { cancelled, day, days, from, month, months, part, quarter, semester, tbd, weeks, year } from './helpers'

function p(text: string): PlannedPeriod {
  const r = parsePeriod(text)
  if (!r.ok) throw new Error(`not a period: ${text}`)
  return r.period
}

describe('periodBounds', () => {
  it.each<[PlannedPeriod, string, string]>([
    [day('2020-09-07', '10:00'), '2020-09-07', '2020-09-07'],
    [days('2020-10-19', '2020-10-27'), '2020-10-19', '2020-10-27'],
    [month(2020, 2), '2020-02-01', '2020-02-29'],
    [month(2021, 2), '2021-02-01', '2021-02-28'],
    [month(2000, 2), '2000-02-01', '2000-02-29'],
    [month(1900, 2), '1900-02-01', '1900-02-28'],
    [month(2100, 2), '2100-02-01', '2100-02-28'],
    [month(2020, 4), '2020-04-01', '2020-04-30'],
    [month(2020, 12), '2020-12-01', '2020-12-31'],
    [months(2020, 9, 11), '2020-09-01', '2020-11-30'],
    [months(2020, 12, 2, 2021), '2020-12-01', '2021-02-28'],
    [months(2023, 11, 2, 2024), '2023-11-01', '2024-02-29'],
    [part(2020, 7, 'debut'), '2020-07-01', '2020-07-10'],
    [part(2020, 7, 'mi'), '2020-07-11', '2020-07-20'],
    [part(2020, 7, 'fin'), '2020-07-21', '2020-07-31'],
    [part(2020, 9, 'fin'), '2020-09-21', '2020-09-30'],
    [part(2020, 2, 'fin'), '2020-02-21', '2020-02-29'],
    [part(2021, 2, 'fin'), '2021-02-21', '2021-02-28'],
    [weeks(2020, 9, [1]), '2020-09-01', '2020-09-07'],
    [weeks(2020, 9, [2]), '2020-09-08', '2020-09-14'],
    [weeks(2020, 9, [3, 4]), '2020-09-15', '2020-09-28'],
    [weeks(2020, 9, [5]), '2020-09-29', '2020-09-30'],
    [weeks(2020, 10, [5]), '2020-10-29', '2020-10-31'],
    [weeks(2020, 2, [5]), '2020-02-29', '2020-02-29'],
    [weeks(2021, 2, [4]), '2021-02-22', '2021-02-28'],
    [weeks(2020, 10, [1, 5]), '2020-10-01', '2020-10-31'],
    [quarter(2020, 1), '2020-01-01', '2020-03-31'],
    [quarter(2020, 2), '2020-04-01', '2020-06-30'],
    [quarter(2020, 3), '2020-07-01', '2020-09-30'],
    [quarter(2020, 4), '2020-10-01', '2020-12-31'],
    [semester(2021, 1), '2021-01-01', '2021-06-30'],
    [semester(2021, 2), '2021-07-01', '2021-12-31'],
    [year(2021), '2021-01-01', '2021-12-31'],
    [from(2020, 10), '2020-10-01', '2020-10-31'],
    [from(2021, 2), '2021-02-01', '2021-02-28'],
  ])('%o → %s … %s', (period, start, end) => {
    expect(periodBounds(period)).toStrictEqual({ start, end })
  })

  it('has none for « à déterminer » and « annulée »', () => {
    expect(periodBounds(tbd)).toBeNull()
    expect(periodBounds(cancelled)).toBeNull()
  })
})

describe('slipDays', () => {
  it.each<[string, string, number]>([
    ['fin juillet 2020', 'fin septembre 2020', 61],
    ['Septembre 2020', '19-27 octobre 2020', 27],
    ['novembre 2020', 'octobre 2020', -30],
    ['octobre 2020', "à partir d'octobre 2020", 0],
    ['Septembre – novembre 2020', 'Septembre- décembre 2020', 31],
    ['31/12/2020', '1er janvier 2021', 1],
    ['28 février 2020', '1er mars 2020', 2],
    ['28 février 2021', '1er mars 2021', 1],
    ['07/09/2020 à 10h', '07/09/2020 à 15h', 0],
    ['T4 2020', 'S1 2021', 181],
    ['2ème semaine de septembre 2020', '3ème & 4ème semaine de septembre 2020', 14],
  ])('« %s » → « %s » = %i days', (previous, next, expected) => {
    expect(slipDays(p(previous), p(next))).toBe(expected)
  })

  it('is null when either period has no dates', () => {
    expect(slipDays(p('novembre 2020'), tbd)).toBeNull()
    expect(slipDays(tbd, p('novembre 2020'))).toBeNull()
    expect(slipDays(p('novembre 2020'), cancelled)).toBeNull()
    expect(slipDays(tbd, cancelled)).toBeNull()
  })
})

describe('comparePeriods', () => {
  it('sorts by start, then end, undated last with « à déterminer » before « annulée »', () => {
    const texts = [
      'annulée',
      'à déterminer',
      'novembre 2020',
      '19-27 octobre 2020',
      'octobre 2020',
      '4e trimestre 2020',
      'fin juillet 2020',
      '2021',
      '1er octobre 2020',
      'pas de visibilité',
    ]
    const sorted = texts
      .map((t) => ({ t, period: p(t) }))
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((x) => x.t)
    expect(sorted).toEqual([
      'fin juillet 2020',
      '1er octobre 2020',
      'octobre 2020',
      '4e trimestre 2020',
      '19-27 octobre 2020',
      'novembre 2020',
      '2021',
      'à déterminer',
      'pas de visibilité',
      'annulée',
    ])
  })

  it('ranks periods with the same dates as equal', () => {
    expect(comparePeriods(p('octobre 2020'), p("à partir d'octobre 2020"))).toBe(0)
    expect(comparePeriods(p('07/09/2020'), p('07/09/2020 à 10h'))).toBe(0)
  })
})
