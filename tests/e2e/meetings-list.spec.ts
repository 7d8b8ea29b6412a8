import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, header, openApp } from './meetings-helpers'

const MEETINGS = 120

test('the meetings list shows the first page, loads the next ones, and keeps search and filters working', async ({ page, preview }) => {
  test.setTimeout(180_000)
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  for (let n = 1; n <= MEETINGS; n += 1) {
    // One meeting a week from January 2019: meeting 120 is the newest.
    const date = new Date(Date.UTC(2019, 0, 7) + (n - 1) * 7 * 86_400_000).toISOString().slice(0, 10)
    await invoke(preview, 'meetings/create', { committeeId: committee.id, header: { ...header(`Séance numéro ${n}`, date), status: n % 2 ? 'brouillon' : 'adopte' } })
  }
  const listCalls: string[] = []
  page.on('request', (request) => {
    const body = request.postData()
    if (request.url().endsWith('/api/invoke') && body?.includes('"channel":"meetings/list"')) listCalls.push(body)
  })

  await openApp(page, preview)
  const rows = page.locator('.meetings-table__row')
  await expect(page.getByText(`${MEETINGS} réunions`)).toBeVisible()
  await expect(rows).toHaveCount(50)
  await expect(rows.first()).toContainText('Séance numéro 120')
  await expect(rows.nth(49)).toContainText('Séance numéro 71')
  // One request for the visit: the list is not asked for twice.
  expect(listCalls).toHaveLength(1)

  await page.getByRole('button', { name: 'Afficher plus (70 restantes)' }).click()
  await expect(rows).toHaveCount(100)
  await expect(rows.nth(50)).toContainText('Séance numéro 70')
  await page.getByRole('button', { name: 'Afficher plus (20 restantes)' }).click()
  await expect(rows).toHaveCount(MEETINGS)
  await expect(rows.last()).toContainText('Séance numéro 1')
  await expect(page.getByRole('button', { name: /Afficher plus/ })).toHaveCount(0)
  expect(listCalls).toHaveLength(3)

  // The year filter offers the years of every meeting; the search and the filters are applied by the database.
  const year = page.getByLabel('Année')
  await expect(year.locator('option')).toHaveText(['Toutes les années', '2021', '2020', '2019'])
  await year.selectOption('2020')
  await expect(page.getByText('52 réunions')).toBeVisible()
  await expect(rows).toHaveCount(50)
  await page.getByRole('button', { name: 'Afficher plus (2 restantes)' }).click()
  await expect(rows).toHaveCount(52)
  await page.getByLabel('Statut').selectOption('adopte')
  await page.getByLabel('Rechercher un titre').fill('numéro 10')
  // 2020 holds meetings 53 to 104: « numéro 10… » and adopted (even) ones are 100, 102 and 104.
  await expect(rows).toHaveCount(3)
  await expect(rows).toContainText(['Séance numéro 104', 'Séance numéro 102', 'Séance numéro 100'])
  await expect(page.getByText('3 réunions')).toBeVisible()
})
