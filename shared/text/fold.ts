/**
 * Text folded for comparison and search: « Espace  Associatif » and « ESPACE ASSOCIATIF » are the
 * same organisation, « Hélène » and « helene » the same first name, « أحمد » and « احمد » the same
 * name. Stored in `*_key` columns and in the search index; queries are folded the same way.
 *
 * Latin: lower case, accents removed (NFD, combining marks dropped), ligatures spelt out (œ → oe,
 * æ → ae…), apostrophes and their look-alikes (’ ‘ ʼ ` ´ ′) made « ' ».
 * Arabic: harakat (U+064B–U+065F, U+0670, all combining marks) and tatweel (U+0640) removed; alef
 * forms أ إ آ ٱ → ا (NFD already splits the first three into ا and a mark); ى → ي; ؤ → و and
 * ئ → ي follow from the hamza above (U+0654, a haraka of the range) being dropped; presentation
 * forms (text copied from some PDFs) read as the letters they draw; Arabic-Indic digits → 0-9.
 * ة and ه stay distinct: the final ه is also the pronoun « his » (كتابة « writing » vs كتابه « his
 * book »), so folding them would make different words one; the issue asks for no more than the above.
 * Invisible bidirectional and zero-width marks (pasted from word processors) are removed.
 */

// Letters that NFD does not split into a base letter and a combining accent.
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  ٱ: 'ا',
  ى: 'ي',
  ـ: '',
}
const LETTERS = /[œæßøđłıٱىـ]/g
const APOSTROPHES = /[’‘ʼ`´′ʹ]/g
// Bidirectional controls, zero-width spaces and joiners, word joiner, byte-order mark.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g
// Arabic presentation forms A and B: compatibility characters for the shaped letters.
const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufefe]+/g
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g

const digit = (c: string): string => String((c.codePointAt(0) ?? 0) % 16)

/** Folds one piece of text without touching its spaces (the same rules as foldText). */
function foldRaw(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKD'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LETTERS, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(ARABIC_DIGITS, digit)
}

/** Folds text for comparison: see above; spaces collapsed and trimmed. */
export function foldText(text: string): string {
  return foldRaw(text).replace(/\s+/g, ' ').trim()
}

/** The key that identifies a person's name: folded « prénom nom ». */
export function personNameKey(firstName: string, lastName: string): string {
  return foldText(`${firstName} ${lastName}`)
}

/**
 * Text folded character by character, with where each folded character comes from: `origin[i]`
 * is the index in `text` of the character that gave `folded[i]` (and `origin[folded.length]` is
 * `text.length`). Spaces are kept as they are, so the words of `folded` are those of foldText.
 * Used to show a match found in folded text on the text as written.
 */
export function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const out = foldChar(char)
    folded += out
    for (let k = 0; k < out.length; k++) origin.push(index)
    index += char.length
  }
  origin.push(text.length)
  return { folded, origin }
}

// One character folded: letters, digits and spaces of ASCII directly, the others once each.
const folds = new Map<string, string>()
function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x80 && char !== '`') return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char
  let out = folds.get(char)
  if (out === undefined) {
    out = foldRaw(char)
    folds.set(char, out)
  }
  return out
}

// What the search index (SQLite FTS5's unicode61 tokenizer) takes as a word's characters.
const WORD = /[\p{L}\p{N}\p{Co}]+/gu

/** The words of a text, folded, as the search index splits them. */
export function searchTokens(text: string): string[] {
  return foldText(text).match(WORD) ?? []
}

/** Where the words of folded text are: [start, end) pairs, in order. */
export function wordSpans(folded: string): { start: number; end: number; word: string }[] {
  const spans: { start: number; end: number; word: string }[] = []
  for (const m of folded.matchAll(WORD)) spans.push({ start: m.index, end: m.index + m[0].length, word: m[0] })
  return spans
}
