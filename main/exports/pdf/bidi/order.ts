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

/** Embedding levels of a paragraph (one level per UTF-16 unit). */
export function embeddingLevels(text: string, base: Direction | 'auto'): Uint8Array {
  return bidi.getEmbeddingLevels(text, base).levels
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
): VisualRun[] {
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

/** The text of a run as it must be shaped: logical order, mirrored characters swapped. */
export function runText(text: string, run: VisualRun, mirrored: ReadonlyMap<number, string>): string {
  if (!run.rtl || mirrored.size === 0) return text.slice(run.start, run.end)
  let out = ''
  for (let i = run.start; i < run.end; i++) out += mirrored.get(i) ?? text[i]
  return out
}
