import { describe, expect, it } from 'vitest'
import { plannedPeriodSchema } from '../../../shared/period'
import { cancelled, day, days, from, month, months, part, quarter, semester, tbd, weeks, year } from './helpers'

function messages(value: unknown): string[] {
  const r = plannedPeriodSchema.safeParse(value)
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe('plannedPeriodSchema', () => {
  it.each([
    day('2020-09-07'),
    day('2020-09-07', '10:30'),
    day('2020-02-29'),
    days('2020-10-19', '2020-10-27'),
    month(2020, 11),
    months(2020, 9, 11),
    months(2020, 12, 2, 2021),
    part(2020, 7, 'fin'),
    weeks(2020, 9, [3, 4]),
    weeks(2020, 2, [5]),
    quarter(2020, 4),
    semester(2021, 1),
    year(2021),
    from(2020, 10),
    tbd,
    cancelled,
  ])('accepts %o', (period) => {
    expect(plannedPeriodSchema.parse(period)).toStrictEqual(period)
  })

  it.each<[string, unknown, RegExp]>([
    ['31 February', { kind: 'day', date: '2021-02-31' }, /date réelle/],
    ['29 February of a common year', { kind: 'day', date: '2021-02-29' }, /date réelle/],
    ['an unpadded date', { kind: 'day', date: '2020-9-7' }, /aaaa-mm-jj/],
    ['a date that is not text', { kind: 'day', date: 20200907 }, /aaaa-mm-jj/],
    ['24:00', { kind: 'day', date: '2020-09-07', time: '24:00' }, /hh:mm/],
    ['10h', { kind: 'day', date: '2020-09-07', time: '10h' }, /hh:mm/],
    ['days in reverse', { kind: 'days', start: '2020-10-27', end: '2020-10-19' }, /postérieure/],
    ['a one-day range', { kind: 'days', start: '2020-10-19', end: '2020-10-19' }, /postérieure/],
    ['month 13', { kind: 'month', year: 2020, month: 13 }, /mois.*1 à 12/],
    ['month 0', { kind: 'from', year: 2020, month: 0 }, /mois.*1 à 12/],
    ['a month as text', { kind: 'month', year: 2020, month: '11' }, /Le mois doit être un nombre/],
    ['a fractional year', { kind: 'year', year: 2020.5 }, /entier/],
    ['a year out of range', { kind: 'year', year: 20020 }, /1900 et 2100/],
    ['a one-month range', { kind: 'months', year: 2020, fromMonth: 9, toMonth: 9 }, /mois de fin/],
    ['months in reverse', { kind: 'months', year: 2020, fromMonth: 11, toMonth: 9 }, /mois de fin/],
    ['toYear equal to year', { kind: 'months', year: 2020, fromMonth: 9, toYear: 2020, toMonth: 11 }, /année de fin/],
    ['toYear before year', { kind: 'months', year: 2020, fromMonth: 9, toYear: 2019, toMonth: 11 }, /année de fin/],
    ['an unknown part', { kind: 'part', year: 2020, month: 7, part: 'milieu' }, /debut.*mi.*fin/],
    ['no weeks', { kind: 'weeks', year: 2020, month: 9, weeks: [] }, /au moins une semaine/],
    ['week 6', { kind: 'weeks', year: 2020, month: 9, weeks: [6] }, /1 à 5/],
    ['week 0', { kind: 'weeks', year: 2020, month: 9, weeks: [0] }, /1 à 5/],
    ['week 5 of a 28-day February', { kind: 'weeks', year: 2021, month: 2, weeks: [5] }, /1 à 4/],
    ['weeks out of order', { kind: 'weeks', year: 2020, month: 9, weeks: [4, 3] }, /croissant/],
    ['a repeated week', { kind: 'weeks', year: 2020, month: 9, weeks: [3, 3] }, /distinctes/],
    ['quarter 5', { kind: 'quarter', year: 2020, quarter: 5 }, /trimestre/],
    ['semester 3', { kind: 'semester', year: 2020, semester: 3 }, /semestre/],
    ['an unknown kind', { kind: 'week', year: 2020 }, /type/],
    ['no kind', { year: 2020 }, /type/],
    ['not an object', 'novembre 2020', /objet est attendu/],
    ['null', null, /objet est attendu/],
    ['an unexpected key', { kind: 'tbd', comment: 'x' }, /Champ inconnu dans la période : comment/],
  ])('refuses %s, in French', (_, value, message) => {
    const found = messages(value)
    expect(found.length).toBeGreaterThan(0)
    expect(found.join(' | ')).toMatch(message)
  })

  it('points at the offending field', () => {
    const r = plannedPeriodSchema.safeParse({ kind: 'weeks', year: 2020, month: 9, weeks: [1, 7] })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(['weeks', 1])
  })
})
