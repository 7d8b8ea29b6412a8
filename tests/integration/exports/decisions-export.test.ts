/**
 * Decisions typed in the editor, read back from the three files the secretariat sends: a decision
 * holding a table whose cells hold bullet lists, then sub-points and a paragraph after them; a
 * « NB » note; the block's short heading instead of the agenda title; decisions bulleted, not
 * numbered. Saved through the API, built from the database, exported as a user would.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { docxText, hasSoffice, sofficeText } from '../../helpers/docx'
import { hasPoppler, pdfText, renderPng } from '../../helpers/pdf'
import { comparable, missingInOrder } from '../../helpers/rich-arbitrary'
import { call, header, seedCommittee } from '../directory/helpers'
import { richTextRuns, type RichBlock, type RichDoc, type RichList, type RichListItem, type RichParagraph, type RichTableCell } from '../../../shared/domain/rich-text'
import type { StartedApp } from '../../../main/bootstrap'

const para = (text: string): RichParagraph => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const item = (text: string, sub: string[] = []): RichListItem => ({
  type: 'listItem',
  content: sub.length ? [para(text), bullets(...sub.map((s) => item(s)))] : [para(text)],
})
const bullets = (...items: RichListItem[]): RichList => ({ type: 'bulletList', content: items })
const cell = (type: RichTableCell['type'], ...content: RichBlock[]): RichTableCell => ({ type, content })

const LONG_TITLE =
  'Adaptation du processus de co-création du plan d’action national 2020-2022 tenant compte de la pandémie du covid-19'
const EVENTS: RichDoc = {
  type: 'doc',
  content: [
    para('Organiser les événements de co-création suivants :'),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', para('Événement')), cell('tableHeader', para('Ateliers thématiques'))] },
        {
          type: 'tableRow',
          content: [cell('tableCell', para('Webinaire national')), cell('tableCell', bullets(item('Accès à l’information'), item('Intégrité')))],
        },
        {
          type: 'tableRow',
          content: [cell('tableCell', para('Rencontre régionale')), cell('tableCell', bullets(item('Participation citoyenne'), item('Transparence budgétaire')))],
        },
      ],
    },
    bullets(item('Lancer la plateforme de collecte', ['idées en ligne', 'propositions des administrations']), item('Publier la synthèse')),
    para('Le secrétariat rendra compte de ces événements à la prochaine réunion.'),
  ],
}
const NOTE: RichDoc = { type: 'doc', content: [para('NB : une réunion préparatoire des webinaires sera organisée avec la société civile.')] }
const LAST: RichDoc = { type: 'doc', content: [para('Programmer une réunion avec NDI pendant le mois de juillet 2020.')] }
/** A decision that starts with its list: no first line to carry the bullet. */
const LIST_FIRST: RichDoc = { type: 'doc', content: [bullets(item('Réunion préparatoire des webinaires', ['thématiques', 'organisateurs']))] }
const RUNS = [EVENTS, NOTE, LAST, LIST_FIRST].flatMap((d) => richTextRuns(d))

async function exported(app: StartedApp, meetingId: number, format: 'pdf' | 'docx' | 'xlsx'): Promise<Buffer> {
  const result = await call(app, 'exports/releve', { meetingId, format })
  const file = app.downloads.take((result as { id: string }).id)
  if (!file) throw new Error(`export ${format} absent`)
  return file.content
}

describe('decisions typed in the editor, in the PDF, the Word file and the workbook', () => {
  const files: Partial<Record<'pdf' | 'docx' | 'xlsx', Buffer>> = {}
  beforeAll(async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const agenda = await call(app, 'agenda/save', {
      meetingId: meeting.id,
      title: LONG_TITLE,
      discussion: { type: 'doc', content: [para('Présentation du processus adapté.')] },
      discussionHeading: 'Co-création du 2ème PAN',
      decisionsHeading: 'Nouveau processus de co-création du 2ème PAN',
    })
    await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: agenda.id, body: EVENTS })
    await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: agenda.id, body: NOTE, note: true })
    await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: agenda.id, body: LAST })
    await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: agenda.id, body: LIST_FIRST })
    await call(app, 'meetings/setDecisionStyle', { id: meeting.id, style: 'bullet' })
    for (const format of ['pdf', 'docx', 'xlsx'] as const) files[format] = await exported(app, meeting.id, format)
    app.close()
  })

  it.skipIf(!hasPoppler)('prints them in the PDF under the short heading, bulleted, the note unlabelled', () => {
    const file = join(tempDir(), 'releve.pdf')
    writeFileSync(file, files.pdf ?? Buffer.alloc(0))
    renderPng(file, 2, 'decisions-bulleted-page-2')
    const text = pdfText(file, { mode: 'raw' })
    expect(missingInOrder(text, ['Points discutés', 'Co-création du 2ème PAN', 'Points arrêtés', 'Nouveau processus de co-création du 2ème PAN', ...RUNS])).toBeUndefined()
    // The agenda keeps the full title; the blocks print their short headings instead.
    expect(comparable(text).split(comparable(LONG_TITLE))).toHaveLength(2)
    const flat = comparable(text)
    expect(flat).toContain(comparable('• Organiser les événements'))
    expect(flat).toContain(comparable('• Programmer une réunion avec NDI'))
    expect(flat).not.toMatch(/\d\.Organiserlesévénements|\d\.ProgrammeruneréunionavecNDI|[•\d]\.?NB:/u)
  })

  it('writes them in the Word file, every cell of the table, the paragraph after the sub-points, a leading list', async () => {
    const text = await docxText(files.docx ?? Buffer.alloc(0))
    expect(missingInOrder(text, ['Nouveau processus de co-création du 2ème PAN', ...RUNS])).toBeUndefined()
  })

  it.skipIf(!hasSoffice || !hasPoppler)('shows them bulleted when LibreOffice opens the Word file', () => {
    const flat = comparable(sofficeText(files.docx ?? Buffer.alloc(0)))
    expect(flat).toContain(comparable('• Organiser les événements'))
    expect(flat).toContain(comparable('• Programmer une réunion avec NDI'))
    expect(flat).not.toMatch(/\d\.Organiserlesévénements|\d\.ProgrammeruneréunionavecNDI/u)
  })

  it('lists them on the workbook’s « Points arrêtés » sheet: bullet, « NB », short heading, every cell', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(files.xlsx as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('Points arrêtés')
    const rows: string[][] = []
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push([1, 2].map((c) => String(row.getCell(c).value ?? '')))
    })
    expect(rows).toEqual([
      ['•', 'Nouveau processus de co-création du 2ème PAN'],
      ['NB', 'Nouveau processus de co-création du 2ème PAN'],
      ['•', 'Nouveau processus de co-création du 2ème PAN'],
      ['•', 'Nouveau processus de co-création du 2ème PAN'],
    ])
    const all: string[] = []
    sheet?.eachRow((row) => row.eachCell((c) => all.push(String(c.value ?? ''))))
    expect(missingInOrder(all.join('\n'), RUNS)).toBeUndefined()
  })
})
