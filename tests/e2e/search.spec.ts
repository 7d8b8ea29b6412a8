/**
 * « Rechercher » (Ctrl+K) on the example database: the decision that mentions « la période de
 * confinement » is found by typing « confinement », shown under « Décisions » with the word
 * marked, and Enter opens the meeting at that decision.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './preview'
import { invoke } from './api'
import { openApp } from './meetings-helpers'

test('Ctrl+K finds a decision of the example, grouped and marked, and Enter opens it in the editor', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  const demo = await invoke(preview, 'demo/load', {})
  await openApp(page, preview, '#/meetings')
  await expect(page.getByRole('button', { name: /Rechercher/ })).toBeVisible()

  await page.keyboard.press('Control+k')
  const box = page.getByRole('dialog', { name: 'Rechercher dans Copil' })
  await expect(box).toBeVisible()
  await box.getByRole('combobox').pressSequentially('confinement')

  const decisions = box.getByRole('region', { name: 'Décisions' })
  await expect(decisions).toBeVisible()
  const hit = decisions.getByRole('option').first()
  await expect(hit.locator('mark')).toHaveText('confinement')
  await expect(hit).toContainText('rattraper le retard accumulé pendant la période de confinement')
  await expect(hit).toHaveAttribute('aria-selected', 'true')

  const shots = join('test-results', 'screenshots')
  mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: join(shots, 'search-box.png') })

  await page.keyboard.press('Enter')
  await expect(box).toBeHidden()
  await expect(page).toHaveURL(new RegExp(`#/meetings/${demo.meetingId}$`))
  const decision = page.locator('[data-testid^="decision-editor-"]').filter({ hasText: 'période de confinement' })
  await expect(decision).toBeVisible()
  await expect(decision).toBeFocused()
  await expect(decision).toBeInViewport()
})

test('the sidebar opens the same box; Échap closes it; a word found nowhere says so', async ({ page, preview }) => {
  await invoke(preview, 'demo/load', {})
  await openApp(page, preview, '#/meetings')
  await page.getByRole('button', { name: /Rechercher/ }).click()
  const box = page.getByRole('dialog', { name: 'Rechercher dans Copil' })
  await box.getByRole('combobox').fill('introuvablexyz')
  await expect(box.getByRole('status')).toHaveText('Aucun résultat pour « introuvablexyz ».')
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
})
