/**
 * Issue 14's check for Word and Excel: the demo meeting with an Arabic paragraph and a mixed
 * Arabic / French line holding a percentage and a date exports to Word and Excel through the app,
 * and every Arabic word is found in the text read back from each file, in French and in Arabic.
 */
import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { docxText } from '../../helpers/docx'
import { workbookText } from '../../helpers/xlsx'

const ARABIC_PARAGRAPH = 'ناقشت اللجنة التوجيهية حصيلة خطة العمل الوطنية للحكومة المنفتحة.'
const MIXED_LINE = 'Engagement 3 : تقدم الالتزام بنسبة 70 % بتاريخ 15/07/2020 (مؤشر الأداء)'
const arabicWords = [...`${ARABIC_PARAGRAPH} ${MIXED_LINE}`.matchAll(/\p{Script=Arabic}+/gu)].map((m) => m[0])

async function exported(language: 'fr' | 'ar', format: 'docx' | 'xlsx'): Promise<Buffer> {
  const app = startTestServices()
  const loaded = await app.dispatcher.dispatch('demo/load', {})
  if (!loaded.ok) throw new Error(loaded.error.message)
  const meetingId = (loaded.value as { meetingId: number }).meetingId
  const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
  const saved = await app.dispatcher.dispatch('meetings/saveIntroduction', { id: meetingId, introduction: { type: 'doc', content: [para(ARABIC_PARAGRAPH), para(MIXED_LINE)] } })
  if (!saved.ok) throw new Error(saved.error.message)
  if (language === 'ar') {
    const set = await app.dispatcher.dispatch('meetings/setLanguage', { id: meetingId, language: 'ar' })
    if (!set.ok) throw new Error(set.error.message)
  }
  const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format })
  if (!result.ok) throw new Error(result.error.message)
  const file = app.downloads.take((result.value as { id: string }).id)
  app.close()
  return file?.content ?? Buffer.alloc(0)
}

describe('the demo meeting with Arabic, exported to Word and Excel', () => {
  for (const language of ['fr', 'ar'] as const) {
    it(`gives back every Arabic word from the Word file and the workbook (relevé in ${language})`, async () => {
      expect(arabicWords.length).toBeGreaterThan(10)
      const word = await docxText(await exported(language, 'docx'))
      const excel = await workbookText(await exported(language, 'xlsx'))
      for (const w of arabicWords) {
        expect(word, w).toContain(w)
        expect(excel, w).toContain(w)
      }
      // The workbook keeps the mixed line as typed; the Word file as printed, in logical order.
      expect(excel).toContain(MIXED_LINE)
      expect(word.replace(/[\u00A0\u202F]/gu, ' ')).toContain(MIXED_LINE)
      if (language === 'ar') {
        expect(word).toContain('ملخص الخلاصات')
        expect(excel).toContain('الأربعاء 15 يوليوز 2020')
      } else {
        expect(word).toContain('Relevé de conclusions')
      }
    })
  }
})
