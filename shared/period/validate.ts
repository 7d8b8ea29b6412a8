/**
 * The rules a well-formed period obeys beyond its shape. They also make every period have exactly
 * one representation (no one-day « days », no « months » of one month, no `toYear` equal to
 * `year`, no set whose parts touch and could be one range), which is what lets formatting and
 * parsing be exact inverses.
 */
import { daysInMonth, isRealDate, parseIsoDate } from './calendar'
import { validateCompound } from './validate-compound'
import { MAX_YEAR, MIN_YEAR, type PlannedPeriod } from './types'

/** One broken rule: the offending field and a French message for the user. */
export interface PeriodProblem {
  path: string
  message: string
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** Every rule the period breaks, in French; empty when it is valid. */
export function periodProblems(p: PlannedPeriod): PeriodProblem[] {
  const problems: PeriodProblem[] = []
  const add = (path: string, message: string): void => {
    problems.push({ path, message })
  }
  const checkYear = (path: string, year: number): boolean => {
    if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return true
    add(path, `L'année doit être un nombre entier entre ${MIN_YEAR} et ${MAX_YEAR}.`)
    return false
  }
  const checkMonth = (path: string, month: number): boolean => {
    if (Number.isInteger(month) && month >= 1 && month <= 12) return true
    add(path, 'Le mois doit être un nombre entier de 1 à 12.')
    return false
  }
  const checkDate = (path: string, iso: string): boolean => {
    const d = parseIsoDate(iso)
    if (d && d.year >= MIN_YEAR && d.year <= MAX_YEAR) return true
    add(
      path,
      `« ${iso} » n'est pas une date réelle du calendrier au format aaaa-mm-jj (entre ${MIN_YEAR} et ${MAX_YEAR}).`,
    )
    return false
  }

  switch (p.kind) {
    case 'day':
      checkDate('date', p.date)
      if (p.time !== undefined && !TIME.test(p.time))
        add('time', "L'heure doit être au format hh:mm, de 00:00 à 23:59.")
      break
    case 'days':
      if (checkDate('start', p.start) && checkDate('end', p.end) && p.start >= p.end) {
        add(
          'end',
          'La date de fin doit être postérieure à la date de début ; pour un seul jour, utiliser une date simple.',
        )
      }
      break
    case 'month':
    case 'part':
      checkYear('year', p.year)
      checkMonth('month', p.month)
      break
    case 'from':
      if (checkYear('year', p.year) && checkMonth('month', p.month) && p.day !== undefined && !isRealDate(p.year, p.month, p.day))
        add('day', "Le jour n'existe pas dans ce mois.")
      break
    case 'months': {
      const yearsOk = checkYear('year', p.year) && (p.toYear === undefined || checkYear('toYear', p.toYear))
      const monthsOk = checkMonth('fromMonth', p.fromMonth) && checkMonth('toMonth', p.toMonth)
      if (!yearsOk || !monthsOk) break
      if (p.toYear === undefined) {
        if (p.fromMonth >= p.toMonth) {
          add('toMonth', 'Le mois de fin doit suivre le mois de début ; pour un seul mois, utiliser un mois simple.')
        }
      } else if (p.toYear <= p.year) {
        add('toYear', "L'année de fin n'est indiquée que si elle suit l'année de début.")
      }
      break
    }
    case 'weeks': {
      const ok = checkYear('year', p.year) && checkMonth('month', p.month)
      if (p.weeks.length === 0) add('weeks', 'Indiquer au moins une semaine.')
      const weeksInMonth = ok ? Math.ceil(daysInMonth(p.year, p.month) / 7) : 5
      p.weeks.forEach((w, i) => {
        if (!Number.isInteger(w) || w < 1 || w > weeksInMonth) {
          add(`weeks.${i}`, `Le numéro de semaine doit être un entier de 1 à ${weeksInMonth} pour ce mois.`)
        }
        const previous = p.weeks[i - 1]
        if (previous !== undefined && w <= previous) {
          add(`weeks.${i}`, "Les semaines doivent être distinctes et rangées dans l'ordre croissant.")
        }
      })
      break
    }
    case 'quarter':
      checkYear('year', p.year)
      if (!Number.isInteger(p.quarter) || p.quarter < 1 || p.quarter > 4)
        add('quarter', 'Le trimestre doit être 1, 2, 3 ou 4.')
      break
    case 'semester':
      checkYear('year', p.year)
      if (p.semester !== 1 && p.semester !== 2) add('semester', 'Le semestre doit être 1 ou 2.')
      break
    case 'year':
      checkYear('year', p.year)
      break
    case 'yearPart':
      checkYear('year', p.year)
      if (p.part !== 'debut' && p.part !== 'mi' && p.part !== 'fin')
        add('part', "La partie de l'année doit être « debut », « mi » ou « fin ».")
      break
    case 'fortnight':
      checkYear('year', p.year)
      checkMonth('month', p.month)
      if (p.half !== 1 && p.half !== 2) add('half', 'La quinzaine doit être 1 ou 2.')
      break
    case 'weekOf':
      checkDate('date', p.date)
      break
    case 'range':
    case 'set':
    case 'deadline':
    case 'tbd':
    case 'cancelled':
      problems.push(...validateCompound(p, periodProblems))
      break
  }
  return problems
}

/** Whether the period obeys every rule of {@link periodProblems}. */
export function isValidPeriod(p: PlannedPeriod): boolean {
  return periodProblems(p).length === 0
}
