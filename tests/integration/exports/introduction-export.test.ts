/**
 * What issue 11 asks of the relevé's head and frame, read back from the files a member receives:
 * the introduction (a list, bold text) before the points discussed, a next step whose details
 * hold a list, a remote meeting's « Lieu », and « Dates des réunions » for several days — in the
 * PDF (pdftotext), the Word file (its XML) and the workbook (its cells).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RichDoc } from '../../../shared/domain/rich-text'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { docxPart, docxText } from '../../helpers/docx'
import { hasPoppler, pageTexts, pdfText, renderPng } from '../../helpers/pdf'
import { comparable, missingInOrder } from '../../helpers/rich-arbitrary'
import { call } from '../directory/helpers'

const introduction: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'La séance a été ouverte par ' },
        { type: 'text', text: 'Mme Sarah LAMRANI', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', qui a rappelé les points suivants :' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'le contexte de la pandémie' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'les nouveaux délais accordés par l’OGP' }] }] },
      ],
    },
  ],
}

const details: RichDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Ordre du jour de la réunion préparatoire :' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Finalisation de la liste des thématiques' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ciblage des participants' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Choix de la technologie à utiliser' }] }] },
      ],
    },
  ],
}

const PLACE = 'Siège du Département de la réforme de l’Administration, Rabat'
const introRuns = ['La séance a été ouverte par', 'Mme Sarah LAMRANI', 'qui a rappelé les points suivants', 'le contexte de la pandémie', 'les nouveaux délais accordés par l’OGP']
const detailRuns = ['Ordre du jour de la réunion préparatoire', 'Finalisation de la liste des thématiques', 'Ciblage des participants', 'Choix de la technologie à utiliser']

async function exported(format: 'pdf' | 'docx' | 'xlsx'): Promise<Buffer> {
  const app = startTestServices()
  const loaded = await app.dispatcher.dispatch('demo/load', {})
  if (!loaded.ok) throw new Error(loaded.error.message)
  const meetingId = (loaded.value as { meetingId: number }).meetingId
  const meeting = await call(app, 'meetings/get', { id: meetingId })
  await call(app, 'meetings/saveHeader', {
    id: meetingId,
    header: {
      title: meeting.title,
      kind: meeting.kind,
      mode: 'distance',
      place: PLACE,
      videoTool: meeting.videoTool,
      notes: meeting.notes,
      status: meeting.status,
      dates: [
        { date: '2020-07-15', startTime: null, endTime: null },
        { date: '2020-07-16', startTime: null, endTime: null },
      ],
    },
  })
  await call(app, 'meetings/saveIntroduction', { id: meetingId, introduction })
  const step = meeting.nextSteps[1]
  if (!step) throw new Error('the example has no second next step')
  await call(app, 'nextSteps/save', { id: step.id, meetingId, text: step.text, dueText: step.dueText, details })
  const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format })
  if (!result.ok) throw new Error(result.error.message)
  const file = app.downloads.take((result.value as { id: string }).id)
  if (!file) throw new Error('no download')
  return file.content
}

describe.skipIf(!hasPoppler)('the PDF of a remote meeting with an introduction and a detailed next step', () => {
  let text = ''
  let flat = ''
  beforeAll(async () => {
    const file = join(tempDir(), 'releve.pdf')
    writeFileSync(file, await exported('pdf'))
    text = pdfText(file, { mode: 'raw' })
    flat = comparable(text)
    // The pages to look at: page 1, the introduction's and the next steps'.
    const pages = pageTexts(file)
    const pageOf = (needle: string): number => pages.findIndex((p) => p.includes(needle)) + 1
    renderPng(file, 1, 'intro-page-1', 80)
    renderPng(file, pageOf('La séance a été ouverte'), 'intro-introduction', 80)
    renderPng(file, pageOf('Ordre du jour de la réunion préparatoire'), 'intro-next-steps', 80)
  })

  it('prints « Dates des réunions » and the remote meeting’s Lieu on page 1', () => {
    expect(flat).toContain(comparable('Dates des réunions'))
    expect(flat).toContain(comparable('Mercredi 15 et jeudi 16 juillet 2020'))
    expect(flat).toContain(comparable(`${PLACE} — réunion à distance par visioconférence`))
  })

  it('prints the introduction, its bold words and its list, after « Points discutés » and before the first item', () => {
    expect(missingInOrder(text, ['Points discutés', ...introRuns, 'Etat d’avancement'])).toBeUndefined()
    expect(missingInOrder(text, ['• le contexte de la pandémie', '• les nouveaux délais'])).toBeUndefined()
  })

  it('prints every line of the next step’s details in its row, before the next step', () => {
    expect(
      missingInOrder(text, ['Prochaines étapes', 'Réunion préparatoire des webinaires de cocréation', ...detailRuns, 'Planification des webinaires']),
    ).toBeUndefined()
  })
})

describe('the Word file of the same meeting', () => {
  let bytes: Buffer = Buffer.alloc(0)
  let text = ''
  beforeAll(async () => {
    bytes = await exported('docx')
    text = await docxText(bytes)
  })

  it('titles the dates « Dates des réunions » and prints the Lieu', () => {
    expect(text).toContain('Dates des réunions')
    expect(comparable(text)).toContain(comparable(`${PLACE} — réunion à distance par visioconférence`))
  })

  it('prints the introduction before the first item, its bold run bold and its list as a Word list', async () => {
    expect(missingInOrder(text, ['Points discutés', ...introRuns, 'Etat d’avancement'])).toBeUndefined()
    const xml = await docxPart(bytes, 'word/document.xml')
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t[^>]*>Mme Sarah LAMRANI<\/w:t>/u)
    const item = xml.split('</w:p>').find((p) => p.includes('le contexte de la pandémie')) ?? ''
    expect(item).toContain('<w:numPr>')
  })

  it('prints the next step’s details in its cell, before the next step', () => {
    expect(
      missingInOrder(text, ['Prochaines étapes', 'Réunion préparatoire des webinaires de cocréation', ...detailRuns, 'Planification des webinaires']),
    ).toBeUndefined()
  })
})

describe('the workbook of the same meeting', () => {
  let workbook = new ExcelJS.Workbook()
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await exported('xlsx')) as unknown as ExcelJS.Buffer)
  })
  const rowOf = (sheet: string, n: number): unknown[] => {
    const ws = workbook.getWorksheet(sheet)
    if (!ws) throw new Error(`no sheet ${sheet}`)
    return Array.from({ length: ws.columnCount }, (_, i) => ws.getRow(n).getCell(i + 1).value)
  }

  it('sums up « Dates des réunions » and the Lieu', () => {
    const ws = workbook.getWorksheet('Synthèse')
    const pairs = new Map<string, unknown>()
    ws?.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(pairs.get('Dates des réunions')).toBe('Mercredi 15 et jeudi 16 juillet 2020')
    expect(pairs.get('Lieu')).toBe(PLACE)
  })

  it('writes the introduction as the first, unnumbered row of « Ordre du jour », its list bulleted', () => {
    const [number, item, , discussion] = rowOf('Ordre du jour', 2)
    expect([number, item]).toEqual([null, 'Introduction'])
    expect(discussion).toBe(
      'La séance a été ouverte par Mme Sarah LAMRANI, qui a rappelé les points suivants :\n• le contexte de la pandémie\n• les nouveaux délais accordés par l’OGP',
    )
    expect(rowOf('Ordre du jour', 3).slice(0, 2)).toEqual([1, 'Etat d’avancement de la mise en œuvre du plan d’action national 2018-2020 et replanification des activités non complétées tenant comptes des nouveaux délais accordés'])
  })

  it('writes the next step’s details beside it, one line per list item', () => {
    const [number, action, detail] = rowOf('Prochaines étapes', 3)
    expect([number, action]).toEqual([2, 'Réunion préparatoire des webinaires de cocréation'])
    expect(detail).toBe(
      'Ordre du jour de la réunion préparatoire :\n• Finalisation de la liste des thématiques\n• Ciblage des participants\n• Choix de la technologie à utiliser',
    )
    expect(rowOf('Prochaines étapes', 2)[2]).toBeNull()
  })
})
