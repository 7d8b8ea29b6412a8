/**
 * French typography and the relevé's language (issue 14, leftovers), read back from the files: in
 * a relevé set to Arabic, the PDF's Title and Subject and every line holding Arabic (an Arabic
 * sentence opening on « NB », a label with its value) stay as typed; a paragraph written wholly in
 * French keeps French typography there too; in a French relevé, a French paragraph with an Arabic
 * name gets French typography without any change to the Arabic words. The same in the Word file.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReleveDocument } from '../../../shared/domain/releve'
import type { RichDoc } from '../../../shared/domain/rich-text'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { renderReleveDocx } from '../../../main/exports/docx/index'
import { arabicReleve } from '../../../main/bench/arabic-releve'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { tempDir } from '../../helpers/temp'
import { docxPart } from '../../helpers/docx'
import { hasPoppler, pdfInfo, renderPng } from '../../helpers/pdf'

const NOW = new Date('2020-07-20T10:00:00Z')
const NBSP = '\u00a0'
const NNBSP = '\u202f'

const FRENCH = 'Taux de réalisation : 70% ; suite ?'
const NB_ARABIC = 'NB : تم تقديم التقرير بنسبة 70% ؟ نعم!'
const MIXED = "Voir l'avis de محمد: d'accord ; السيد الرئيس! merci"

function discussion(...texts: string[]): RichDoc {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
}

function withParagraphs(r: ReleveDocument, title: string): ReleveDocument {
  const [first, ...rest] = r.agenda
  if (!first) throw new Error('fixture without agenda')
  return { ...r, title, agenda: [{ ...first, discussion: discussion(FRENCH, NB_ARABIC, MIXED) }, ...rest] }
}

const arabic = withParagraphs(arabicReleve(releve20200715), 'Revue : 70%')
const french = withParagraphs(releve20200715, 'Revue : 70%')

describe('French typography in a relevé set to Arabic', () => {
  it.runIf(hasPoppler)('leaves the PDF Title and Subject of the Arabic relevé as the catalogue writes them', async () => {
    const dir = tempDir()
    const ar = join(dir, 'arabic.pdf')
    const fr = join(dir, 'french.pdf')
    writeFileSync(ar, await renderRelevePdf(arabic, { now: NOW }))
    writeFileSync(fr, await renderRelevePdf(french, { now: NOW }))
    renderPng(ar, 1, 'arabic-typography-1', 70)
    const arInfo = pdfInfo(ar)
    expect(arInfo.Title).toContain('ملخص الخلاصات — Revue : 70% — ')
    expect(arInfo.Title).not.toMatch(/[\u00a0\u202f]/u)
    expect(arInfo.Subject).not.toMatch(/[\u00a0\u202f]/u)
    // The French relevé keeps French typography in its metadata.
    expect(pdfInfo(fr).Title).toContain(`Revue${NBSP}: 70${NBSP}%`)
  })

  it('keeps French typography for a French paragraph and none for a line holding Arabic, in the Word file', async () => {
    const xml = await docxPart(await renderReleveDocx(arabic), 'word/document.xml')
    expect(xml).toContain(`Taux de réalisation${NBSP}: 70${NBSP}%${NNBSP}; suite${NNBSP}?`)
    // « NB : … 70% ؟ نعم! » holds Arabic: as typed (in runs of its own script).
    expect(xml).toContain('NB : ')
    expect(xml).not.toContain(`NB${NBSP}:`)
    expect(xml).toContain('تم تقديم التقرير بنسبة')
    expect(xml).not.toContain(`نعم${NNBSP}`)
    expect(xml).not.toContain(`${NNBSP}؟`)
  })

  it('never changes the Arabic words of a French paragraph of a French relevé', async () => {
    const xml = await docxPart(await renderReleveDocx(french), 'word/document.xml')
    // French rules on the French words; nothing added after « محمد » or « الرئيس ».
    expect(xml).toContain('Voir l’avis de ')
    expect(xml).toContain('محمد')
    expect(xml).toContain(`: d’accord${NNBSP};`)
    expect(xml).not.toContain(`محمد${NBSP}`)
    expect(xml).not.toContain(`الرئيس${NNBSP}`)
    expect(xml).toContain(`Taux de réalisation${NBSP}: 70${NBSP}%`)
  })
})
