import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { renderReleveDocx } from '../../../main/exports/docx/index'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { docxPart, docxText, hasSoffice } from '../../helpers/docx'
import { findInOrder, hasPoppler, normalize, pageTexts, pdfText, renderPng, wordBoxes } from '../../helpers/pdf'
import { stripedPng } from '../../helpers/png'

const LINES = [
  'Royaume du Maroc',
  'Ministère de l’Économie, des Finances et de la Réforme de l’Administration',
  'Département de la Réforme de l’Administration',
]
const withLetterhead: ReleveDocument = { ...releve20200715, letterhead: LINES, logo: stripedPng(240, 240) }

const dir = mkdtempSync(join(tmpdir(), 'copil-letterhead-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function writePdf(releve: ReleveDocument, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await renderRelevePdf(releve, { now: new Date('2020-07-20T10:00:00Z') }))
  return file
}

describe.skipIf(!hasPoppler)('the letterhead of the PDF', () => {
  it('prints the three lines of Paramètres on page 1, in order, above the title, and on no other page', async () => {
    const file = await writePdf(withLetterhead, 'letterhead')
    renderPng(file, 1, 'letterhead-page-1', 100)
    const pages = pageTexts(file)
    expect(pages.length).toBeGreaterThan(1)
    const first = normalize(pdfText(file, { mode: 'raw', first: 1, last: 1 }))
    expect(findInOrder(first, [...LINES, 'Relevé de conclusions'])).not.toHaveProperty('missing')
    for (const [i, page] of pages.slice(1).entries()) {
      for (const line of LINES) expect(normalize(page), `page ${i + 2}`).not.toContain(line)
    }
  })

  it('sets « Royaume du Maroc » larger than the running text, the lines one under the other, centred on one axis in the left part', async () => {
    const file = await writePdf(withLetterhead, 'letterhead-boxes')
    const words = wordBoxes(file)[0] ?? []
    const lineOf = (first: string) => {
      const start = words.find((w) => w.text === first)
      if (!start) throw new Error(`${first} is missing from page 1`)
      const same = words.filter((w) => Math.abs(w.yMin - start.yMin) < 1)
      return { yMin: start.yMin, yMax: start.yMax, xMin: Math.min(...same.map((w) => w.xMin)), xMax: Math.max(...same.map((w) => w.xMax)) }
    }
    const [royaume, ministere, departement, title] = ['Royaume', 'Ministère', 'Département', 'Relevé'].map(lineOf)
    if (!royaume || !ministere || !departement || !title) throw new Error('unreachable')
    expect(royaume.yMax).toBeLessThan(ministere.yMin + 1)
    expect(ministere.yMax).toBeLessThan(departement.yMin + 1)
    expect(departement.yMax).toBeLessThan(title.yMin)
    expect(royaume.yMax - royaume.yMin).toBeGreaterThan(11)
    const centre = (l: { xMin: number; xMax: number }) => (l.xMin + l.xMax) / 2
    expect(Math.abs(centre(royaume) - centre(ministere))).toBeLessThan(3)
    expect(Math.abs(centre(royaume) - centre(departement))).toBeLessThan(3)
    // The block sits on the left: its axis is left of the page's (595 pt wide).
    expect(centre(royaume)).toBeLessThan(595 / 2 - 40)
  })

  it('prints a single line the same way, and no letterhead block when Paramètres has none', async () => {
    const one = await writePdf({ ...releve20200715, letterhead: ['Royaume du Maroc'] }, 'letterhead-one')
    expect(normalize(pdfText(one, { first: 1, last: 1 }))).toContain('Royaume du Maroc')
    const none = await writePdf({ ...releve20200715, letterhead: ['  ', ''] }, 'letterhead-none')
    const first = normalize(pdfText(none, { first: 1, last: 1 }))
    expect(first).toContain(releve20200715.committee.name)
    expect(first).not.toContain('Royaume du Maroc')
  })
})

describe('the letterhead of the Word file', () => {
  it('holds the three lines at the top of the body, in order, before the title, and not in the running header', async () => {
    const bytes = await renderReleveDocx(withLetterhead)
    const text = normalize(await docxText(bytes))
    const found = findInOrder(text, [...LINES, releve20200715.committee.name, 'Relevé de conclusions'])
    expect(found).not.toHaveProperty('missing')
    expect(found.positions[0]).toBeLessThan(200)
    const document = await docxPart(bytes, 'word/document.xml')
    // The lines are black and centred, « Royaume du Maroc » in bold.
    const royaume = document.split('</w:p>').find((p) => p.includes('Royaume du Maroc')) ?? ''
    expect(royaume).toContain('<w:jc w:val="center"/>')
    expect(royaume).toContain('<w:b/>')
    expect(royaume).toContain('<w:color w:val="000000"/>')
    // The logo keeps its proportions: a 240 × 120 logo is drawn twice as wide as high.
    const wide = await docxPart(await renderReleveDocx({ ...withLetterhead, logo: stripedPng(240, 120) }), 'word/document.xml')
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/u.exec(wide)
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(2, 1)
    const header = await docxPart(bytes, 'word/header1.xml')
    for (const line of LINES) expect(header).not.toContain(line)
  })
})

describe.skipIf(!hasSoffice || !hasPoppler)('the letterhead of the Word file, as LibreOffice lays it out', () => {
  it('shows the three lines on page 1, in order, above the title, and on no other page', async () => {
    const docx = join(dir, 'letterhead.docx')
    writeFileSync(docx, await renderReleveDocx(withLetterhead))
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
      timeout: 120_000,
    })
    const pdf = join(dir, 'letterhead.pdf')
    renderPng(pdf, 1, 'letterhead-docx-page-1', 100)
    const pages = pageTexts(pdf)
    expect(pages.length).toBeGreaterThan(1)
    expect(findInOrder(normalize(pages[0] ?? ''), [...LINES, 'Relevé de conclusions'])).not.toHaveProperty('missing')
    for (const page of pages.slice(1)) for (const line of LINES) expect(normalize(page)).not.toContain(line)
  }, 150_000)
})
