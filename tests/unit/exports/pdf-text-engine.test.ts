/**
 * Copil's own paragraph layout (main/exports/pdf/text/**) breaks a one-run paragraph into the
 * same lines as pdfkit's LineWrapper (compared with pdfkit's own wrapping, line by line, over
 * generated French paragraphs with long words, line ends, no-break spaces and punctuation, at
 * several widths and sizes), keeps a word whose face changes in its middle on one line, writes
 * coordinates as pdfkit's rounding prints them, and the text it writes reads back with pdftotext,
 * in order, across a page break.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { RelevePdfDocument } from '../../../main/exports/pdf/document'
import { FACES, registerFonts, type Face } from '../../../main/exports/pdf/fonts'
import { drawParagraph, layoutParagraph, paragraphHeight } from '../../../main/exports/pdf/text/paragraph'
import { num } from '../../../main/exports/pdf/text/write'
import { hasPoppler, pdfText } from '../../helpers/pdf'

const WORDS = [
  'le',
  'comité',
  'a',
  'validé',
  'l’engagement',
  '(mai\u00A02022)',
  '70\u00A0%',
  'co-création',
  'plateforme',
  'transparence,',
  'budgétaire ;',
  '«\u00A0Gouvernement\u00A0Ouvert\u00A0»',
  'anticonstitutionnellement'.repeat(3),
  'https://www.example.org/un/tres/long/chemin/vers/un/document.pdf',
  'ÉLABORATION',
  'œuvre',
  '—',
  '2020-2022',
]

/** Deterministic pseudo-random numbers (a test must give the same paragraphs each time). */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function paragraphOf(next: () => number): string {
  const n = 1 + Math.floor(next() * 60)
  let text = ''
  for (let i = 0; i < n; i++) {
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'mot'
    const sep = i === 0 ? '' : next() < 0.02 ? '\n' : next() < 0.05 ? '  ' : ' '
    text += sep + word
  }
  return next() < 0.1 ? `${text} ` : text
}

function newDocument(): RelevePdfDocument {
  const doc = new RelevePdfDocument({
    size: 'A4',
    margins: { top: 60, bottom: 60, left: 50, right: 50 },
    font: '',
  } as PDFKit.PDFDocumentOptions)
  registerFonts(doc)
  return doc
}

interface PdfkitText {
  _text(text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions, line: (text: string) => void): void
}

/** The lines pdfkit's LineWrapper makes of the text, as drawn (without line ends). */
function pdfkitLines(doc: RelevePdfDocument, face: Face, size: number, text: string, width: number): string[] {
  doc.font(FACES[face], size)
  const lines: string[] = []
  ;(doc as unknown as PdfkitText)._text(text, 0, 0, { width, height: Infinity }, (line) =>
    lines.push(line.replace(/\n/gu, '')),
  )
  return lines
}

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** The document's bytes, once it has ended. */
function bytesOf(doc: RelevePdfDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
}

/** The text pdftotext reads in a PDF, in the order of its content streams. */
function readBack(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'copil-pdftext-'))
  dirs.push(dir)
  const file = join(dir, 'read.pdf')
  writeFileSync(file, pdf)
  return pdfText(file, { mode: 'raw' })
}

describe('the paragraph layout of the PDF', () => {
  it('breaks a one-run paragraph into the lines pdfkit made, over 300 generated paragraphs', () => {
    const doc = newDocument()
    const next = rng(11)
    const faces: Face[] = ['regular', 'bold', 'italic']
    let withLineEnds = 0
    for (let i = 0; i < 300; i++) {
      const text = paragraphOf(next)
      const width = [60, 140, 250, 495.28][i % 4] ?? 200
      const size = [8.5, 10, 12][i % 3] ?? 10
      const face = faces[i % faces.length] ?? 'regular'
      const ours = layoutParagraph(doc, [{ text, font: FACES[face], size }], width).map((l) =>
        l.runs.map((r) => r.text).join(''),
      )
      const theirs = pdfkitLines(doc, face, size, text, width)
      // pdfkit counts the width of « \n » when it decides whether the word before it fits: so do we.
      expect(ours, `paragraph ${i} at ${width} pt`).toEqual(theirs)
      if (text.includes('\n')) withLineEnds++
    }
    expect(withLineEnds).toBeGreaterThan(30)
  })

  it('keeps a word whose face changes in the middle on one line, and measures what it draws', () => {
    const doc = newDocument()
    const size = 10
    const runs = [
      { text: 'Le secrétariat a rappelé les engage', font: FACES.regular, size },
      { text: 'ments', font: FACES.bold, size },
      { text: ' pris en 2020.', font: FACES.regular, size },
    ]
    const width = doc.font(FACES.regular, size).widthOfString('Le secrétariat a rappelé les engage') + 4
    const lines = layoutParagraph(doc, runs, width)
    const texts = lines.map((l) => l.runs.map((r) => r.text).join(''))
    expect(texts.some((t) => t.includes('engagements'))).toBe(true)
    expect(paragraphHeight(doc, runs, width, 2)).toBeCloseTo(
      lines.reduce((h, l) => h + l.height + 2, 0),
      6,
    )
  })

  it('writes each coordinate as the double rounded to hundredths would print', () => {
    const next = rng(7)
    const values = [0, -0, 0.005, -0.005, -0.004, 1.005, 595.28, 841.89, -12.3, 1e13, -2.5e15]
    for (let i = 0; i < 20000; i++) values.push((next() - 0.3) * [1, 100, 1000, 1e6][i % 4]!)
    for (const n of values) expect(num(n), `${n}`).toBe(String(Math.round(n * 100) / 100))
  })

  it.skipIf(!hasPoppler)('writes a word wider than the line, cut over several lines, once and in order', async () => {
    const doc = newDocument()
    const done = bytesOf(doc)
    const long = 'anticonstitutionnellement'.repeat(4)
    const text = `${long} puis la suite du paragraphe, ${long} et sa fin`
    drawParagraph(doc, [{ text, font: FACES.regular, size: 10 }], {
      x: 50,
      y: 60,
      width: 150,
      lineGap: 2,
      color: '#222222',
      align: 'left',
    })
    doc.end()
    expect(readBack(await done).replace(/\s+/gu, '')).toBe(text.replace(/\s+/gu, ''))
  })

  it.skipIf(!hasPoppler)(
    'writes text that pdftotext reads back in order, across a page break, bold included',
    async () => {
      const doc = newDocument()
      const done = bytesOf(doc)
      let pages = 1
      doc.on('pageAdded', () => pages++)
      const next = rng(5)
      const words: string[] = []
      for (let i = 0; i < 900; i++) words.push(`mot${i}`)
      const runs = words.map((w, i) => ({
        text: `${w}${i === words.length - 1 ? '' : ' '}`,
        font: next() < 0.3 ? FACES.bold : FACES.regular,
        size: 10,
      }))
      drawParagraph(doc, runs, { x: 50, y: 600, width: 495, lineGap: 2, color: '#222222', align: 'left' })
      expect(pages).toBeGreaterThan(1)
      doc.end()
      const read = readBack(await done)
        .split(/\s+/u)
        .filter(Boolean)
      expect(read).toEqual(words)
    },
  )
})
