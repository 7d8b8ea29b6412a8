/**
 * History and « Corbeille » as a secretary uses them: the name set in Paramètres, a decision edited
 * in the editor shown in « Historique » with who changed what and the words that changed; a meeting
 * deleted, found in the « Corbeille » and restored with its content.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, decisionText, header, openApp, saved } from './meetings-helpers'

const SHOTS = join(process.cwd(), 'test-results', 'history')

test('a decision edited in the editor shows in « Historique » with the name set in Paramètres', async ({ page, preview }) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await invoke(preview, 'decisions/save', { meetingId: meeting.id, text: 'Adopter le plan d’action.' })

  await openApp(page, preview, '#/settings')
  const name = page.getByLabel('Votre nom (pour l’historique)')
  await name.fill('Fatima Zahra')
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click()
  await expect(page.getByText('Nom enregistré : les prochaines modifications porteront le nom « Fatima Zahra ».')).toBeVisible()

  await openApp(page, preview, `#/meetings/${meeting.id}`)
  const text = decisionText(page, 1)
  await text.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Le secrétariat le diffusera.')
  await saved(page)

  await page.getByRole('button', { name: 'Historique' }).click()
  const dialog = page.getByRole('dialog')
  const line = dialog.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — Fatima Zahra — Décision 1 : texte modifié$/u)
  await expect(line).toBeVisible()
  await expect(dialog.locator('ins')).toContainText('Le secrétariat le diffusera.')
  await page.screenshot({ path: join(SHOTS, 'historique-reunion.png') })
})

test('a name typed in Paramètres before the saved one arrives is kept and saved', async ({ page, preview }) => {
  await invoke(preview, 'history/setActor', { name: 'Ancien nom' })
  // The saved name is slow to come: the user types first.
  let release: () => void = () => undefined
  const arrived = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postData() ?? '').includes('"history/actor"')) await arrived
    await route.continue()
  })
  await openApp(page, preview, '#/settings')
  const name = page.getByLabel('Votre nom (pour l’historique)')
  await name.fill('Fatima Zahra')
  release()
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click()
  await expect(page.getByText('Nom enregistré : les prochaines modifications porteront le nom « Fatima Zahra ».')).toBeVisible()
  await expect(name).toHaveValue('Fatima Zahra')
  await page.unroute('**/api/invoke')
})

test('a deleted meeting is in the « Corbeille » with who deleted it, and « Restaurer » brings it back with its decisions', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  await invoke(preview, 'history/setActor', { name: 'Youssef Alaoui' })
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header('Réunion à restaurer') })
  await invoke(preview, 'decisions/save', { meetingId: meeting.id, text: 'Valider le calendrier.' })

  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await page.getByRole('button', { name: 'Supprimer la réunion' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer la réunion' }).click()
  await expect(page).toHaveURL(/#\/meetings$/u)

  await page.getByRole('link', { name: 'Corbeille' }).click()
  const item = page.getByRole('row').filter({ hasText: 'Réunion à restaurer' })
  await expect(item).toContainText('Réunion')
  await expect(item).toContainText('Youssef Alaoui')
  await page.screenshot({ path: join(SHOTS, 'corbeille.png') })
  await item.getByRole('button', { name: /Restaurer/u }).click()
  await expect(page.getByText('« Réunion à restaurer (2020-07-15) » a été restauré.')).toBeVisible()
  await expect(page.getByText('La corbeille est vide.')).toBeVisible()

  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await expect(page.getByRole('heading', { name: 'Réunion à restaurer' })).toBeVisible()
  await expect(decisionText(page, 1)).toContainText('Valider le calendrier.')
})
