/**
 * The words around a date that do not change it (« prévue en », « Période : », « en date du »,
 * « reporté à »), and the reading of single periods once they are gone.
 */
import { parseSingle } from './parse-single'
import type { PlannedPeriod, SimplePeriod } from './types'
import { periodProblems } from './validate'
import { POINT_KINDS, SET_ITEM_KINDS } from './validate-compound'

/** The year a phrase without one takes; `flexible` when it comes from a reference date, not from the text. */
export interface YearContext {
  year?: number | undefined
  flexible?: boolean
}

// Words that introduce a date without changing it: « en septembre », « le 12 mars », « courant 2021 ».
const FILLERS = [
  /^(?:le|la|les|en|courant|vers|pour|durant|pendant|au cours du|au cours de|au courant de|au courant du|dans le courant de|dans le courant du|dans le|dans la|a la|a l'|au(?!\s+plus\s+tard)|aux|du|soit|a(?!\s+(?:partir|compter)))\s+/,
  /^(?:(?:le|au|du|durant le|pendant le|au cours du|courant du|dans le courant du)\s+)?mois\s+(?:de\s+|d'\s*)/,
]

// Labels and verbs a secretary puts before the date of an activity or a step.
const LEADS = [
  /^(?:(?:la\s+|les\s+)?(?:periode|dates?|date\s+prevue|dates\s+prevues|nouvelle\s+date|nouvelles\s+dates|echeance|echeancier|calendrier|planning|planification|delai\s+de\s+realisation|date\s+de\s+realisation|date\s+de\s+tenue|realisation|nouvelle\s+echeance|date\s+previsionnelle|periode\s+de\s+realisation|periode\s+prevue|quand)\s*(?:prevue?s?\s*)?:\s*)/,
  /^(?:en|a\s+la)\s+date\s+du\s+/,
  /^(?:(?:a|qui\s+a\s+ete|a\s+ete|sera|seront|est|sont|doit\s+etre|devra\s+etre)\s+)?(?:prevue?s?|programmee?s?|planifiee?s?|envisagee?s?|fixee?s?|retenue?s?|organisee?s?|tenue?s?|realisee?s?|effectuee?s?|lancee?s?|attendue?s?|replanifiee?s?|planifie|previsionnelle?)\s+/,
  /^(?:(?:a|a\s+ete|sera|est)\s+)?(?:reportee?s?|reprogrammee?s?|decalee?s?|repoussee?s?|differee?s?|renvoyee?s?|remise?s?)\s+(?:a\s+la\s+|a\s+l'|au\s+|aux\s+|a\s+|pour\s+|en\s+|vers\s+)?/,
  /^(?:aura|auront|devrait\s+avoir|doit\s+avoir)\s+lieu\s+/,
  /^(?:se\s+tiendra|se\s+tiendront|se\s+deroulera|se\s+derouleront)\s+/,
  // « Activités 2 et 6 : octobre 2020 » in a replanning table.
  /^(?:activites?|actions?|etapes?|taches?)\s+[\d\s,et&-]*\d\s*:\s*/,
]

// « Finalisation du guide prévue pour novembre 2020 »: what is planned, then the verb, then the date.
// Not when the words before hint at another date (« initialement prévue ») or deny it (« non prévue »).
const SUBJECT_THEN_VERB =
  /^([^,;:()]{1,80}?)\s(?:prevue?s?|programmee?s?|planifiee?s?|envisagee?s?|reportee?s?|decalee?s?|repoussee?s?)\s+(?=(?:en|pour|le|la|les|au|a|d'ici|courant|vers|du|dans|entre|avant|jusqu'\w*|fin|debut|mi)\b)/
const DOUBT = /\b(?:initialement|auparavant|anciennement|d'abord|depart|non|pas|ne|n'|aucune?|jamais|plus|deja|normalement|theoriquement|ete|etait|etaient|annul\w*|report\w*|prevu\w*|decal\w*|sauf|si)\b/

/** Strips the leading words that only introduce the date, as many as there are. */
export function stripLead(s: string): string {
  const subject = SUBJECT_THEN_VERB.exec(s)
  let current = subject && !DOUBT.test(subject[1] ?? '') ? s.slice(subject[0].length) : s
  for (;;) {
    let next = current
    for (const re of [...LEADS, ...FILLERS]) next = next.replace(re, '')
    next = next.trim()
    if (next === current) return current
    current = next
  }
}

// Only valid parts: the bounds of an invalid one (« 29 semestre ») cannot be computed.
function simpleOf(p: PlannedPeriod | null, kinds: readonly PlannedPeriod['kind'][]): SimplePeriod | null {
  if (p === null || !kinds.includes(p.kind) || (p.kind === 'day' && p.time !== undefined)) return null
  return periodProblems(p).length === 0 ? (p as SimplePeriod) : null
}

/** Strips the fillers only (« le », « en », « la », « mois de »…): a part of a range or list has no verb of its own. */
export function stripFillers(s: string): string {
  let current = s
  for (;;) {
    const next = FILLERS.reduce((acc, re) => acc.replace(re, ''), current).trim()
    if (next === current) return current
    current = next
  }
}

/** One period that can end a range or be a deadline's target (a day without time, a month, a quarter…). */
export function readPoint(s: string, year: number | undefined): SimplePeriod | null {
  return simpleOf(parseSingle(stripFillers(s), year), POINT_KINDS)
}

/** Narrows a reading to a period that can be part of a set. */
export function asSetItem(p: PlannedPeriod | null): SimplePeriod | null {
  return simpleOf(p, SET_ITEM_KINDS)
}

const DEADLINE_PREFIX =
  /^(?:au\s+plus\s+tard|pas\s+plus\s+tard\s+que|d'ici(?:\s+a)?|jusqu'(?:au|aux|a|en)|jusqu'?\s+(?:au|a|en)|date\s+limite|delai|echeance\s+maximale|dernier\s+delai)\s*:?\s*/
const DEADLINE_SUFFIX = /\s+(?:au\s+plus\s+tard|dernier\s+delai|maximum|max|au\s+maximum|grand\s+maximum)$/
const BEFORE = /^(?:avant|au\s+plus\s+tard\s+avant)\s+/

/**
 * A deadline (« au plus tard fin novembre 2020 », « jusqu'au 6 septembre 2019 », « avant le 20
 * septembre »), null when its target does not read, or undefined when the text is not a deadline.
 * « avant (la) fin X » means by the end of X, so it reads as « au plus tard fin X ».
 */
export function parseDeadline(s: string, year: number | undefined): PlannedPeriod | null | undefined {
  let target: string
  let before = false
  const suffix = DEADLINE_SUFFIX.exec(s)
  const prefix = DEADLINE_PREFIX.exec(s)
  const beforeMatch = BEFORE.exec(s)
  if (suffix) target = s.slice(0, suffix.index)
  else if (beforeMatch) {
    target = s.slice(beforeMatch[0].length)
    before = true
  } else if (prefix) target = s.slice(prefix[0].length)
  else return undefined
  target = stripLead(target)
  if (before && /^fin\b/.test(target)) before = false
  // « d'ici la fin du 1er semestre 2021 »: by the end of the semester, i.e. by the semester.
  const endOf = /^fin\s+(?:du\s+|de\s+la\s+|de\s+l'\s*|de\s+)(.+)$/.exec(target)
  const whole = endOf ? readPoint(endOf[1] ?? '', year) : null
  if (whole && (whole.kind === 'quarter' || whole.kind === 'semester' || whole.kind === 'weeks' || whole.kind === 'fortnight'))
    return { kind: 'deadline', by: whole }
  const by = readPoint(target, year)
  if (by === null) return null
  return before ? { kind: 'deadline', by, before: true } : { kind: 'deadline', by }
}
