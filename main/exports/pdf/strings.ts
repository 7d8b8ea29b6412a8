/** Small text helpers of the PDF: catalogue placeholders and the names of people. */
import { type ReleveParticipant } from '../../../shared/domain/releve'
import { exportStrings } from '../../../shared/i18n/fr/export'
import { exportStrings as arabicStrings } from '../../../shared/i18n/ar/export'
import type { Language } from '../../../shared/i18n/languages'
import { frenchTypography, frenchTypographyRuns } from '../../../shared/text/typography'
import { stripXmlIllegal } from '../../../shared/text/clean'
import { personName } from '../../../shared/text/person-name'
import { paragraphDirection } from './bidi/order'

/** Fills the {{name}} placeholders of a catalogue string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, key: string) => {
    const value = values[key]
    return value === undefined ? whole : String(value)
  })
}

/** « Organisation (ACRONYME) », the acronym once, when there is one. */
export function organisationText(p: Pick<ReleveParticipant, 'organisation' | 'acronym'>): string {
  const name = p.organisation.trim()
  const acronym = p.acronym?.trim() ?? ''
  const upper = name.toLocaleUpperCase('fr')
  const acr = acronym.toLocaleUpperCase('fr')
  // « OCDE » whose acronym is « OCDE » prints once, not « OCDE (OCDE) ».
  if (!acronym || upper === acr || upper.includes(`(${acr})`)) return name
  return name ? `${name} (${acronym})` : acronym
}

/**
 * « Mme Prénom NOM, Fonction, Organisation (ACRONYME) », with « représenté(e) par … » or
 * « (invité) » when it applies. The same words in the PDF, the Word file and the workbook; in an
 * Arabic relevé « السيدة … »، « ممثلة من طرف … », and the Arabic comma.
 */
export function participantLine(p: ReleveParticipant, language: Language = 'fr'): { name: string; rest: string } {
  const strings = language === 'ar' ? arabicStrings : exportStrings
  const labels = strings.pdf.participants
  const comma = language === 'ar' ? '، ' : ', '
  const parts = [p.function?.trim() ?? '', organisationText(p)].filter(Boolean)
  let rest = parts.map((x) => `${comma}${x}`).join('')
  if (p.status === 'represente' && p.representedBy?.trim()) {
    rest += `${comma}${fill(labels.representedBy[p.civility], { name: p.representedBy.trim() })}`
  }
  if (p.status === 'invite') rest += ` ${labels.guest[p.civility]}`
  const civility = language === 'ar' ? strings.vocabulary.civilities[p.civility] : p.civility
  return { name: personName({ ...p, civility }), rest }
}

// French typography is applied to every string, often several times (measure, then draw):
// remember the results. Bounded, one map per language, keyed by the text itself, so always correct.
const typographyCaches: Record<Language, Map<string, string>> = { fr: new Map(), ar: new Map() }

/** Any Arabic or Hebrew letter (the only texts that can read from the right). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u

/**
 * True for a paragraph that reads from the right (its first strong letter is Arabic): French
 * typography is not applied to it, as in the Word file — « المكان: » and « 70% » stay as typed.
 */
export function readsRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text) && paragraphDirection(text, 'ltr') === 'rtl'
}

/**
 * Whether French typography leaves a paragraph as typed, in a relevé in `language`:
 *  - a paragraph that reads from the right (first strong letter Arabic), in any relevé;
 *  - in an Arabic relevé, any paragraph holding Arabic (its labels, the lines made of a label and
 *    a value, an Arabic sentence opening on « NB » or an acronym): only a paragraph written
 *    wholly in French there gets French typography.
 * In a French relevé a French paragraph with an Arabic name keeps French typography, which never
 * touches the Arabic words themselves (shared/text/typography.ts).
 */
export function keptAsTyped(text: string, language: Language = 'fr'): boolean {
  if (!RTL_LETTER.test(text)) return false
  return language === 'ar' || paragraphDirection(text, 'ltr') === 'rtl'
}

/** frenchTypography, memoised, for a paragraph of a relevé in `language` (see keptAsTyped). */
export function typo(text: string, language: Language = 'fr'): string {
  const cache = typographyCaches[language]
  const known = cache.get(text)
  if (known !== undefined) return known
  // Controls and lone surrogates have no glyph: never drawn, never in the copied text.
  const clean = stripXmlIllegal(text)
  const fixed = keptAsTyped(clean, language) ? clean : frenchTypography(clean)
  if (cache.size >= 20000) cache.clear()
  cache.set(text, fixed)
  return fixed
}

/**
 * A fixed label of the relevé, or a line made from labels (running header, footer, metadata): as
 * the catalogue writes it in an Arabic relevé, with French typography in a French one.
 */
export function labelText(text: string, language: Language): string {
  return language === 'ar' ? stripXmlIllegal(text) : typo(text)
}

const runsCache = new Map<string, string[]>()

// The last paragraph of several runs: it is measured, then drawn at once, so the same strings come
// back next, compared one by one instead of joined into a key and hashed again.
let lastRuns: { texts: string[]; language: Language; fixed: string[] } | undefined

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** frenchTypographyRuns, memoised, for a paragraph of a relevé in `language` (see keptAsTyped). */
export function typoRuns(texts: readonly string[], language: Language = 'fr'): string[] {
  if (texts.length === 1) return [typo(texts[0] ?? '', language)]
  if (lastRuns !== undefined && lastRuns.language === language && sameTexts(lastRuns.texts, texts)) return lastRuns.fixed
  const key = `${language}\u0001${texts.join('\u0001')}`
  let fixed = runsCache.get(key)
  if (fixed === undefined) {
    const clean = texts.map(stripXmlIllegal)
    fixed = keptAsTyped(clean.join(''), language) ? clean : frenchTypographyRuns(clean)
    if (runsCache.size >= 20000) runsCache.clear()
    runsCache.set(key, fixed)
  }
  lastRuns = { texts: texts.slice(), language, fixed }
  return fixed
}
