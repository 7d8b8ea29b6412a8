import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Database from 'better-sqlite3'
import { startTestServices } from '../../helpers/services'
import { copil } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { docxText } from '../../helpers/docx'
import { comparable } from '../../helpers/rich-arbitrary'
import { frenchTypography } from '../../../shared/text/typography'

async function demoDatabase() {
  const app = startTestServices()
  const result = await app.dispatcher.dispatch('demo/load', {})
  if (!result.ok) throw new Error(result.error.message)
  return { app, meetingId: (result.value as { meetingId: number }).meetingId }
}

describe('exporting the relevé', () => {
  it('hands the PDF to the preview as a download named after the date and committee', async () => {
    const { app, meetingId } = await demoDatabase()
    const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format: 'pdf' })
    expect(result).toMatchObject({ ok: true, value: { kind: 'download', fileName: '2020-07-15 Relevé COPIL.pdf' } })
    const id = result.ok ? (result.value as { id: string }).id : ''
    const file = app.downloads.take(id)
    expect(file?.mime).toBe('application/pdf')
    expect(file?.content.subarray(0, 5).toString()).toBe('%PDF-')
    // A download is handed over once.
    expect(app.downloads.take(id)).toBeUndefined()
  })

  it('lists decisions attached to no agenda item under « Autres décisions »', async () => {
    const { app, meetingId } = await demoDatabase()
    const decision = await app.dispatcher.dispatch('decisions/save', { meetingId, agendaItemId: null, text: 'Adopter le relevé à la prochaine réunion.' })
    expect(decision.ok).toBe(true)
    const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format: 'pdf' })
    const file = app.downloads.take(result.ok ? (result.value as { id: string }).id : '')
    const out = join(tempDir(), 'r.pdf')
    writeFileSync(out, file?.content ?? Buffer.alloc(0))
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    // Seven numbered decisions before it: the example's « NB » note is not numbered.
    expect(text).toMatch(/Autres décisions 8\. Adopter le relevé à la prochaine réunion\./)
  })

  it('prints the letterhead set in Paramètres on the relevé, and refuses a logo that is not an image', async () => {
    const { app, meetingId } = await demoDatabase()
    const saved = await app.dispatcher.dispatch('settings/save', { letterhead: ['Royaume du Maroc — Gouvernement ouvert'], logoBase64: null })
    expect(saved.ok).toBe(true)
    const bogus = await app.dispatcher.dispatch('settings/save', { letterhead: ['x'], logoBase64: Buffer.from('pas une image').toString('base64') })
    expect(bogus).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/PNG ou JPEG/) } })
    const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format: 'pdf' })
    const file = app.downloads.take(result.ok ? (result.value as { id: string }).id : '')
    const out = join(tempDir(), 'r.pdf')
    writeFileSync(out, file?.content ?? Buffer.alloc(0))
    const text = execFileSync('pdftotext', ['-l', '1', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Royaume du Maroc — Gouvernement ouvert')
  })

  it('reports an unknown meeting in French and builds nothing', async () => {
    const app = startTestServices()
    const result = await app.dispatcher.dispatch('exports/releve', { meetingId: 999, format: 'xlsx' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/introuvable/i) } })
  })

  it('copil export writes the PDF with all 20 participants and the 18 engagement rows', async () => {
    const { app, meetingId } = await demoDatabase()
    const dbPath = app.ctx.dbPath
    app.close()
    const dir = tempDir()
    const out = join(dir, 'releve.pdf')
    const run = copil('export', '--db', dbPath, '--meeting', String(meetingId), '--format', 'pdf', '--out', out)
    expect(run.code, run.stderr).toBe(0)
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
    for (const name of ['Sarah LAMRANI', 'Houda BOUIHI', 'Slobodan MILIC', 'Tarik NECH-NACH', 'Saâd BENKIRANE']) expect(text).toContain(name)
    const db = new Database(dbPath, { readonly: true })
    const people = db.prepare('SELECT p.last_name FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?').pluck().all(meetingId) as string[]
    const engagements = db
      .prepare('SELECT e.title, r.percent FROM progress_reports r JOIN engagements e ON e.id = r.engagement_id WHERE r.meeting_id = ? ORDER BY e.number')
      .all(meetingId) as { title: string; percent: number }[]
    db.close()
    expect(engagements).toHaveLength(18)
    const flat = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ')
    // Every engagement row is there: its title and the percentage reported at the meeting.
    for (const { title, percent } of engagements) {
      // The PDF sets typographic apostrophes.
      expect(flat, title).toContain(title.replace(/'/g, '’').split(/\s+/).slice(0, 3).join(' '))
      expect(flat, title).toContain(`${percent} %`)
    }
    expect(people).toHaveLength(20)
    for (const lastName of people) expect(text).toContain(lastName.toUpperCase())
    for (const percent of ['24 %', '70 %', '48 %']) expect(text.replace(/\u00a0|\u202f/g, ' ')).toContain(percent)
    expect(readdirSync(dir)).toEqual(['releve.pdf'])
  })

  it('copil export --format docx writes the Word file with every participant and decision', async () => {
    const { app, meetingId } = await demoDatabase()
    const dbPath = app.ctx.dbPath
    app.close()
    const out = join(tempDir(), 'releve.docx')
    const run = copil('export', '--db', dbPath, '--meeting', String(meetingId), '--format', 'docx', '--out', out)
    expect(run.code, run.stderr).toBe(0)
    const text = await docxText(readFileSync(out))
    const db = new Database(dbPath, { readonly: true })
    const people = db.prepare('SELECT p.last_name FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?').pluck().all(meetingId) as string[]
    const decisions = db.prepare('SELECT text FROM decisions WHERE meeting_id = ?').pluck().all(meetingId) as string[]
    db.close()
    expect(people).toHaveLength(20)
    for (const lastName of people) expect(text).toContain(lastName.toUpperCase())
    // Organisations with an acronym are printed « Nom (ACRONYME) », once.
    expect(text).toContain('Département de la réforme de l’Administration (DRA)')
    expect(text).toContain('National Democratic Institute (NDI)')
    expect(text).not.toContain('(NDI) (NDI)')
    expect(decisions.length).toBeGreaterThan(0)
    const flat = comparable(text)
    for (const decision of decisions) {
      for (const line of decision.split('\n').map((l) => l.replace(/^[-–—•]\s*/u, '').trim()).filter(Boolean)) {
        expect(flat, line).toContain(comparable(frenchTypography(line)))
      }
    }
  })

  it('copil export writes the workbook with every sheet filled', async () => {
    const { app, meetingId } = await demoDatabase()
    const dbPath = app.ctx.dbPath
    app.close()
    const out = join(tempDir(), 'releve.xlsx')
    const run = copil('export', '--db', dbPath, '--meeting', String(meetingId), '--format', 'xlsx', '--out', out)
    expect(run.code, run.stderr).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Synthèse', 'Participants', 'Ordre du jour', 'Points arrêtés', 'Prochaines étapes', 'Avancement'])
    expect(workbook.getWorksheet('Participants')?.actualRowCount).toBe(21)
    expect(workbook.getWorksheet('Avancement')?.actualRowCount).toBe(19)
  })

  it('copil export refuses a bad format and a missing meeting with French messages', async () => {
    const { app } = await demoDatabase()
    const dbPath = app.ctx.dbPath
    app.close()
    const bad = copil('export', '--db', dbPath, '--meeting', '1', '--format', 'odt', '--out', join(tempDir(), 'x.odt'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Format inconnu/)
    const missing = copil('export', '--db', dbPath, '--meeting', '4242', '--format', 'pdf', '--out', join(tempDir(), 'x.pdf'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/introuvable/i)
  })
})
