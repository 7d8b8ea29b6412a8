/**
 * The interface in Arabic: chosen in Paramètres, kept in the database (first paint in Arabic after
 * a reload), right to left, and no French string of the catalogue left on the meetings list, the
 * editor, the plan overview and Paramètres. Screenshots of the four screens in both directions go
 * to test-results/arabic/ (looked at by hand).
 */
import type { Page } from '@playwright/test'
import { test, expect } from './preview'
import { frenchLeft } from './french-left'

const SHOTS = 'test-results/arabic'
// The shared machine is slow at times: wait longer for a screen, never for a fixed time.
const SCREEN = { timeout: 20_000 }

/**
 * The example's own French data that happens to equal a catalogue value: the meeting's title is
 * the catalogue's default title, its plan and first axis the catalogue's placeholder examples.
 */
const EXAMPLE_DATA = ['Réunion du Comité de pilotage', 'Plan d’action national 2018-2020', 'Accès à l’information']

async function shoot(page: Page, name: string): Promise<void> {
  // Lets the fonts settle so the picture shows what the user sees.
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false })
}

test('العربية in Paramètres: the interface turns right to left in Arabic, with no French string left, and stays so after a reload', async ({ page, preview }) => {
  // Eight screens loaded and read in two directions: more than the default budget on a busy machine.
  test.setTimeout(180_000)
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Charger l’exemple' }).click()
  await expect(page).toHaveURL(/#\/meetings\/\d+$/, { timeout: 30_000 })
  const editorHash = new URL(page.url()).hash
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible(SCREEN)
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')

  const screens = [
    { name: 'editor', hash: editorHash, ready: page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' }) },
    { name: 'meetings', hash: '#/meetings', ready: page.getByRole('link', { name: /Réunion du Comité de pilotage/ }).first() },
    { name: 'plan', hash: '#/plan', ready: page.getByRole('heading', { level: 1, name: /Plan d’action national/ }) },
    { name: 'settings', hash: '#/settings', ready: page.getByRole('radiogroup') },
  ]
  for (const screen of screens) {
    await page.goto(`${preview.url}${screen.hash}`)
    await expect(screen.ready).toBeVisible(SCREEN)
    await shoot(page, `${screen.name}-ltr`)
  }

  // Paramètres offers each language in its own name; the choice applies at once, without a reload.
  const choice = page.getByRole('radiogroup')
  await expect(choice.getByRole('radio', { name: 'Français' })).toHaveAttribute('aria-checked', 'true')
  await choice.getByRole('radio', { name: 'العربية' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible()

  // Kept in the database: a reload paints in Arabic, right to left, at once.
  await page.reload()
  await expect(page.getByRole('radiogroup').getByRole('radio', { name: 'العربية' })).toHaveAttribute('aria-checked', 'true', SCREEN)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')

  for (const screen of screens) {
    await page.goto(`${preview.url}${screen.hash}`)
    await expect(screen.ready).toBeVisible(SCREEN)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await shoot(page, `${screen.name}-rtl`)
    expect(await frenchLeft(page, EXAMPLE_DATA), `French left on ${screen.name}`).toEqual([])
  }

  // Dates use the Moroccan month names with Western digits.
  await page.goto(`${preview.url}${editorHash}`)
  await expect(page.locator('.editor__meta')).toContainText('15 يوليوز 2020', SCREEN)

  // Back to French: everything turns back, left to right.
  await page.goto(`${preview.url}#/settings`)
  await page.getByRole('radiogroup').getByRole('radio', { name: 'Français' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
})

test('the welcome screen offers Français / العربية before anything is loaded, and its texts follow at once', async ({ page, preview }) => {
  await page.goto(preview.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toBeVisible(SCREEN)
  await page.getByRole('radio', { name: 'العربية' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Bienvenue dans Copil')
  expect(await frenchLeft(page)).toEqual([])
  await shoot(page, 'welcome-rtl')
})
