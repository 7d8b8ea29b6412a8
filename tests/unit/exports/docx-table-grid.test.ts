/**
 * The Word file sizes a table's columns on the text as it prints it (docx/direction.ts): in an
 * Arabic relevé a line holding Arabic is printed as typed (« 70% », « مؤشر: »), so its column is
 * measured without the no-break spaces French typography would put before « : » « ; » « % »; in a
 * French relevé the same line gets them, and is measured with them.
 */
import { describe, expect, it } from 'vitest'
import { renderReleveDocx } from '../../../main/exports/docx'
import { printed } from '../../../main/exports/docx/direction'
import type { ReleveDocument } from '../../../shared/domain/releve'
import type { RichBlock, RichTableCell } from '../../../shared/domain/rich-text'
import { docxPart } from '../../helpers/docx'
import { releveWithLongTables } from '../../fixtures/rich-long-tables'

const p = (text: string): RichBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const cell = (text: string): RichTableCell => ({ type: 'tableCell', content: [p(text)] })

/** One long word (no break opportunity) holding Arabic, with « : » « ; » « % » typed without spaces. */
const TYPED = Array.from({ length: 5 }, (_, k) => `Taux:${70 + k}%;مؤشر`).join(':')
/** The same word as a French paragraph prints it: no-break spaces before « : » « % » « ; ». */
const FRENCH = printed(TYPED, { rtl: false })
const SENTENCE = 'Le comité a examiné l’état d’avancement de chaque engagement et des activités qui en dépendent. '.repeat(4)

function releve(word: string, language: 'fr' | 'ar'): ReleveDocument {
  const table: RichBlock = { type: 'table', content: [{ type: 'tableRow', content: [cell(word), cell(SENTENCE)] }] }
  return {
    ...releveWithLongTables,
    ...(language === 'ar' ? { language } : {}),
    agenda: [{ title: 'Suivi du plan', discussion: { type: 'doc', content: [table] }, decisions: [] }],
  }
}

async function grid(word: string, language: 'fr' | 'ar'): Promise<number[]> {
  const xml = await docxPart(await renderReleveDocx(releve(word, language)), 'word/document.xml')
  const table = xml.split('<w:tbl>').find((t) => t.includes('Taux')) ?? ''
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]))
}

describe('column widths of a Word table, by the document’s typography', () => {
  it('measures a line holding Arabic as typed in an Arabic relevé', async () => {
    expect(FRENCH).not.toBe(TYPED)
    const typed = await grid(TYPED, 'ar')
    const french = await grid(FRENCH, 'ar')
    expect(typed).toHaveLength(2)
    // Printed as typed, the word without spaces asks a narrower column than the word with them.
    expect(typed[0]).toBeLessThan(french[0] ?? 0)
  })

  it('measures the same line with French typography in a French relevé', async () => {
    const typed = await grid(TYPED, 'fr')
    expect(typed).toHaveLength(2)
    // Both are printed with the no-break spaces, so both ask the same widths.
    expect(typed).toEqual(await grid(FRENCH, 'fr'))
  })
})
