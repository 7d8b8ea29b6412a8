import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { docxPart } from '../../helpers/docx'
import type { StartedApp } from '../../../main/bootstrap'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'

async function call<C extends ChannelName>(
  app: StartedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

async function download(app: StartedApp, delivery: Promise<unknown>): Promise<Buffer> {
  const value = (await delivery) as { kind: string; id: string }
  const file = app.downloads.take(value.id)
  if (!file) throw new Error('no file')
  return file.content
}

function pdfText(bytes: Buffer, mode: 'flow' | 'layout' = 'flow'): string {
  const file = join(tempDir(), 'f.pdf')
  writeFileSync(file, bytes)
  if (process.env.COPIL_KEEP_PDF) writeFileSync(process.env.COPIL_KEEP_PDF, bytes)
  const args = mode === 'layout' ? ['-layout', file, '-'] : [file, '-']
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
}

async function sheetRows(bytes: Buffer, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`)
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

/** The example meeting, the next one of its committee, and a follow-up recorded there. */
async function nextMeetingWithFollowUp() {
  const app = startTestServices()
  const { meetingId } = await call(app, 'demo/load', {})
  const next = await call(app, 'meetings/createFromPrevious', {
    previousId: meetingId,
    dates: [{ date: '2020-10-07' }],
  })
  const previous = await call(app, 'actions/previous', { meetingId: next.id })
  const webinars = previous.find((p) => p.action.text === 'Planification des webinaires')!
  await call(app, 'actions/followUp', {
    meetingId: next.id,
    actionId: webinars.action.id,
    status: 'fait',
    note: 'Trois webinaires tenus en septembre',
  })
  return { app, meetingId, nextId: next.id, count: previous.length }
}

describe('« Suivi des actions précédentes » in the relevé', () => {
  it('prints the open actions of the previous meeting, with what was recorded, in the PDF, the Word file and the workbook', async () => {
    const { app, nextId, count } = await nextMeetingWithFollowUp()
    expect(count).toBeGreaterThan(1)

    // Laid out as on the page: the row of the action holds its origin, status and the note beside it.
    const bytes = await download(app, call(app, 'exports/releve', { meetingId: nextId, format: 'pdf' }))
    const pdf = pdfText(bytes, 'layout')
    expect(pdf).toMatch(
      /Suivi des actions précédentes\n+ ?N° Action Décidée le Échéance Statut Point fait en réunion\n/u,
    )
    const row = pdf.split('\n').find((line) => /^ ?3 Planification des/u.test(line)) ?? ''
    expect(row).toMatch(/15 juillet .*Fait Trois webinaires tenus/u)
    expect(pdfText(bytes).replace(/\s+/g, ' ')).toContain('Lancement de la plateforme électronique de cocréation')

    const xml = await docxPart(
      await download(app, call(app, 'exports/releve', { meetingId: nextId, format: 'docx' })),
      'word/document.xml',
    )
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(words).toContain('Suivi des actions précédentes')
    expect(words).toMatch(
      /Planification des webinaires 15 juillet 2020 11 septembre 2020 Fait Trois webinaires tenus en septembre/u,
    )

    const rows = await sheetRows(
      await download(app, call(app, 'exports/releve', { meetingId: nextId, format: 'xlsx' })),
      'Suivi des actions',
    )
    expect(rows[0]).toEqual([
      'N°',
      'Action',
      'Décidée le',
      'Responsable',
      'Échéance',
      'Statut',
      'Point fait en réunion',
    ])
    expect(rows).toContainEqual([
      expect.any(Number),
      'Planification des webinaires',
      '15 juillet 2020',
      undefined,
      '11 septembre 2020',
      'Fait',
      'Trois webinaires tenus en septembre',
    ])
    expect(rows.length - 1).toBe(count)
  })

  it('leaves the section out of the first meeting of a committee', async () => {
    const { app, meetingId } = await nextMeetingWithFollowUp()
    const pdf = pdfText(await download(app, call(app, 'exports/releve', { meetingId, format: 'pdf' })))
    expect(pdf).toContain('Prochaines étapes')
    expect(pdf).not.toContain('Suivi des actions précédentes')
  })
})

describe('register exports', () => {
  it('exports the decisions register as a workbook and a PDF, and the actions as a workbook, overdue first', async () => {
    const { app, meetingId, nextId } = await nextMeetingWithFollowUp()
    const first = (await call(app, 'decisions/register', { filter: { meetingId } })).rows[0]!
    await call(app, 'decisions/setStatus', { id: first.id, status: 'en_cours' })

    const decisions = await sheetRows(
      await download(app, call(app, 'decisions/export', { format: 'xlsx', filter: { meetingId } })),
      'Décisions',
    )
    expect(decisions[0]).toEqual([
      'N°',
      'Date',
      'Comité',
      'Réunion',
      'Point de l’ordre du jour',
      'Décision',
      'Statut',
      'Engagements',
    ])
    expect(decisions[1]).toEqual([
      first.number,
      '15 juillet 2020',
      'COPIL',
      first.meeting.title,
      first.agendaItem?.title ?? undefined,
      first.summary,
      'En cours',
    ])

    const pdf = pdfText(
      await download(app, call(app, 'decisions/export', { format: 'pdf', filter: { status: 'en_cours' } })),
    ).replace(/\s+/g, ' ')
    expect(pdf).toContain('Registre des décisions')
    expect(pdf).toContain('Filtres : Statut : En cours')
    expect(pdf).toContain(`${first.number} 15 juillet 2020`)
    expect(pdf).toMatch(/Page 1 \/ 1/u)

    const actions = await sheetRows(await download(app, call(app, 'actions/export', {})), 'Actions')
    expect(actions[0]).toEqual([
      'N°',
      'Action',
      'Comité',
      'Réunion',
      'Responsable',
      'Échéance',
      'Statut',
      'En retard',
      'Notes',
    ])
    // Five actions still open and late come first; the one done at the next meeting after them, with its note.
    const done = actions.findIndex((row) => row[1] === 'Planification des webinaires')
    expect(actions.slice(1, done).every((row) => row[7] === 'Oui')).toBe(true)
    expect(actions[done]![6]).toBe('Fait')
    expect(actions[done]![8]).toMatch(
      /^7 octobre 2020 — Fait : Trois webinaires tenus en septembre \(réunion du 7 octobre 2020\)$/u,
    )
    expect(nextId).toBeGreaterThan(meetingId)
  })
})
