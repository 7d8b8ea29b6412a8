/**
 * Bold and italic inside Arabic and mixed lines of the PDF (issue 14 #3): the bidi algorithm
 * orders the whole line, and each visual run is drawn in the face of the words it holds.
 *
 * Read back from the uncompressed file: each line's marked content (ActualText, then the runs as
 * drawn: `Tf` and the glyphs of each `TJ`), the fonts' names and ToUnicode maps. Checked: the
 * ActualText and poppler's words give the logical text as typed; the glyphs, left to right, are
 * bidi-js's visual order; every character is drawn in a bold face exactly when it was typed bold,
 * in an italic one exactly when typed italic.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bidiFactory from 'bidi-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RelevePdfDocument } from '../../../main/exports/pdf/document'
import { registerFonts } from '../../../main/exports/pdf/fonts'
import { createCtx, paragraph, use, type Run } from '../../../main/exports/pdf/layout'
import { hasPoppler, normalize, pdfSource, renderPng, wordBoxes } from '../../helpers/pdf'

const bidi = bidiFactory()
const dir = mkdtempSync(join(tmpdir(), 'copil-arabic-styles-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Each paragraph fits on one line; no lam-alef, no harakat (one glyph per character, except where noted). */
const PARAGRAPHS: readonly (readonly Run[])[] = [
  // An Arabic paragraph with a bold word in the middle.
  [{ text: 'قرر المجلس ' }, { text: 'المصادقة', face: 'bold' }, { text: ' على المحضر في نهاية الجلسة.' }],
  // Mixed Arabic / French, right to left, with bold and italic Latin, a percentage and brackets.
  [
    { text: 'قدم السيد ' },
    { text: 'Ahmed Bennani', face: 'bold' },
    { text: ' تقرير برنامج ' },
    { text: 'PAGOF 2', face: 'italic' },
    { text: ' بنسبة 70 % (2019).' },
  ],
  // French, left to right, with an Arabic name in bold.
  [{ text: 'Le Président M. ' }, { text: 'محمد العلوي', face: 'bold' }, { text: ' a ouvert la séance.' }],
]

/** Fonts each line must use. */
const FONTS: readonly (readonly string[])[] = [
  ['NotoNaskhArabic-Regular', 'NotoNaskhArabic-Bold'],
  ['NotoNaskhArabic-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoSans-Regular'],
  ['NotoSans-Regular', 'NotoNaskhArabic-Bold'],
]

const typed = (runs: readonly Run[]): string => runs.map((r) => r.text).join('')

async function stylesPdf(): Promise<string> {
  const doc = new RelevePdfDocument({ size: 'A4', font: '', tagged: true, compress: false, autoFirstPage: false })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  registerFonts(doc)
  doc.addPage()
  const ctx = createCtx(doc)
  use(ctx, 'regular', 11)
  const root = doc.struct('Document')
  doc.addStructure(root)
  for (const runs of PARAGRAPHS) paragraph(ctx, root, runs, { gapAfter: 6 })
  root.end()
  doc.end()
  await done
  const file = join(dir, 'styles.pdf')
  writeFileSync(file, Buffer.concat(chunks))
  return file
}

/** A PDF text string or ToUnicode value, from UTF-16BE hex. */
function utf16(hex: string): string {
  const units = (hex.replace(/\s+/gu, '').match(/.{4}/gu) ?? []).map((h) => parseInt(h, 16))
  return String.fromCharCode(...units).replace(/^\uFEFF/u, '')
}

interface DrawnGlyph {
  font: string
  text: string
}

/** The fonts of the file by resource name (F1…): their BaseFont and ToUnicode map (glyph code → text). */
function fontsOf(src: string): Map<string, { name: string; unicode: Map<number, string> }> {
  const objects = new Map<string, string>()
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/gu)) objects.set(m[1] ?? '', m[2] ?? '')
  const fonts = new Map<string, { name: string; unicode: Map<number, string> }>()
  for (const m of src.matchAll(/\/(F\d+) (\d+) 0 R/gu)) {
    const dict = objects.get(m[2] ?? '') ?? ''
    const name = /\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/u.exec(dict)?.[1] ?? ''
    const cmap = objects.get(/\/ToUnicode (\d+) 0 R/u.exec(dict)?.[1] ?? '') ?? ''
    const unicode = new Map<number, string>()
    for (const r of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/giu)) {
      const start = parseInt(r[1] ?? '0', 16)
      ;[...(r[2] ?? '').matchAll(/<([^>]*)>/gu)].forEach((v, k) => unicode.set(start + k, utf16(v[1] ?? '')))
    }
    fonts.set(m[1] ?? '', { name, unicode })
  }
  return fonts
}

/** Each line drawn with an ActualText: that text and its glyphs, left to right, with their font. */
function drawnLines(src: string): { actual: string; glyphs: DrawnGlyph[] }[] {
  const fonts = fontsOf(src)
  const lines: { actual: string; glyphs: DrawnGlyph[] }[] = []
  for (const m of src.matchAll(/\/Span <<\/ActualText <([0-9A-F]+)>>> BDC([\s\S]*?)EMC/gu)) {
    const glyphs: DrawnGlyph[] = []
    let font = { name: '', unicode: new Map<number, string>() }
    for (const op of (m[2] ?? '').matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/gu)) {
      if (op[1]) font = fonts.get(op[1]) ?? font
      for (const s of (op[2] ?? '').matchAll(/<([0-9a-f]+)>/giu))
        for (const code of s[1]?.match(/.{4}/gu) ?? [])
          glyphs.push({ font: font.name, text: font.unicode.get(parseInt(code, 16)) ?? '?' })
    }
    lines.push({ actual: utf16(m[1] ?? ''), glyphs })
  }
  return lines
}

/** The line as bidi-js lays it out, left to right: each character with the face it was typed in. */
function expectedVisual(runs: readonly Run[]): { text: string; face: string }[] {
  const text = typed(runs)
  const faceAt: string[] = runs.flatMap((r) => [...r.text].map(() => r.face ?? 'regular'))
  const levels = bidi.getEmbeddingLevels(text)
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels)
  return [...bidi.getReorderedIndices(text, levels)].map((i) => ({
    text: mirrored.get(i) ?? text[i] ?? '',
    face: faceAt[i] ?? 'regular',
  }))
}

/** The face a font name says: bold, italic or regular (Noto Naskh Arabic has no italic). */
const faceOf = (font: string): string => (/Bold/u.test(font) ? 'bold' : /Italic/u.test(font) ? 'italic' : 'regular')

describe.runIf(hasPoppler)('bold and italic inside Arabic and mixed lines of the PDF', () => {
  let file = ''
  let lines: { actual: string; glyphs: DrawnGlyph[] }[] = []
  beforeAll(async () => {
    file = await stylesPdf()
    lines = drawnLines(pdfSource(file))
    renderPng(file, 1, 'arabic-styles-1', 110)
  })

  it('gives back the logical text as typed, in the ActualText and in the extracted words', () => {
    expect(lines.map((l) => l.actual)).toEqual(PARAGRAPHS.map(typed))
    const rows = new Map<number, { x: number; text: string }[]>()
    for (const w of wordBoxes(file)[0] ?? []) {
      const y = Math.round(w.yMax)
      rows.set(y, [...(rows.get(y) ?? []), { x: w.xMin, text: w.text }])
    }
    const printed = [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, words]) => normalize(words.sort((a, b) => a.x - b.x).map((w) => w.text).join(' ')))
    expect(printed).toEqual(PARAGRAPHS.map((p) => normalize(typed(p))))
  })

  it.each(PARAGRAPHS.map((runs, i) => [i + 1, runs] as const))(
    'draws line %i in the visual order of the bidi algorithm, each word in the face it was typed in',
    (n, runs) => {
      const line = lines[n - 1]
      const expected = expectedVisual(runs)
      // A glyph gives its characters in logical order; right to left they are drawn reversed.
      const drawn = (line?.glyphs ?? []).flatMap((g) =>
        [...g.text].reverse().map((ch) => ({ text: ch, face: faceOf(g.font) })),
      )
      expect(drawn.map((d) => d.text).join('')).toBe(expected.map((e) => e.text).join(''))
      expect(drawn).toEqual(expected)
      // The faces really are the document's: Noto Naskh Arabic Bold for Arabic, Noto Sans Bold or Italic for Latin.
      const fonts = new Set((line?.glyphs ?? []).map((g) => g.font))
      for (const name of FONTS[n - 1] ?? []) expect(fonts, name).toContain(name)
    },
  )
})
