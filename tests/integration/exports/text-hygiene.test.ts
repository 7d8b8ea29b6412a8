/**
 * Code points XML cannot hold never reach a database row nor an export, and bidirectional controls
 * never reach a file name — through the API and, for rows stored before the boundary cleaned
 * them, through the writers themselves.
 */
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'

async function demo() {
  const app = startTestServices()
  const result = await app.dispatcher.dispatch('demo/load', {})
  if (!result.ok) throw new Error(result.error.message)
  return { app, meetingId: (result.value as { meetingId: number }).meetingId }
}

async function exportReleve(app: Awaited<ReturnType<typeof demo>>['app'], meetingId: number, format: 'pdf' | 'xlsx') {
  const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format })
  if (!result.ok) throw new Error(result.error.message)
  const delivery = result.value as { id: string; fileName: string }
  const file = app.downloads.take(delivery.id)
  if (!file) throw new Error('no file')
  return { fileName: delivery.fileName, content: file.content }
}

/** Every string cell of every sheet. */
async function workbookTexts(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer)
  const texts: string[] = []
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value)
      }),
    ),
  )
  return texts
}

// eslint-disable-next-line no-control-regex -- exactly the characters under test
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

describe('text hygiene at the boundary', () => {
  it('stores a name, a decision and an acronym without the code points XML cannot hold', async () => {
    const { app, meetingId } = await demo()
    const person = await app.dispatcher.dispatch('people/save', {
      civility: 'Mme',
      firstName: 'Sal\u0000ma',
      lastName: 'BEN\uFFFFNANI\uFFFE',
      organisationId: null,
    })
    expect(person).toMatchObject({ ok: true, value: { firstName: 'Salma', lastName: 'BENNANI' } })
    const decision = await app.dispatcher.dispatch('decisions/save', {
      meetingId,
      agendaItemId: null,
      text: 'Valider\u000B le plan\uD800 révisé',
    })
    expect(decision).toMatchObject({
      ok: true,
      value: { body: { content: [{ type: 'paragraph', content: [{ text: 'Valider le plan révisé' }] }] } },
    })
    const stored = app.ctx.db
      .prepare(
        "SELECT first_name || last_name FROM people WHERE last_name LIKE 'BEN%NANI%' UNION ALL SELECT text FROM decisions UNION ALL SELECT body FROM decisions",
      )
      .pluck()
      .all() as string[]
    for (const text of stored) expect(text).not.toMatch(XML_ILLEGAL)
  })

  it('exports an xlsx that exceljs reads back when a stored name holds U+FFFF', async () => {
    const { app, meetingId } = await demo()
    // A row written before the boundary cleaned text, straight into the database.
    const id = app.ctx.db
      .prepare('SELECT person_id FROM attendance WHERE meeting_id = ? LIMIT 1')
      .pluck()
      .get(meetingId) as number
    app.ctx.db.prepare("UPDATE people SET last_name = 'EL\uFFFFALAMI\u0001' WHERE id = ?").run(id)
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Décision\uFFFE avec\u001F contrôles' }] }],
    }
    app.ctx.db
      .prepare('UPDATE decisions SET body = ? WHERE id = (SELECT min(id) FROM decisions)')
      .run(JSON.stringify(body))
    const { content } = await exportReleve(app, meetingId, 'xlsx')
    const texts = await workbookTexts(content)
    expect(texts.some((t) => t.includes('ELALAMI'))).toBe(true)
    expect(texts.some((t) => t.includes('Décision avec contrôles'))).toBe(true)
    for (const text of texts) expect(text).not.toMatch(XML_ILLEGAL)
  })

  it('names the relevé file without the right-to-left override of an acronym', async () => {
    const { app, meetingId } = await demo()
    const committee = app.ctx.db
      .prepare('SELECT committee_id FROM meetings WHERE id = ?')
      .pluck()
      .get(meetingId) as number
    app.ctx.db.prepare("UPDATE committees SET acronym = 'COPIL\u202Excslx.exe' WHERE id = ?").run(committee)
    for (const format of ['pdf', 'xlsx'] as const) {
      const { fileName, content } = await exportReleve(app, meetingId, format)
      expect(fileName).toBe(`2020-07-15 Relevé COPILxcslx.exe.${format}`)
      expect(fileName).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
      if (format === 'pdf') {
        const out = join(tempDir(), 'r.pdf')
        writeFileSync(out, content)
        expect(execFileSync('pdftotext', ['-l', '1', out, '-'], { encoding: 'utf8' })).toContain('COPIL')
      }
    }
  })
})
