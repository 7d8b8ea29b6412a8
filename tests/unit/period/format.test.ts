import { describe, expect, it } from 'vitest'
import { describeInput, displayPeriod, formatPeriod, parsePeriod, type PlannedPeriod } from '../../../shared/period'
import { cancelled, day, days, from, month, months, part, quarter, semester, tbd, weeks, year } from './helpers'

describe('formatPeriod writes clean French', () => {
  it.each<[PlannedPeriod, string]>([
    [day('2020-09-07', '10:00'), '7 septembre 2020 à 10 h'],
    [day('2020-09-07', '10:30'), '7 septembre 2020 à 10 h 30'],
    [day('2020-09-07', '09:05'), '7 septembre 2020 à 9 h 05'],
    [day('2020-09-07', '00:00'), '7 septembre 2020 à 0 h'],
    [day('2025-03-01'), '1er mars 2025'],
    [day('2020-07-30'), '30 juillet 2020'],
    [days('2020-10-19', '2020-10-27'), '19-27 octobre 2020'],
    [days('2020-03-01', '2020-03-05'), '1er-5 mars 2020'],
    [days('2020-09-28', '2020-10-02'), 'du 28 septembre au 2 octobre 2020'],
    [days('2020-09-30', '2020-10-01'), 'du 30 septembre au 1er octobre 2020'],
    [days('2020-12-28', '2021-01-02'), 'du 28 décembre 2020 au 2 janvier 2021'],
    [month(2020, 11), 'novembre 2020'],
    [month(2020, 8), 'août 2020'],
    [months(2020, 9, 11), 'septembre-novembre 2020'],
    [months(2020, 12, 2, 2021), 'décembre 2020-février 2021'],
    [part(2020, 7, 'debut'), 'début juillet 2020'],
    [part(2020, 7, 'mi'), 'mi-juillet 2020'],
    [part(2020, 7, 'fin'), 'fin juillet 2020'],
    [weeks(2020, 9, [2]), '2e semaine de septembre 2020'],
    [weeks(2020, 9, [3, 4]), '3e et 4e semaines de septembre 2020'],
    [weeks(2020, 10, [1]), "1re semaine d'octobre 2020"],
    [weeks(2020, 8, [1, 2, 5]), "1re, 2e et 5e semaines d'août 2020"],
    [weeks(2021, 4, [4]), "4e semaine d'avril 2021"],
    [quarter(2020, 4), '4e trimestre 2020'],
    [quarter(2021, 1), '1er trimestre 2021'],
    [semester(2021, 1), '1er semestre 2021'],
    [semester(2021, 2), '2e semestre 2021'],
    [year(2021), '2021'],
    [from(2020, 10), "à partir d'octobre 2020"],
    [from(2020, 6), 'à partir de juin 2020'],
    [tbd, 'à déterminer'],
    [cancelled, 'annulée'],
  ])('%o → « %s »', (period, text) => {
    expect(formatPeriod(period)).toBe(text)
    expect(parsePeriod(text)).toStrictEqual({ ok: true, period })
  })

  it('refuses to print a date that does not exist rather than print nonsense', () => {
    expect(() => formatPeriod(day('2021-02-31'))).toThrow(RangeError)
  })
})

describe('displayPeriod and describeInput', () => {
  it('show the clean period when the text parses', () => {
    expect(displayPeriod(parsePeriod('  Septembre – novembre 2020 '))).toBe('septembre-novembre 2020')
    expect(describeInput('3ème & 4ème semaine de septembre 2020')).toBe('3e et 4e semaines de septembre 2020')
    expect(describeInput('07/09/2020 à 10h')).toBe('7 septembre 2020 à 10 h')
    expect(describeInput('fin juillet', { defaultYear: 2020 })).toBe('fin juillet 2020')
  })

  it('show the text exactly as written when it does not', () => {
    expect(displayPeriod(parsePeriod('bientôt '))).toBe('bientôt ')
    expect(describeInput('voir avec les 7 départements restants')).toBe('voir avec les 7 départements restants')
    expect(describeInput('fin juillet')).toBe('fin juillet')
  })
})
