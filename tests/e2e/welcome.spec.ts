import { test, expect } from './preview'

test('an empty database offers the example, which opens the meeting of 15 July 2020 with its 20 participants', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Commencer avec une base vide' })).toBeVisible()

  await page.getByRole('button', { name: 'Charger l’exemple' }).click()

  await expect(page).toHaveURL(/#\/meetings\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()
  await expect(page.locator('.editor__meta')).toContainText('15 juillet 2020')
  const attendance = page.getByRole('list', { name: 'Liste de présence' })
  await expect(attendance.locator('li[data-person-id]')).toHaveCount(20)
  await expect(attendance.locator('li[data-person-id][aria-label$=": Présent"]')).toHaveCount(20)
  await expect(page.getByTestId('count-present')).toHaveText('20')
  for (const name of ['Sarah', 'Slobodan', 'Tarik']) await expect(attendance).toContainText(name)

  // Back home, the database is no longer empty: the list of meetings, not the welcome screen.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Réunions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toHaveCount(0)
  await expect(page.getByRole('main').getByText('Réunion du Comité de pilotage').first()).toBeVisible()
})

test('« Commencer avec une base vide » goes to the meetings list and is remembered', async ({ page, preview }) => {
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Commencer avec une base vide' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toHaveCount(0)

  // Another launch listens on another port, so the browser's storage is not the same: the choice
  // is kept in the database.
  await preview.restart()
  await page.goto(preview.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toHaveCount(0)
})
