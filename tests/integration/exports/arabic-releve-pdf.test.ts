/**
 * A relevé laid out right to left (issue 14 #3: the page of an Arabic relevé): paragraphs start
 * on the right, table columns run from right to left. Read back with poppler's word boxes; pages rendered to look at.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { type RichBlock } from '../../../shared/domain/rich-text'
import { renderRelevePdfReport } from '../../../main/exports/pdf/index'
import { MARGINS, PAGE } from '../../../main/exports/pdf/theme'
import { releveRich } from '../../fixtures/releve-rich'
import { hasPoppler, normalize, renderPng, wordBoxes, type WordBox } from '../../helpers/pdf'

const NOW = new Date('2020-07-20T10:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'copil-rtl-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const INTRO = 'انعقد اجتماع اللجنة التوجيهية يوم 15/07/2020 عن بعد، وتقدم الالتزام رقم 3 بنسبة 70 % (مؤشر الأداء).'
const para = (text: string): RichBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const arabicTable: RichBlock = {
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: ['الحدث', 'التاريخ', 'الورشات'].map((h) => ({ type: 'tableHeader', content: [para(h)] })),
    },
    {
      type: 'tableRow',
      content: [
        { type: 'tableCell', content: [para('ندوة الإطلاق')] },
        { type: 'tableCell', content: [para('07/09/2020')] },
        {
          type: 'tableCell',
          content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [para('الحق في الحصول على المعلومات')] }] }],
        },
      ],
    },
  ],
}

const arabicReleve: ReleveDocument = {
  ...releveRich,
  introduction: { type: 'doc', content: [para(INTRO), arabicTable] },
  participants: releveRich.participants.map((p, i) => (i === 0 ? { ...p, firstName: 'محمد', lastName: 'العلوي' } : p)),
}

describe.runIf(hasPoppler)('a relevé laid out right to left', () => {
  let words: WordBox[][] = []
  let unprintable: string[] = []
  const right = PAGE.width - MARGINS.right
  beforeAll(async () => {
    const rendered = await renderRelevePdfReport(arabicReleve, { now: NOW, direction: 'rtl' })
    const file = join(dir, 'rtl.pdf')
    writeFileSync(file, rendered.pdf)
    unprintable = rendered.unprintable
    words = wordBoxes(file)
    renderPng(file, 1, 'arabic-releve-rtl-1', 80)
    renderPng(file, 2, 'arabic-releve-rtl-2', 80)
    if (process.env.KEEP_RTL_PDF) writeFileSync(process.env.KEEP_RTL_PDF, rendered.pdf)
  })

  const find = (text: string): WordBox | undefined => words.flat().find((w) => w.text === text)

  it('starts an Arabic paragraph at the right margin and gives its text back', () => {
    const first = words.flat().find((w) => w.text.startsWith('انعقد اجتماع'))
    expect(normalize(first?.text ?? '')).toBe(normalize(INTRO))
    expect(right - (first?.xMax ?? 0)).toBeLessThan(2)
    expect(unprintable).toEqual([])
  })

  it('prints each participant line once, right-aligned, without words drawn over one another', () => {
    const line = words.flat().find((w) => w.text.startsWith('العلوي') || w.text.includes('محمد العلوي'))
    expect(line).toBeTruthy()
    expect(right - (line?.xMax ?? 0)).toBeLessThan(20)
    // On every page, no two words of the same line share any width.
    for (const page of words) {
      for (const a of page) {
        const overlapping = page.filter(
          (b) => b !== a && Math.abs(b.yMin - a.yMin) < 2 && b.xMin < a.xMax - 1 && a.xMin < b.xMax - 1,
        )
        expect(overlapping.map((b) => `${a.text} / ${b.text}`)).toEqual([])
      }
    }
  })

  it('runs table columns from right to left', () => {
    const [a, b, c] = ['الحدث', 'التاريخ', 'الورشات'].map(find)
    expect(a && b && c).toBeTruthy()
    expect(a?.xMin ?? 0).toBeGreaterThan(b?.xMax ?? Infinity)
    expect(b?.xMin ?? 0).toBeGreaterThan(c?.xMax ?? Infinity)
  })
})
