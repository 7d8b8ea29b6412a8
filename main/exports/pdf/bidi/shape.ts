/**
 * Shaping one run with fontkit: OpenType GSUB/GPOS for the run's script, so Arabic letters take
 * their initial, medial, final or isolated forms and lam-alef its ligature, and marks (harakat)
 * sit on their letters. A right-to-left run comes back in visual order (fontkit reverses it).
 */
import type * as fontkit from 'fontkit'

/** A glyph as drawn: font units, in visual order. */
export interface ShapedGlyph {
  id: number
  codePoints: number[]
  /** The glyph's own width (what the PDF font's /Widths says). */
  advanceWidth: number
  /** Where the pen goes after it (kerning and cursive attachment included). */
  xAdvance: number
  xOffset: number
  yOffset: number
}

export interface ShapedRun {
  glyphs: ShapedGlyph[]
  /** Sum of the advances, in font units. */
  advance: number
  /**
   * The runs shaped once per process (`shapeRun`'s, one per word or space) whose glyphs these are,
   * in visual order; absent when this is itself one of them. The writer encodes each once per document.
   */
  parts?: ShapedRun[]
}

// Runs repeat (names, words of the minutes): shaped once per font, direction and text, bounded.
// Keyed by the text itself (whose hash V8 keeps with the string), one map per direction.
interface ByDirection {
  rtl: Map<string, ShapedRun>
  ltr: Map<string, ShapedRun>
}
const cache = new WeakMap<object, ByDirection>()
const MAX_RUNS = 20000

/** Shapes `text` (logical order, mirrored characters already swapped) in `font`. */
export function shapeRun(font: fontkit.Font, text: string, rtl: boolean): ShapedRun {
  let maps = cache.get(font)
  if (!maps) {
    maps = { rtl: new Map(), ltr: new Map() }
    cache.set(font, maps)
  }
  const byText = rtl ? maps.rtl : maps.ltr
  const known = byText.get(text)
  if (known) return known
  const layout = font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr')
  const glyphs: ShapedGlyph[] = []
  let advance = 0
  layout.glyphs.forEach((glyph, i) => {
    const pos = layout.positions[i]
    const xAdvance = pos?.xAdvance ?? glyph.advanceWidth
    glyphs.push({
      id: glyph.id,
      codePoints: glyph.codePoints,
      advanceWidth: glyph.advanceWidth,
      xAdvance,
      xOffset: pos?.xOffset ?? 0,
      yOffset: pos?.yOffset ?? 0,
    })
    advance += xAdvance
  })
  const run = { glyphs, advance }
  if (byText.size >= MAX_RUNS) byText.clear()
  byText.set(text, run)
  return run
}

/**
 * `shapeRun` word by word: Arabic letters join only inside a word, so a run shapes as its words and
 * spaces shaped apart, each remembered (as pdfkit measures Latin text). A new line of known words
 * then costs no shaping. A right-to-left run's words are laid in reverse, each in its own visual order.
 */
export function shapeWords(font: fontkit.Font, text: string, rtl: boolean): ShapedRun {
  const tokens = text.match(TOKENS)
  if (!tokens || tokens.length < 2) return shapeRun(font, text, rtl)
  if (rtl) tokens.reverse()
  const glyphs: ShapedGlyph[] = []
  const parts: ShapedRun[] = []
  let advance = 0
  for (const token of tokens) {
    const run = shapeRun(font, token, rtl)
    for (const glyph of run.glyphs) glyphs.push(glyph)
    parts.push(run)
    advance += run.advance
  }
  return { glyphs, advance, parts }
}

/** `shapeWords(font, text, rtl).advance`, without building the glyph list. */
export function shapedAdvance(font: fontkit.Font, text: string, rtl: boolean): number {
  const tokens = text.match(TOKENS)
  if (!tokens || tokens.length < 2) return shapeRun(font, text, rtl).advance
  let advance = 0
  for (const token of tokens) advance += shapeRun(font, token, rtl).advance
  return advance
}

const TOKENS = /\s+|\S+/gu

// fontkit reads the head table at each `unitsPerEm`: once per font.
const unitsPerEmOf = new WeakMap<object, number>()

/** The font's units per em, read once per font. */
export function unitsPerEm(font: fontkit.Font): number {
  let upem = unitsPerEmOf.get(font)
  if (upem === undefined) unitsPerEmOf.set(font, (upem = font.unitsPerEm))
  return upem
}
