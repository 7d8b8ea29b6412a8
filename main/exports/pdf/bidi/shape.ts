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
}

// Runs repeat (names, words of the minutes): shaped once per font and text, bounded.
const cache = new WeakMap<object, Map<string, ShapedRun>>()
const MAX_RUNS = 20000

/** Shapes `text` (logical order, mirrored characters already swapped) in `font`. */
export function shapeRun(font: fontkit.Font, text: string, rtl: boolean): ShapedRun {
  let byText = cache.get(font)
  if (!byText) {
    byText = new Map()
    cache.set(font, byText)
  }
  const key = rtl ? `r${text}` : `l${text}`
  const known = byText.get(key)
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
  byText.set(key, run)
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
  let advance = 0
  for (const token of tokens) {
    const run = shapeRun(font, token, rtl)
    for (const glyph of run.glyphs) glyphs.push(glyph)
    advance += run.advance
  }
  return { glyphs, advance }
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
