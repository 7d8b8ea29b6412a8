/**
 * Every node and mark the editor can produce is printed by every export: documents generated
 * from the editor's schema (tests/helpers/rich-arbitrary.ts) are exported to PDF, Word and Excel,
 * and the text read back from each file (pdftotext, the Word file's XML, the workbook's cells)
 * holds every text run, in order. Each file holds generated discussions and as many generated
 * decisions (« NB » notes among them, numbered or bulleted), a generated introduction and generated
 * next-step details (in their table cells), so that every free text goes through the same walkers.
 * A quick size here; FAULTS_FULL=1 runs 500 discussions and 500 decisions.
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
/** Documents per exported relevé, of each kind (one agenda item's discussion, one decision). */
const PER_FILE = 5
/** Next steps with generated details per exported relevé (each file also has one introduction). */
const STEPS_PER_FILE = 2

const dir = mkdtempSync(join(tmpdir(), 'copil-rich-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Batch {
  discussions: RichDoc[]
  decisions: { body: RichDoc; note: boolean }[]
  style: 'number' | 'bullet'
  introduction: RichDoc
  details: RichDoc[]
}

function releveOf({ discussions, decisions, style, introduction, details }: Batch): ReleveDocument {
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
    agenda: discussions.map((discussion, k) => {
      const decision = decisions[k]
      return {
        title: `Point ${k + 1}`,
        discussion,
        decisions: decision ? [decision.note ? { body: decision.body, note: true } : { body: decision.body }] : [],
      }
    }),
    engagements: [],
    nextSteps: details.map((d, k) => ({ text: `Étape ${k + 1}`, details: d, responsible: '', due: 'fin juillet 2020', status: 'a_faire' })),
    introduction,
    decisionStyle: style,
  }
}

/**
 * Every run, in reading order: the introduction before the discussions (« Points discutés »), the
 * decisions (« Points arrêtés »), then each next step and its details (« Prochaines étapes »).
 */
const runsOf = (batch: Batch): string[] => [
  ...richTextRuns(batch.introduction),
  ...batch.discussions.flatMap(richTextRuns),
  ...batch.decisions.flatMap((d) => richTextRuns(d.body)),
  ...batch.details.flatMap((d, k) => [`Étape ${k + 1}`, ...richTextRuns(d)]),
]

const batches = fc.record({
  discussions: fc.array(richDocArbitrary, { minLength: PER_FILE, maxLength: PER_FILE }),
  decisions: fc.array(fc.record({ body: richDocArbitrary, note: fc.boolean() }), { minLength: PER_FILE, maxLength: PER_FILE }),
  style: fc.constantFrom('number' as const, 'bullet' as const),
  introduction: richDocArbitrary,
  details: fc.array(richDocArbitrary, { minLength: STEPS_PER_FILE, maxLength: STEPS_PER_FILE }),
})
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
        // pdftotext reads the running header as one line, or as two (« Comité de pilotage » alone).
        .filter((line) => !/^(COPIL-2020-07-15 — |Comité de pilotage Relevé de conclusions · |Comité de pilotage$|Relevé de conclusions · |PROJET|Page \d+ \/ \d+$)/u.test(line.trim()))
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
        const missing = missingInOrder(text, runsOf(docs))
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
        const missing = missingInOrder(cells.join('\n'), runsOf(docs))
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
        const missing = missingInOrder(text, runsOf(docs))
        expect(missing, 'a run is missing from the Word file or out of order').toBeUndefined()
      }),
      runs,
    )
  }, 600_000)
})
