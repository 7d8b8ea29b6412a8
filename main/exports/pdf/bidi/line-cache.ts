/**
 * The per-process cache of laid-out lines and the writer of their PDF operators (bidi/draw-line.ts
 * lays a line out; this module remembers the layout by its text and styles, and writes glyphs).
 */
import type * as fontkit from 'fontkit'
import type { Direction, VisualRun } from './order'
import { unitsPerEm, type ShapedGlyph, type ShapedRun } from './shape'
import type { LaidLine, LineDoc, PdfFont, StyledText } from './draw-line'

/** A laid-out run without the document's font objects: what a line's layout is, in any document. */
export interface KnownRun extends VisualRun {
  glyphs: ShapedGlyph[]
  /** The words shaped once per process the glyphs come from (ShapedRun.parts). */
  parts?: readonly ShapedRun[]
  width: number
  size: number
  color?: string
}

export interface KnownLine {
  runs: KnownRun[]
  width: number
  actualText: boolean
  unprintable: string[]
  logical: string
  /** The logical text as ActualText writes it. */
  actualHex: string
}

// Lines repeat (labels, names, table headers, the same relevé exported again): each styled line is
// laid out once per process, by text, faces, sizes, colours and base direction; bounded.
const knownLines = new Map<string, KnownLine>()
const MAX_LINES = 5000
const faceIds = new WeakMap<object, number>()
let lastFaceId = 0
function faceId(font: fontkit.Font): number {
  let id = faceIds.get(font)
  if (id === undefined) faceIds.set(font, (id = ++lastFaceId))
  return id
}

function lineKey(pieces: readonly StyledText[], base: Direction | 'auto'): string {
  let key = base
  for (const p of pieces) key += `\u0001${faceId(p.font.font)}\u0002${p.size}\u0002${p.color ?? ''}\u0002${p.text}`
  return key
}

/** The layout of a styled line, from the cache or made by `layout` (and remembered). */
export function knownLine(
  pieces: readonly StyledText[],
  base: Direction | 'auto',
  layout: (pieces: readonly StyledText[], base: Direction | 'auto') => KnownLine,
): KnownLine {
  const key = lineKey(pieces, base)
  let known = knownLines.get(key)
  if (!known) {
    known = layout(pieces, base)
    if (knownLines.size >= MAX_LINES) knownLines.clear()
    knownLines.set(key, known)
  }
  return known
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000)
}

/** A PDF text string in UTF-16BE, as ActualText needs for any script. */
export function pdfUtf16(text: string): string {
  let hex = '<FEFF'
  for (let i = 0; i < text.length; i++) hex += unitHex(text.charCodeAt(i))
  return `${hex}>`
}

// The four upper-case hex digits of each UTF-16 unit met, made once per process.
const unitHexes: string[] = []
function unitHex(unit: number): string {
  return (unitHexes[unit] ??= unit.toString(16).padStart(4, '0').toUpperCase())
}

// The hex code of each glyph id of a subset (small numbers), made once per process.
const glyphCodes: string[] = []
function glyphCode(gid: number): string {
  return (glyphCodes[gid] ??= `<${gid.toString(16).padStart(4, '0')}>`)
}

/** The glyph's id in the document's subset, its width and text recorded there on first use. */
function includeGlyph(font: PdfFont, g: ShapedGlyph, toThousandths: number): number {
  const gid = font.subset.includeGlyph(g.id)
  font.widths[gid] ??= g.advanceWidth * toThousandths
  font.unicode[gid] ??= g.codePoints
  return gid
}

// The TJ operands of each word shaped once per process (ShapedRun), per document font: a word
// repeats throughout a relevé, its glyphs are looked up in the subset once. `null`: the word has
// a glyph with an offset, which needs its own text matrix (written glyph by glyph).
const encodedParts = new WeakMap<object, Map<ShapedRun, string | null>>()

function encodedPart(font: PdfFont, part: ShapedRun, toThousandths: number): string | undefined {
  let byPart = encodedParts.get(font)
  if (!byPart) encodedParts.set(font, (byPart = new Map()))
  let known = byPart.get(part)
  if (known === undefined) {
    known = part.glyphs.some((g) => g.xOffset !== 0 || g.yOffset !== 0) ? null : encodeGlyphs(font, part, toThousandths)
    byPart.set(part, known)
  }
  return known ?? undefined
}

/** Codes and adjustments of glyphs without offsets, as the writer's chunk has them. */
function encodeGlyphs(font: PdfFont, part: ShapedRun, toThousandths: number): string {
  let chunk = ''
  for (const g of part.glyphs) {
    const code = glyphCode(includeGlyph(font, g, toThousandths))
    chunk = chunk === '' ? code : `${chunk} ${code}`
    const adjust = (g.xAdvance - g.advanceWidth) * toThousandths
    if (Math.abs(adjust) > 0.001) chunk += ` ${num(-adjust)}`
  }
  return chunk
}

/** Writes the glyphs of a laid-out line with its top-left at (x, y) in pdfkit's coordinates. */
export function writeLine(doc: LineDoc, line: LaidLine, logical: string, x: number, y: number, ascender: number): void {
  writeStyledLine(doc, line, logical, x, y, (ascender / 1000) * doc._fontSize)
}

/**
 * Writes a laid-out line whose runs may differ in face, size and colour; `ascent` (points) is the
 * distance from the top of the line to its baseline.
 */
export function writeStyledLine(
  doc: LineDoc,
  line: LaidLine,
  logical: string,
  x: number,
  y: number,
  ascent: number,
): void {
  doc.save()
  doc.transform(1, 0, 0, -1, 0, doc.page.height)
  // The operators of the line, written in one go (pdfkit copies each piece written into a buffer).
  let ops = ''
  // Inside the transform: readers place the replacement text with the graphics state at EMC.
  if (line.actualText) {
    const hex = line.actualHex !== undefined && line.logical === logical ? line.actualHex : pdfUtf16(logical)
    ops += `/Span <</ActualText ${hex}>> BDC\n`
  }
  const baseline = doc.page.height - y - ascent
  ops += 'BT\n'
  let pen = x
  let color: string | undefined
  for (const run of line.runs) {
    const font = run.font
    const size = run.size
    if (run.color !== undefined && run.color !== color) {
      if (ops !== '') doc.addContent(ops.slice(0, -1))
      ops = ''
      doc.fillColor(run.color)
      color = run.color
    }
    if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref()
    ops += `/${font.id} ${num(size)} Tf\n`
    const upem = unitsPerEm(font.font)
    const k = size / upem
    const toThousandths = 1000 / upem
    let chunk = ''
    const parts: readonly { glyphs: readonly ShapedGlyph[] }[] = run.parts ?? [run]
    for (const part of parts) {
      // A word without offset glyphs: its codes and adjustments as encoded for this document.
      const encoded =
        run.parts !== undefined && part.glyphs.length > 0 ? encodedPart(font, part as ShapedRun, toThousandths) : undefined
      if (encoded !== undefined) {
        if (chunk === '') {
          ops += `1 0 0 1 ${num(pen)} ${num(baseline)} Tm\n`
          chunk = encoded
        } else chunk += ` ${encoded}`
        for (const g of part.glyphs) pen += g.xAdvance * k
        continue
      }
      for (const g of part.glyphs) {
        const code = glyphCode(includeGlyph(font, g, toThousandths))
        if (g.xOffset !== 0 || g.yOffset !== 0) {
          if (chunk !== '') ops += `[${chunk}] TJ\n`
          chunk = ''
          ops += `1 0 0 1 ${num(pen + g.xOffset * k)} ${num(baseline + g.yOffset * k)} Tm\n[${code}] TJ\n`
          pen += g.xAdvance * k
          continue
        }
        if (chunk === '') {
          ops += `1 0 0 1 ${num(pen)} ${num(baseline)} Tm\n`
          chunk = code
        } else chunk += ` ${code}`
        const adjust = (g.xAdvance - g.advanceWidth) * toThousandths
        if (Math.abs(adjust) > 0.001) chunk += ` ${num(-adjust)}`
        pen += g.xAdvance * k
      }
    }
    if (chunk !== '') ops += `[${chunk}] TJ\n`
  }
  ops += 'ET'
  if (line.actualText) ops += '\nEMC'
  doc.addContent(ops)
  doc.restore()
}
