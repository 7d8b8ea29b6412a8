/**
 * Issue 14 #2 and #3 for the PDF, read back from the file: a relevé set to Arabic prints every fixed
 * label, date and word of the vocabulary in Arabic and no French one, laid right to left (page 1,
 * footer); the French relevé keeps its French labels. Text read with pdftotext -bbox (the logical order, from
 * the ActualText of each reordered line); pages rendered to test-results/pdf/ to be looked at.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { renderRelevePdfReport } from '../../../main/exports/pdf/index'
import { arabicReleve } from '../../../main/bench/arabic-releve'
import { MARGINS, PAGE } from '../../../main/exports/pdf/theme'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { tempDir } from '../../helpers/temp'
import { hasPoppler, normalize, renderPng, wordBoxes, type WordBox } from '../../helpers/pdf'

const NOW = new Date('2020-07-20T10:00:00Z')

/** The demo relevé in Arabic, with an excused member, a guest, a follow-up and a continued page. */
const arabic: ReleveDocument = {
  ...arabicReleve(releve20200715),
  letterhead: ['المملكة المغربية', 'الوزارة المنتدبة لدى رئيس الحكومة المكلفة بإصلاح الإدارة'],
  followUps: [{ text: 'إعداد تقرير التقييم الذاتي', origin: '15 يوليوز 2020', responsible: 'DRA', due: '2020', status: 'en_cours', note: '' }],
}
arabic.participants = arabic.participants.map((p, i) => (i === 1 ? { ...p, status: 'excuse' } : i === 2 ? { ...p, status: 'invite' } : p))

/** The fixed words of the French relevé: none may be left in the Arabic one. */
const FRENCH_LABELS = [
  'Relevé de conclusions', 'Participants', 'Membres excusés', 'Ordre du jour', 'Points discutés', 'Points arrêtés',
  'Prochaines étapes', 'Page', 'PROJET', 'juillet', 'mercredi', 'Date de la réunion', 'Lieu', 'Référence',
  'Administrations publiques', 'Société civile', 'Avancement', 'Engagement', 'Nouvelle planification', 'Mme', 'M.',
  '(invité)', '(invitée)', 'Suivi des actions précédentes', 'En cours', 'Échéance', 'Responsable', 'réunion à distance',
]

function pageTexts(words: WordBox[][]): string[] {
  return words.map((page) => normalize(page.map((w) => w.text).join(' ')))
}

describe.runIf(hasPoppler)('the PDF of a relevé set to Arabic', () => {
  let words: WordBox[][] = []
  let pages: string[] = []
  beforeAll(async () => {
    const file = join(tempDir(), 'arabic.pdf')
    writeFileSync(file, (await renderRelevePdfReport(arabic, { now: NOW })).pdf)
    words = wordBoxes(file)
    pages = pageTexts(words)
    for (let page = 1; page <= pages.length; page++) renderPng(file, page, `arabic-labels-${page}`, 70)
  })

  it('prints the Arabic labels, vocabulary and Moroccan dates with Western digits', () => {
    const all = pages.join(' ')
    for (const label of [
      'ملخص الخلاصات', 'تاريخ الاجتماع', 'الأربعاء 15 يوليوز 2020', 'المكان', 'المرجع', 'المشاركون', 'الإدارات العمومية',
      'الأعضاء المعتذرون', 'جدول الأعمال', 'النقاط التي تمت مناقشتها', 'النقاط المتفق عليها', 'الخطوات المقبلة',
      'حالة تقدم تنفيذ التزامات خطة العمل', 'الالتزام', 'إعادة برمجة الأنشطة المتبقية', 'تتبع الإجراءات السابقة', 'قيد الإنجاز',
      'السيدة', 'السيد', 'مشروع', `الصفحة 1 / ${pages.length}`, 'ملخص الخلاصات بتاريخ 15 يوليوز 2020',
    ]) {
      expect(all, label).toContain(label)
    }
    expect(all).toMatch(/نسبة التقدم \d+ ?%|التزام منجز \(100 ?%\)/u)
  })

  it('prints no French fixed label', () => {
    // Whole words only: « Page » must not match inside an engagement's Latin acronym.
    const words = new Set(pages.join(' ').split(' '))
    const all = ` ${pages.join(' ')} `
    for (const label of FRENCH_LABELS) {
      if (label.includes(' ')) expect(all, label).not.toContain(label)
      else expect(words.has(label), label).toBe(false)
    }
  })

  it('lays page 1 and the footer out right to left', () => {
    const first = words[0] ?? []
    const find = (text: string): WordBox | undefined => first.find((w) => w.text.includes(text))
    const right = PAGE.width - MARGINS.right
    // The title of the box's rows stands at the right, its value to its left.
    const label = find('تاريخ الاجتماع')
    const value = find('يوليوز')
    expect(label && value).toBeTruthy()
    expect(right - (label?.xMax ?? 0)).toBeLessThan(20)
    expect(value?.xMax ?? Infinity).toBeLessThan(label?.xMin ?? 0)
    // The letterhead on the right half, the committee on the left half.
    expect(find('المملكة')?.xMin ?? 0).toBeGreaterThan(PAGE.width / 2)
    // The footer: page number on the left, reference on the right.
    const pageNumber = find('الصفحة')
    const reference = first.find((w) => w.text.includes('COPIL-2020-07-15') && (w.yMin ?? 0) > PAGE.height - MARGINS.bottom)
    expect(pageNumber && reference).toBeTruthy()
    expect(pageNumber?.xMax ?? Infinity).toBeLessThan(PAGE.width / 2)
    expect(reference?.xMin ?? 0).toBeGreaterThan(PAGE.width / 2)
  })

  it('mirrors the running header of the following pages: the committee on the right, title and date on the left', () => {
    const second = words[1] ?? []
    const top = second.filter((w) => (w.yMin ?? Infinity) < MARGINS.top - 10)
    const committee = top.find((w) => w.text.includes(normalize(arabic.committee.name).split(' ')[0] ?? '\u0000'))
    const title = top.find((w) => w.text.includes('ملخص الخلاصات'))
    expect(committee && title).toBeTruthy()
    expect(PAGE.width - MARGINS.right - (committee?.xMax ?? 0)).toBeLessThan(20)
    expect(title?.xMax ?? Infinity).toBeLessThan(PAGE.width / 2)
  })
})

describe.runIf(hasPoppler)('the PDF of the same relevé in French', () => {
  it('keeps its French labels and dates', async () => {
    const file = join(tempDir(), 'french.pdf')
    writeFileSync(file, (await renderRelevePdfReport(releve20200715, { now: NOW })).pdf)
    const all = pageTexts(wordBoxes(file)).join(' ')
    for (const label of ['Relevé de conclusions', 'Participants', 'Ordre du jour', 'Points arrêtés', 'Mercredi 15 juillet 2020', 'PROJET', 'Page 1 /']) {
      expect(all, label).toContain(label)
    }
    expect(all).not.toMatch(/[\u0600-\u06FF]/u)
  })
})
