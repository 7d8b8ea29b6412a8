import { beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
// exceljs's own zip reader: the tests look at the raw XML for what exceljs cannot read back.
import JSZip from 'jszip'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { emptyRichDoc } from '../../../shared/domain/rich-text'
import { exportXlsxStrings as fr } from '../../../shared/i18n/fr/export-xlsx'
import { capitalizeFirst, formatMeetingDates } from '../../../shared/text/french-dates'
import { renderReleveXlsx } from '../../../main/exports/xlsx'
import { cellText, EXCEL_MAX_CELL_CHARS } from '../../../main/exports/xlsx/cell-text'
import { richToPlainText } from '../../../main/exports/xlsx/plain-text'
import { addQuotePrefix } from '../../../main/exports/xlsx/quote-prefix'
import { PERCENT_FORMAT } from '../../../main/exports/xlsx/styles'
import { FORMULA_LIKE, HOSTILE, LONG_TEXT, largeReleve } from '../../fixtures/releve-large'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return workbook
}
function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name)
  if (found === undefined) throw new Error(`no sheet ${name}`)
  return found
}
const rowValues = (ws: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: ws.columnCount }, (_, i) => ws.getRow(row).getCell(i + 1).value)
const allCells = (workbook: ExcelJS.Workbook) => {
  const cells: { ws: ExcelJS.Worksheet; cell: ExcelJS.Cell }[] = []
  workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push({ ws, cell }))))
  return cells
}
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n']
const TABLE_SHEETS = [fr.sheets.participants, fr.sheets.agenda, fr.sheets.decisions, fr.sheets.nextSteps, fr.sheets.progress]

describe('renderReleveXlsx — large hostile relevé', () => {
  const doc = largeReleve()
  let bytes: Buffer
  let wb: ExcelJS.Workbook
  let zip: JSZip
  beforeAll(async () => {
    bytes = await renderReleveXlsx(doc)
    wb = await load(bytes)
    zip = await JSZip.loadAsync(bytes)
  })

  it('has its sheets in order, « Tableaux » last as its minutes hold tables, and the workbook properties', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Synthèse', 'Participants', 'Ordre du jour', 'Points arrêtés', 'Prochaines étapes', 'Avancement', 'Tableaux'])
    expect(wb.title).toBe('Relevé de conclusions')
    expect(wb.subject).toBe('Réunion extraordinaire du Comité de pilotage — COPIL-2023-07-25')
    expect(wb.creator).toBe('Comité de pilotage du gouvernement ouvert')
    expect((wb as unknown as { language?: string }).language).toBe('fr')
  })

  it('writes the header rows of every table, styled bold on a fill with borders', () => {
    const expected: Record<string, string[]> = {
      Participants: ['Civilité', 'Prénom', 'Nom', 'Fonction', 'Organisation', 'Collège', 'Statut', 'Représenté par'],
      'Ordre du jour': ['N°', 'Point', 'Intervenant', 'Points discutés'],
      'Points arrêtés': ['N°', 'Point de l’ordre du jour', 'Décision'],
      'Prochaines étapes': ['N°', 'Action', 'Détails', 'Responsable', 'Échéance', 'Statut'],
      Avancement: ['Engagement n°', 'Intitulé', 'Avancement', 'Bande', 'État d’avancement', 'Nouvelle planification'],
    }
    for (const [name, headers] of Object.entries(expected)) {
      const ws = sheet(wb, name)
      expect(rowValues(ws, 1)).toEqual(headers)
      const cell = ws.getCell('A1')
      expect(cell.font?.bold).toBe(true)
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' })
      expect(cell.border?.bottom?.style).toBe('thin')
    }
  })

  it('has one row per record', () => {
    const rows = (name: string) => sheet(wb, name).actualRowCount - 1
    expect(rows(fr.sheets.participants)).toBe(60)
    expect(rows(fr.sheets.agenda)).toBe(6)
    expect(rows(fr.sheets.decisions)).toBe(40)
    expect(rows(fr.sheets.nextSteps)).toBe(12)
    expect(rows(fr.sheets.progress)).toBe(18)
  })

  it('sums up the meeting on the « Synthèse » sheet, with counts per side', () => {
    const ws = sheet(wb, fr.sheets.summary)
    const pairs = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(ws.getCell(i + 2, 1).value), ws.getCell(i + 2, 2).value]))
    expect(pairs).toMatchObject({
      Comité: 'Comité de pilotage du gouvernement ouvert (COPIL)',
      Type: 'Extraordinaire',
      'Dates des réunions': capitalizeFirst(formatMeetingDates(doc.dates)),
      Mode: 'Hybride (Zoom)',
      Statut: 'Adopté',
      Participants: '60',
    })
    expect(String(pairs['Dates des réunions'])).toMatch(/^Mardi 25 juillet 2023/)
    // Counts table: header on row 12, then one row per side and the total.
    expect(rowValues(ws, 12).slice(0, 3)).toEqual(['Collège', 'Total', 'Présent'])
    expect(rowValues(ws, 13)).toEqual(['Administrations publiques', 12, 2, 2, 2, 2, 2, 2, 8, 4])
    expect(rowValues(ws, 18)).toEqual(['Ensemble', 60, 10, 10, 10, 10, 10, 10, 40, 20])
  })

  it('numbers decisions continuously across agenda items and keeps their item', () => {
    const ws = sheet(wb, fr.sheets.decisions)
    expect(Array.from({ length: 40 }, (_, i) => ws.getCell(i + 2, 1).value)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(ws.getCell('B9').value).toBe(doc.agenda[1]?.title)
    expect(ws.getCell('C9').value).toBe(doc.agenda[1]?.decisions[0])
  })

  it('writes progress as a number with a percent format, and its band', () => {
    const ws = sheet(wb, fr.sheets.progress)
    expect(rowValues(ws, 5)).toEqual([4, doc.engagements[3]?.title, 0.48, 'Limité', doc.engagements[3]?.narrative, doc.engagements[3]?.replanning.join('\n')])
    expect(ws.getCell('C5').type).toBe(ExcelJS.ValueType.Number)
    expect(ws.getCell('C5').numFmt).toBe(PERCENT_FORMAT)
    expect([ws.getCell('D2').value, ws.getCell('D3').value, ws.getCell('D6').value, ws.getCell('D7').value, ws.getCell('D15').value]).toEqual(
      ['Non commencé', 'Limité', 'Limité', 'Important', 'Terminé'],
    )
    // Engagement 18 reported nothing: empty cells, not « 0 % ».
    expect([ws.getCell('C19').value, ws.getCell('D19').value]).toEqual([null, null])
  })

  it('renders « Points discutés » as plain text with bullets and table rows', () => {
    const text = String(sheet(wb, fr.sheets.agenda).getCell('D2').value)
    expect(text).toContain('\n• Rappel des engagements concernés')
    expect(text).toContain('\n  – Consultation en ligne')
    expect(text).toContain('\n1. Collecte des propositions')
    expect(text).toContain('\nEngagement | Avancement | Planification\n3 | 70 % | 19-27 octobre 2020')
  })

  it('freezes the header row, filters and prints every table sheet with its header repeated', () => {
    const ranges: Record<string, string> = {
      Participants: 'A1:H61',
      'Ordre du jour': 'A1:D7',
      'Points arrêtés': 'A1:C41',
      'Prochaines étapes': 'A1:F13',
      Avancement: 'A1:F19',
    }
    for (const name of TABLE_SHEETS) {
      const ws = sheet(wb, name)
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' })
      expect(ws.autoFilter).toBe(ranges[name])
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' })
    }
    expect(sheet(wb, fr.sheets.participants).pageSetup.orientation).toBe('landscape')
    expect(sheet(wb, fr.sheets.summary).pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 })
  })

  it('fits column widths to content within 8 to 80 characters, text wrapped and top-aligned', () => {
    for (const ws of wb.worksheets) {
      for (let c = 1; c <= ws.columnCount; c++) {
        expect(ws.getColumn(c).width, `${ws.name} ${c}`).toBeGreaterThanOrEqual(8)
        expect(ws.getColumn(c).width).toBeLessThanOrEqual(80)
      }
    }
    expect(sheet(wb, fr.sheets.decisions).getColumn(3).width).toBe(80)
    expect(sheet(wb, fr.sheets.participants).getColumn(1).width).toBe(10)
    expect(sheet(wb, fr.sheets.decisions).getCell('C2').alignment).toMatchObject({ wrapText: true, vertical: 'top' })
  })

  it('writes no formula anywhere', async () => {
    for (const { cell } of allCells(wb)) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
      expect(cell.formula).toBeUndefined()
    }
    for (const name of Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/sheet'))) {
      expect(await zip.file(name)?.async('string')).not.toMatch(/<f[ >]/)
    }
  })

  it('keeps every hostile string as inert text, as written', () => {
    const strings = allCells(wb).map(({ cell }) => cell)
    for (const hostile of HOSTILE) {
      const expected = hostile.replace(/\r/g, '\n')
      const found = strings.filter((cell) => cell.value === expected)
      expect(found.length, hostile).toBeGreaterThan(0)
      for (const cell of found) expect(cell.type).toBe(ExcelJS.ValueType.String)
    }
    const discussion = sheet(wb, fr.sheets.agenda).getCell('D4')
    expect(String(discussion.value).startsWith(`${FORMULA_LIKE[0]}\n`)).toBe(true)
  })

  it('marks every cell that starts like a formula with the text format and quotePrefix', async () => {
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? ''
    const xfs = (/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').match(/<xf [^>]*>/g) ?? []
    let checked = 0
    for (const [index, ws] of wb.worksheets.entries()) {
      const xml = (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? ''
      const styleOf = new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1], Number(m[2] ?? 0)]))
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value
          if (typeof value !== 'string' || !TRIGGERS.includes(value.charAt(0))) return
          expect(cell.type).toBe(ExcelJS.ValueType.String)
          expect(cell.numFmt).toBe('@')
          expect(xfs[styleOf.get(cell.address) ?? -1]).toContain('quotePrefix="1"')
          checked++
        }),
      )
    }
    expect(checked).toBeGreaterThanOrEqual(FORMULA_LIKE.length)
    // Only those cells: ordinary text keeps the General format and no prefix.
    expect(sheet(wb, fr.sheets.participants).getCell('D2').numFmt).toBeUndefined()
  })

  it('keeps a 20,000-character text whole', () => {
    expect(sheet(wb, fr.sheets.decisions).getCell('C2').value).toBe(LONG_TEXT)
  })

  it('renders the large relevé within budget (timing logged)', async () => {
    const times: number[] = []
    for (let run = 0; run < 7; run++) {
      const t0 = performance.now()
      await renderReleveXlsx(doc)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    console.log(`renderReleveXlsx large fixture: median ${times[3]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms (${bytes.length} bytes)`)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
  })
})

describe('renderReleveXlsx — the meeting of 15 July 2020', () => {
  it('lays out the real relevé', async () => {
    const wb = await load(await renderReleveXlsx(releve20200715))
    expect(sheet(wb, fr.sheets.participants).actualRowCount).toBe(21)
    expect(sheet(wb, fr.sheets.participants).getRow(2).values).toEqual([undefined, 'Mme', 'Sarah', 'LAMRANI', undefined, 'Département de la réforme de l’Administration', 'Administration publique', 'Présent'])
    expect(sheet(wb, fr.sheets.summary).getCell('B6').value).toBe('Mercredi 15 juillet 2020')
    expect(sheet(wb, fr.sheets.summary).getCell('B9').value).toBe('Projet')
    expect(sheet(wb, fr.sheets.decisions).actualRowCount - 1).toBe(releve20200715.agenda.flatMap((a) => a.decisions).length)
    const progress = sheet(wb, fr.sheets.progress)
    expect([progress.getCell('A5').value, progress.getCell('C5').value, progress.getCell('D5').value]).toEqual([4, 0.72, 'Important'])
    expect(progress.getCell('F8').value).toBe(releve20200715.engagements[6]?.replanning.join('\n'))
  })
})

describe('cell text', () => {
  it('flags text starting like a formula, and only that', () => {
    for (const s of [...FORMULA_LIKE, '\nx']) expect(cellText(s).formulaLike, JSON.stringify(s)).toBe(true)
    for (const s of ['Texte', "'); DROP TABLE meetings;--", ' =1', '', '1-2', 'اللجنة']) expect(cellText(s).formulaLike, s).toBe(false)
  })

  it('turns CR and CRLF into the LF Excel uses inside a cell', () => {
    expect(cellText('a\r\nb\rc').text).toBe('a\nb\nc')
  })

  it('cuts text beyond Excel’s 32,767 characters with a visible marker', async () => {
    const long = 'é'.repeat(40_000)
    const cut = cellText(long)
    expect(cut.truncated).toBe(true)
    expect(cut.text).toHaveLength(EXCEL_MAX_CELL_CHARS)
    expect(cut.text.endsWith('… (texte tronqué)')).toBe(true)
    expect(cellText('x'.repeat(EXCEL_MAX_CELL_CHARS)).truncated).toBe(false)
    // An emoji straddling the cut is dropped whole, never halved.
    const emoji = cellText('x'.repeat(EXCEL_MAX_CELL_CHARS - fr.truncated.length - 1) + '😀'.repeat(10))
    expect(emoji.text.endsWith(`x${fr.truncated}`)).toBe(true)

    const doc: ReleveDocument = { ...largeReleve(), agenda: [{ title: 'Point', discussion: emptyRichDoc(), decisions: [long] }] }
    const wb = await load(await renderReleveXlsx(doc))
    const value = String(sheet(wb, fr.sheets.decisions).getCell('C2').value)
    expect(value).toHaveLength(EXCEL_MAX_CELL_CHARS)
    expect(value.endsWith('… (texte tronqué)')).toBe(true)
  })

  it('converts rich text to lines, keeping later paragraphs of an item aligned', () => {
    expect(
      richToPlainText({
        type: 'doc',
        content: [
          { type: 'heading', content: [{ type: 'text', text: 'Titre' }] },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
                  { type: 'paragraph', content: [{ type: 'text', text: 'suite' }] },
                  { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }] },
                ],
              },
            ],
          },
          { type: 'paragraph' },
        ],
      }),
    ).toBe('Titre\n• a\n  suite\n  a) x')
  })

  it('adds quotePrefix to text-format cell styles only', () => {
    const xml = '<cellXfs><xf numFmtId="49" fontId="0"/><xf numFmtId="0" fontId="0"/><xf numFmtId="490" fontId="0"/></cellXfs>'
    expect(addQuotePrefix(xml)).toBe('<cellXfs><xf numFmtId="49" quotePrefix="1" fontId="0"/><xf numFmtId="0" fontId="0"/><xf numFmtId="490" fontId="0"/></cellXfs>')
    expect(addQuotePrefix(addQuotePrefix(xml))).toBe(addQuotePrefix(xml))
  })
})
