/**
 * What a user types before a screen's saved values have arrived is kept: the late answer never
 * replaces it (the bug fixed first for the name in Paramètres, tests/e2e/history.spec.ts).
 */
import { test, expect } from './preview'
import { invoke } from './api'
import { openApp } from './meetings-helpers'

test('a letterhead line typed in Paramètres before the saved ones arrive is kept and saved', async ({ page, preview }) => {
  await invoke(preview, 'settings/save', { letterhead: ['Ancienne ligne'], logoBase64: null })
  // The saved settings are slow to come: the user types first.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postData() ?? '').includes('"settings/get"')) await held
    await route.continue()
  })
  await openApp(page, preview, '#/settings')
  const line = page.getByLabel('Ligne 1 de l’en-tête')
  await line.fill('Royaume du Maroc')
  const answered = page.waitForResponse((r) => (r.request().postData() ?? '').includes('"settings/get"'))
  release()
  await answered
  // The answer is in: let the page have its turn to apply it, then look.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
  await expect(line).toHaveValue('Royaume du Maroc')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  await page.unroute('**/api/invoke')
  expect((await invoke(preview, 'settings/get', {})).letterhead).toEqual(['Royaume du Maroc'])
})
