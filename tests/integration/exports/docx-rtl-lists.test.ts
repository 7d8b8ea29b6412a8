/**
 * Lists right to left in the Word file (issue 14 #4): the bullet or number of an Arabic list
 * paragraph sits on the right, because the paragraph's numbering has right-to-left levels (w:bidi
 * in the level's paragraph properties); a French list keeps its left-to-right numbering.
 */
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { type RichBlock, type RichDoc } from '../../../shared/domain/rich-text'
import { renderReleveDocx } from '../../../main/exports/docx'
import { releveRich } from '../../fixtures/releve-rich'
import { docxPart } from '../../helpers/docx'

const item = (text: string) => ({
  type: 'listItem' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
})
const bullets = (...texts: string[]): RichBlock => ({ type: 'bulletList', content: texts.map(item) })
const ARABIC_ITEM = 'منصة رقمية للمشاورات'
const FRENCH_ITEM = 'plateforme en ligne'

function releve(language: 'ar' | undefined, body: RichDoc): ReleveDocument {
  return { ...releveRich, ...(language ? { language } : {}), introduction: body }
}

/** The level 0 of the numbering a paragraph holding `text` refers to: its w:lvl XML. */
function levelOf(document: string, numbering: string, text: string): string {
  const paragraph = document.split(/<\/w:p>/u).find((p) => p.includes(`>${text}</w:t>`))
  const numId = /<w:numId w:val="(\d+)"\/>/u.exec(paragraph ?? '')?.[1]
  expect(numId, `${text}: no numbering`).toBeDefined()
  const num = new RegExp(`<w:num w:numId="${numId}"[^>]*>(.*?)</w:num>`, 'su').exec(numbering)?.[1] ?? ''
  const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/u.exec(num)?.[1]
  const abstract =
    new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[^>]*>(.*?)</w:abstractNum>`, 'su').exec(
      numbering,
    )?.[1] ?? ''
  return (
    /<w:lvl [^>]*w:ilvl="0"[^>]*>(.*?)<\/w:lvl>/su.exec(abstract)?.[1] ??
    /<w:lvl(?:(?!<\/w:lvl>).)*w:ilvl="0"(?:(?!<\/w:lvl>).)*<\/w:lvl>/su.exec(abstract)?.[0] ??
    ''
  )
}

async function parts(r: ReleveDocument): Promise<{ document: string; numbering: string }> {
  const bytes = await renderReleveDocx(r)
  if (process.env.KEEP_RTL_LIST_DOCX)
    writeFileSync(`${process.env.KEEP_RTL_LIST_DOCX}-${r.language ?? 'fr'}.docx`, bytes)
  return {
    document: await docxPart(bytes, 'word/document.xml'),
    numbering: await docxPart(bytes, 'word/numbering.xml'),
  }
}

describe('lists in the Word file', () => {
  it('sets the bullet of an Arabic list item on the right: its numbering level is right to left, in an Arabic relevé and in a French one', async () => {
    for (const language of ['ar', undefined] as const) {
      const { document, numbering } = await parts(
        releve(language, { type: 'doc', content: [bullets(ARABIC_ITEM, 'اجتماعات جهوية'), bullets(FRENCH_ITEM)] }),
      )
      const level = levelOf(document, numbering, ARABIC_ITEM)
      expect(level, `${language ?? 'fr'}: ${level}`).toContain('<w:bidi/>')
      expect(level).toContain('w:val="•"')
      // The French item in the same file keeps the left-to-right list.
      expect(levelOf(document, numbering, FRENCH_ITEM), language ?? 'fr').not.toContain('<w:bidi/>')
    }
  })

  it("keeps a French relevé's lists left to right, as before", async () => {
    const { document, numbering } = await parts(
      releve(undefined, { type: 'doc', content: [bullets(FRENCH_ITEM, 'webinaires thématiques')] }),
    )
    const level = levelOf(document, numbering, FRENCH_ITEM)
    expect(level).toContain('w:val="•"')
    expect(level).not.toContain('<w:bidi/>')
    expect(level).toContain('<w:lvlJc w:val="left"/>')
    expect(document).not.toContain('<w:bidi/>')
  })
})
