/**
 * The Unicode bidirectional algorithm (bidi-js) applied to one line: embedding levels for the
 * paragraph, then the line's runs in visual order (left to right on the page), each with its
 * direction and the characters to mirror. Lines are wrapped in logical order first, then each
 * line is reordered on its own (UAX #9, rules L1-L4).
 */
import bidiFactory from 'bidi-js'
import type { FontRun, FontSlot } from './segment'

const bidi = bidiFactory()

export type Direction = 'ltr' | 'rtl'

/** A run drawn in one go: logical [start, end), one font, one direction. */
export interface VisualRun {
  start: number
  end: number
  slot: FontSlot
  missing: boolean
  rtl: boolean
  /** The styled run it is drawn in (FontRun.style; 0 when the line has one style). */
  style: number
}

/** The base direction of a paragraph from its first strong character (rules P2-P3); `fallback` when it has none. */
export function paragraphDirection(text: string, fallback: Direction = 'ltr'): Direction {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch)
    if (type === 'L') return 'ltr'
    if (type === 'R' || type === 'AL') return 'rtl'
  }
  return fallback
}

// What each UTF-16 unit is for the shortcuts below, looked up once per process (0: not yet).
const R_LETTER = 1 // R, AL
const L_LETTER = 2 // L
const SEPARATOR = 3 // CS, ES, ET: neutrals once there are no numbers (W4-W6)
const MIRRORABLE = 4 // ON, the only class with mirrored characters (bidi-js's table)
const BRACKET = 8 // ON, a paired bracket (rule N0 reads what it encloses)
const SPACE = 5 // WS
const MARK = 6 // NSM
const OTHER = 7 // numbers, explicit embeddings and isolates, controls, paragraph and segment separators
const kinds = new Uint8Array(0x10000)

function kindOf(unit: number): number {
  let kind = kinds[unit] ?? OTHER
  if (kind === 0) {
    const type = unit >= 0xd800 && unit <= 0xdfff ? 'surrogate' : bidi.getBidiCharTypeName(String.fromCharCode(unit))
    if (type === 'R' || type === 'AL') kind = R_LETTER
    else if (type === 'L') kind = L_LETTER
    else if (type === 'CS' || type === 'ES' || type === 'ET') kind = SEPARATOR
    else if (type === 'ON') {
      const ch = String.fromCharCode(unit)
      kind = bidi.openingToClosingBracket(ch) !== null || bidi.closingToOpeningBracket(ch) !== null ? BRACKET : MIRRORABLE
    }
    else if (type === 'WS') kind = SPACE
    else if (type === 'NSM') kind = MARK
    else kind = OTHER
    kinds[unit] = kind
  }
  return kind
}

/** What the shortcuts know of a line: none applies, all at level 1, or levels 1 and 2 (Latin inside). */
const GENERAL = 0
const ALL_RTL = 1
const LATIN_INSIDE = 2

/**
 * Which shortcut gives the levels of `text`: a right-to-left paragraph (or « auto » starting with
 * an Arabic letter) of letters, spaces, punctuation and marks, without digits, explicit embeddings,
 * isolates or controls (then the whole algorithm runs).
 */
function shortcutOf(text: string, base: Direction | 'auto'): number {
  if (base === 'ltr' || text.length === 0) return GENERAL
  let latin = false
  let brackets = false
  let firstStrong = 0
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i))
    if (kind === OTHER) return GENERAL
    if (kind === R_LETTER || kind === L_LETTER) firstStrong ||= kind
    if (kind === L_LETTER) latin = true
    else if (kind === BRACKET) brackets = true
    // A mark after a neutral (or first) takes the neutral's type, which the last rule (L1) may
    // read as a space: left to the whole algorithm.
    else if (kind === MARK && (i === 0 || !isLetterOrMark(text.charCodeAt(i - 1)))) return GENERAL
  }
  // « auto » takes its direction from the first strong letter: left to right from a Latin one or
  // without any.
  if (base === 'auto' && firstStrong !== R_LETTER) return GENERAL
  if (!latin) return ALL_RTL
  // Brackets around Latin take the direction of the text around them (N0): the whole algorithm.
  return brackets ? GENERAL : LATIN_INSIDE
}

function isLetterOrMark(unit: number): boolean {
  const kind = kinds[unit]
  return kind === R_LETTER || kind === L_LETTER || kind === MARK
}

/**
 * Levels of a right-to-left line with Latin words inside (« السيد BENNANI، … (ADFM) »), as the
 * algorithm resolves them without numbers or embeddings: marks take their letter's direction
 * (W1); separators are neutrals (W4-W6); a run of neutrals between two Latin letters is left to
 * right, any other right to left (N1-N2, the paragraph's ends counting as right to left); Latin
 * is at level 2 (I2); spaces at the end of the line go back to level 1 (L1).
 */
function latinInsideLevels(text: string): Uint8Array {
  const levels = new Uint8Array(text.length)
  // Strong direction of each unit (1 right to left, 2 left to right), 0 for a neutral.
  let lastStrong = 1
  let neutralsFrom = -1
  for (let i = 0; i < text.length; i++) {
    const kind = kinds[text.charCodeAt(i)]
    let strong = 0
    if (kind === R_LETTER) strong = 1
    else if (kind === L_LETTER) strong = 2
    else if (kind === MARK) strong = levels[i - 1] ?? 1
    if (strong === 0) {
      if (neutralsFrom < 0) neutralsFrom = i
      continue
    }
    if (neutralsFrom >= 0) {
      levels.fill(lastStrong === 2 && strong === 2 ? 2 : 1, neutralsFrom, i)
      neutralsFrom = -1
    }
    levels[i] = strong
    lastStrong = strong
  }
  // Neutrals up to the end: before the paragraph's end (right to left), level 1.
  if (neutralsFrom >= 0) levels.fill(1, neutralsFrom)
  for (let i = text.length - 1; i >= 0 && kinds[text.charCodeAt(i)] === SPACE; i--) levels[i] = 1
  return levels
}

/**
 * Embedding levels of a paragraph (one level per UTF-16 unit). A right-to-left paragraph of Arabic
 * letters, spaces, punctuation and marks only (most lines of an Arabic relevé) is all at level 1
 * without running the whole algorithm: no left-to-right letter, digit or explicit embedding, so
 * marks take the letter's direction (W1), separators and terminators become neutrals (W4-W6),
 * neutrals between right-to-left letters or the paragraph's ends become right to left (N1), and
 * trailing spaces take the paragraph's level 1 (L1). With Latin words inside, see latinInsideLevels.
 */
export function embeddingLevels(text: string, base: Direction | 'auto'): Uint8Array {
  return bidiLine(text, base).levels
}

/** A line's levels and mirrored characters at once; `uniform` when every unit is at level 1. */
export interface BidiLine {
  levels: Uint8Array
  mirrored: Map<number, string>
  uniform: boolean
}

/** `embeddingLevels` and `mirrors` of a whole line, with the shortcut's result kept for `visualRuns`. */
export function bidiLine(text: string, base: Direction | 'auto'): BidiLine {
  const shortcut = shortcutOf(text, base)
  if (shortcut === GENERAL) {
    const levels = bidi.getEmbeddingLevels(text, base).levels
    return { levels, mirrored: mirrors(text, levels), uniform: false }
  }
  const levels = shortcut === ALL_RTL ? new Uint8Array(text.length).fill(1) : latinInsideLevels(text)
  // Only ON characters have a mirror, and only those at an odd level are mirrored.
  const mirrored = new Map<number, string>()
  for (let i = 0; i < text.length; i++) {
    const kind = kinds[text.charCodeAt(i)]
    if ((kind !== MIRRORABLE && kind !== BRACKET) || levels[i] !== 1) continue
    const mirror = bidi.getMirroredCharacter(text[i] ?? '')
    if (mirror !== null) mirrored.set(i, mirror)
  }
  return { levels, mirrored, uniform: shortcut === ALL_RTL }
}

/** The logical indices of `text`'s units in visual order (left to right), for the line [start, end). */
export function visualOrder(text: string, levels: Uint8Array, start = 0, end = text.length): number[] {
  const order: number[] = []
  for (let i = start; i < end; i++) order.push(i)
  if (end <= start) return order
  const result = { levels, paragraphs: [{ start: 0, end: text.length - 1, level: levels[0] ?? 0 }] }
  for (const [from, to] of bidi.getReorderSegments(text, result, start, end - 1)) {
    const a = (from ?? 0) - start
    const b = (to ?? 0) - start
    const flipped = order.slice(a, b + 1).reverse()
    order.splice(a, flipped.length, ...flipped)
  }
  return order
}

/** Mirrored characters (brackets, « », <, …) of the right-to-left units of [start, end), by index. */
export function mirrors(text: string, levels: Uint8Array, start = 0, end = text.length): Map<number, string> {
  if (end <= start) return new Map()
  return bidi.getMirroredCharactersMap(text, levels, start, end - 1)
}

/**
 * The runs of the line [start, end) in visual order. A run never crosses a change of font, of
 * style (bold, italic, size, colour) or of level; inside a right-to-left run the characters go
 * from `end - 1` down to `start` on the page.
 */
export function visualRuns(
  text: string,
  levels: Uint8Array,
  fontRuns: readonly FontRun[],
  start = 0,
  end = text.length,
  uniform = false,
): VisualRun[] {
  if (uniform && start === 0 && end === text.length) {
    const runs = reversedRuns(fontRuns, end)
    if (runs) return runs
  }
  const slotAt = new Array<FontRun | undefined>(end - start)
  for (const run of fontRuns) {
    for (let i = Math.max(run.start, start); i < Math.min(run.end, end); i++) slotAt[i - start] = run
  }
  const runs: VisualRun[] = []
  let current: VisualRun | undefined
  for (const index of visualOrder(text, levels, start, end)) {
    const fontRun = slotAt[index - start]
    const slot = fontRun?.slot ?? 'latin'
    const missing = fontRun?.missing === true
    const rtl = ((levels[index] ?? 0) & 1) === 1
    const style = fontRun?.style ?? 0
    // A surrogate pair stays whole: in a reversed run its low half comes first.
    if (
      current &&
      current.slot === slot &&
      current.missing === missing &&
      current.rtl === rtl &&
      current.style === style &&
      (rtl ? index === current.start - 1 : index === current.end)
    ) {
      if (rtl) current.start = index
      else current.end = index + 1
      continue
    }
    current = { start: index, end: index + 1, slot, missing, rtl, style }
    runs.push(current)
  }
  return runs
}

/**
 * `visualRuns` of a whole line all at level 1 (`bidiLine`'s `uniform`): the font runs from last to
 * first, neighbours of the same font and style joined as there; undefined when the font runs do
 * not cover the line one after the other (then the general path decides).
 */
function reversedRuns(fontRuns: readonly FontRun[], length: number): VisualRun[] | undefined {
  const runs: VisualRun[] = []
  let current: VisualRun | undefined
  let expected = length
  for (let k = fontRuns.length - 1; k >= 0; k--) {
    const run = fontRuns[k] as FontRun
    if (run.end !== expected || run.start >= run.end) return undefined
    expected = run.start
    const missing = run.missing === true
    const style = run.style ?? 0
    if (current && current.slot === run.slot && current.missing === missing && current.style === style) {
      current.start = run.start
      continue
    }
    current = { start: run.start, end: run.end, slot: run.slot, missing, rtl: true, style }
    runs.push(current)
  }
  return expected === 0 ? runs : undefined
}

/** The text of a run as it must be shaped: logical order, mirrored characters swapped. */
export function runText(text: string, run: VisualRun, mirrored: ReadonlyMap<number, string>): string {
  if (!run.rtl || mirrored.size === 0) return text.slice(run.start, run.end)
  let out = ''
  for (let i = run.start; i < run.end; i++) out += mirrored.get(i) ?? text[i]
  return out
}
