/** Rules of the periods made of other periods (range, set, deadline) and of the notes of undated ones. */
import { dayNumber } from './calendar'
import { periodBounds } from './bounds'
import { isPlainNote } from './notes'
import type { PlannedPeriod, SimplePeriod } from './types'
import type { PeriodProblem } from './validate'

type Kind = PlannedPeriod['kind']

/** Kinds that can end a range or be the target of a deadline. */
export const POINT_KINDS: readonly Kind[] = [
  'day',
  'month',
  'part',
  'yearPart',
  'year',
  'quarter',
  'semester',
  'fortnight',
  'weeks',
  'weekOf',
]
/** Kinds that can make part of a set. */
export const SET_ITEM_KINDS: readonly Kind[] = [...POINT_KINDS, 'days', 'months']

// Parts of a set that touch and belong to one family must be written as one range instead.
const FAMILY: Partial<Record<Kind, string>> = { day: 'days', days: 'days', month: 'months', months: 'months' }

function isSimple(p: PlannedPeriod, kinds: readonly Kind[]): p is SimplePeriod {
  return kinds.includes(p.kind) && !(p.kind === 'day' && p.time !== undefined)
}

type Check = (p: PlannedPeriod) => PeriodProblem[]

/** Problems of a range, set, deadline, tbd or cancelled period; `check` validates the parts. */
export function validateCompound(p: PlannedPeriod, check: Check): PeriodProblem[] {
  const problems: PeriodProblem[] = []
  const add = (path: string, message: string): void => {
    problems.push({ path, message })
  }
  const part = (path: string, q: unknown, kinds: readonly Kind[]): q is SimplePeriod => {
    if (typeof q !== 'object' || q === null || !isSimple(q as PlannedPeriod, kinds)) {
      add(path, "Cette partie de la période n'est pas d'un type admis ici (jour sans heure, mois, trimestre…).")
      return false
    }
    const inner = check(q as PlannedPeriod)
    for (const problem of inner) add(`${path}.${problem.path}`, problem.message)
    return inner.length === 0
  }
  switch (p.kind) {
    case 'range': {
      if (!part('from', p.from, POINT_KINDS) || !part('to', p.to, POINT_KINDS)) break
      if (p.from.kind === p.to.kind && (p.from.kind === 'day' || p.from.kind === 'month'))
        add('to', 'Deux jours ou deux mois forment une plage simple, pas un intervalle composé.')
      const a = periodBounds(p.from)
      const b = periodBounds(p.to)
      if (a && b && (b.start ?? b.end) <= a.end) add('to', 'La fin de l’intervalle doit suivre son début.')
      break
    }
    case 'set': {
      if (!Array.isArray(p.items) || p.items.length < 2) {
        add('items', 'Un ensemble de dates en compte au moins deux.')
        break
      }
      if (!p.items.every((item, i) => part(`items.${i}`, item, SET_ITEM_KINDS))) break
      p.items.forEach((item, i) => {
        const previous = p.items[i - 1]
        if (previous === undefined) return
        const a = periodBounds(previous)
        const b = periodBounds(item)
        if (!a || !b) return
        const start = b.start ?? b.end
        if (start <= a.end) add(`items.${i}`, 'Les dates d’un ensemble doivent être distinctes et rangées dans l’ordre.')
        else if (FAMILY[item.kind] !== undefined && FAMILY[item.kind] === FAMILY[previous.kind] && dayNumber(start) === dayNumber(a.end) + 1)
          add(`items.${i}`, 'Des dates qui se suivent forment une seule plage, pas un ensemble.')
      })
      break
    }
    case 'deadline':
      if (!part('by', p.by, POINT_KINDS)) break
      if (p.before !== undefined && (p.before as unknown) !== true) add('before', '« before » vaut true ou est absent.')
      if (p.before === true && (p.by.kind === 'part' || p.by.kind === 'yearPart') && p.by.part === 'fin')
        add('before', '« avant fin … » se lit « au plus tard fin … ».')
      break
    case 'tbd':
    case 'cancelled':
      if (p.note !== undefined && !isPlainNote(p.note))
        add('note', 'La note doit être un texte d’une ligne, sans espaces en trop ni date.')
      break
    default:
      break
  }
  return problems
}
