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
function isNeutral(cp: number): boolean {
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

function firstCovering(covers: Covers, cp: number): FontSlot | undefined {
  for (const slot of SLOTS) if (covers(slot, cp)) return slot
  return undefined
}

/**
 * Splits `text` into runs of one font each, in logical order. `unprintable` lists each character
 * no font has (once each, in order of appearance).
 */
export function segmentByFont(text: string, covers: Covers): { runs: FontRun[]; unprintable: string[] } {
  const runs: FontRun[] = []
  const unprintable: string[] = []
  // First pass: each code point's own choice; neutrals are decided after, from their neighbours.
  const cps: { at: number; len: number; cp: number; slot: FontSlot | undefined; missing: boolean; neutral: boolean }[] =
    []
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0
    const len = cp > 0xffff ? 2 : 1
    // Controls draw nothing: any font will do, they stay with their neighbours.
    const control = isBidiControl(cp) || cp === 0x200d || cp === 0x200c || cp === 0xfe0f || cp === 0xfe0e
    const slot = control ? undefined : firstCovering(covers, cp)
    const missing = !control && slot === undefined
    if (missing) {
      const ch = String.fromCodePoint(cp)
      if (!unprintable.includes(ch)) unprintable.push(ch)
    }
    cps.push({
      at: i,
      len,
      cp,
      slot: missing ? 'symbols' : slot,
      missing,
      neutral: control || (!missing && isNeutral(cp)),
    })
    i += len
  }
  // The font of the next character that is neither neutral nor missing, for each position.
  const nextSlot = new Array<FontSlot | undefined>(cps.length)
  let following: FontSlot | undefined
  for (let k = cps.length - 1; k >= 0; k--) {
    nextSlot[k] = following
    const c = cps[k]
    if (c && !c.neutral && !c.missing) following = c.slot
  }
  let previous: FontSlot | undefined
  for (let k = 0; k < cps.length; k++) {
    const c = cps[k]
    if (!c) continue
    if (c.neutral) {
      // Keep the previous font when it has this character; else the next non-neutral's font.
      let chosen: FontSlot | undefined
      if (previous && (c.slot === undefined || covers(previous, c.cp))) chosen = previous
      if (!chosen) {
        const next = nextSlot[k]
        if (next && (c.slot === undefined || covers(next, c.cp))) chosen = next
      }
      c.slot = chosen ?? c.slot ?? 'latin'
    }
    const slot = c.slot ?? 'latin'
    const last = runs[runs.length - 1]
    if (last && last.slot === slot && Boolean(last.missing) === c.missing && last.end === c.at) last.end = c.at + c.len
    else
      runs.push(
        c.missing ? { start: c.at, end: c.at + c.len, slot, missing: true } : { start: c.at, end: c.at + c.len, slot },
      )
    if (!c.missing) previous = slot
  }
  return { runs, unprintable }
}
