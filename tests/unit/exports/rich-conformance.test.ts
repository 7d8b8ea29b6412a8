/**
 * Every node and mark the editor can produce is printed by every export: documents generated
 * from the editor's schema (tests/helpers/rich-arbitrary.ts) are exported to PDF, Word and Excel,
 * and the text read back from each file (pdftotext, the Word file's XML, the workbook's cells)
 * holds every text run, in order. A quick size here; FAULTS_FULL=1 runs 500 documents.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { richTextRuns, type RichDoc } from '../../../shared/domain/rich-text'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { renderReleveXlsx } from '../../../main/exports/xlsx'
import { renderReleveDocx } from '../../../main/exports/docx'
import { docxText } from '../../helpers/docx'
import { hasPoppler, pdfText } from '../../helpers/pdf'
import { missingInOrder, richDocArbitrary } from '../../helpers/rich-arbitrary'

const FULL = process.env.FAULTS_FULL === '1'
/** Documents per format: 500 in the full run, a quick sample otherwise. */
const DOCUMENTS = FULL ? 500 : 60
/** Documents per exported relevé (each is one agenda item's discussion). */
const PER_FILE = 5

const dir = mkdtempSync(join(tmpdir(), 'copil-rich-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function releveOf(docs: readonly RichDoc[]): ReleveDocument {
  return {
    reference: 'COPIL-2020-07-15',
    committee: { name: 'Comité de pilotage', acronym: 'COPIL' },
    title: 'Réunion du comité de pilotage',
    kind: 'ordinaire',
    dates: [{ date: '2020-07-15' }],
    mode: 'distance',
    place: '',
    videoTool: 'Zoom',
    adopted: false,
    participants: [],
    agenda: docs.map((discussion, k) => ({ title: `Point ${k + 1}`, discussion, decisions: [] })),
    engagements: [],
    nextSteps: [],
  }
}

const batches = fc.array(richDocArbitrary, { minLength: PER_FILE, maxLength: PER_FILE })
const runs = { numRuns: Math.ceil(DOCUMENTS / PER_FILE), seed: FULL ? undefined : 20200715, endOnFailure: true }

let fileCount = 0

/**
 * The PDF's text without the running header and the footer, which pdftotext reads in the middle
 * of a paragraph or a word that continues on the next page.
 */
function withoutPageFurniture(text: string): string {
  return text
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .filter((line) => !/^(COPIL-2020-07-15 — |Comité de pilotage Relevé de conclusions · |Relevé de conclusions · |PROJET|Page \d+ \/ \d+$)/u.test(line.trim()))
        .join('\n'),
    )
    .join('\n')
}

describe.skipIf(!hasPoppler)('every text run typed in the editor is printed by the PDF', () => {
  it(`holds every run of ${DOCUMENTS} generated documents, in order (pdftotext)`, async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (docs) => {
        const file = join(dir, `doc-${fileCount++}.pdf`)
        writeFileSync(file, await renderRelevePdf(releveOf(docs)))
        const text = withoutPageFurniture(pdfText(file, { mode: 'raw' }))
        const missing = missingInOrder(text, docs.flatMap(richTextRuns))
        if (missing && process.env.COPIL_DEBUG_DIR) {
          writeFileSync(join(process.env.COPIL_DEBUG_DIR, 'failing.json'), JSON.stringify(docs))
          writeFileSync(join(process.env.COPIL_DEBUG_DIR, 'failing.txt'), text)
          writeFileSync(join(process.env.COPIL_DEBUG_DIR, 'failing.pdf'), await renderRelevePdf(releveOf(docs)))
        }
        expect(missing, 'a run is missing from the PDF or out of order').toBeUndefined()
      }),
      runs,
    )
  }, 600_000)
})

describe('every text run typed in the editor is written to the workbook', () => {
  it(`holds every run of ${DOCUMENTS} generated documents, in order (the cells)`, async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (docs) => {
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load((await renderReleveXlsx(releveOf(docs))) as unknown as ExcelJS.Buffer)
        const cells: string[] = []
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) => row.eachCell((c) => cells.push(typeof c.value === 'string' ? c.value : ''))),
        )
        const missing = missingInOrder(cells.join('\n'), docs.flatMap(richTextRuns))
        expect(missing, 'a run is missing from the workbook or out of order').toBeUndefined()
      }),
      runs,
    )
  }, 600_000)
})

describe('every text run typed in the editor is written to the Word file', () => {
  it(`holds every run of ${DOCUMENTS} generated documents, in order (document.xml)`, async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (docs) => {
        const text = await docxText(await renderReleveDocx(releveOf(docs)))
        const missing = missingInOrder(text, docs.flatMap(richTextRuns))
        expect(missing, 'a run is missing from the Word file or out of order').toBeUndefined()
      }),
      runs,
    )
  }, 600_000)
})
