/**
 * The laid-out lines the process remembers (pdf/bidi/line-cache.ts) never print stale text: the
 * same Arabic relevé exported again after one word of a paragraph was changed prints the new
 * word, and no longer the old one, read back with pdftotext -bbox.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { arabicReleve } from '../../../main/bench/arabic-releve'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { tempDir } from '../../helpers/temp'
import { hasPoppler, normalize, wordBoxes } from '../../helpers/pdf'

/** The words poppler reads (the logical text, from each reordered line's ActualText). */
const words = (file: string): string => normalize(wordBoxes(file).flat().map((w) => w.text).join(' '))

function withLine(r: ReleveDocument, text: string): ReleveDocument {
  const [first, ...rest] = r.agenda
  if (!first) throw new Error('fixture without agenda')
  const discussion = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] }
  return { ...r, agenda: [{ ...first, discussion }, ...rest] }
}

describe.runIf(hasPoppler)('an Arabic relevé exported again after an edit', () => {
  it('prints the edited line, not the one laid out before', async () => {
    const base = arabicReleve(releve20200715)
    const dir = tempDir()
    const before = join(dir, 'before.pdf')
    const after = join(dir, 'after.pdf')
    writeFileSync(before, await renderRelevePdf(withLine(base, 'تم الاتفاق على تقديم التقرير قبل نهاية يوليوز')))
    writeFileSync(after, await renderRelevePdf(withLine(base, 'تم الاتفاق على تقديم التقييم قبل نهاية يوليوز')))
    expect(words(before)).toContain('تقديم التقرير قبل')
    const edited = words(after)
    expect(edited).toContain('تقديم التقييم قبل')
    expect(edited).not.toContain('تقديم التقرير قبل')
  })
})
