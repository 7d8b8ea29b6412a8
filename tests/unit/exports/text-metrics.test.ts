/**
 * The PDF's faster measuring and encoding (main/exports/pdf/text-metrics.ts) give exactly what
 * pdfkit gives: widths compared with pdfkit's own `widthOfString`, measured in a plain pdfkit
 * document before ours changes anything, over accented French, long words, tabs and no-break
 * spaces; glyphs and hex codes compared with pdfkit's own layout and encode. Text the Latin fonts
 * cannot draw (Arabic, emoji) is measured by the bidi writer with the fallback fonts instead.
 */
import PDFDocument from 'pdfkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { RelevePdfDocument } from '../../../main/exports/pdf/document'
import { FACES, loadFonts, registerFonts, type Face } from '../../../main/exports/pdf/fonts'
import { encodeShaped, isEmbeddedFont, pdfkitOriginals, shapedPieceOf, type EmbeddedFontLike } from '../../../main/exports/pdf/text-metrics'
import { needsComplexLayout } from '../../../main/exports/pdf/bidi/draw-line'

const LONG_WORD = 'anticonstitutionnellement'.repeat(8)
const TEXTS = [
  '',
  ' ',
  'a',
  'Relevé de conclusions',
  'Élaboration du plan d’action : à l’été 2020, « co-création » des engagements (70 %) ; où ? là !',
  'AVANT Tout, fi ffl ffi — Wa Yo To Av',
  'Le comité a validé  deux   espaces\tune tabulation\t\tet la fin ',
  'no-break\u00A0space and narrow\u202Fone; thin\u2009space',
  'اللجنة الوطنية للحكومة المنفتحة',
  'Rapport مختلط عربي et français 2024',
  LONG_WORD,
  `${LONG_WORD} ${LONG_WORD}`,
  'Ünïcödé ÀÂÇÈÉÊËÎÏÔŒÙÛÜŸ àâçèéêëîïôœùûüÿ',
  'emoji 😀 and symbols ✓ → ≥ €',
  'trailing spaces   ',
  '   leading spaces',
]
/** Every start of a long word, as line wrapping measures them when it cuts the word. */
const PIECES = Array.from({ length: 60 }, (_, n) => LONG_WORD.slice(0, n + 1))
const SIZES = [7.5, 8.5, 9, 10, 11, 12.5, 16]
const FACE_LIST = Object.keys(FACES) as Face[]

/** Widths measured by a plain pdfkit document, before our document has been created. */
const genuine = new Map<string, number>()
const key = (face: Face, size: number, text: string): string => `${face}|${size}|${text}`

beforeAll(() => {
  const plain = new PDFDocument({ autoFirstPage: false, font: '' } as PDFKit.PDFDocumentOptions)
  const fonts = loadFonts()
  for (const face of FACE_LIST) {
    plain.registerFont(FACES[face], fonts[face], FACES[face])
    for (const size of SIZES) {
      plain.font(FACES[face], size)
      for (const text of TEXTS) genuine.set(key(face, size, text), plain.widthOfString(text))
    }
  }
  plain.font(FACES.regular, 9)
  for (const piece of PIECES) genuine.set(key('regular', 9, piece), plain.widthOfString(piece))
  expect(pdfkitOriginals.layout).toBeUndefined()
})

function ourDocument(): RelevePdfDocument {
  const doc = new RelevePdfDocument({ autoFirstPage: false, font: '' } as PDFKit.PDFDocumentOptions)
  registerFonts(doc)
  return doc
}

function embedded(doc: RelevePdfDocument): EmbeddedFontLike {
  const font = (doc as unknown as { _font?: unknown })._font
  if (!isEmbeddedFont(font)) throw new Error('no embedded font')
  return font
}

describe('text measuring in the PDF', () => {
  it('gives the very width pdfkit gives, in every face and size, twice (measured, then remembered)', () => {
    const doc = ourDocument()
    for (let pass = 0; pass < 2; pass++) {
      for (const face of FACE_LIST) {
        for (const size of SIZES) {
          doc.font(FACES[face], size)
          const font = (doc as unknown as { _font?: unknown })._font
          for (const text of TEXTS) {
            if (needsComplexLayout(font, text)) continue
            expect(doc.widthOfString(text), key(face, size, text)).toBe(genuine.get(key(face, size, text)))
          }
        }
      }
    }
  })

  it('measures a word cut anywhere as pdfkit does, so that long words break at the same place', () => {
    const doc = ourDocument()
    doc.font(FACES.regular, 9)
    for (const piece of PIECES) expect(doc.widthOfString(piece), piece).toBe(genuine.get(key('regular', 9, piece)))
  })

  it('leaves text with character spacing or scaling to pdfkit', () => {
    const doc = ourDocument()
    doc.font(FACES.regular, 10)
    const plain = genuine.get(key('regular', 10, 'Relevé de conclusions')) ?? NaN
    expect(doc.widthOfString('Relevé de conclusions', { characterSpacing: 1 })).toBeCloseTo(plain + 20, 6)
    expect(doc.widthOfString('Relevé de conclusions', { horizontalScaling: 50 } as PDFKit.Mixins.TextOptions)).toBeCloseTo(plain / 2, 6)
  })
})

describe('glyph encoding in the PDF', () => {
  it('lays out and encodes every text as pdfkit’s own methods do, Arabic fallback included', () => {
    const doc = ourDocument()
    for (const face of FACE_LIST) {
      doc.font(FACES[face], 10)
      const font = embedded(doc)
      for (const text of TEXTS) {
        const ours = font.layout(text)
        const theirs = pdfkitOriginals.layout?.call(font, text)
        expect(ours.advanceWidth, text).toBe(theirs?.advanceWidth)
        expect(ours.glyphs?.map((g) => g.id)).toEqual(theirs?.glyphs?.map((g) => g.id))
        expect(ours.positions).toEqual(theirs?.positions)
        expect(font.encode(text)).toEqual(pdfkitOriginals.encode?.call(font, text))
      }
    }
  })

  it('encodes a piece from its remembered shape exactly as encoding its text does (glyph codes, positions)', () => {
    const doc = ourDocument()
    for (const face of FACE_LIST) {
      doc.font(FACES[face], 10)
      const font = embedded(doc)
      for (const text of [...TEXTS, ...PIECES]) {
        // The space-ended pieces the writer encodes one by one.
        for (const piece of text.match(/[^ \t]*[ \t]|[^ \t]+$/gu) ?? []) {
          expect(encodeShaped(font, shapedPieceOf(font, piece)), piece).toEqual(pdfkitOriginals.encode?.call(font, piece))
        }
      }
    }
  })

  it('hands Arabic and emoji to the bidi writer, measured with the fallback fonts, not as missing-glyph boxes', () => {
    const doc = ourDocument()
    doc.font(FACES.regular, 10)
    const font = (doc as unknown as { _font?: unknown })._font
    for (const text of ['لجنة', 'Rapport مختلط عربي et français 2024', 'emoji 😀 and symbols ✓ → ≥ €']) {
      expect(needsComplexLayout(font, text), text).toBe(true)
    }
    expect(needsComplexLayout(font, 'Élaboration du plan d’action : « co-création » (70 %)')).toBe(false)
    // The Latin font alone would draw four boxes of its .notdef width: the Arabic font's letters are narrower.
    const boxes = (embedded(doc).layout('لجنة').advanceWidth * 10) / 1000
    expect(doc.widthOfString('لجنة')).toBeGreaterThan(0)
    expect(doc.widthOfString('لجنة')).not.toBeCloseTo(boxes, 1)
  })
})
