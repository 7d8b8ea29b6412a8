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

// What each UTF-16 unit is for the all-right-to-left shortcut below, looked up once per process:
// 0 not yet known; 1 a right-to-left letter (R, AL); 2 a neutral or a mark that takes the level
// around it (WS, CS, ES, ET, NSM); 3 the same for ON, which may be mirrored; 4 anything else.
const RTL_LETTER = 1
const RTL_NEUTRAL = 2
const RTL_OTHER = 3
const NOT_RTL = 4
const rtlKinds = new Uint8Array(0x10000)

function rtlKind(unit: number): number {
  let kind = rtlKinds[unit] ?? NOT_RTL
  if (kind === 0) {
    const type = unit >= 0xd800 && unit <= 0xdfff ? 'L' : bidi.getBidiCharTypeName(String.fromCharCode(unit))
    if (type === 'R' || type === 'AL') kind = RTL_LETTER
    else if (type === 'WS' || type === 'CS' || type === 'ES' || type === 'ET' || type === 'NSM') kind = RTL_NEUTRAL
    else if (type === 'ON') kind = RTL_OTHER
    else kind = NOT_RTL
    rtlKinds[unit] = kind
  }
  return kind
}

/**
 * 0 when the bidi algorithm puts every unit of `text` at level 1; else 1 when the line also has
 * characters that may be mirrored (ON), 2 when it does not (see `embeddingLevels`).
 */
function allRtl(text: string, base: Direction | 'auto'): 0 | 1 | 2 {
  if (base === 'ltr' || text.length === 0) return 0
  let letters = false
  let other = false
  for (let i = 0; i < text.length; i++) {
    const kind = rtlKind(text.charCodeAt(i))
    if (kind === NOT_RTL) return 0
    if (kind === RTL_LETTER) letters = true
    else if (kind === RTL_OTHER) other = true
  }
  // Without a strong letter, « auto » takes the left-to-right level 0.
  if (base === 'auto' && !letters) return 0
  return other ? 1 : 2
}

/**
 * Embedding levels of a paragraph (one level per UTF-16 unit). A right-to-left paragraph of Arabic
 * letters, spaces, punctuation and marks only (most lines of an Arabic relevé) is all at level 1
 * without running the whole algorithm: no left-to-right letter, digit or explicit embedding, so
 * marks take the letter's direction (W1), separators and terminators become neutrals (W4-W6),
 * neutrals between right-to-left letters or the paragraph's ends become right to left (N1), and
 * trailing spaces take the paragraph's level 1 (L1).
 */
export function embeddingLevels(text: string, base: Direction | 'auto'): Uint8Array {
  if (allRtl(text, base) !== 0) return new Uint8Array(text.length).fill(1)
  return bidi.getEmbeddingLevels(text, base).levels
}

/** A line's levels and mirrored characters at once; `uniform` when every unit is at level 1. */
export interface BidiLine {
  levels: Uint8Array
  mirrored: Map<number, string>
  uniform: boolean
}

const NO_MIRRORS: ReadonlyMap<number, string> = new Map()

/** `embeddingLevels` and `mirrors` of a whole line, with the shortcut's result kept for `visualRuns`. */
export function bidiLine(text: string, base: Direction | 'auto'): BidiLine {
  const kind = allRtl(text, base)
  if (kind === 0) {
    const levels = bidi.getEmbeddingLevels(text, base).levels
    return { levels, mirrored: mirrors(text, levels), uniform: false }
  }
  const levels = new Uint8Array(text.length).fill(1)
  // Only ON characters have a mirror (bidi-js's table): none in the line, none to look up.
  if (kind === 2) return { levels, mirrored: NO_MIRRORS as Map<number, string>, uniform: true }
  const mirrored = new Map<number, string>()
  for (let i = 0; i < text.length; i++) {
    if (rtlKinds[text.charCodeAt(i)] !== RTL_OTHER) continue
    const mirror = bidi.getMirroredCharacter(text[i] ?? '')
    if (mirror !== null) mirrored.set(i, mirror)
  }
  return { levels, mirrored, uniform: true }
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
