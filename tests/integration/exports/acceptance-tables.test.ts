/**
 * Issue 11's acceptance check, with the real command: the demo meeting (`copil demo`), with a table
 * whose cells hold bullet lists put into a discussion and into a decision, exported by
 * `copil export --format pdf|xlsx|docx`; every cell's text is found in each file, in order.
 * Runs the built command (`npm run build` first).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { startServices } from '../../../main/bootstrap'
import { placeTableCells, richTextRuns, type RichBlock, type RichDoc, type RichTable } from '../../../shared/domain/rich-text'
import { eventsTable, timetable } from '../../fixtures/rich-tables'
import { copil } from '../../helpers/cli'
import { docxText } from '../../helpers/docx'
import { hasPoppler, pdfText } from '../../helpers/pdf'
import { missingInOrder } from '../../helpers/rich-arbitrary'
import { tempDir } from '../../helpers/temp'
import { call } from '../directory/helpers'

const para = (text: string): RichBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** The text runs of each cell of a table, cell by cell in reading order. */
function cellRuns(table: RichBlock): string[][] {
  return placeTableCells(table as RichTable).cells.map((c) => richTextRuns({ type: 'doc', content: c.cell.content ?? [] }))
}

/** The demo database with the events table in item 2's discussion and the timetable in a decision of item 2. */
async function demoWithTables(): Promise<{ file: string; dir: string; meetingId: number }> {
  const dir = tempDir()
  const file = join(dir, 'copil.sqlite')
  const demo = copil('demo', '--db', file)
  expect(demo.code, demo.stderr).toBe(0)
  // Typed as the secretariat would, through the same calls as the editor.
  const app = startServices({ dbPath: file, dataDir: dir, transport: 'web' })
  try {
    const meetingId = app.ctx.db.prepare('SELECT id FROM meetings ORDER BY id LIMIT 1').pluck().get() as number
    const meeting = await call(app, 'meetings/get', { id: meetingId })
    const item = meeting.agenda[1]
    if (!item) throw new Error('the demo meeting has no second agenda item')
    const discussion: RichDoc = {
      type: 'doc',
      content: [...(item.discussion.content ?? []), para('Les événements de co-création retenus :'), eventsTable],
    }
    await call(app, 'agenda/save', {
      id: item.id,
      meetingId,
      title: item.title,
      presenter: item.presenter,
      standing: item.standing,
      discussion,
    })
    await call(app, 'decisions/save', {
      meetingId,
      agendaItemId: item.id,
      body: { type: 'doc', content: [para('Adopter le déroulé commun des webinaires :'), timetable, para('Le secrétariat diffusera ce déroulé.')] },
    })
    return { file, dir, meetingId }
  } finally {
    app.close()
  }
}

function exportWith(file: string, meetingId: number, format: 'pdf' | 'xlsx' | 'docx', out: string): void {
  const run = copil('export', '--db', file, '--meeting', String(meetingId), '--format', format, '--out', out)
  expect(run.code, run.stderr).toBe(0)
}

async function workbookText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const cells: string[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(typeof c.value === 'string' ? c.value : String(c.value ?? '')))))
  return cells.join('\n')
}

describe('issue 11 acceptance: the demo meeting with tables of lists, through copil export', () => {
  it.skipIf(!hasPoppler)('prints every cell of the table in the discussion and of the one in the decision, in each of the three files', async () => {
    const { file, dir, meetingId } = await demoWithTables()
    const texts: Record<string, string> = {}
    exportWith(file, meetingId, 'pdf', join(dir, 'releve.pdf'))
    texts.pdf = pdfText(join(dir, 'releve.pdf'), { mode: 'raw' })
    exportWith(file, meetingId, 'xlsx', join(dir, 'releve.xlsx'))
    texts.xlsx = await workbookText(join(dir, 'releve.xlsx'))
    exportWith(file, meetingId, 'docx', join(dir, 'releve.docx'))
    texts.docx = await docxText(readFileSync(join(dir, 'releve.docx')))

    const cells = [...cellRuns(eventsTable), ...cellRuns(timetable)]
    expect(cells.flat()).toContain('Intégrité et lutte contre la corruption')
    expect(cells.flat()).toContain('Agenda unifié proposé')
    for (const [format, text] of Object.entries(texts)) {
      // Each cell whole, then all of them in reading order.
      for (const runs of cells) expect(missingInOrder(text, runs), `${format}: ${runs.join(' / ')}`).toBeUndefined()
      expect(missingInOrder(text, cells.flat()), format).toBeUndefined()
      // The discussion's table comes before the decision's, as in the relevé.
      expect(missingInOrder(text, ['Les événements de co-création retenus', 'Restitution', 'Adopter le déroulé commun', 'Agenda unifié proposé', 'Le secrétariat diffusera ce déroulé.']), format).toBeUndefined()
    }
  }, 120_000)
})
