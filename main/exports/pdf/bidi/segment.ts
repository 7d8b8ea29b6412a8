/**
 * Which font draws each character of a string: the Latin face first, then the Arabic face, then
 * the symbol fallback. A character none of them has is drawn as a visible replacement (U+FFFD
 * from the symbol font) and reported, never left blank. Pure: the fonts come in as coverage tests.
 */

/** The fonts a run can be drawn with, in the order they are tried. */
export type FontSlot = 'latin' | 'arabic' | 'symbols'
export const SLOTS: readonly FontSlot[] = ['latin', 'arabic', 'symbols']

/** A run of the logical string, [start, end) in UTF-16 units, drawn with one font. */
export interface FontRun {
  start: number
  end: number
  slot: FontSlot
  /** Drawn as the replacement character (no font has it). */
  missing?: boolean
  /** Index of the styled run (face, size, colour) it belongs to, in a line of several. */
  style?: number
}

export type Covers = (slot: FontSlot, codePoint: number) => boolean

/** The replacement drawn for a character no font has. */
export const REPLACEMENT = 0xfffd

/**
 * Characters that belong to no script: they take the font of the text around them when that font
 * has them, so that a space or a comma between two Arabic words does not switch fonts. Digits stay
 * with the Latin face when it has them, so that figures look the same in both scripts.
 */
export function isNeutral(cp: number): boolean {
  if (cp <= 0x40) return !(cp >= 0x30 && cp <= 0x39) // space, punctuation (not digits)
  if (cp >= 0x5b && cp <= 0x60) return true
  if (cp >= 0x7b && cp <= 0xbf) return cp !== 0xaa && cp !== 0xb5 && cp !== 0xba
  if (cp === 0xd7 || cp === 0xf7) return true
  if (cp >= 0x300 && cp <= 0x36f) return true // combining marks follow their base
  if (cp >= 0x64b && cp <= 0x65f) return true // harakat
  if (cp === 0x670 || cp === 0x640) return true // superscript alef, tatweel
  if (cp >= 0x2000 && cp <= 0x206f) return true // general punctuation, bidi controls
  return false
}

/** True for the characters the Unicode bidi algorithm treats as right to left (Hebrew, Arabic and their presentation forms). */
export function isRtlChar(cp: number): boolean {
  return (
    (cp >= 0x590 && cp <= 0x8ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  )
}

/** Explicit direction marks and embeddings (LRM, RLM, LRE…PDF, LRI…PDI, ALM). */
export function isBidiControl(cp: number): boolean {
  return (
    cp === 0x200e || cp === 0x200f || cp === 0x61c || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
  )
}

// Slots as small numbers, for the typed arrays below.
const NONE = 3
const SLOT_CODES: readonly FontSlot[] = SLOTS

// The first slot covering each BMP code point, per coverage test, looked up once (NONE + 1: not yet).
const firstSlots = new WeakMap<Covers, Uint8Array>()

function firstCovering(covers: Covers, cp: number): number {
  for (let s = 0; s < SLOT_CODES.length; s++) if (covers(SLOT_CODES[s] as FontSlot, cp)) return s
  return NONE
}

function firstCoveringCached(covers: Covers, table: Uint8Array, cp: number): number {
  if (cp >= 0x10000) return firstCovering(covers, cp)
  let s = table[cp] ?? 0
  if (s === NONE + 1) table[cp] = s = firstCovering(covers, cp)
  return s
}

function isControl(cp: number): boolean {
  return isBidiControl(cp) || cp === 0x200d || cp === 0x200c || cp === 0xfe0f || cp === 0xfe0e
}

// Per code point of the text being split: its slot, and whether it is missing or neutral.
const MISSING = 1
const NEUTRAL = 2

/**
 * Splits `text` into runs of one font each, in logical order. `unprintable` lists each character
 * no font has (once each, in order of appearance).
 */
export function segmentByFont(text: string, covers: Covers): { runs: FontRun[]; unprintable: string[] } {
  const runs: FontRun[] = []
  const unprintable: string[] = []
  let table = firstSlots.get(covers)
  if (!table) firstSlots.set(covers, (table = new Uint8Array(0x10000).fill(NONE + 1)))
  // First pass: each code point's own choice; neutrals are decided after, from their neighbours.
  // One entry per code point (at most one per UTF-16 unit), no object per character.
  const slots = new Uint8Array(text.length)
  const flags = new Uint8Array(text.length)
  let n = 0
  for (let i = 0; i < text.length; n++) {
    const cp = text.codePointAt(i) ?? 0
    i += cp > 0xffff ? 2 : 1
    // Controls draw nothing: any font will do, they stay with their neighbours.
    const control = isControl(cp)
    const slot = control ? NONE : firstCoveringCached(covers, table, cp)
    const missing = !control && slot === NONE
    if (missing) {
      const ch = String.fromCodePoint(cp)
      if (!unprintable.includes(ch)) unprintable.push(ch)
    }
    slots[n] = missing ? 2 : slot
    flags[n] = (missing ? MISSING : 0) | (control || (!missing && isNeutral(cp)) ? NEUTRAL : 0)
  }
  // The font of the next code point that is neither neutral nor missing, for each code point.
  const nextSlot = new Uint8Array(n)
  let following = NONE
  for (let k = n - 1; k >= 0; k--) {
    nextSlot[k] = following
    if ((flags[k] ?? 0) === 0) following = slots[k] ?? NONE
  }
  let previous = NONE
  let last: FontRun | undefined
  for (let k = 0, at = 0; k < n; k++) {
    const cp = text.codePointAt(at) ?? 0
    const len = cp > 0xffff ? 2 : 1
    const flag = flags[k] ?? 0
    const missing = (flag & MISSING) !== 0
    let slot = slots[k] ?? NONE
    if ((flag & NEUTRAL) !== 0) {
      // Keep the previous font when it has this character; else the next non-neutral's font.
      let chosen = NONE
      if (previous !== NONE && (slot === NONE || covers(SLOT_CODES[previous] as FontSlot, cp))) chosen = previous
      if (chosen === NONE) {
        const next = nextSlot[k] ?? NONE
        if (next !== NONE && (slot === NONE || covers(SLOT_CODES[next] as FontSlot, cp))) chosen = next
      }
      slot = chosen !== NONE ? chosen : slot !== NONE ? slot : 0
    }
    const name = SLOT_CODES[slot] as FontSlot
    if (last && last.slot === name && Boolean(last.missing) === missing && last.end === at) last.end = at + len
    else {
      last = missing ? { start: at, end: at + len, slot: name, missing: true } : { start: at, end: at + len, slot: name }
      runs.push(last)
    }
    if (!missing) previous = slot
    at += len
  }
  return { runs, unprintable }
}
