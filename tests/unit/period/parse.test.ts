import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_YEAR, MIN_YEAR, parsePeriod, type PlannedPeriod } from '../../../shared/period'
import { isRealDate, toIsoDate } from '../../../shared/period/calendar'
import { MONTH_NAMES } from '../../../shared/period/french'
import { cancelled, day, days, from, month, months, part, quarter, semester, tbd, weeks, year } from './helpers'

describe('parsePeriod tolerates how people write', () => {
  it.each<[string, PlannedPeriod]>([
    // case, accents, spaces, dashes
    ['DÉCEMBRE 2020', month(2020, 12)],
    ['decembre 2020', month(2020, 12)],
    ['novembre  2020', month(2020, 11)],
    ['\tnovembre\u00a02020 ', month(2020, 11)],
    ['Septembre — novembre 2020', months(2020, 9, 11)],
    ['septembre–novembre 2020', months(2020, 9, 11)],
    ['SEPTEMBRE - NOVEMBRE 2020', months(2020, 9, 11)],
    // abbreviations
    ['oct. 2020', month(2020, 10)],
    ['Sept. 2020', month(2020, 9)],
    ['sept 2020', month(2020, 9)],
    ['janv. 2021', month(2021, 1)],
    ['févr. 2021', month(2021, 2)],
    ['déc. 2020', month(2020, 12)],
    ['sept. – nov. 2020', months(2020, 9, 11)],
    ['fin sept. 2020', part(2020, 9, 'fin')],
    ['09/2020', month(2020, 9)],
    // fillers
    ['au mois de septembre 2020', month(2020, 9)],
    ['courant novembre 2020', month(2020, 11)],
    ["le mois d'octobre 2020", month(2020, 10)],
    ['en 2021', year(2021)],
    ['courant 2021', year(2021)],
    ['2021', year(2021)],
    // days
    ['13 mars 2020', day('2020-03-13')],
    ['1er mars 2025', day('2025-03-01')],
    ['1 er mars 2025', day('2025-03-01')],
    ['1ᵉʳ mars 2025', day('2025-03-01')],
    ['le 1er mars 2025', day('2025-03-01')],
    ['mercredi 15 juillet 2020', day('2020-07-15')],
    ['07.09.2020', day('2020-09-07')],
    ['07-09-2020', day('2020-09-07')],
    ['7/9/2020', day('2020-09-07')],
    ['07/09/20', day('2020-09-07')],
    ['2020-09-07', day('2020-09-07')],
    ['29/02/2020', day('2020-02-29')],
    ['29/02/2000', day('2000-02-29')],
    // days with a time
    ['07/09/2020 à 10h30', day('2020-09-07', '10:30')],
    ['07/09/2020 à 10 h 30', day('2020-09-07', '10:30')],
    ['07/09/2020 A 10H', day('2020-09-07', '10:00')],
    ['7/9/2020 10:30', day('2020-09-07', '10:30')],
    ['07/09/2020, 9h05', day('2020-09-07', '09:05')],
    ['7 septembre 2020 à 10 heures', day('2020-09-07', '10:00')],
    ['7 septembre 2020 à 0 h', day('2020-09-07', '00:00')],
    // ranges of days
    ['du 19 au 27 octobre 2020', days('2020-10-19', '2020-10-27')],
    ['19 au 27 octobre 2020', days('2020-10-19', '2020-10-27')],
    ['19 – 27 octobre 2020', days('2020-10-19', '2020-10-27')],
    ['entre le 19 et le 27 octobre 2020', days('2020-10-19', '2020-10-27')],
    ['du 1er au 5 mars 2020', days('2020-03-01', '2020-03-05')],
    ['1er-5 mars 2020', days('2020-03-01', '2020-03-05')],
    ['du 28 septembre au 2 octobre 2020', days('2020-09-28', '2020-10-02')],
    ['28 septembre - 2 octobre 2020', days('2020-09-28', '2020-10-02')],
    ['du 28/09/2020 au 02/10/2020', days('2020-09-28', '2020-10-02')],
    ['28/09 - 02/10/2020', days('2020-09-28', '2020-10-02')],
    ['du 28 décembre 2020 au 2 janvier 2021', days('2020-12-28', '2021-01-02')],
    // ranges of months
    ['de septembre à novembre 2020', months(2020, 9, 11)],
    ["d'octobre à décembre 2020", months(2020, 10, 12)],
    ['septembre 2020 à novembre 2020', months(2020, 9, 11)],
    ['Novembre 2020 – février 2021', months(2020, 11, 2, 2021)],
    ['de novembre 2020 à février 2021', months(2020, 11, 2, 2021)],
    // parts of a month
    ['début juillet 2020', part(2020, 7, 'debut')],
    ['debut juillet 2020', part(2020, 7, 'debut')],
    ['Début de juillet 2020', part(2020, 7, 'debut')],
    ['mi-juillet 2020', part(2020, 7, 'mi')],
    ['mi juillet 2020', part(2020, 7, 'mi')],
    ['Mi- Juillet 2020', part(2020, 7, 'mi')],
    ['milieu de juillet 2020', part(2020, 7, 'mi')],
    ["fin d'août 2020", part(2020, 8, 'fin')],
    ['fin aout 2020', part(2020, 8, 'fin')],
    // weeks
    ["1ère semaine d'octobre 2020", weeks(2020, 10, [1])],
    ['1re semaine d’octobre 2020', weeks(2020, 10, [1])],
    ["première semaine d'octobre 2020", weeks(2020, 10, [1])],
    ['2e semaine de septembre 2020', weeks(2020, 9, [2])],
    ['2eme semaine de septembre 2020', weeks(2020, 9, [2])],
    ['2nd semaine de septembre 2020', weeks(2020, 9, [2])],
    ['2ᵉ semaine de septembre 2020', weeks(2020, 9, [2])],
    ['la deuxième semaine de septembre 2020', weeks(2020, 9, [2])],
    ['3e et 4e semaines de septembre 2020', weeks(2020, 9, [3, 4])],
    ['3ème-4ème semaine de septembre 2020', weeks(2020, 9, [3, 4])],
    ['4ème & 3ème semaine de septembre 2020', weeks(2020, 9, [3, 4])],
    ['semaines 3 et 4 de septembre 2020', weeks(2020, 9, [3, 4])],
    ['1re, 2e et 5e semaines de septembre 2020', weeks(2020, 9, [1, 2, 5])],
    ['5e semaine de février 2020', weeks(2020, 2, [5])],
    // quarters and semesters
    ['T4 2020', quarter(2020, 4)],
    ['t4-2020', quarter(2020, 4)],
    ['4ème trimestre 2020', quarter(2020, 4)],
    ['4e trimestre 2020', quarter(2020, 4)],
    ['quatrième trimestre 2020', quarter(2020, 4)],
    ['1er trimestre de 2021', quarter(2021, 1)],
    ['S1 2021', semester(2021, 1)],
    ['s2-2021', semester(2021, 2)],
    ['1er semestre 2021', semester(2021, 1)],
    ['premier semestre 2021', semester(2021, 1)],
    ['second semestre 2021', semester(2021, 2)],
    ['2nd semestre 2021', semester(2021, 2)],
    // open start, undecided, cancelled
    ['A PARTIR D’OCTOBRE 2020', from(2020, 10)],
    ['dès octobre 2020', from(2020, 10)],
    ['à partir du mois de juin 2020', from(2020, 6)],
    ['à déterminer', tbd],
    ['A déterminer', tbd],
    ['a determiner', tbd],
    ['date à définir', tbd],
    ['pas de visibilité', tbd],
    ['Pas de visibilité.', tbd],
    ['non planifiée', tbd],
    ['annulé', cancelled],
    ['Annulée', cancelled],
    ['ANNULÉ', cancelled],
    ['annulées', cancelled],
  ])('« %s »', (text, period) => {
    expect(parsePeriod(text)).toStrictEqual({ ok: true, period })
  })
})

describe('parsePeriod keeps what it cannot read, verbatim, flagged « à préciser »', () => {
  it.each([
    'bientôt',
    '???',
    '32/13/2020',
    '',
    '   ',
    '  bientôt  ',
    '31/02/2021',
    '29/02/2021',
    '29/02/1900',
    '30 février 2020',
    '31 avril 2020',
    '00/01/2020',
    '13/2020',
    'T5 2020',
    'S3 2021',
    '0e trimestre 2020',
    '6e semaine de septembre 2020',
    '5e semaine de février 2021',
    'novembre 1850',
    'novembre 2150',
    '27-19 octobre 2020',
    '5-5 mars 2020',
    'novembre-septembre 2020',
    'décembre 2020 - mars 2020',
    'fin',
    'lundi 15 juillet 2020',
    '07/09/2020 à 25h',
    '07/09/2020 à 10h75',
    'juillet',
    'fin juillet',
    '19-27 octobre',
    'semaine prochaine',
    'du 19 au 27 octobre 2020 à 10h',
    'Mars et septembre',
    'novembre 2020 et octobre 2020',
    'x'.repeat(500),
  ])('« %s »', (text) => {
    expect(parsePeriod(text)).toStrictEqual({ ok: false, text, flag: 'a_preciser' })
  })
})

describe('parsePeriod with a default year', () => {
  const opts = { defaultYear: 2020 }
  it.each<[string, PlannedPeriod]>([
    ['fin juillet', part(2020, 7, 'fin')],
    ['juillet', month(2020, 7)],
    ['T4', quarter(2020, 4)],
    ['S2', semester(2020, 2)],
    ['19-27 octobre', days('2020-10-19', '2020-10-27')],
    ['du 28 septembre au 2 octobre', days('2020-09-28', '2020-10-02')],
    ['Septembre – novembre', months(2020, 9, 11)],
    ["à partir d'octobre", from(2020, 10)],
    ['2ème semaine de septembre', weeks(2020, 9, [2])],
    ['07/09 à 10h', day('2020-09-07', '10:00')],
    ['13 mars', day('2020-03-13')],
    ['juillet 2021', month(2021, 7)],
    ['07/09/2021', day('2021-09-07')],
    ['novembre 2020 - février 2021', months(2020, 11, 2, 2021)],
  ])('« %s »', (text, period) => {
    expect(parsePeriod(text, opts)).toStrictEqual({ ok: true, period })
  })

  it('still refuses a range whose single year would run backwards', () => {
    expect(parsePeriod('novembre - février', opts)).toStrictEqual({
      ok: false,
      text: 'novembre - février',
      flag: 'a_preciser',
    })
  })
})

describe('parsePeriod on every numeric and written date near the calendar edges', () => {
  const near = fc.tuple(
    fc.integer({ min: 0, max: 35 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: MIN_YEAR - 10, max: MAX_YEAR + 10 }),
  )
  const valid = (d: number, m: number, y: number): boolean => isRealDate(y, m, d) && y >= MIN_YEAR && y <= MAX_YEAR

  it('reads dd/mm/yyyy exactly when it is a real date', () => {
    fc.assert(
      fc.property(near, ([d, m, y]) => {
        const text = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
        const expected = valid(d, m, y)
          ? { ok: true, period: day(toIsoDate(y, m, d)) }
          : { ok: false, text, flag: 'a_preciser' }
        expect(parsePeriod(text)).toStrictEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })

  it('reads « d mois yyyy » exactly when it is a real date', () => {
    fc.assert(
      fc.property(
        near.filter(([, m]) => m >= 1 && m <= 12),
        ([d, m, y]) => {
          const text = `${d} ${MONTH_NAMES[m - 1] ?? ''} ${y}`
          const expected = valid(d, m, y)
            ? { ok: true, period: day(toIsoDate(y, m, d)) }
            : { ok: false, text, flag: 'a_preciser' }
          expect(parsePeriod(text)).toStrictEqual(expected)
        },
      ),
      { numRuns: 3000 },
    )
  })
})
