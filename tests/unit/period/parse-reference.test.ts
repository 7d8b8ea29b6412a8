// Every date phrase of the two reference documents (shared/reference), as written there — case,
// stray spaces, line breaks and surrounding parentheses included.
import { describe, expect, it } from 'vitest'
import { formatPeriod, parsePeriod } from '../../../shared/period'
import type { PlannedPeriod } from '../../../shared/period'
import {
  cancelled,
  cancelledNote,
  day,
  days,
  deadline,
  from,
  month,
  months,
  part,
  range,
  set,
  tbd,
  tbdNote,
  weeks,
  year,
  yearPart,
  type Row,
} from './helpers'

// 004: relevé des conclusions of 15 July 2020 (« Nouvelle planification », « Points arrêtés », « Prochaines étapes »).
const RELEVE_2020_07_15: Row[] = [
  ['Mercredi 15 juillet 2020.', day('2020-07-15'), '15 juillet 2020'],
  ['19-27 octobre 2020', days('2020-10-19', '2020-10-27'), '19-27 octobre 2020'],
  ['novembre 2020', month(2020, 11), 'novembre 2020'],
  ['Nouveau planning non encore communiqué', tbd, 'à déterminer'],
  ['en septembre 2020', month(2020, 9), 'septembre 2020'],
  ['le \n13/03/2020', day('2020-03-13'), '13 mars 2020'],
  ['13/03/2020', day('2020-03-13'), '13 mars 2020'],
  ['Septembre – novembre 2020', months(2020, 9, 11), 'septembre-novembre 2020'],
  ['30 juillet \n\n2020  ', day('2020-07-30'), '30 juillet 2020'],
  ['30 juillet 2020', day('2020-07-30'), '30 juillet 2020'],
  ['Septembre 2020', month(2020, 9), 'septembre 2020'],
  ['Octobre 2020', month(2020, 10), 'octobre 2020'],
  ['Novembre 2020', month(2020, 11), 'novembre 2020'],
  ['Décembre 2020  ', month(2020, 12), 'décembre 2020'],
  ['septembre 2020', month(2020, 9), 'septembre 2020'],
  ['Pas de visibilité pour le nouveau planning', tbd, 'à déterminer'],
  ['octobre 2020', month(2020, 10), 'octobre 2020'],
  ['pas de visiblité pour les dates', tbd, 'à déterminer'],
  ['pas de visibilité pour les dates', tbd, 'à déterminer'],
  ['annulée', cancelled, 'annulée'],
  ["à partir d'octobre 2020", from(2020, 10), "à partir d'octobre 2020"],
  ['à partir \nd’octobre 2020.', from(2020, 10), "à partir d'octobre 2020"],
  ['25-27 juin 2020', days('2020-06-25', '2020-06-27'), '25-27 juin 2020'],
  ['à partir de \njuin 2020', from(2020, 6), 'à partir de juin 2020'],
  ['novembre \n2020', month(2020, 11), 'novembre 2020'],
  ['Septembre- décembre 2020', months(2020, 9, 12), 'septembre-décembre 2020'],
  ['31/10/2019', day('2019-10-31'), '31 octobre 2019'],
  ['(Octobre 2020)', month(2020, 10), 'octobre 2020'],
  ['(Novembre 2020)', month(2020, 11), 'novembre 2020'],
  ['(Novembre -Décembre 2020)', months(2020, 11, 12), 'novembre-décembre 2020'],
  ['(Décembre 2020)', month(2020, 12), 'décembre 2020'],
  ['pendant le mois de juillet 2020', month(2020, 7), 'juillet 2020'],
  ['(fin juillet 2020) ;', part(2020, 7, 'fin'), 'fin juillet 2020'],
  ['fin juillet 2020', part(2020, 7, 'fin'), 'fin juillet 2020'],
  ['(07/09/2020 à 10h) ;', day('2020-09-07', '10:00'), '7 septembre 2020 à 10 h'],
  ['07/09/2020 à 10h', day('2020-09-07', '10:00'), '7 septembre 2020 à 10 h'],
  ['(11/09/2020) ;', day('2020-09-11'), '11 septembre 2020'],
  ['11/09/2020', day('2020-09-11'), '11 septembre 2020'],
  ['(2ème semaine de \n\nseptembre 2020)', weeks(2020, 9, [2]), '2e semaine de septembre 2020'],
  ['2ème semaine de septembre 2020', weeks(2020, 9, [2]), '2e semaine de septembre 2020'],
  ['3ème & 4ème  \n\nsemaine de septembre 2020', weeks(2020, 9, [3, 4]), '3e et 4e semaines de septembre 2020'],
  ['3ème & 4ème semaine de septembre 2020', weeks(2020, 9, [3, 4]), '3e et 4e semaines de septembre 2020'],
  ['(fin Septembre 2020).', part(2020, 9, 'fin'), 'fin septembre 2020'],
  ['fin Septembre 2020', part(2020, 9, 'fin'), 'fin septembre 2020'],
  // README of the references: a meeting held over several days.
  ['25 - 27 juillet 2023', days('2023-07-25', '2023-07-27'), '25-27 juillet 2023'],
]

// 001: final self-assessment report of the 2018-2020 plan.
const RAPPORT_2018_2020: Row[] = [
  ['26 avril 2018.', day('2018-04-26'), '26 avril 2018'],
  ['le 12 mars 2018', day('2018-03-12'), '12 mars 2018'],
  ['à partir de mars 2019.', from(2019, 3), 'à partir de mars 2019'],
  ['17 juin 2020', day('2020-06-17'), '17 juin 2020'],
  ['Mars 2019', month(2019, 3), 'mars 2019'],
  ['mars 2020', month(2020, 3), 'mars 2020'],
  ['mois de décembre 2020', month(2020, 12), 'décembre 2020'],
  ['25 décembre 2018', day('2018-12-25'), '25 décembre 2018'],
  ['les 17 et 18 juin 2019', days('2019-06-17', '2019-06-18'), '17-18 juin 2019'],
  ['3 et \n4 juillet 2019', days('2019-07-03', '2019-07-04'), '3-4 juillet 2019'],
  ['(le 12 mars 2020).', day('2020-03-12'), '12 mars 2020'],
  ['le 17 juin 2020', day('2020-06-17'), '17 juin 2020'],
  ['30 novembre 2007', day('2007-11-30'), '30 novembre 2007'],
  ['4 novembre 2015', day('2015-11-04'), '4 novembre 2015'],
  ['11/12/2019', day('2019-12-11'), '11 décembre 2019'],
  ['31/01/2020', day('2020-01-31'), '31 janvier 2020'],
  ['12/05/2020', day('2020-05-12'), '12 mai 2020'],
  ['09/12/2020)', day('2020-12-09'), '9 décembre 2020'],
  ['(09/12/2020)', day('2020-12-09'), '9 décembre 2020'],
  ['(10/12/2020)', day('2020-12-10'), '10 décembre 2020'],
  ['(22 janvier 2020)', day('2020-01-22'), '22 janvier 2020'],
  ['22 janvier 2020', day('2020-01-22'), '22 janvier 2020'],
  ['09 décembre 2020', day('2020-12-09'), '9 décembre 2020'],
  ['10 décembre 2020', day('2020-12-10'), '10 décembre 2020'],
  ['(Juillet 2020)', month(2020, 7), 'juillet 2020'],
  ['le 5 juillet 2019.', day('2019-07-05'), '5 juillet 2019'],
  ['le 04 juillet 2019', day('2019-07-04'), '4 juillet 2019'],
  ['06 février 2020', day('2020-02-06'), '6 février 2020'],
  ['le 19 mars 2020.', day('2020-03-19'), '19 mars 2020'],
  ['le 11 février 2020', day('2020-02-11'), '11 février 2020'],
  ['le 16 juillet 2020', day('2020-07-16'), '16 juillet 2020'],
  ['22 septembre 2020', day('2020-09-22'), '22 septembre 2020'],
  ['le 18 septembre2020.', day('2020-09-18'), '18 septembre 2020'],
  ['19 novembre 2020', day('2020-11-19'), '19 novembre 2020'],
  ['OCTOBRE 2018- aout 2020', months(2018, 10, 8, 2020), 'octobre 2018-août 2020'],
  ['OCTOBRE 2018- novembre 2020', months(2018, 10, 11, 2020), 'octobre 2018-novembre 2020'],
  ['Mars 2018- janvier 2019', months(2018, 3, 1, 2019), 'mars 2018-janvier 2019'],
  ['Mars 2018- octobre 2019', months(2018, 3, 10, 2019), 'mars 2018-octobre 2019'],
  ['14/10/2016', day('2016-10-14'), '14 octobre 2016'],
  ['janvier 2018,', month(2018, 1), 'janvier 2018'],
  ['en février 2020', month(2020, 2), 'février 2020'],
  ['le 6 mars 2019', day('2019-03-06'), '6 mars 2019'],
  ['décembre 2020', month(2020, 12), 'décembre 2020'],
  ['septembre 2019', month(2019, 9), 'septembre 2019'],
  ['entre avril et octobre 2019', months(2019, 4, 10), 'avril-octobre 2019'],
  ['en octobre 2019', month(2019, 10), 'octobre 2019'],
  ['en novembre 2020', month(2020, 11), 'novembre 2020'],
  ['en décembre 2020', month(2020, 12), 'décembre 2020'],
  ['octobre 2018', month(2018, 10), 'octobre 2018'],
  ['le 13 juin 2019', day('2019-06-13'), '13 juin 2019'],
  ['11 octobre 2018', day('2018-10-11'), '11 octobre 2018'],
  ['21 mars 2019', day('2019-03-21'), '21 mars 2019'],
  ['11 juin 2019', day('2019-06-11'), '11 juin 2019'],
  ['Octobre 2018 - novembre 2018', months(2018, 10, 11), 'octobre-novembre 2018'],
  ['mars 2018,', month(2018, 3), 'mars 2018'],
  ['juillet 2018', month(2018, 7), 'juillet 2018'],
  ['Décembre 2018 - mars 2019', months(2018, 12, 3, 2019), 'décembre 2018-mars 2019'],
  ['Décembre 2018 - mars 2020', months(2018, 12, 3, 2020), 'décembre 2018-mars 2020'],
  ['06/02/2019', day('2019-02-06'), '6 février 2019'],
  ['décembre 2018 - mars 2019', months(2018, 12, 3, 2019), 'décembre 2018-mars 2019'],
  ['14 novembre 2018', day('2018-11-14'), '14 novembre 2018'],
  ['1er mars 2018', day('2018-03-01'), '1er mars 2018'],
  ['17 janvier 2019', day('2019-01-17'), '17 janvier 2019'],
  ['11 avril 2019', day('2019-04-11'), '11 avril 2019'],
  ['le 19 juillet 2018', day('2018-07-19'), '19 juillet 2018'],
  ['mercredi 26 juin 2019', day('2019-06-26'), '26 juin 2019'],
  ['décembre 2017', month(2017, 12), 'décembre 2017'],
  ['le 07 janvier 2018', day('2018-01-07'), '7 janvier 2018'],
  ['7 juin 2018', day('2018-06-07'), '7 juin 2018'],
  ['en octobre 2018', month(2018, 10), 'octobre 2018'],
  ['(le 28 décembre 2018),', day('2018-12-28'), '28 décembre 2018'],
  ['(le 14-15 juin 2019),', days('2019-06-14', '2019-06-15'), '14-15 juin 2019'],
  ['(28-29 juin 2019)', days('2019-06-28', '2019-06-29'), '28-29 juin 2019'],
  ['(le 06-07/décembre 2019),', days('2019-12-06', '2019-12-07'), '6-7 décembre 2019'],
  ['(le 13-14 décembre 2019).', days('2019-12-13', '2019-12-14'), '13-14 décembre 2019'],
  ['06-07 décembre 2019)', days('2019-12-06', '2019-12-07'), '6-7 décembre 2019'],
  ['Octobre – Décembre 2018 :', months(2018, 10, 12), 'octobre-décembre 2018'],
  ['en décembre 2018', month(2018, 12), 'décembre 2018'],
  ["l'année 2019", year(2019), '2019'],
  ['Juillet 2020', month(2020, 7), 'juillet 2020'],
]

// Phrases of the same documents that name a deadline, a list of dates, a range between parts or
// an undated period with its reason (issue 15).
const RICHER: [string, PlannedPeriod, string][] = [
  [
    'Activité 5 : annulée car le guide a été élaboré par le Ministère de l’intérieur',
    cancelledNote('Activité 5 : annulée car le guide a été élaboré par le Ministère de l’intérieur'),
    'annulée (Activité 5 : annulée car le guide a été élaboré par le Ministère de l’intérieur)',
  ],
  [
    'pas de visibilité pour les dates d’organisation des 5 événements restants',
    tbdNote('pas de visibilité pour les dates d’organisation des 5 événements restants'),
    'à déterminer (pas de visibilité pour les dates d’organisation des 5 événements restants)',
  ],
  [
    'dépond du retour des 7 départements restants',
    tbdNote('dépond du retour des 7 départements restants'),
    'à déterminer (dépond du retour des 7 départements restants)',
  ],
  ['02 – 07 – 09 Août 2023', set(day('2023-08-02'), day('2023-08-07'), day('2023-08-09')), '2, 7 et 9 août 2023'],
  ['Mars et septembre 2019', set(month(2019, 3), month(2019, 9)), 'mars et septembre 2019'],
  ['Mars 2019, mars 2020', set(month(2019, 3), month(2020, 3)), 'mars 2019 et mars 2020'],
  ['mi-février – mi-mars 2019', range(part(2019, 2, 'mi'), part(2019, 3, 'mi')), 'mi-février – mi-mars 2019'],
  ['le 04 juillet 2019 et 06 février 2020', set(day('2019-07-04'), day('2020-02-06')), '4 juillet 2019 et 6 février 2020'],
  [
    'les 17 et 18 juin 2019 et 3 et 4 juillet 2019',
    set(days('2019-06-17', '2019-06-18'), days('2019-07-03', '2019-07-04')),
    '17-18 juin et 3-4 juillet 2019',
  ],
  ['jusqu’à fin 2020', deadline(yearPart(2020, 'fin')), 'au plus tard fin 2020'],
  ['Jusqu’à décembre 2020', deadline(month(2020, 12)), 'au plus tard en décembre 2020'],
  ['2018-2020', range(year(2018), year(2020)), '2018 – 2020'],
]

// Phrases of the same documents that are not a planned period: kept verbatim and flagged.
const NOT_A_PERIOD = [
  'avant le 20 septembre',
  'Toutes les actions planifiées ont été réalisées',
  'Le COPIL a tenu sa réunion',
]

describe.each([
  ['relevé du 15 juillet 2020 (004)', RELEVE_2020_07_15],
  ['rapport d’autoévaluation 2018-2020 (001)', RAPPORT_2018_2020],
])('phrases of the %s', (_, rows) => {
  it.each(rows)('« %s »', (text, period, formatted) => {
    expect(parsePeriod(text)).toStrictEqual({ ok: true, period })
    expect(formatPeriod(period)).toBe(formatted)
    expect(parsePeriod(formatted)).toStrictEqual({ ok: true, period })
  })
})

describe('reference phrases that are deadlines, lists, ranges or undated with a reason', () => {
  it.each(RICHER)('« %s »', (text, period, formatted) => {
    expect(parsePeriod(text)).toStrictEqual({ ok: true, period })
    expect(formatPeriod(period)).toBe(formatted)
    expect(parsePeriod(formatted)).toStrictEqual({ ok: true, period })
  })
})

describe('reference phrases that are not a single period', () => {
  it.each(NOT_A_PERIOD)('« %s » is kept as written and flagged', (text) => {
    expect(parsePeriod(text)).toStrictEqual({ ok: false, text, flag: 'a_preciser' })
  })
})

describe('reference phrases without a year, read with the year of their document', () => {
  it.each<Row>([
    ['(janvier-février', months(2019, 1, 2), 'janvier-février 2019'],
    ['le 11 octobre', day('2019-10-11'), '11 octobre 2019'],
    ['12 octobre', day('2019-10-12'), '12 octobre 2019'],
    ['le 11 juin', day('2019-06-11'), '11 juin 2019'],
    ['17 juin', day('2019-06-17'), '17 juin 2019'],
    ['25 décembre', day('2019-12-25'), '25 décembre 2019'],
  ])('« %s »', (text, period, formatted) => {
    expect(parsePeriod(text)).toMatchObject({ ok: false, text })
    expect(parsePeriod(text, { defaultYear: 2019 })).toStrictEqual({ ok: true, period })
    expect(formatPeriod(period)).toBe(formatted)
  })
})
