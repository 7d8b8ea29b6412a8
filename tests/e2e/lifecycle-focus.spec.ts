/**
 * The keyboard focus across the relevé's lifecycle actions: the editor is inert while one runs, and
 * a keyboard user must not be sent back to the top of the page once it is over.
 */
import { test, expect } from './preview'
import { seedReleve20200715 } from './meetings-seed'
import { openApp } from './meetings-helpers'

test('after a diffusion the focus is back on its button; after an adoption, on the heading of the relevé’s cycle', async ({ page, preview }) => {
  // An adoption builds the relevé and the editor reads the meeting again.
  test.setTimeout(180_000)
  const meeting = await seedReleve20200715(preview)
  const panel = page.getByRole('region', { name: 'Cycle du relevé' })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await expect(panel.getByText('Brouillon', { exact: true })).toBeVisible({ timeout: 30_000 })

  // Diffusion, from the keyboard: the button keeps the focus once the action is over.
  await panel.getByLabel('Envoyé le').fill('20/07/2020')
  await panel.getByLabel('Destinataires').fill('Membres du COPIL')
  const save = panel.getByRole('button', { name: 'Enregistrer la diffusion' })
  await save.focus()
  await page.keyboard.press('Enter')
  await expect(panel.getByText('Diffusion enregistrée.')).toBeVisible({ timeout: 30_000 })
  await expect(panel.getByText('Diffusé pour observations', { exact: true })).toBeVisible()
  await expect(save).toBeFocused()
  // The next Tab goes on from there, not from the top of the page.
  await page.keyboard.press('Shift+Tab')
  await expect(panel.getByLabel('Observations attendues jusqu’au')).toBeFocused()

  // Adoption, from the keyboard: the editor is replaced (locked); the focus goes to the cycle's
  // heading, just above the notice that says what happened.
  await panel.getByRole('button', { name: 'Adopter le relevé' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Adopter le relevé' })
  await expect(dialog.getByRole('button', { name: 'Adopter le relevé' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('releve-locked')).toBeVisible({ timeout: 60_000 })
  await expect(panel).toContainText('Relevé adopté : version 1.')
  await expect(panel.getByRole('heading', { name: 'Cycle du relevé' })).toBeFocused()
  await page.screenshot({ path: 'test-results/e2e/lifecycle-focus-after-adoption.png' })
  await page.keyboard.press('Tab')
  await expect(panel.getByRole('button', { name: 'Ouvrir un erratum' })).toBeFocused()
})
