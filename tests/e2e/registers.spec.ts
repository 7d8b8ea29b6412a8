/**
 * The decisions register, the actions list and « Suivi des actions précédentes », used as a
 * secretariat would on the example: numbers and statuses of the decisions, overdue actions first
 * with their notes, and the example's open actions followed up at the next meeting.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { test, expect } from './preview'
import { invoke } from './api'
import { openApp } from './meetings-helpers'
import type { Preview } from './preview'

async function exampleAndNextMeeting(preview: Preview) {
  const { meetingId } = await invoke(preview, 'demo/load', {})
  const next = await invoke(preview, 'meetings/createFromPrevious', {
    previousId: meetingId,
    dates: [{ date: '2020-10-07' }],
  })
  return { meetingId, nextId: next.id }
}

test('the « Décisions » screen numbers the decisions, filters them and keeps a status set there', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  await exampleAndNextMeeting(preview)
  await openApp(page, preview)
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Décisions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Décisions' })).toBeVisible()
  const rows = page.locator('.register-table tbody tr')
  await expect(rows.first()).toContainText('D-2020-001')
  await expect(page.getByText(/^7 décisions$/u)).toBeVisible()
  await expect(rows.first()).toContainText('la période de confinement')

  await rows.first().getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'Réalisée' })
  await page.getByRole('search').getByLabel('Statut').selectOption({ label: 'Réalisée' })
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('D-2020-001')
  await page.screenshot({ path: 'test-results/e2e/registers-decisions.png', fullPage: true })

  // Still « Réalisée » after a reload: it was saved.
  await page.reload()
  await page.getByRole('search').getByLabel('Statut').selectOption({ label: 'Réalisée' })
  await expect(rows).toHaveCount(1)
  await page.getByRole('search').getByLabel('Statut').selectOption({ label: 'En cours' })
  await expect(page.getByText('Aucune décision ne correspond à ces filtres.')).toBeVisible()
})

test('the « Actions » screen lists overdue actions first and keeps a dated note', async ({ page, preview }) => {
  test.setTimeout(120_000)
  await exampleAndNextMeeting(preview)
  await openApp(page, preview, '#/actions')
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible()
  const rows = page.locator('.register-table tbody tr')
  await expect(rows).toHaveCount(6)
  await expect(page.getByText('6 actions — 6 ouvertes, dont 6 en retard')).toBeVisible()
  await expect(rows.first().getByText('En retard', { exact: true })).toBeVisible()

  const webinars = rows.filter({ hasText: 'Planification des webinaires' })
  await webinars.getByRole('button', { name: 'Ajouter une note' }).click()
  await webinars.getByRole('combobox', { name: 'Statut' }).last().selectOption({ label: 'En cours' })
  await webinars.getByRole('textbox', { name: 'Notes' }).fill('Prestataire retenu, calendrier en cours de validation')
  await webinars.getByRole('button', { name: 'Enregistrer la note' }).click()
  await expect(webinars).toContainText('En cours : Prestataire retenu, calendrier en cours de validation')
  await page.screenshot({ path: 'test-results/e2e/registers-actions.png', fullPage: true })

  await page.reload()
  await expect(rows.filter({ hasText: 'Planification des webinaires' })).toContainText('Prestataire retenu')
  await page.getByLabel('Statut').first().selectOption({ label: 'En cours' })
  await expect(rows).toHaveCount(1)
})

test('the next meeting shows « Suivi des actions précédentes »; a follow-up recorded there stays, and the meetings list counts the open actions', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  const { nextId } = await exampleAndNextMeeting(preview)
  await openApp(page, preview, `#/meetings/${nextId}`)
  const section = page.locator('#section-followUps')
  await expect(section.getByRole('heading', { name: 'Suivi des actions précédentes' })).toBeVisible()
  const items = section.getByRole('listitem')
  await expect(items).toHaveCount(6)
  const webinars = section.getByRole('listitem', { name: 'Planification des webinaires' })
  await expect(webinars).toContainText('Réunion d’origine : 15 juillet 2020')
  await webinars.getByLabel('Statut à cette réunion').selectOption({ label: 'Fait' })
  await webinars.getByLabel('Note').fill('Trois webinaires tenus en septembre')
  await webinars.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(webinars.getByRole('status')).toHaveText('Suivi enregistré pour cette réunion.')
  await section.screenshot({ path: 'test-results/e2e/registers-follow-up.png' })

  await page.reload()
  const again = page.locator('#section-followUps').getByRole('listitem', { name: 'Planification des webinaires' })
  await expect(again.getByLabel('Statut à cette réunion')).toHaveValue('fait')
  await expect(again.getByLabel('Note')).toHaveValue('Trois webinaires tenus en septembre')

  // The example meeting: five of its six actions still open, all five late.
  await openApp(page, preview, '#/meetings')
  const example = page.locator('.meetings-table__row').filter({ hasText: '15 juillet 2020' })
  await expect(example.locator('.action-counts')).toHaveText('5 · 5 en retard')
  await page.screenshot({ path: 'test-results/e2e/registers-meetings-list.png' })
})

test('« Exporter en PDF » on the « Actions » screen downloads the list as filtered, every action in it', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  await exampleAndNextMeeting(preview)
  await openApp(page, preview, '#/actions')
  const rows = page.locator('.register-table tbody tr')
  await expect(rows).toHaveCount(6)
  const texts = (await invoke(preview, 'actions/list', {})).rows.map((a) => a.text)
  expect(texts).toHaveLength(6)
  for (const action of texts) await expect(rows.filter({ hasText: action })).toHaveCount(1)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^suivi-des-actions-\d{4}-\d{2}-\d{2}\.pdf$/u)
  const file = join(preview.dir, 'actions.pdf')
  await download.saveAs(file)
  await expect(page.getByRole('status').filter({ hasText: 'Fichier téléchargé' })).toBeVisible()
  await page.screenshot({ path: 'test-results/e2e/registers-actions-pdf.png' })

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/gu, ' ')
  expect(text).toContain('Suivi des actions')
  for (const action of texts) expect(text, action).toContain(action)
  expect(text).toContain('À faire')
})
