/**
 * Tables typed in the minutes, as each file lays them out: columns sized from their content (no
 * word broken when the page allows), merged cells, the header row repeated on every page of a long
 * table, rows never cut through a line, lists in cells; in the PDF (read back with pdftotext), the
 * Word file (its XML) and the workbook (its cells and merges).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderReleveDocx } from '../../../main/exports/docx'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { MARGINS, PAGE } from '../../../main/exports/pdf/theme'
import { renderReleveXlsx } from '../../../main/exports/xlsx'
import { textWidth } from '../../../main/exports/common/text-width'
import { docxPart } from '../../helpers/docx'
import { hasPoppler, overlappingWords, pageTexts, pdfInfo, pdfText, renderPng, wordBoxes, type WordBox } from '../../helpers/pdf'
import { comparable, missingInOrder } from '../../helpers/rich-arbitrary'
import {
  LONG_WORD,
  PARAGRAPH_WORDS,
  TALL_LINES,
  paragraphWord,
  releveWithLongTables,
  rowTag,
  tallLine,
} from '../../fixtures/rich-long-tables'
import { eventsTable } from '../../fixtures/rich-tables'
import { richTextRuns } from '../../../shared/domain/rich-text'

const dir = mkdtempSync(join(tmpdir(), 'copil-tables-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ROWS = 70
const countOf = (text: string, needle: string): number => text.split(needle).length - 1

describe.skipIf(!hasPoppler)('the PDF of tables typed in the minutes', () => {
  let file = ''
  let pages: string[] = []
  let raw = ''
  let words: WordBox[][] = []
  beforeAll(async () => {
    file = join(dir, 'tables.pdf')
    writeFileSync(file, await renderRelevePdf(releveWithLongTables))
    pages = pageTexts(file)
    raw = pdfText(file, { mode: 'raw' })
    words = wordBoxes(file)
    for (let page = 1; page <= pages.length; page++) renderPng(file, page, `rich-tables-page-${page}`, 50)
  })

  it('prints every cell of the events table, the workshops of each row as a bulleted list', () => {
    expect(missingInOrder(raw, richTextRuns({ type: 'doc', content: [eventsTable] }))).toBeUndefined()
    expect(raw).toMatch(/• Transparence budgétaire\s+• Intégrité et lutte contre la\s+corruption\s+• Services publics/u)
  })

  it('never breaks « Intervenant.e.s » nor a date, and keeps the number column narrow', () => {
    const all = words.flat()
    // Once in the events table, on each page of the long table, and in the last table.
    expect(all.filter((w) => w.text === 'Intervenant.e.s').length).toBeGreaterThanOrEqual(4)
    expect(all.some((w) => w.text.startsWith('Intervenant') && w.text !== 'Intervenant.e.s')).toBe(false)
    expect(all.filter((w) => w.text === '07/09/2020')).toHaveLength(2)
    const numberHeader = all.find((w) => w.text === 'N°')
    const activityHeader = all.find((w) => w.text === 'Activité')
    expect((activityHeader?.xMin ?? 0) - (numberHeader?.xMin ?? 0)).toBeLessThan(30)
  })

  it('prints the merged title row on one line above the header row, and a cell spanning two rows once', () => {
    const page = words.find((p) => p.some((w) => w.text === 'Agenda')) ?? []
    const agenda = page.find((w) => w.text === 'Agenda')
    const proposed = page.find((w) => w.text === 'proposé')
    const horaire = page.find((w) => w.text === 'Horaire')
    expect(proposed?.yMin).toBeCloseTo(agenda?.yMin ?? 0, 0)
    expect(horaire?.yMin ?? 0).toBeGreaterThan(agenda?.yMin ?? 0)
    expect(horaire?.xMin).toBeCloseTo(agenda?.xMin ?? 0, 0)
    expect(countOf(raw, 'Ouverture')).toBe(1)
    expect(missingInOrder(raw, ['10h00', 'Ouverture', 'Mot d’accueil', '10h15', 'Présentation de la démarche'])).toBeUndefined()
  })

  it('repeats the header row on every page of the long table and keeps each row on one page', () => {
    expect(Number(pdfInfo(file).Pages)).toBeGreaterThan(3)
    const withRows = pages.filter((p) => p.includes(rowTag(0)) || /r\d\d/u.test(p))
    expect(withRows.length).toBeGreaterThanOrEqual(3)
    for (const page of withRows.filter((p) => /Activité r\d\d/u.test(p))) {
      const header = page.search(/N°\s+Activité\s+Période\s+Intervenant\.e\.s/u)
      expect(header, page.slice(0, 400)).toBeGreaterThanOrEqual(0)
      expect(header).toBeLessThan(page.search(/Activité r\d\d/u))
    }
    for (let k = 0; k < ROWS; k++) {
      // The activity, its period and its speakers: three mentions of the row's tag, on one page.
      const holding = pages.filter((p) => p.includes(rowTag(k)))
      expect(holding, rowTag(k)).toHaveLength(1)
      expect(countOf(holding[0] ?? '', rowTag(k))).toBe(3)
    }
  })

  it('splits a row taller than a page between lines, never through one, and prints every line in order', () => {
    const lines = Array.from({ length: TALL_LINES }, (_, k) => tallLine(k))
    expect(missingInOrder(raw, lines)).toBeUndefined()
    // Each line whole on one line of one page.
    for (const line of lines) expect(pages.filter((p) => p.includes(line)), line).toHaveLength(1)
    expect(pages.filter((p) => p.includes('Ligne t')).length).toBeGreaterThanOrEqual(2)
    // Nothing of the table runs into the bottom margin.
    const bottom = PAGE.height - MARGINS.bottom + 1
    for (const page of words) for (const w of page.filter((x) => /^t\d\d$/u.test(x.text))) expect(w.yMax).toBeLessThan(bottom)
  })

  it('keeps the columns of a row taller than a page on each page it runs over', () => {
    const pagesOfTall = words.filter((p) => p.some((w) => /^t\d\d$/u.test(w.text)))
    const detail = words.flat().find((w) => w.text === 'Détail')
    for (const page of pagesOfTall) {
      const lineStarts = page.filter((w) => w.text === 'Ligne')
      // Every line in the second column, where « Détail » heads it, and the header repeated above.
      for (const w of lineStarts) expect(w.xMin).toBeCloseTo(detail?.xMin ?? 0, 0)
      expect(page.some((w) => w.text === 'Détail')).toBe(true)
    }
  })

  it('cuts one paragraph taller than a page between two lines, every word whole and in order', () => {
    const all = words.flat().map((w) => w.text)
    const expected = Array.from({ length: PARAGRAPH_WORDS }, (_, k) => paragraphWord(k))
    const found = all.filter((w) => /^w\d{4}$/u.test(w))
    expect(found).toEqual(expected)
    const pagesWith = words.filter((p) => p.some((w) => /^w\d{4}$/u.test(w.text)))
    expect(pagesWith.length).toBeGreaterThanOrEqual(2)
    const bottom = PAGE.height - MARGINS.bottom + 1
    for (const page of pagesWith) for (const w of page.filter((x) => /^w\d{4}$/u.test(x.text))) expect(w.yMax).toBeLessThan(bottom)
    expect(missingInOrder(raw, ['Paragraphe', paragraphWord(0), paragraphWord(PARAGRAPH_WORDS - 1), 'Dernière', 'Fin'])).toBeUndefined()
  })

  it('breaks the 200-character word only where it must, losing no character', () => {
    expect(comparable(raw)).toContain(comparable(LONG_WORD))
    expect(missingInOrder(raw, ['Intervenant.e.s', 'Date', 'Référence', 'NDI', '07/09/2020', LONG_WORD])).toBeUndefined()
  })

  it('keeps the short paragraph that introduces a table on the table’s page', () => {
    const intro = pages.findIndex((p) => p.includes('Le déroulé commun'))
    expect(intro).toBeGreaterThanOrEqual(0)
    expect(pages[intro]).toContain('Agenda unifié proposé')
  })

  it('never lets two words overlap', () => {
    for (const page of words) expect(overlappingWords(page)).toEqual([])
  })
})

describe('the Word file of the same tables', () => {
  let xml = ''
  beforeAll(async () => {
    xml = await docxPart(await renderReleveDocx(releveWithLongTables), 'word/document.xml')
  })
  const tables = (): string[] => xml.split('<w:tbl>').slice(2).map((t) => t.split('</w:tbl>')[0] ?? '')
  const grid = (table: string): number[] => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]))

  it('sizes the columns from their content in a fixed grid that fills the text width', () => {
    const all = tables()
    expect(all.length).toBeGreaterThanOrEqual(5)
    for (const t of all) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>')
      expect(grid(t).reduce((a, b) => a + b, 0)).toBe(9406)
    }
    // The last table: « Intervenant.e.s » (bold, 9 pt) and the date fit whole; the long word takes the rest.
    const last = grid(all[all.length - 1] ?? '')
    expect(last[0]).toBeGreaterThanOrEqual(Math.ceil(textWidth('Intervenant.e.s', 'bold', 9) * 20) + 200)
    expect(last[1]).toBeGreaterThanOrEqual(Math.ceil(textWidth('07/09/2020', 'regular', 9) * 20) + 200)
    expect(last[2]).toBeGreaterThan(6000)
    // The long table: « N° » narrow, « Activité » wide.
    const long = grid(all.find((t) => t.includes('Activité r00')) ?? '')
    expect(long[0]).toBeLessThan(800)
    expect(long[1]).toBeGreaterThan(4000)
  })

  it('repeats header rows, keeps rows whole, and merges the title across three columns and « Ouverture » across two rows', () => {
    const long = tables().find((t) => t.includes('Activité r00')) ?? ''
    expect(countOf(long, '<w:tblHeader/>')).toBe(1)
    expect(countOf(long, '<w:cantSplit/>')).toBe(ROWS + 1)
    // The rows taller than a page may break (between lines): Word would cut them off at the page's foot.
    const tall = tables().find((t) => t.includes('Fin du tableau haut')) ?? ''
    const rows = tall.split('</w:tr>').slice(0, -1)
    expect(rows.map((r) => r.includes('<w:cantSplit/>'))).toEqual([true, true, false, true, false, true])
    const timetable = tables().find((t) => t.includes('Agenda unifié proposé')) ?? ''
    expect(timetable).toMatch(/<w:gridSpan w:val="3"\/>(?:(?!<\/w:tc>).)*Agenda unifié proposé/su)
    expect(timetable).toMatch(/<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*Ouverture/su)
    expect(timetable).toMatch(/<w:vMerge w:val="continue"\/>/u)
    // Both leading rows are header cells: both repeat.
    expect(countOf(timetable, '<w:tblHeader/>')).toBe(2)
  })
})

describe('the workbook of the same tables', () => {
  let sheet: ExcelJS.Worksheet
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await renderReleveXlsx(releveWithLongTables)) as unknown as ExcelJS.Buffer)
    const found = wb.getWorksheet('Tableaux')
    if (!found) throw new Error('feuille « Tableaux » absente')
    sheet = found
  })
  const find = (value: string): ExcelJS.Cell => {
    let hit: ExcelJS.Cell | undefined
    sheet.eachRow((row) => row.eachCell((c) => (hit = hit ?? (c.value === value ? c : undefined))))
    if (!hit) throw new Error(`${value} absent`)
    return hit
  }

  it('lays out each table as a grid under its title, lists in cells as bulleted lines', () => {
    expect(sheet.getCell('A1').value).toBe('Points discutés, point 1 — tableau 1')
    expect(find('Intervenant.e.s').style.font?.bold).toBe(true)
    const workshops = find('• Transparence budgétaire\n• Intégrité et lutte contre la corruption\n• Services publics')
    expect(workshops.col).toBe(find('Ateliers thématiques').col)
  })

  it('merges the title row across the three columns and « Ouverture » across two rows', () => {
    const title = find('Agenda unifié proposé')
    const row = Number(title.row)
    const col = Number(title.col)
    expect(sheet.getCell(row, col + 2).master.address).toBe(title.address)
    expect(sheet.getCell(row, col + 3).isMerged).toBe(false)
    const opening = find('Ouverture')
    expect(sheet.getCell(Number(opening.row) + 1, Number(opening.col)).master.address).toBe(opening.address)
    expect(sheet.getCell(Number(opening.row) + 1, Number(opening.col) + 1).value).toBe('• Présentation de la démarche\n• Calendrier')
  })

  it('sizes the columns for their content: « Intervenant.e.s » whole, a wide column for long text', () => {
    const col = Number(find('Intervenant.e.s').col)
    expect(sheet.getColumn(col).width ?? 0).toBeGreaterThanOrEqual('Intervenant.e.s'.length)
    expect(sheet.getColumn(2).width ?? 0).toBeGreaterThan(sheet.getColumn(1).width ?? 0)
  })
})
