/**
 * « Nouvelle personne » opened before the organisations have arrived (a slow machine, a quick
 * click): the dialog offers them as soon as they come, not only after being closed and opened again
 * (seen in the fresh-clone CI: the organisation could never be chosen).
 */
import { test, expect } from './preview'
import { invoke } from './api'

test('the person dialog opened before the organisations arrive offers them once they come', async ({ page, preview }) => {
  await invoke(preview, 'organisations/save', { name: 'Espace Associatif', acronym: '', side: 'societe_civile' })
  let release: () => void = () => undefined
  const arrived = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postData() ?? '').includes('"organisations/list"')) await arrived
    await route.continue()
  })
  await page.goto(`${preview.url}#/directory/people`)
  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle personne' })
  await dialog.getByLabel('Nom', { exact: true }).fill('Lamrani')
  release()
  await dialog.getByLabel('Organisation').selectOption({ label: 'Espace Associatif' })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('table', { name: 'Liste des personnes' })).toContainText('Espace Associatif')
  await page.unroute('**/api/invoke')
})
