/**
 * Arabic and mixed lines in the PDF (issue 14 #3, #6): each corpus line is laid out as a relevé
 * paragraph and read back. Checked: the text poppler extracts for each line is the logical text;
 * the runs are drawn in the order of the bidi algorithm (bidi-js's reordering); no glyph is the
 * missing glyph (.notdef, id 0); a character no font has is drawn as U+FFFD and reported.
 *
 * Text extraction: `pdftotext -bbox` (poppler's words, with ActualText applied). Plain
 * `pdftotext` then runs poppler's own visual-to-logical heuristic over every line, which reverses
 * Arabic that is already logical (an ActualText): so the words are read, not the dump.
 * Normalised: whitespace only (no-break spaces of French typography count as spaces).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bidiFactory from 'bidi-js'
import type * as fontkit from 'fontkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { frenchTypography } from '../../../shared/text/typography'
import { RelevePdfDocument } from '../../../main/exports/pdf/document'
import { loadFallbackFont, registerFonts, FACES } from '../../../main/exports/pdf/fonts'
import { createCtx, paragraph, use } from '../../../main/exports/pdf/layout'
import { layoutLine, type LineDoc, type PdfFont } from '../../../main/exports/pdf/bidi/draw-line'
import { embeddingLevels } from '../../../main/exports/pdf/bidi/order'
import { shapedAdvance, shapeRun, shapeWords } from '../../../main/exports/pdf/bidi/shape'
import { arabicCorpus, corpusUnprintable } from '../../fixtures/arabic-corpus'
import { hasPoppler, normalize, pdfFonts, pdfSource, renderPng, wordBoxes, type WordBox } from '../../helpers/pdf'

const bidi = bidiFactory()
const dir = mkdtempSync(join(tmpdir(), 'copil-arabic-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** True for a line that reads from the right: its first strong letter is Arabic (bidi-js, rules P2-P3). */
const readsRtl = (line: string): boolean => bidi.getEmbeddingLevels(line).paragraphs[0]?.level === 1

/**
 * What the reader must get back for a line, whitespace collapsed: an Arabic line exactly as typed
 * (French typography is never applied to it, as in the Word file), a French line with it.
 */
const logical = (line: string): string => normalize(readsRtl(line) ? line : frenchTypography(line))

/** A tagged A4 document with each corpus line as a paragraph, through the relevé's paragraph layout. */
async function corpusPdf(
  lines: readonly string[],
  compress: boolean,
): Promise<{ file: string; doc: RelevePdfDocument }> {
  const doc = new RelevePdfDocument({
    size: 'A4',
    font: '',
    tagged: true,
    compress,
    autoFirstPage: false,
    margins: { top: 50, left: 60, right: 60, bottom: 50 },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  registerFonts(doc)
  doc.addPage()
  const ctx = createCtx(doc)
  use(ctx, 'regular', 11)
  const root = doc.struct('Document')
  doc.addStructure(root)
  for (const line of lines) paragraph(ctx, root, [{ text: line }], { gapAfter: 4 })
  root.end()
  doc.end()
  await done
  const file = join(dir, `corpus-${compress ? 'z' : 'raw'}.pdf`)
  writeFileSync(file, Buffer.concat(chunks))
  return { file, doc }
}

/** The words of each printed line, top to bottom, joined with spaces. */
function linesOf(words: readonly WordBox[]): string[] {
  const rows: { y: number; words: WordBox[] }[] = []
  for (const w of words) {
    const row = rows.find((r) => Math.abs(r.y - w.yMax) < 3)
    if (row) row.words.push(w)
    else rows.push({ y: w.yMax, words: [w] })
  }
  return rows
    .sort((a, b) => a.y - b.y)
    .map((r) =>
      r.words
        .sort((a, b) => a.xMin - b.xMin)
        .map((w) => w.text)
        .join(' '),
    )
}

describe.runIf(hasPoppler)('Arabic and mixed lines in the PDF', () => {
  let file = ''
  let doc: RelevePdfDocument
  beforeAll(async () => {
    ;({ file, doc } = await corpusPdf(arabicCorpus, true))
  })

  it('has at least 40 lines in its corpus', () => {
    expect(arabicCorpus.length).toBeGreaterThanOrEqual(40)
  })

  it('gives back the logical text of every line', () => {
    const printed = wordBoxes(file).flatMap((page) => linesOf(page))
    expect(printed.map((l) => normalize(l))).toEqual(arabicCorpus.map(logical))
  })

  it('prints Arabic lines as typed, without the no-break spaces of French typography', () => {
    const printed = wordBoxes(file).flatMap((page) => linesOf(page))
    const arabic = arabicCorpus.flatMap((line, i) => (readsRtl(line) ? [[line, printed[i] ?? ''] as const] : []))
    expect(arabic.length).toBeGreaterThan(20)
    // Only ordinary spaces collapsed: a no-break space added before « : » or « % » would show.
    for (const [line, got] of arabic) expect(got.replace(/[ \t\n]+/gu, ' ').trim(), line).toBe(line.replace(/ +/gu, ' '))
  })

  it('embeds the Arabic font and the symbol fallback, and draws no missing glyph', async () => {
    const names = pdfFonts(file).map((f) => f.name)
    expect(names.some((n) => n.includes('NotoNaskhArabic'))).toBe(true)
    expect(names.some((n) => n.includes('DejaVuSans'))).toBe(true)
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true)
    const raw = await corpusPdf(arabicCorpus, false)
    // Glyph id 0 is .notdef in every subset pdfkit writes: never in a shown string.
    const shown = [...pdfSource(raw.file).matchAll(/\[([^\]]*)\]\s*TJ/gu)].map((m) => m[1] ?? '')
    expect(shown.length).toBeGreaterThan(arabicCorpus.length)
    expect(shown.filter((s) => /<(?:0000)+>|<0000/u.test(s))).toEqual([])
  })

  it('prints a character no font has as a visible replacement and reports it', () => {
    expect([...doc.unprintable].sort()).toEqual([...corpusUnprintable].sort())
    renderPng(file, 1, 'arabic-corpus-1', 110)
    renderPng(file, 2, 'arabic-corpus-2', 110)
  })
})

describe('bidi order and shaping of each line', () => {
  // A bare document: only what layoutLine needs to open the fallback fonts.
  const doc = new RelevePdfDocument({ size: 'A4', font: '', autoFirstPage: true })
  registerFonts(doc)
  doc.font(FACES.regular, 11)
  const latin = (doc as unknown as { _font: PdfFont })._font

  it.each(arabicCorpus.map((line) => [line]))('draws « %s » in the order of the bidi algorithm', (line) => {
    const laid = layoutLine(doc as unknown as LineDoc, latin, line, 'auto')
    // The runs as drawn, left to right: a right-to-left run shows its characters from last to first.
    const drawn = laid.runs
      .map((run) => {
        const chars = [...line.slice(run.start, run.end)]
        return run.rtl ? chars.reverse().join('') : chars.join('')
      })
      .join('')
    const levels = bidi.getEmbeddingLevels(line)
    const expected = [...bidi.getReorderedIndices(line, levels)].map((i) => line[i]).join('')
    expect(drawn).toBe(expected)
    expect(Array.from(embeddingLevels(line, 'auto'))).toEqual(Array.from(levels.levels))
    for (const run of laid.runs)
      for (const g of run.glyphs) expect(g.id, `glyph of « ${line.slice(run.start, run.end)} »`).not.toBe(0)
  })

  it('mirrors brackets in right-to-left text', () => {
    const line = '(مؤشر الأداء)'
    const laid = layoutLine(doc as unknown as LineDoc, latin, line, 'auto')
    const first = laid.runs[0]
    const last = laid.runs[laid.runs.length - 1]
    // Leftmost on the page: the closing bracket, drawn mirrored as « ( »; rightmost: the opening one as « ) ».
    expect(first?.glyphs.map((g) => g.codePoints.map((c) => String.fromCodePoint(c)).join(''))).toEqual(['('])
    expect(last?.glyphs.map((g) => g.codePoints.map((c) => String.fromCodePoint(c)).join(''))).toEqual([')'])
  })

  it('shapes Arabic: contextual forms and lam-alef differ from the isolated letters', () => {
    const naskh = loadFallbackFont('arabic') as fontkit.Font
    const ids = (s: string): number[] => shapeRun(naskh, s, true).glyphs.map((g) => g.id)
    const [isolated] = ids('ب')
    // Visual order: final (left), medial, initial (right).
    const [fin, med, ini] = ids('ببب')
    expect(new Set([isolated, fin, med, ini]).size).toBe(4)
    const lamAlef = ids('لا')
    expect(lamAlef).not.toEqual([...ids('ا'), ...ids('ل')])
    expect(lamAlef).not.toContain(0)
  })
})

describe('word-by-word shaping', () => {
  it('draws every Arabic corpus line with the glyphs and advances fontkit gives the whole line', () => {
    const naskh = loadFallbackFont('arabic') as fontkit.Font
    // The Arabic parts of each corpus line (the runs the Arabic face shapes), several words each.
    const arabicParts = arabicCorpus
      .flatMap((line) => line.match(/[\u0600-\u06FF][\u0600-\u06FF\s]*[\u0600-\u06FF]/gu) ?? [])
      .filter((part) => part.includes(' '))
    expect(arabicParts.length).toBeGreaterThan(20)
    for (const part of arabicParts) {
      const whole = naskh.layout(part, undefined, undefined, undefined, 'rtl')
      const byWords = shapeWords(naskh, part, true)
      expect(byWords.glyphs.map((g) => g.id), part).toEqual(whole.glyphs.map((g) => g.id))
      expect(byWords.glyphs.map((g) => g.xAdvance), part).toEqual(whole.positions.map((p) => p.xAdvance))
      expect(byWords.advance).toBe(shapedAdvance(naskh, part, true))
    }
  })
})
