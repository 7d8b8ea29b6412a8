/** French vocabulary of dates: month names, ordinals, elision, and the text normalisation the parser relies on. */
import { FRENCH_MONTHS } from '../text/french-dates'

export const MONTH_NAMES = FRENCH_MONTHS

export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const

/** Spellings met in minutes once accents and case are gone, abbreviations included. */
// prettier-ignore
const MONTH_SPELLINGS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3, mar: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7, jul: 7,
  aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
}

// Longest first, so that « septembre » is tried before « sept » and « sep ».
const MONTH_ALTERNATION = Object.keys(MONTH_SPELLINGS)
  .sort((a, b) => b.length - a.length)
  .join('|')

/** Regular-expression source capturing one month spelling, with its optional abbreviation dot. */
export const MONTH_RE = `(${MONTH_ALTERNATION})\\.?`

// prettier-ignore
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  premier: 1, premiere: 1,
  deuxieme: 2, second: 2, seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
}

/** Regular-expression source matching one ordinal: « 1er », « 2e », « 2ème », « 2nd », « troisième »… */
export const ORDINAL_RE = `(?:\\d{1,2}\\s*(?:ieme|eme|em|ere|er|re|nde|nd|e|d|°)?|${Object.keys(ORDINAL_WORDS).join('|')})`

/** Month number (1-12) of a normalised spelling, or null. */
export function monthFromWord(word: string): number | null {
  return MONTH_SPELLINGS[word.replace(/\.$/, '')] ?? null
}

/** Value of a normalised ordinal (« 2eme » → 2, « premiere » → 1), or null. */
export function ordinalValue(token: string): number | null {
  const word = ORDINAL_WORDS[token]
  if (word !== undefined) return word
  const m = /^(\d{1,2})\s*(?:ieme|eme|em|ere|er|re|nde|nd|e|d|°)?$/.exec(token)
  return m ? Number(m[1]) : null
}

/** Weekday index (0 = lundi) of a normalised weekday name, or null. */
export function weekdayFromWord(word: string): number | null {
  const i = WEEKDAY_NAMES.findIndex((name) => name === word)
  return i < 0 ? null : i
}

/** French name of a month (1-12), lower case. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1]
  if (name === undefined) throw new RangeError(`Mois invalide : ${month}`)
  return name
}

/** « de juin » or « d'octobre »: French elides « de » before a vowel. */
export function deMonth(month: number): string {
  const name = monthName(month)
  return /^[aeiouâéèêîôû]/.test(name) ? `d'${name}` : `de ${name}`
}

/** Masculine ordinal with French typography: « 1er », « 2e » (not « 2ème »). */
export function ordinalMasculine(n: number): string {
  return n === 1 ? '1er' : `${n}e`
}

/** Feminine ordinal with French typography: « 1re », « 2e » (for « semaine »). */
export function ordinalFeminine(n: number): string {
  return n === 1 ? '1re' : `${n}e`
}

/** Day of the month as written in French dates: « 1er », then plain numbers. */
export function dayOfMonth(day: number): string {
  return day === 1 ? '1er' : String(day)
}

/**
 * Folds what people type into one spelling: no accents or case, compatibility forms unfolded
 * (« 2ᵉ » → « 2e », non-breaking spaces), one kind of apostrophe and dash, « & » → « et »,
 * single spaces, and no trailing punctuation or enclosing parentheses (phrases are often copied
 * out of sentences: « (fin juillet 2020) ; »).
 */
export function normalizeText(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/&/g, ' et ')
    .replace(/\s+/g, ' ')
    .trim()
  for (;;) {
    const next = s
      .replace(/\s*[.;,:!]+$/, '')
      // Copied phrases may keep only one of their parentheses: « (janvier-février ».
      .replace(/^\(\s*|\s*\)$/g, '')
      .trim()
    if (next === s) return s
    s = next
  }
}

const FULL_MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
] as const

// Words of date phrases that must never be taken for a misspelt month.
// prettier-ignore
const DATE_VOCABULARY = new Set([
  ...Object.keys(MONTH_SPELLINGS), ...WEEKDAY_NAMES, ...Object.keys(ORDINAL_WORDS),
  'semaine', 'semaines', 'semestre', 'trimestre', 'quinzaine', 'derniere', 'dernier', 'debut', 'milieu',
  'partir', 'compter', 'courant', 'pendant', 'durant', 'annee', 'jusqu', 'avant', 'plus', 'tard', 'prevue',
  'prevu', 'prevues', 'periode', 'dates', 'reporte', 'reportee', 'annulee', 'annule', 'annulees', 'determiner',
  'definir', 'preciser', 'confirmer', 'visibilite', 'planning', 'entre', 'heures', 'heure', 'maximum',
  'dernier', 'delai', 'limite', 'echeance', 'calendrier', 'programmee', 'organisee', 'mois',
])

/** Edit distance with adjacent transpositions (« fervier » is one slip from « fevrier »). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[]
    const prev = d[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1)
      row[j] = v
    }
  }
  return (d[a.length] as number[])[b.length] as number
}

/** The month a misspelt word means, when exactly one month is that close (one slip, two for long words). */
export function nearMissMonth(word: string): string | null {
  if (word.length < 5 || DATE_VOCABULARY.has(word)) return null
  const limit = word.length >= 7 ? 2 : 1
  let best = limit + 1
  let found: string[] = []
  for (const month of FULL_MONTHS) {
    const d = editDistance(word, month)
    if (d < best) {
      best = d
      found = [month]
    } else if (d === best) found.push(month)
  }
  return found.length === 1 ? (found[0] ?? null) : null
}

/** Normalised text with near-miss month names replaced (« setembre 2020 » → « septembre 2020 »). */
export function fixMonthSlips(s: string): string {
  return s.replace(/[a-z]{5,}/g, (word) => nearMissMonth(word) ?? word)
}
