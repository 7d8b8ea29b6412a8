/**
 * Undated periods that say more than a keyword: « annulée car le guide a été élaboré … »,
 * « pas de visibilité pour les dates d'organisation … ». The keyword gives the kind; the phrase is
 * kept as a note, as written, so that nothing typed is lost. A phrase that also names a date or a
 * postponement (« annulée, reportée à mars 2021 ») is not read: its kind would be a guess.
 */
import { monthFromWord, normalizeText } from './french'
import type { PlannedPeriod } from './types'

const MAX_NOTE = 500

/** Collapses spaces and trims the separators a note is copied with (« : », « - », a final « . »). */
export function cleanNote(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;,:!]+$/u, '')
    .replace(/^[\s\-\u2010-\u2015:;,.]+/u, '')
    .trim()
}

// A postponement or a date inside the note would contradict « annulée » or « à déterminer ».
const DATE_WORDS = /(?:^|[^\p{L}])(?:report(?!\w*\s+(?:sine\s+die|a\s+une\s+date\s+ulterieure|ulterieurement))|decal|repouss|reprogramm|avance|prevue?s?\s+(?:le|en|pour))/u
const YEAR_OR_NUMERIC_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}\s*[/.]\s*\d{1,2}\b/

/** Whether a phrase mentions a date, a month or a postponement. */
export function mentionsDate(text: string): boolean {
  const s = normalizeText(text)
  if (DATE_WORDS.test(s) || YEAR_OR_NUMERIC_DATE.test(s)) return true
  return s.split(/[^a-z]+/).some((word) => word.length >= 3 && monthFromWord(word) !== null)
}

/** Whether a note can be stored and printed « annulée (note) » and read back unchanged. */
export function isPlainNote(note: unknown): note is string {
  return (
    typeof note === 'string' && note.length > 0 && note.length <= MAX_NOTE && cleanNote(note) === note && !mentionsDate(note)
  )
}

const TBD_START = [
  /^(?:la\s+)?(?:date\s+|dates\s+)?(?:est\s+|reste\s+|sont\s+)?a\s+(?:determiner|definir|preciser|fixer|confirmer|arreter|programmer|planifier)\b/,
  /^(?:date\s+|dates\s+)?(?:non|pas)\s+(?:encore\s+)?(?:determinee?s?|definie?s?|fixee?s?|planifiee?s?|programmee?s?|arretee?s?|connue?s?)\b/,
  /^(?:il\s+n'y\s+a\s+)?pas\s+(?:de|d'|encore\s+de)\s*(?:visi\w*te|date|calendrier|planning)\b/,
  /^aucune\s+(?:visi\w*te|date)\b/,
  /^(?:(?:nouveau|le)\s+)?(?:planning|calendrier)\s+(?:non|pas)\s+(?:encore\s+)?(?:communique|defini|fixe|arrete)\b/,
  /^(?:cela\s+|ceci\s+)?dep[eo]nde?n?t?\s+(?:de|du|des|d')/,
  /^en\s+attente\s+(?:de|du|des|d')/,
  /^(?:reportee?s?\s+)?(?:sine\s+die|a\s+une\s+date\s+ulterieure|ulterieurement)\b/,
]
const CANCELLED_WORD = /(?:^|[^a-z])(?:annulee?s?|annulation)(?:[^a-z]|$)/
const CANCELLED_START = /^annulee?s?(?:[^a-z]|$)/
const NEGATION = /\b(?:non|pas|jamais|sans)\s+(?:encore\s+|ete\s+)?(?:annul|d'annul)/

/** The note after a keyword: the inside of « (…) » when that is all there is, else the rest cleaned. */
function noteAfter(rest: string): string {
  const r = rest.trim()
  if (r.startsWith('(') && r.endsWith(')') && r.length >= 2) return cleanNote(r.slice(1, -1))
  return cleanNote(r)
}

// The raw text after its first `words` words, so that a note keeps its accents and capitals.
function rawAfterWords(raw: string, words: number): string {
  const m = new RegExp(`^[\\s(]*(?:[\\p{L}']+[\\s']*){${words}}`, 'u').exec(raw)
  return m ? raw.slice(m[0].length) : raw
}

function withNote<K extends 'tbd' | 'cancelled'>(kind: K, note: string): PlannedPeriod | null {
  if (note === '') return { kind }
  return isPlainNote(note) ? { kind, note } : null
}

/**
 * Reads « annulée … » or « pas de visibilité … » with its note, or null. `s` is the normalised
 * text, `raw` the text as typed. Only called when the text is not a date.
 */
export function parseUndatedWithNote(s: string, raw: string): PlannedPeriod | null {
  // The canonical forms first: « à déterminer (note) », « annulée (note) ».
  if (/^a determiner\s*\(/.test(s)) return withNote('tbd', noteAfter(rawAfterWords(raw, 2)))
  if (CANCELLED_START.test(s)) return withNote('cancelled', noteAfter(rawAfterWords(raw, 1)))
  const whole = cleanNote(raw)
  // « Activité 3 : pas de visibilité pour les dates »: the label stays in the note.
  const unlabelled = s.replace(/^(?:activites?|actions?|etapes?|taches?)\s+[\d\s,et&-]*\d\s*:\s*/, '')
  if (TBD_START.some((re) => re.test(unlabelled))) return CANCELLED_WORD.test(s) ? null : withNote('tbd', whole)
  if (CANCELLED_WORD.test(s) && !NEGATION.test(s)) return withNote('cancelled', whole)
  return null
}
