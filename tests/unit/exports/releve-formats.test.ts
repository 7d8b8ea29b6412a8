/**
 * One relevé, three files: the PDF, the Word file and the workbook print the same participants
 * (function, « Nom (ACRONYME) », protocol order), every cell of the tables typed in a discussion
 * and in a decision (lists in cells, merged cells), the decisions and the « NB » note, in order.
 * The Word file carries real styles, a header, « Page x / y », repeated header rows and
 * « PROJET » on a draft, and LibreOffice opens it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextRuns } from '../../../shared/domain/rich-text'
import { renderReleveDocx } from '../../../main/exports/docx'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { participantLine } from '../../../main/exports/pdf/strings'
import { renderReleveXlsx } from '../../../main/exports/xlsx'
import { docxPart, docxText, hasSoffice, sofficeText } from '../../helpers/docx'
import { hasPoppler, pdfText, renderPng } from '../../helpers/pdf'
import { comparable, missingInOrder } from '../../helpers/rich-arbitrary'
import { releveRich } from '../../fixtures/releve-rich'
import { discussionWithTables, timetable } from '../../fixtures/rich-tables'

const dir = mkdtempSync(join(tmpdir(), 'copil-formats-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const lines = releveRich.participants.map((p) => {
  const { name, rest } = participantLine(p)
  return name + rest
})
const decisionRuns = releveRich.agenda.flatMap((a) =>
  a.decisions.flatMap((d) => (typeof d === 'string' ? [d] : richTextRuns(d.body))),
)
const cellRuns = richTextRuns(discussionWithTables)

describe.skipIf(!hasPoppler)('the PDF of a relevé written as the secretariat writes it', () => {
  let text = ''
  beforeAll(async () => {
    const file = join(dir, 'releve.pdf')
    writeFileSync(file, await renderRelevePdf(releveRich))
    text = pdfText(file, { mode: 'raw' })
    renderPng(file, 1, 'releve-rich-page-1')
  })

  it('lists the participants in protocol order with their function and acronym', () => {
    expect(lines[1]).toBe('M. Tarik NECH-NACH, Consultant OCDE, Organisation de coopération et de développement économiques (OCDE)')
    expect(missingInOrder(text, lines)).toBeUndefined()
  })

  it('prints every cell of the tables typed in a discussion, lists in cells included', () => {
    expect(cellRuns).toContain('Intégrité et lutte contre la corruption')
    expect(missingInOrder(text, cellRuns)).toBeUndefined()
  })

  it('prints a decision holding a table with merged cells, its closing paragraph and the NB note', () => {
    expect(missingInOrder(text, decisionRuns)).toBeUndefined()
    const item2 = releveRich.agenda[1]?.decisions.flatMap((d) => (typeof d === 'string' ? [d] : richTextRuns(d.body))) ?? []
    expect(missingInOrder(text, ['Nouveau processus de co-création du 2ème PAN', ...item2])).toBeUndefined()
    expect(comparable(text)).toContain(comparable('2. Organiser les webinaires'))
    expect(comparable(text)).toContain(comparable('3. Collecte des propositions'))
  })

  it('titles the items with their short headings and prints the introduction first', () => {
    expect(missingInOrder(text, ['Points discutés', 'La réunion a été ouverte', '2. Co-création du 2ème PAN'])).toBeUndefined()
  })
})

describe('the Word file of the same relevé', () => {
  let bytes: Buffer = Buffer.alloc(0)
  let text = ''
  beforeAll(async () => {
    bytes = await renderReleveDocx(releveRich)
    text = await docxText(bytes)
  })

  it('holds the participants, every table cell, the decisions and the note, in order', () => {
    expect(missingInOrder(text, lines)).toBeUndefined()
    expect(missingInOrder(text, cellRuns)).toBeUndefined()
    expect(missingInOrder(text, decisionRuns)).toBeUndefined()
  })

  it('uses Word styles a secretariat can change: Titre 1, Titre 2, Normal and a table style', async () => {
    const document = await docxPart(bytes, 'word/document.xml')
    const styles = await docxPart(bytes, 'word/styles.xml')
    expect(document).toContain('<w:pStyle w:val="Heading1"/>')
    expect(document).toContain('<w:pStyle w:val="Heading2"/>')
    expect(document).toContain('<w:tblStyle w:val="TableauReleve"/>')
    expect(styles).toContain('w:styleId="Heading1"')
    expect(styles).toContain('w:styleId="Normal"')
    expect(styles).toContain('<w:name w:val="Tableau du relevé"/>')
  })

  it('repeats header rows, merges cells across columns and rows', async () => {
    const document = await docxPart(bytes, 'word/document.xml')
    expect(document).toContain('<w:tblHeader/>')
    expect(document).toContain('<w:gridSpan w:val="3"/>')
    expect(document).toMatch(/<w:vMerge w:val="restart"\/>/u)
    expect(richTextRuns({ type: 'doc', content: [timetable] }).every((run) => comparable(text).includes(comparable(run)))).toBe(true)
  })

  it('has a header with the committee and the date, « Page x / y » and « PROJET » on a draft', async () => {
    const header = await docxPart(bytes, 'word/header1.xml')
    const footer = await docxPart(bytes, 'word/footer1.xml')
    expect(header).toContain('Comité de pilotage')
    expect(header).toContain('15 juillet 2020')
    expect(header).toContain('PROJET')
    expect(footer).toMatch(/PAGE/u)
    expect(footer).toMatch(/NUMPAGES/u)
    expect(footer).toContain('Page ')
    const adopted = await docxPart(await renderReleveDocx({ ...releveRich, adopted: true }), 'word/header1.xml')
    expect(adopted).not.toContain('PROJET')
  })
})

describe('the workbook of the same relevé', () => {
  let cells = ''
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderReleveXlsx(releveRich)) as unknown as ExcelJS.Buffer)
    const all: string[] = []
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => all.push(String(c.value ?? '')))))
    cells = all.join('\n')
  })

  it('lists the participants in protocol order, surname in capitals, function and acronym', () => {
    const expected = releveRich.participants.flatMap((p) => [p.lastName.toLocaleUpperCase('fr'), ...(p.function ? [p.function] : []), `${p.organisation} (${p.acronym ?? ''})`])
    expect(missingInOrder(cells, expected)).toBeUndefined()
  })

  it('writes every table cell and every decision, the note included', () => {
    expect(missingInOrder(cells, cellRuns)).toBeUndefined()
    expect(missingInOrder(cells, decisionRuns)).toBeUndefined()
  })
})

describe.skipIf(!hasSoffice || !hasPoppler)('LibreOffice opens the Word file', () => {
  it('converts it to PDF, and the text holds every participant and decision', async () => {
    const text = sofficeText(await renderReleveDocx(releveRich))
    expect(missingInOrder(text, lines)).toBeUndefined()
    expect(missingInOrder(text, decisionRuns)).toBeUndefined()
    expect(missingInOrder(text, cellRuns)).toBeUndefined()
  }, 180_000)
})
