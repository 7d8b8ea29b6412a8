import { test, expect } from './preview'
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations'

test('the shell appears in French; the schema version is only in « À propos »', async ({ page, preview }) => {
  await page.goto(preview.url)
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  for (const name of ['Réunions', 'Décisions', 'Actions', 'Plan d’action', 'Annuaire', 'Paramètres']) {
    await expect(nav.getByRole('link', { name })).toBeVisible()
  }
  await expect(page.locator('.statusbar')).not.toContainText('Schéma')
  await page.getByRole('button', { name: 'À propos' }).click()
  const about = page.getByRole('dialog', { name: 'À propos de Copil' })
  await expect(about.getByTestId('schema-version')).toHaveText(String(LATEST_SCHEMA_VERSION))
  await about.screenshot({ path: 'test-results/e2e/about.png' })
  await about.getByRole('button', { name: 'Fermer' }).click()
  await expect(page.getByTestId('db-path')).toContainText(preview.dbPath)
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=')
})

test('the sidebar moves between sections', async ({ page, preview }) => {
  await page.goto(preview.url)
  await page.getByRole('link', { name: 'Annuaire' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Annuaire' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Annuaire' })).toHaveAttribute('aria-current', 'page')
})

test('a page opened without the token cannot read the database', async ({ page, preview }) => {
  const bare = preview.url.replace(/\?token=.*$/, '')
  await page.goto(bare)
  await expect(page.getByRole('status')).toContainText('Session de l’aperçu expirée')
})
