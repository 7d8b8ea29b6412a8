/**
 * The long lists repeated in every row of a large meeting (the directory in each next step, the
 * agenda in each decision) hold every choice when the user gets to them, by the keyboard or the
 * mouse, and the choice made is saved.
 */
import { organisationLabel } from '../../shared/domain/directory'
import { invoke } from './api'
import { seedLarge } from './large-seed'
import { test, expect } from './preview'

test.setTimeout(120_000)

test('a next step offers the whole directory from the keyboard, and the choice is saved', async ({ page, preview }) => {
  const meetingId = await seedLarge(preview)
  const organisations = await invoke(preview, 'organisations/list', {})
  const last = organisations.at(-1)
  if (last === undefined) throw new Error('no organisation in the seeded directory')
  await page.goto(`${preview.url}#/meetings/${meetingId}`)
  const step = page.getByTestId('next-step-1')
  await expect(step).toBeVisible({ timeout: 30_000 })

  // Tab from the free-text responsible reaches the directory list; End chooses its last entry.
  await step.getByLabel('Responsable (texte libre)').focus()
  await page.keyboard.press('Tab')
  const directory = step.getByLabel('Responsable dans l’annuaire')
  await expect(directory).toBeFocused()
  await expect(directory.locator('option', { hasText: organisationLabel(last) })).toHaveCount(1)
  await page.keyboard.press('End')
  await expect(directory.locator('option:checked')).toHaveText(organisationLabel(last))
  await expect(page.locator('.editor__top')).toContainText('Enregistré')

  await page.reload()
  await expect(page.getByTestId('next-step-1').getByLabel('Responsable dans l’annuaire').locator('option:checked')).toHaveText(
    organisationLabel(last),
    { timeout: 30_000 },
  )
})

test('a decision offers every agenda item once its list is clicked, and the choice is saved', async ({ page, preview }) => {
  const meetingId = await seedLarge(preview)
  const meeting = await invoke(preview, 'meetings/get', { id: meetingId })
  const n = meeting.agenda.length
  const lastTitle = meeting.agenda.at(-1)?.title ?? ''
  await page.goto(`${preview.url}#/meetings/${meetingId}`)
  const decision = page.getByTestId('decision-2')
  await expect(decision).toBeVisible({ timeout: 30_000 })

  const agenda = decision.getByLabel('Rattaché au point')
  await agenda.scrollIntoViewIfNeeded()
  await agenda.click()
  // The empty choice, then every item of the agenda, numbered.
  await expect(agenda.locator('option')).toHaveCount(n + 1)
  await expect(agenda.locator('option').last()).toHaveText(new RegExp(`^${n}\\. ${escape(lastTitle.slice(0, 40))}`))
  await page.keyboard.press('Escape')
  await agenda.selectOption({ index: n })
  await expect(page.locator('.editor__top')).toContainText('Enregistré')

  await page.reload()
  await expect(page.getByTestId('decision-2').getByLabel('Rattaché au point').locator('option:checked')).toHaveText(
    new RegExp(`^${n}\\. `),
    { timeout: 30_000 },
  )
})

test('on a page that never idles (a loaded machine), every decision and next step still gets its whole list without being touched', async ({ page, preview }) => {
  // Idle callbacks never come unless asked with a deadline, which then comes as a timer.
  await page.addInitScript(() => {
    window.requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions): number => {
      if (options?.timeout === undefined) return 0
      return window.setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), options.timeout)
    }
  })
  const meetingId = await seedLarge(preview)
  const meeting = await invoke(preview, 'meetings/get', { id: meetingId })
  await page.goto(`${preview.url}#/meetings/${meetingId}`)
  const agenda = page.getByTestId('decision-2').getByLabel('Rattaché au point')
  await expect(agenda).toBeVisible({ timeout: 30_000 })
  // Drawn first with a few choices only (the lists are completed one after the other)…
  expect(await page.locator('select[data-deferred]').count()).toBeGreaterThan(0)
  // …then every one gets its whole list, with nobody touching the page.
  await expect(page.locator('select[data-deferred]')).toHaveCount(0, { timeout: 45_000 })
  await expect(agenda.locator('option')).toHaveCount(meeting.agenda.length + 1)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
