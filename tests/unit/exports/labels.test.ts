import { describe, expect, it } from 'vitest'
import {
  followUpLabels,
  longDateText,
  meetingDatesText,
  pdfLabels,
  releveDirection,
  releveLanguage,
  vocabulary,
  xlsxLabels,
} from '../../../main/exports/common/labels'

const french = {}
const arabic = { language: 'ar' as const }

describe('labels of a relevé in its own language', () => {
  it('is French unless the relevé says Arabic, and right to left only in Arabic', () => {
    expect(releveLanguage(french)).toBe('fr')
    expect(releveLanguage({ language: undefined })).toBe('fr')
    expect(releveLanguage(arabic)).toBe('ar')
    expect(releveDirection(french)).toBe('ltr')
    expect(releveDirection(arabic)).toBe('rtl')
  })

  it('gives the French labels of a French relevé, as before languages', () => {
    expect(pdfLabels(french).title).toBe('Relevé de conclusions')
    expect(pdfLabels(french).sections.agenda).toBe('Ordre du jour')
    expect(pdfLabels(french).footer.page).toBe('Page {{page}} / {{pages}}')
    expect(vocabulary(french).sides.societe_civile).toBe('Société civile')
    expect(vocabulary(french).attendance.present).toBe('Présent')
    expect(followUpLabels(french).sheet).toBe('Suivi des actions')
    expect(xlsxLabels(french).sheets.summary).toBe('Synthèse')
  })

  it('gives the Arabic labels of an Arabic relevé', () => {
    expect(pdfLabels(arabic).title).toBe('ملخص الخلاصات')
    expect(pdfLabels(arabic).sections.participants).toBe('المشاركون')
    expect(pdfLabels(arabic).sections.agenda).toBe('جدول الأعمال')
    expect(pdfLabels(arabic).sections.decisions).toBe('النقاط المتفق عليها')
    expect(pdfLabels(arabic).footer.page).toBe('الصفحة {{page}} / {{pages}}')
    expect(pdfLabels(arabic).footer.draft).toBe('مشروع')
    expect(vocabulary(arabic).civilities.Mme).toBe('السيدة')
    expect(vocabulary(arabic).sides.societe_civile).toBe('المجتمع المدني')
    expect(vocabulary(arabic).attendance.excuse).toBe('معتذر')
    expect(vocabulary(arabic).bands.termine).toBe('منته')
    expect(followUpLabels(arabic).sheet).toBe('تتبع الإجراءات')
    expect(xlsxLabels(arabic).sheets.summary).not.toBe(xlsxLabels(french).sheets.summary)
    expect(xlsxLabels(arabic).sheets.summary).toMatch(/\p{Script=Arabic}/u)
  })

  it('has no French word left in the Arabic vocabulary and sheet names', () => {
    const texts = [
      ...Object.values(vocabulary(arabic)).flatMap((group) => Object.values(group as Record<string, string>)),
      ...Object.values(xlsxLabels(arabic).sheets),
    ]
    for (const text of texts) expect(text, text).not.toMatch(/[A-Za-zÀ-ÿ]{2,}/u)
  })

  it('writes dates in French or with the Moroccan month names and Western digits', () => {
    expect(longDateText(french, '2020-07-15')).toBe('mercredi 15 juillet 2020')
    expect(longDateText(arabic, '2020-07-15')).toBe('الأربعاء 15 يوليوز 2020')
    expect(longDateText(arabic, '2024-05-02', { weekday: false })).toBe('2 ماي 2024')
    expect(meetingDatesText(french, [{ date: '2020-07-15' }])).toContain('15 juillet 2020')
    expect(meetingDatesText(arabic, [{ date: '2020-08-15' }])).toContain('15 غشت 2020')
    expect(meetingDatesText(arabic, [{ date: '2020-08-15' }])).not.toMatch(/[\u0660-\u0669]/u)
  })
})
