import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, meetingIdFromUrl, openApp, saved } from './meetings-helpers'

// The browser speaks English: a native date input would read 07/15/2020 and a 12-hour clock.
test.use({ locale: 'en-US' })

test('in an English-speaking Chromium, 15/07/2020 typed is saved as 15 July 2020, with 24-hour times', async ({
  page,
  preview,
}) => {
  await seedCommittee(preview, MEMBERS.slice(0, 2))
  await openApp(page, preview)
  expect(await page.evaluate(() => navigator.language)).toBe('en-US')

  await page.getByRole('button', { name: 'Nouvelle réunion' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' })
  const date = dialog.getByLabel('Date', { exact: true })
  await expect(date).toHaveAttribute('placeholder', 'jj/mm/aaaa')
  await date.fill('15/07/2020')
  await dialog.getByLabel('Début', { exact: true }).fill('14h30')
  await dialog.getByLabel('Fin', { exact: true }).fill('17:00')
  await dialog.getByRole('button', { name: 'Ajouter une date' }).click()
  await dialog.getByLabel('Date 2', { exact: true }).fill('16 juillet 2020')
  await dialog.getByRole('button', { name: 'Créer la réunion' }).click()
  const id = await meetingIdFromUrl(page)
  await expect(page.locator('.editor__meta')).toContainText('mercredi 15 et jeudi 16 juillet 2020')

  const created = await invoke(preview, 'meetings/get', { id })
  expect(created.dates).toEqual([
    { date: '2020-07-15', startTime: '14:30', endTime: '17:00' },
    { date: '2020-07-16', startTime: '14:30', endTime: '17:00' },
  ])
  await expect(page.getByLabel('Date 1', { exact: true })).toHaveValue('15/07/2020')
  await expect(page.getByLabel('Date 2', { exact: true })).toHaveValue('16/07/2020')
  await expect(page.getByLabel('Début (Date 1)', { exact: true })).toHaveValue('14:30')

  // A date that does not exist is said so, kept on screen, and changes nothing.
  const second = page.getByLabel('Date 2', { exact: true })
  await second.fill('31/02/2020')
  await second.blur()
  await expect(page.getByText('Date non reconnue : tapez par exemple 15/07/2020 ou 15 juillet 2020.')).toBeVisible()
  await expect(second).toHaveValue('31/02/2020')
  await page.screenshot({ path: 'test-results/e2e/french-dates.png' })
  await second.fill('17 juillet 2020')
  await second.blur()
  await expect(second).toHaveValue('17/07/2020')
  await saved(page)
  expect((await invoke(preview, 'meetings/get', { id })).dates.map((d) => d.date)).toEqual(['2020-07-15', '2020-07-17'])
})
