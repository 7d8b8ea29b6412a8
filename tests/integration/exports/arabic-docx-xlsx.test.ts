/**
 * Arabic and mixed text in the Word file and the workbook (issue 14 #2, #4, #6): the corpus of
 * Arabic and mixed lines exported and read back — every line found, in logical order, in
 * word/document.xml and in the workbook's cells — with the labels and dates of an Arabic relevé,
 * its paragraphs marked right to left (w:bidi, w:rtl), its tables laid from the right
 * (w:bidiVisual), and its sheets viewed right to left. A French relevé with Arabic inside keeps its
 * French labels; only its Arabic paragraphs read from the right.
 */
import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { type RichBlock } from '../../../shared/domain/rich-text'
import { frenchTypography } from '../../../shared/text/typography'
import { renderReleveDocx } from '../../../main/exports/docx'
import { renderReleveXlsx } from '../../../main/exports/xlsx'
import { arabicCorpus } from '../../fixtures/arabic-corpus'
import { releveRich } from '../../fixtures/releve-rich'
import { docxPart, docxText } from '../../helpers/docx'
import { normalize } from '../../helpers/pdf'

const para = (text: string): RichBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const ARABIC = /\p{Script=Arabic}/u

/** The relevé with the corpus as its introduction's paragraphs and as the first point's decisions. */
function corpusReleve(language: 'ar' | undefined): ReleveDocument {
  return {
    ...releveRich,
    ...(language ? { language, letterhead: ['المملكة المغربية', 'وزارة الاقتصاد والمالية وإصلاح الإدارة'] } : {}),
    introduction: { type: 'doc', content: arabicCorpus.map(para) },
    agenda: releveRich.agenda.map((item, i) => (i === 0 ? { ...item, decisions: [...arabicCorpus] } : item)),
    participants: releveRich.participants.map((p, i) => (i === 0 ? { ...p, firstName: 'فاطمة الزهراء', lastName: 'بناني' } : p)),
  }
}

const firstStrongIsArabic = (text: string): boolean => {
  const m = /[\p{L}]/u.exec(text)
  return m !== null && ARABIC.test(m[0])
}

/**
 * What Word must give back for a line, whitespace collapsed: the logical text as typed in an
 * Arabic relevé and for a line that opens in Arabic (French typography never alters Arabic, as in
 * the PDF), after French typography for a French line of a French one.
 */
const logical = (line: string, language: 'ar' | 'fr' = 'ar'): string =>
  normalize(language === 'ar' || firstStrongIsArabic(line) ? line : frenchTypography(line))

/** Each paragraph of document.xml: its XML and its text. */
function paragraphsOf(xml: string): { xml: string; text: string }[] {
  return xml.split(/<\/w:p>/u).map((p) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => (m[1] ?? '').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>')).join(''),
  }))
}

/** The runs of a paragraph: whether each is marked right to left, and its text. */
function runsOf(paragraphXml: string): { rtl: boolean; text: string }[] {
  return [...paragraphXml.matchAll(/<w:r>(.*?)<\/w:r>/gsu)].map((m) => ({
    rtl: /<w:rtl\/>/u.test(m[1] ?? ''),
    text: [...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1] ?? '').join(''),
  }))
}

describe('the Arabic corpus in the Word file of an Arabic relevé', () => {
  let document = ''
  let text = ''
  let header = ''
  let footer = ''
  beforeAll(async () => {
    const bytes = await renderReleveDocx(corpusReleve('ar'))
    if (process.env.KEEP_ARABIC_DOCX) writeFileSync(process.env.KEEP_ARABIC_DOCX, bytes)
    document = await docxPart(bytes, 'word/document.xml')
    header = await docxPart(bytes, 'word/header1.xml')
    footer = await docxPart(bytes, 'word/footer1.xml')
    text = normalize(await docxText(bytes))
  })

  it('gives back every line of the corpus in logical order', () => {
    expect(arabicCorpus.length).toBeGreaterThanOrEqual(40)
    const paragraphs = paragraphsOf(document).map((p) => normalize(p.text))
    for (const line of arabicCorpus) expect(paragraphs, line).toContain(logical(line))
  })

  it('marks every paragraph right to left, except those that open in Latin, and every Arabic stretch as a right-to-left run', () => {
    const paragraphs = paragraphsOf(document)
    for (const line of arabicCorpus) {
      const p = paragraphs.find((q) => normalize(q.text) === logical(line))
      expect(p?.xml.includes('<w:bidi/>'), line).toBe(firstStrongIsArabic(line))
      for (const run of runsOf(p?.xml ?? '')) {
        // A run holding Arabic is right to left; one holding Latin letters is not.
        if (ARABIC.test(run.text)) expect(run.rtl, `${line} → ${run.text}`).toBe(true)
        if (/[A-Za-z]/u.test(run.text)) expect(run.rtl, `${line} → ${run.text}`).toBe(false)
      }
    }
  })

  it('prints the fixed labels, the vocabulary and the dates in Arabic, and no French label', () => {
    for (const label of ['المملكة المغربية', 'ملخص الخلاصات', 'تاريخ الاجتماع', 'المكان', 'المرجع', 'المشاركون', 'جدول الأعمال', 'النقاط التي تمت مناقشتها', 'النقاط المتفق عليها', 'الخطوات المقبلة']) {
      expect(text).toContain(label)
    }
    // The date with the Moroccan month name and Western digits.
    expect(text).toContain('الأربعاء 15 يوليوز 2020')
    // Civilities in Arabic, with the person's name.
    expect(text).toContain('السيدة فاطمة الزهراء بناني')
    // The engagement table's header and progress.
    expect(text).toContain('الالتزام')
    expect(text).toContain('حالة التقدم')
    // Arabic typography: « 70% », no space before the sign.
    expect(text).toMatch(/نسبة التقدم \d+%/u)
    expect(text).toContain('التزام منجز (100%)')
    expect(text).toContain('تاريخ الاجتماع:')
    for (const french of ['Relevé de conclusions', 'Points arrêtés', 'Points discutés', 'Prochaines étapes', 'Date de la réunion', 'Mercredi 15 juillet 2020', 'Présentation :', 'Avancement ', 'Engagement complété']) {
      expect(text).not.toContain(french)
    }
  })

  it('writes the header and « الصفحة x / y » footer in Arabic, right to left, with « مشروع » on a draft', () => {
    const headerText = paragraphsOf(header).map((p) => p.text).join(' ')
    expect(headerText).toContain('ملخص الخلاصات · 15 يوليوز 2020')
    expect(headerText).toContain('مشروع')
    expect(footer).toContain('<w:bidi/>')
    expect(footer).toMatch(/الصفحة/u)
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
    expect(footer).toContain('مشروع')
    expect(footer).not.toMatch(/Page |PROJET/u)
  })

  it('lays every table from the right', () => {
    const tables = document.split('<w:tbl>').length - 1
    expect(tables).toBeGreaterThan(3)
    expect(document.split('<w:bidiVisual/>').length - 1).toBe(tables)
  })

  it('tags the document Arabic for Word, with an Arabic face for complex script', async () => {
    const styles = await docxPart(await renderReleveDocx(corpusReleve('ar')), 'word/styles.xml')
    expect(styles).toContain('w:bidi="ar-MA"')
    expect(styles).toContain('w:cs="Noto Naskh Arabic"')
  })
})

describe('the Arabic corpus in the Word file of a French relevé', () => {
  let document = ''
  let text = ''
  beforeAll(async () => {
    const bytes = await renderReleveDocx(corpusReleve(undefined))
    document = await docxPart(bytes, 'word/document.xml')
    text = normalize(await docxText(bytes))
  })

  it('gives back every line, marks only the paragraphs that open in Arabic right to left, and keeps its French labels', () => {
    const paragraphs = paragraphsOf(document)
    for (const line of arabicCorpus) {
      const p = paragraphs.find((q) => normalize(q.text) === logical(line, 'fr'))
      expect(p, line).toBeTruthy()
      expect(p?.xml.includes('<w:bidi/>'), line).toBe(firstStrongIsArabic(line))
      for (const run of runsOf(p?.xml ?? '')) if (ARABIC.test(run.text)) expect(run.rtl, run.text).toBe(true)
    }
    expect(text).toContain('Relevé de conclusions')
    expect(text).toContain('Mme فاطمة الزهراء بناني')
    expect(document).not.toContain('<w:bidiVisual/>')
  })
})

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return workbook
}

function cells(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell }[] {
  const out: { sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell }[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => out.push({ sheet, cell }))))
  return out
}

describe('the Arabic corpus in the workbook', () => {
  let arabic: ExcelJS.Workbook
  let french: ExcelJS.Workbook
  beforeAll(async () => {
    const bytes = await renderReleveXlsx(corpusReleve('ar'))
    if (process.env.KEEP_ARABIC_XLSX) writeFileSync(process.env.KEEP_ARABIC_XLSX, bytes)
    arabic = await loadWorkbook(bytes)
    french = await loadWorkbook(await renderReleveXlsx(corpusReleve(undefined)))
  })

  it('gives back every line of the corpus in a cell, as typed, in both languages', () => {
    for (const workbook of [arabic, french]) {
      const values = cells(workbook).map(({ cell }) => cell.text)
      for (const line of arabicCorpus) expect(values, line).toContain(line)
    }
  })

  it('views every sheet of the Arabic relevé right to left, and none of the French one', () => {
    expect(arabic.worksheets.length).toBeGreaterThan(4)
    for (const sheet of arabic.worksheets) expect(sheet.views[0]?.rightToLeft, sheet.name).toBe(true)
    for (const sheet of french.worksheets) expect(sheet.views?.[0]?.rightToLeft ?? false, sheet.name).toBe(false)
  })

  it('reads every Arabic cell right to left, right-aligned, and leaves the French cells as they were', () => {
    for (const workbook of [arabic, french]) {
      for (const { sheet, cell } of cells(workbook)) {
        const where = `${sheet.name}!${cell.address} ${cell.text.slice(0, 30)}`
        if (ARABIC.test(cell.text)) {
          expect(cell.alignment?.readingOrder, where).toBe('rtl')
          expect(cell.alignment?.horizontal, where).toBe('right')
        } else if (workbook === french) {
          expect(cell.alignment?.readingOrder, where).toBeUndefined()
        }
      }
    }
  })

  it('names its sheets and headers in Arabic and writes the vocabulary and dates in Arabic', () => {
    const names = arabic.worksheets.map((s) => s.name)
    for (const name of names) expect(name, name).toMatch(ARABIC)
    const values = cells(arabic).map(({ cell }) => cell.text)
    expect(values).toContain('الأربعاء 15 يوليوز 2020')
    expect(values).toContain('السيدة')
    expect(values).toContain('حاضر')
    for (const french of ['Synthèse', 'Participants', 'Présent', 'Mme', 'M.', 'Société civile', 'Mercredi 15 juillet 2020']) expect(values, french).not.toContain(french)
    expect((arabic as unknown as { language?: string }).language).toBe('ar')
  })
})
