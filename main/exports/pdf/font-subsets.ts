/**
 * The embedded font subsets, made cheaper per document. pdfkit asks fontkit for the subset of each
 * face a document used; fontkit decodes every glyph's outline to find composite glyphs' parts and
 * deep-copies the font's header tables each time. Here, per process and per face:
 *  - each glyph's bytes and parts are read once (the outline never changes);
 *  - the subset of a glyph set already embedded (the same relevé exported again, or one using the
 *    same characters) is reused as is, and deflated only once (object-streams.ts).
 * The bytes written are those fontkit writes.
 */
import type * as fontkit from 'fontkit'
import { rememberDeflated } from './object-streams'

/** What we use of fontkit's TrueType subset (not in its types). */
interface TtfSubset {
  font: fontkit.Font
  glyphs: number[]
  glyf: Uint8Array[]
  offset: number
  loca: { offsets: number[] }
  hmtx: { metrics: { advance: number; bearing: number }[] }
  includeGlyph(gid: number): number
  encode(): Uint8Array
  _addGlyph(gid: number): number
}

/** What we use of a fontkit font's internals to read a glyph's bytes. */
interface FontInternals {
  loca?: { offsets: number[] }
  _variationProcessor?: unknown
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array }
  getGlyph(gid: number): {
    advanceWidth: number
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null
    _getMetrics(): { leftBearing: number }
  }
}

interface GlyphBytes {
  bytes: Uint8Array
  parts: { glyphID: number; pos: number }[] | undefined
  advance: number
  bearing: number
}

const glyphsOf = new WeakMap<object, Map<number, GlyphBytes>>()

function readGlyph(font: FontInternals, gid: number): GlyphBytes {
  const glyph = font.getGlyph(gid)
  const glyf = glyph._decode()
  const offsets = font.loca?.offsets ?? []
  const start = offsets[gid] ?? 0
  const stream = font._getTableStream('glyf')
  stream.pos += start
  const bytes = Uint8Array.from(stream.readBuffer((offsets[gid + 1] ?? start) - start))
  const parts = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : undefined
  return { bytes, parts, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }
}

/** fontkit's `_addGlyph` (TTFSubset), from glyph bytes read once per process. */
function addGlyph(this: TtfSubset, gid: number): number {
  const font = this.font as unknown as FontInternals
  let known = glyphsOf.get(font)
  if (!known) {
    known = new Map()
    glyphsOf.set(font, known)
  }
  let glyph = known.get(gid)
  if (!glyph) {
    glyph = readGlyph(font, gid)
    known.set(gid, glyph)
  }
  let bytes = glyph.bytes
  if (glyph.parts) {
    // A composite glyph names its parts by glyph id: renumber them as in the subset.
    bytes = Uint8Array.from(bytes)
    const view = new DataView(bytes.buffer)
    for (const part of glyph.parts) view.setUint16(part.pos, this.includeGlyph(part.glyphID))
  }
  this.glyf.push(bytes)
  this.loca.offsets.push(this.offset)
  this.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bearing })
  this.offset += bytes.length
  return this.glyf.length - 1
}

/** Subsets already encoded, per font, by glyph list; a few per face (the last relevés exported). */
const encodedOf = new WeakMap<object, Map<string, Uint8Array>>()
const KEPT_PER_FONT = 4

function isTtfSubset(subset: unknown): subset is TtfSubset {
  const s = subset as Partial<TtfSubset> | undefined
  return typeof s?._addGlyph === 'function' && typeof s.encode === 'function' && Array.isArray(s.glyphs) && typeof s.font === 'object'
}

/**
 * Makes a document's subset of one face (pdfkit's `EmbeddedFont.subset`) use the per-process
 * glyph bytes and encoded subsets. Anything else (a CFF font, a variable font, a fontkit release
 * without these internals) is left to fontkit.
 */
export function speedUpSubset(subset: unknown): void {
  if (!isTtfSubset(subset)) return
  const font = subset.font as unknown as FontInternals
  if (font._variationProcessor || !font.loca) return
  subset._addGlyph = addGlyph
  const encode = subset.encode.bind(subset)
  subset.encode = () => {
    let encoded = encodedOf.get(font)
    if (!encoded) {
      encoded = new Map()
      encodedOf.set(font, encoded)
    }
    const key = subset.glyphs.join(',')
    const known = encoded.get(key)
    if (known) return known
    const bytes = encode()
    if (encoded.size >= KEPT_PER_FONT) encoded.delete(encoded.keys().next().value as string)
    encoded.set(key, bytes)
    rememberDeflated(bytes)
    return bytes
  }
}
