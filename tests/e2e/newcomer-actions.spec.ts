/**
 * A newcomer enters a whole remote meeting from an empty database through the interface, and every
 * action is counted: each click, each field typed or pasted into, each key pressed. The meeting is
 * of the size that took 269 actions before: 15 participants (pasted, new organisations), 5 dates,
 * 4 agenda items with their discussion, 4 decisions, one 4 × 5 table (pasted from a spreadsheet).
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { richToPlainText } from '../../shared/domain/rich-text'
import { decisionText } from './meetings-helpers'

const BUDGET = 80

class Counter {
  count = 0
  readonly log: string[] = []
  constructor(private readonly page: Page) {}
  async click(target: Locator, what: string) {
    await target.click()
    this.note(`clic : ${what}`)
  }
  async fill(target: Locator, text: string, what: string) {
    await target.fill(text)
    this.note(`saisie : ${what}`)
  }
  async type(text: string, what: string) {
    await this.page.keyboard.type(text)
    this.note(`saisie : ${what}`)
  }
  /** Ctrl+V of a table copied from a spreadsheet: one key. */
  async pasteHtml(html: string, text: string, what: string) {
    await this.page.evaluate(
      ([h, t]) => {
        const data = new DataTransfer()
        data.setData('text/html', h ?? '')
        data.setData('text/plain', t ?? '')
        document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      [html, text],
    )
    this.note(`coller (Ctrl+V) : ${what}`)
  }
  private note(what: string) {
    this.count++
    this.log.push(`${this.count}. ${what}`)
  }
}

const AGENDA = [
  'État d’avancement du plan d’action national et replanification',
  'Co-création du prochain plan d’action',
  'Programme d’appui des partenaires',
  'Prochaines étapes',
]
const DISCUSSIONS = [
  'Le secrétariat présente l’avancement de chaque engagement, résumé dans le tableau ci-dessous.',
  'Les membres proposent des consultations régionales à distance et une plateforme en ligne.',
  'Le partenaire présente son programme d’appui pour la période 2023-2024.',
  'Le calendrier des prochaines réunions est arrêté avec les membres.',
]
const DECISIONS = [
  'Relancer les départements qui n’ont pas encore transmis leurs données.',
  'Organiser quatre consultations régionales à distance en septembre.',
  'Valider le programme d’appui et désigner un point focal par organisme.',
  'Tenir la prochaine réunion du comité à la fin du mois d’octobre.',
]
const TABLE = [
  ['Engagement', 'Responsable', 'Avancement', 'Nouvelle date', 'Observations'],
  ['1. Accès à l’information', 'DRA', '100 %', '—', 'Complété'],
  ['2. Données ouvertes', 'ADD', '72 %', 'novembre 2023', 'Plan en finalisation'],
  ['3. Archives', 'Archives du Maroc', '70 %', '19-27 octobre 2023', 'Formation reportée'],
]

test('a newcomer enters a 15-participant remote meeting over 5 dates in at most 80 actions', async ({ page, preview }) => {
  test.setTimeout(180_000)
  const act = new Counter(page)
  await page.goto(preview.url)

  await act.click(page.getByRole('button', { name: 'Commencer avec une base vide' }), 'Commencer avec une base vide')

  // The committee.
  await act.click(page.getByRole('link', { name: 'Annuaire' }), 'Annuaire')
  await act.click(page.getByRole('navigation', { name: 'Sections de l’annuaire' }).getByRole('link', { name: 'Comités' }), 'Comités')
  await act.click(page.getByRole('button', { name: 'Nouveau comité' }), 'Nouveau comité')
  const committeeDialog = page.getByRole('dialog', { name: 'Nouveau comité' })
  await act.fill(committeeDialog.getByLabel('Nom', { exact: true }), 'Comité de pilotage du Gouvernement Ouvert', 'nom du comité')
  await act.fill(committeeDialog.getByLabel('Sigle'), 'COPIL', 'sigle')
  await act.click(committeeDialog.getByRole('button', { name: 'Enregistrer' }), 'Enregistrer')
  await expect(committeeDialog).toBeHidden()

  // The meeting: five dates, held remotely.
  await act.click(page.getByRole('link', { name: 'Réunions' }), 'Réunions')
  await act.click(page.getByRole('button', { name: 'Nouvelle réunion' }), 'Nouvelle réunion')
  const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' })
  await act.fill(dialog.getByLabel('Date', { exact: true }), '25/07/2023', 'date 1')
  for (const [n, date] of ['27/07/2023', '02/08/2023', '07/08/2023', '09/08/2023'].entries()) {
    await act.click(dialog.getByRole('button', { name: 'Ajouter une date' }), 'Ajouter une date')
    await act.fill(dialog.getByLabel(`Date ${n + 2}`, { exact: true }), date, `date ${n + 2}`)
  }
  await act.click(dialog.getByText('À distance', { exact: true }), 'À distance')
  await act.click(dialog.getByRole('button', { name: 'Créer la réunion' }), 'Créer la réunion')
  await expect(page).toHaveURL(/#\/meetings\/\d+$/)
  const id = Number(/#\/meetings\/(\d+)$/.exec(page.url())?.[1])

  // The participants, pasted from a relevé: 15 people, all organisations new.
  await act.click(page.getByRole('button', { name: 'Coller une liste' }), 'Coller une liste')
  const list = readFileSync(join(process.cwd(), 'tests/fixtures/participants/releve-15.txt'), 'utf8')
  await act.fill(page.getByLabel(/Liste collée/), list, 'liste des participants (collée)')
  await act.click(page.getByRole('button', { name: 'Ajouter les 15 personnes comme présentes' }), 'Ajouter les 15 personnes')
  await expect(page.getByTestId('count-present')).toHaveText('15')

  // The agenda, each item with its discussion; the first with the progress table.
  for (const [index, title] of AGENDA.entries()) {
    const n = index + 1
    await act.click(page.getByRole('button', { name: 'Ajouter un point', exact: true }), 'Ajouter un point')
    await expect(page.getByLabel(`Intitulé du point ${n}`)).toBeFocused()
    await act.type(title, `intitulé du point ${n}`)
  }
  for (const [index, text] of DISCUSSIONS.entries()) {
    const n = index + 1
    await act.click(page.getByTestId(`discussion-editor-${n}`), `discussion du point ${n}`)
    await act.type(text, `discussion du point ${n}`)
    if (n === 1) {
      const html = `<table>${TABLE.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`
      await act.pasteHtml(html, TABLE.map((row) => row.join('\t')).join('\n'), 'tableau 4 × 5 copié du tableur')
    }
  }

  // The decisions.
  for (const [index, text] of DECISIONS.entries()) {
    const n = index + 1
    await act.click(page.getByRole('button', { name: 'Ajouter un point arrêté' }), 'Ajouter un point arrêté')
    await expect(decisionText(page, n)).toBeFocused()
    await act.type(text, `point arrêté ${n}`)
  }
  await expect(page.getByTestId('save-indicator')).toHaveText('Enregistré', { timeout: 15_000 })

  console.log(`Actions de l’interface : ${act.count} (au plus ${BUDGET})\n${act.log.join('\n')}`)
  test.info().annotations.push({ type: 'actions', description: String(act.count) })

  // Everything is in the database as entered.
  const meeting = await invoke(preview, 'meetings/get', { id })
  expect(meeting.dates.map((d) => d.date)).toEqual(['2023-07-25', '2023-07-27', '2023-08-02', '2023-08-07', '2023-08-09'])
  expect(meeting.mode).toBe('distance')
  expect(meeting.attendance).toHaveLength(15)
  expect(meeting.attendance.every((a) => a.status === 'present')).toBe(true)
  expect(new Set(meeting.attendance.map((a) => a.organisationName)).size).toBe(14)
  expect(meeting.agenda.map((a) => a.title)).toEqual(AGENDA)
  expect(meeting.decisions.map((d) => richToPlainText(d.body))).toEqual(DECISIONS)
  const first = JSON.stringify(meeting.agenda[0]?.discussion)
  expect(first).toContain(DISCUSSIONS[0])
  const table = meeting.agenda[0]?.discussion.content?.find((node) => node.type === 'table')
  expect(table?.content).toHaveLength(4)
  for (const row of table?.content ?? []) expect(row.content).toHaveLength(5)
  expect(first).toContain('Formation reportée')
  for (const [index, text] of DISCUSSIONS.entries()) expect(JSON.stringify(meeting.agenda[index]?.discussion)).toContain(text)
  const organisations = await invoke(preview, 'organisations/list', {})
  expect(organisations).toHaveLength(14)

  expect(act.count).toBeLessThanOrEqual(BUDGET)
})
