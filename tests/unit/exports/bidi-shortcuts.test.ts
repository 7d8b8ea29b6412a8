/**
 * The shortcuts of the Arabic line writer (main/exports/pdf/bidi/*) give what the general paths
 * give: levels, mirrored characters and visual runs of an all right-to-left line as bidi-js's
 * algorithm gives them; font runs as the per-character split gave them; shaped words remembered per
 * font and direction; words encoded once per document font, so that a second document, or the same
 * word at another size, is written as it was the first time.
 */
import bidiFactory from 'bidi-js'
import type * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { RelevePdfDocument } from '../../../main/exports/pdf/document'
import { loadFallbackFont, registerFonts } from '../../../main/exports/pdf/fonts'
import { createCtx, paragraph, use } from '../../../main/exports/pdf/layout'
import { bidiLine, embeddingLevels, mirrors, visualRuns, type Direction } from '../../../main/exports/pdf/bidi/order'
import { isNeutral, segmentByFont, SLOTS, type Covers, type FontRun, type FontSlot } from '../../../main/exports/pdf/bidi/segment'
import { shapeRun } from '../../../main/exports/pdf/bidi/shape'
import { arabicCorpus } from '../../fixtures/arabic-corpus'

const bidi = bidiFactory()

/** Lines an Arabic relevé draws, most of them all right to left, with marks, brackets and quotes. */
const LINES: readonly string[] = [
  ...arabicCorpus,
  'تم الاتفاق على تقديم تقرير التقييم الذاتي',
  'اللجنة التوجيهية، الحكومة المنفتحة؛ خطة العمل الوطنية.',
  '(الالتزامات) [الشركاء] {المجتمع} «المدني» ‹الإدارة›',
  'هل تم الاتفاق؟ نعم! — الشفافية…',
  ' المشاركة  المواطنة ',
  'مُحَمَّد، عَبْد الله: الـــرباط',
  '، البداية بعلامة',
  '...',
  '(',
  '',
  'الحق\tفي الحصول',
  'في 20 % من الحالات',
  'OGP الحكومة',
  'السيد BEN CHRIFA، إصلاح المدني (MEFRA)',
  'السيدة حول BOUIHI، الالتزام',
  'A، ب',
  'ب A ب A',
  'ب (A) ب «b c» ',
  'ب A َ',
  '\u200fالميزانية\u200f',
]

describe('levels of a right-to-left line', () => {
  it.each(LINES.map((line) => [line]))('are bidi-js’s for « %s » in every base direction', (line) => {
    for (const base of ['rtl', 'ltr', 'auto'] as const) {
      const general = bidi.getEmbeddingLevels(line, base).levels
      expect(Array.from(embeddingLevels(line, base)), base).toEqual(Array.from(general))
      const laid = bidiLine(line, base)
      expect(Array.from(laid.levels), base).toEqual(Array.from(general))
      expect([...laid.mirrored], base).toEqual([...bidi.getMirroredCharactersMap(line, general)])
      // The shortcut's visual runs are the general path's, for any split into font runs.
      for (const runs of [[{ start: 0, end: line.length, slot: 'arabic' as FontSlot }], splitEvery(line, 3)]) {
        expect(visualRuns(line, laid.levels, runs, 0, line.length, laid.uniform), base).toEqual(
          visualRuns(line, general, runs),
        )
      }
    }
  })

  it('are bidi-js’s for lines mixing Arabic, Latin, marks, spaces and punctuation', () => {
    // Letters of both scripts, a mark (fatha), spaces, separators, brackets and quotes; a digit
    // now and then (the whole algorithm then runs). Drawn by a fixed sequence, 400 lines.
    const alphabet = ['ب', 'ت', 'ل', 'ا', 'م', '\u064e', 'A', 'b', 'Z', ' ', ' ', '  ', '،', ',', '.', ':', '/', '-', '%', '(', ')', '«', '»', '[', '!', '1']
    let seed = 7
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 8) % n
    }
    for (let k = 0; k < 400; k++) {
      let line = ''
      for (let n = 1 + next(24); n > 0; n--) line += alphabet[next(alphabet.length)] ?? ''
      for (const base of ['rtl', 'auto'] as const) {
        const general = bidi.getEmbeddingLevels(line, base).levels
        const laid = bidiLine(line, base)
        expect(Array.from(laid.levels), `${base} « ${line} »`).toEqual(Array.from(general))
        expect([...laid.mirrored], `${base} « ${line} »`).toEqual([...bidi.getMirroredCharactersMap(line, general)])
      }
    }
  })

  it('takes the shortcut only for lines all at level 1', () => {
    expect(bidiLine('تم الاتفاق على تقديم', 'rtl').uniform).toBe(true)
    expect(bidiLine('(مؤشر الأداء)', 'auto').uniform).toBe(true)
    expect(bidiLine('في 20 % من الحالات', 'rtl').uniform).toBe(false)
    expect(bidiLine('OGP الحكومة', 'rtl').uniform).toBe(false)
    expect(bidiLine('تم الاتفاق', 'ltr').uniform).toBe(false)
    // No strong letter: « auto » is left to right.
    expect(bidiLine('...', 'auto').uniform).toBe(false)
    expect(Array.from(bidiLine('...', 'auto').levels)).toEqual([0, 0, 0])
    expect(mirrors('(ب)', bidiLine('(ب)', 'rtl').levels)).toEqual(bidiLine('(ب)', 'rtl').mirrored)
  })
})

/** Font runs of three code units each, in two styles (a bold word inside a sentence). */
function splitEvery(line: string, n: number): FontRun[] {
  const runs: FontRun[] = []
  for (let at = 0; at < line.length; at += n) {
    runs.push({ start: at, end: Math.min(line.length, at + n), slot: 'arabic', style: (at / n) % 2 })
  }
  return runs
}

/** The split as it was made before the typed arrays: one object per code point (the reference). */
function referenceSegment(text: string, covers: Covers): { runs: FontRun[]; unprintable: string[] } {
  const isControl = (cp: number): boolean =>
    cp === 0x200e || cp === 0x200f || cp === 0x61c || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x200d || cp === 0x200c || cp === 0xfe0f || cp === 0xfe0e
  const runs: FontRun[] = []
  const unprintable: string[] = []
  const cps: { at: number; len: number; cp: number; slot: FontSlot | undefined; missing: boolean; neutral: boolean }[] = []
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0
    const len = cp > 0xffff ? 2 : 1
    const control = isControl(cp)
    const slot = control ? undefined : SLOTS.find((s) => covers(s, cp))
    const missing = !control && slot === undefined
    if (missing && !unprintable.includes(String.fromCodePoint(cp))) unprintable.push(String.fromCodePoint(cp))
    cps.push({ at: i, len, cp, slot: missing ? 'symbols' : slot, missing, neutral: control || (!missing && isNeutral(cp)) })
    i += len
  }
  const nextSlot = new Array<FontSlot | undefined>(cps.length)
  let following: FontSlot | undefined
  for (let k = cps.length - 1; k >= 0; k--) {
    nextSlot[k] = following
    const c = cps[k]
    if (c && !c.neutral && !c.missing) following = c.slot
  }
  let previous: FontSlot | undefined
  cps.forEach((c, k) => {
    if (c.neutral) {
      let chosen: FontSlot | undefined
      if (previous && (c.slot === undefined || covers(previous, c.cp))) chosen = previous
      const next = nextSlot[k]
      if (!chosen && next && (c.slot === undefined || covers(next, c.cp))) chosen = next
      c.slot = chosen ?? c.slot ?? 'latin'
    }
    const slot = c.slot ?? 'latin'
    const last = runs[runs.length - 1]
    if (last && last.slot === slot && Boolean(last.missing) === c.missing && last.end === c.at) last.end = c.at + c.len
    else runs.push(c.missing ? { start: c.at, end: c.at + c.len, slot, missing: true } : { start: c.at, end: c.at + c.len, slot })
    if (!c.missing) previous = slot
  })
  return { runs, unprintable }
}

describe('split by font', () => {
  // Coverage as the faces have it, roughly: Latin without Arabic, Arabic with ASCII punctuation and
  // digits but no Latin letters, symbols; emoji in none.
  const covers: Covers = (slot, cp) => {
    if (slot === 'latin') return cp < 0x250 || (cp >= 0x2000 && cp <= 0x206f)
    if (slot === 'arabic') return (cp >= 0x600 && cp <= 0x6ff) || (cp < 0x41 && cp >= 0x20) || cp === 0xab || cp === 0xbb
    return (cp >= 0x2190 && cp <= 0x2bff) || cp === 0xfffd || cp === 0x1f600
  }
  // Another face whose Latin slot draws Arabic too: the same text must split otherwise.
  const wide: Covers = (slot, cp) => (slot === 'latin' ? cp < 0x250 || (cp >= 0x600 && cp <= 0x6ff) : covers(slot, cp))

  it.each(LINES.map((line) => [line]))('splits « %s » as the per-character split did', (line) => {
    expect(segmentByFont(line, covers)).toEqual(referenceSegment(line, covers))
    expect(segmentByFont(line, wide)).toEqual(referenceSegment(line, wide))
  })

  it('does not take a face’s coverage for another’s', () => {
    expect(segmentByFont('تم', covers).runs).toEqual([{ start: 0, end: 2, slot: 'arabic' }])
    expect(segmentByFont('تم', wide).runs).toEqual([{ start: 0, end: 2, slot: 'latin' }])
  })
})

describe('words shaped once per process', () => {
  const naskh = loadFallbackFont('arabic') as fontkit.Font
  const bold = loadFallbackFont('arabicBold') as fontkit.Font
  const ids = (font: fontkit.Font, text: string, direction: 'rtl' | 'ltr'): number[] =>
    font.layout(text, undefined, undefined, undefined, direction).glyphs.map((g) => g.id)

  it('are remembered per font and direction, never another’s', () => {
    const word = 'الالتزامات'
    const rtl = shapeRun(naskh, word, true)
    expect(shapeRun(naskh, word, true)).toBe(rtl)
    expect(rtl.glyphs.map((g) => g.id)).toEqual(ids(naskh, word, 'rtl'))
    const ltr = shapeRun(naskh, word, false)
    expect(ltr).not.toBe(rtl)
    expect(ltr.glyphs.map((g) => g.id)).toEqual(ids(naskh, word, 'ltr'))
    const inBold = shapeRun(bold, word, true)
    expect(inBold).not.toBe(rtl)
    expect(inBold.glyphs.map((g) => g.id)).toEqual(ids(bold, word, 'rtl'))
  })
})

/** A PDF (uncompressed, fixed date) with these Arabic paragraphs at these sizes. */
async function arabicPdf(lines: readonly (readonly [string, number])[]): Promise<Buffer> {
  const date = new Date('2020-07-20T10:00:00Z')
  const doc = new RelevePdfDocument({
    size: 'A4',
    font: '',
    compress: false,
    autoFirstPage: false,
    info: { CreationDate: date, ModDate: date },
    margins: { top: 50, left: 60, right: 60, bottom: 50 },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  ;(doc as unknown as { direction: Direction }).direction = 'rtl'
  registerFonts(doc)
  doc.addPage()
  const ctx = createCtx(doc)
  const root = doc.struct('Document')
  doc.addStructure(root)
  use(ctx, 'regular', 11)
  for (const [line, size] of lines) paragraph(ctx, root, [{ text: line }], { size, gapAfter: 4 })
  root.end()
  doc.end()
  await done
  return Buffer.concat(chunks)
}

describe('words encoded once per document font', () => {
  const LINE = 'تم الاتفاق على تقديم (الشفافية)'

  it('writes a second document as the first, its font given every glyph again', async () => {
    const first = await arabicPdf([[LINE, 11]])
    const second = await arabicPdf([[LINE, 11]])
    expect(second.equals(first)).toBe(true)
  })

  it('writes a word met at another size with that size, the same glyphs', async () => {
    const pdf = (await arabicPdf([[LINE, 11], [LINE, 16]])).toString('latin1')
    const lines = [...pdf.matchAll(/\/(\w+) (\d+) Tf\n1 0 0 1 [\d.]+ [\d.]+ Tm\n\[([^\]]*)\] TJ/gu)]
    const sizes = lines.map((m) => m[2])
    expect(sizes).toContain('11')
    expect(sizes).toContain('16')
    const glyphsAt = (size: string): string[] => lines.filter((m) => m[2] === size).map((m) => m[3] ?? '')
    expect(glyphsAt('16')).toEqual(glyphsAt('11'))
  })
})
