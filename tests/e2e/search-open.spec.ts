/**
 * Enter on a search result opens its exact place, for every kind that has one of its own: the
 * person's and the organisation's record (not just the directory), the activity's row in its
 * engagement, the discussion of its agenda item, the next step in the editor.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'
import { openApp } from './meetings-helpers'

/** Ctrl+K, types `query`, moves with ↓ to the result of `group` that reads `text`, presses Enter. */
async function openResult(page: Page, query: string, group: string, text: string): Promise<void> {
  // The shortcut is heard once the page is drawn (its search button shown).
  await expect(page.getByRole('button', { name: /Rechercher/ })).toBeVisible()
  await page.keyboard.press('Control+k')
  const box = page.getByRole('dialog', { name: 'Rechercher dans Copil' })
  await expect(box).toBeVisible()
  await box.getByRole('combobox').pressSequentially(query)
  const hit = box.getByRole('region', { name: group }).getByRole('option').filter({ hasText: text }).first()
  await expect(hit).toBeVisible()
  for (let i = 0; i < 40 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown')
  await expect(hit).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(box).toBeHidden()
}

test('Enter on a person or an organisation opens that record; closing it leaves the directory tab', async ({ page, preview }) => {
  test.setTimeout(120_000)
  await invoke(preview, 'demo/load', {})
  await openApp(page, preview, '#/meetings')

  await openResult(page, 'Lamrani', 'Personnes', 'Lamrani')
  await expect(page).toHaveURL(/#\/directory\/people\/\d+$/)
  const person = page.getByRole('dialog', { name: 'Modifier la personne' })
  await expect(person).toBeVisible()
  await expect(person.getByLabel('Nom', { exact: true })).toHaveValue('Lamrani')
  const shots = join('test-results', 'screenshots')
  mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: join(shots, 'search-open-person.png') })
  await page.keyboard.press('Escape')
  await expect(person).toBeHidden()
  await expect(page).toHaveURL(/#\/directory\/people$/)

  // The same result again, from the directory itself.
  await openResult(page, 'Lamrani', 'Personnes', 'Lamrani')
  await expect(page.getByRole('dialog', { name: 'Modifier la personne' })).toBeVisible()
  await page.keyboard.press('Escape')

  await openResult(page, 'Archives du Maroc', 'Organisations', 'Archives du Maroc')
  await expect(page).toHaveURL(/#\/directory\/organisations\/\d+$/)
  const organisation = page.getByRole('dialog', { name: 'Modifier l’organisation' })
  await expect(organisation).toBeVisible()
  await expect(organisation.getByRole('textbox').first()).toHaveValue('Archives du Maroc')
})

test('Enter on an activity, a discussion or a next step brings that very element into view', async ({ page, preview }) => {
  test.setTimeout(120_000)
  await invoke(preview, 'demo/load', {})
  // A short window: the element is on screen only if the search scrolled to it.
  await page.setViewportSize({ width: 1360, height: 520 })
  await openApp(page, preview, '#/meetings')

  await openResult(page, 'Formation sur la plateforme', 'Activités', 'Formation sur la plateforme')
  await expect(page).toHaveURL(/#\/plan\/engagements\/\d+$/)
  const activity = page.locator('tr[data-activity-id]').filter({ hasText: 'Formation sur la plateforme' })
  await expect(activity).toBeInViewport()

  await openResult(page, 'Adaptation du processus de co-création', 'Points discutés', 'Adaptation du processus')
  await expect(page).toHaveURL(/#\/meetings\/\d+$/)
  const discussion = page.locator('article.discussion').filter({ hasText: 'Adaptation du processus de co-création' })
  await expect(discussion).toBeInViewport()

  await openResult(page, 'webinaires', 'Actions', 'webinaires')
  const step = page.locator('[data-next-step-text]:focus')
  await expect(step).toContainText('webinaires')
  await expect(step).toBeInViewport()
})
