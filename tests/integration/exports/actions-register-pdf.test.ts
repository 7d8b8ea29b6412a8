/**
 * The actions register (« Suivi des actions ») as a PDF, like the decisions register: built in the
 * export worker, read back with pdftotext. Every action of the list gives its text, owner, due
 * period and status; the filters are printed under the title and respected.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StartedApp } from '../../../main/bootstrap'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import type { ActionEntry } from '../../../shared/domain/registers'
import { fr } from '../../../shared/i18n/fr'
import { hasPoppler, normalize, renderPng, wordBoxes } from '../../helpers/pdf'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'

async function call<C extends ChannelName>(app: StartedApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

/** The example, its next meeting with three actions that have owners (one in Arabic), and a note. */
async function registerWithOwners(): Promise<{ app: StartedApp; actions: ActionEntry[] }> {
  const app = startTestServices()
  const { meetingId } = await call(app, 'demo/load', {})
  const next = await call(app, 'meetings/createFromPrevious', { previousId: meetingId, dates: [{ date: '2020-10-07' }] })
  await call(app, 'nextSteps/save', { meetingId: next.id, text: 'Préparer le rapport d’auto-évaluation', responsibleText: 'Direction du Budget', dueText: 'fin mars 2021' })
  await call(app, 'nextSteps/save', { meetingId: next.id, text: 'Organiser les consultations régionales', responsibleText: 'Transparency Maroc', dueText: 'T2 2099', status: 'en_cours' })
  await call(app, 'nextSteps/save', { meetingId: next.id, text: 'إعداد مشروع خطة العمل الثانية', responsibleText: 'قطاع إصلاح الإدارة', dueText: '2099' })
  const webinars = (await call(app, 'actions/list', {})).rows.find((a) => a.text === 'Planification des webinaires')
  if (!webinars) throw new Error('no webinars action')
  await call(app, 'actions/addNote', { actionId: webinars.id, status: 'fait', note: 'Trois webinaires tenus', date: '2020-09-30' })
  return { app, actions: (await call(app, 'actions/list', {})).rows }
}

async function exportedPdf(app: StartedApp, input: ChannelInput<'actions/export'>, name: string): Promise<{ text: string; fileName: string; mime: string }> {
  const { id } = (await call(app, 'actions/export', input)) as { id: string }
  const file = app.downloads.take(id)
  if (!file) throw new Error('no file')
  const path = join(tempDir(), `${name}.pdf`)
  writeFileSync(path, file.content)
  renderPng(path, 1, name, 70)
  // Words in reading order; an Arabic line comes back whole, in logical order, from its ActualText.
  const text = normalize(wordBoxes(path).flat().map((w) => w.text).join(' '))
  return { text, fileName: file.fileName, mime: file.mime }
}

describe.runIf(hasPoppler)('the actions register as a PDF', () => {
  it('prints every action with its text, owner, due period and status, under its title', async () => {
    const { app, actions } = await registerWithOwners()
    try {
      expect(actions.length).toBe(9)
      const { text, fileName, mime } = await exportedPdf(app, { format: 'pdf' }, 'actions-register')
      expect(mime).toBe('application/pdf')
      expect(fileName).toMatch(/^suivi-des-actions-\d{4}-\d{2}-\d{2}\.pdf$/u)
      expect(text).toContain('Suivi des actions')
      expect(text).toMatch(/Établi le \S+ \d+ \S+ \d{4}/u)
      for (const header of ['Action', 'Responsable', 'Échéance', 'Statut', 'Notes']) expect(text).toContain(header)
      for (const a of actions) {
        expect(text, a.text).toContain(normalize(a.text))
        if (a.owner.label) expect(text, a.owner.label).toContain(normalize(a.owner.label))
        expect(text, `${a.text}: ${a.due}`).toContain(a.due)
        expect(text, `${a.text}: status`).toContain(fr.registers.actionStatuses[a.status])
      }
      expect(actions.filter((a) => a.owner.label).map((a) => a.owner.label)).toEqual(expect.arrayContaining(['Direction du Budget', 'Transparency Maroc', 'قطاع إصلاح الإدارة']))
      expect(text).toContain('fin mars 2021')
      expect(text).toContain('2e trimestre 2099')
      expect(text).toContain('30 septembre 2020 — Fait : Trois webinaires tenus')
      expect(text).toMatch(/Page 1 \/ \d/u)
    } finally {
      app.close()
    }
  })

  it('prints the filters and only the actions they keep', async () => {
    const { app, actions } = await registerWithOwners()
    try {
      const { text } = await exportedPdf(app, { format: 'pdf', filter: { status: 'en_cours' } }, 'actions-register-filtered')
      expect(text).toContain('Filtres : Statut : En cours')
      const kept = actions.filter((a) => a.status === 'en_cours')
      expect(kept.map((a) => a.text)).toEqual(['Organiser les consultations régionales'])
      expect(text).toContain('Organiser les consultations régionales')
      for (const a of actions.filter((x) => x.status !== 'en_cours')) expect(text, a.text).not.toContain(normalize(a.text))
    } finally {
      app.close()
    }
  })

  it('says so when no action matches, and still gives a workbook by default', async () => {
    const app = startTestServices()
    try {
      const { text } = await exportedPdf(app, { format: 'pdf' }, 'actions-register-empty')
      expect(text).toContain(fr.registers.actions.none)
      const { id } = (await call(app, 'actions/export', {})) as { id: string }
      expect(app.downloads.take(id)?.fileName).toMatch(/\.xlsx$/u)
    } finally {
      app.close()
    }
  })
})
