/**
 * The meeting editor on a large plan (a smaller cut of the bench's ten-year database): a key typed
 * in one field changes nothing on screen outside that field's part, the plan section mounts a page
 * of closed engagements and reads an engagement only when it is opened, and what is typed there is
 * saved. Timings are the bench's business: these tests count DOM changes and requests.
 */
import type { Page } from '@playwright/test'
import { LARGE_SIZE as SIZE, seedLarge } from './large-seed'
import { test, expect } from './preview'
import { invoke } from './api'

/** Channels the page calls, in order, read from the preview's POST /api/invoke requests. */
function recordCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    if (!request.url().includes('/api/invoke')) return
    const body = request.postData()
    if (body !== null) calls.push((JSON.parse(body) as { channel: string }).channel)
  })
  return calls
}

/** Counts DOM mutations under each element matched, by name, until `mutations()` is read. */
async function watchMutations(page: Page, targets: Record<string, string>): Promise<void> {
  await page.evaluate((selectors) => {
    const counts: Record<string, number> = {}
    for (const [name, selector] of Object.entries(selectors)) {
      const element = document.querySelector(selector)
      if (element === null) throw new Error(`${selector} is not on the page`)
      counts[name] = 0
      new MutationObserver((records) => {
        counts[name] = (counts[name] ?? 0) + records.length
      }).observe(element, { subtree: true, childList: true, attributes: true, characterData: true })
    }
    ;(window as unknown as { __mutations: Record<string, number> }).__mutations = counts
  }, targets)
}

function mutations(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...(window as unknown as { __mutations: Record<string, number> }).__mutations }))
}

test.setTimeout(120_000)

const SECTIONS = ['header', 'participants', 'agenda', 'introduction', 'discussions', 'plan', 'decisions', 'nextSteps']

test('typing in a discussion changes nothing in the other sections nor in the plan, and is saved', async ({ page, preview }) => {
  const meetingId = await seedLarge(preview)
  const calls = recordCalls(page)
  await page.goto(`${preview.url}#/meetings/${meetingId}`)
  const plan = page.getByTestId('meeting-plan-section')
  // A large database on a loaded machine: the first view may take a while (the bench times it).
  await expect(plan.getByTestId('meeting-engagement-1')).toBeVisible({ timeout: 30_000 })
  const editor = page.getByTestId('discussion-editor-1')
  await expect(editor).toBeVisible()

  // The plan is read as summary lines; no engagement is read before one is opened.
  expect(calls).toContain('meetingPlan/outline')
  expect(calls).not.toContain('meetingPlan/get')
  expect(calls).not.toContain('meetingPlan/engagement')

  // The long lists of the rows are completed at idle after the first view: let the page settle first.
  await expect(page.locator('select[data-deferred]')).toHaveCount(0, { timeout: 30_000 })
  const others = Object.fromEntries(SECTIONS.filter((s) => s !== 'discussions').map((s) => [s, `[data-testid="editor-section-${s}"]`]))
  await watchMutations(page, { ...others, discussion1: '[data-testid="discussion-1"]', discussion2: '[data-testid="discussion-2"]' })
  await editor.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Mot ajouté au relevé')
  await expect(editor).toContainText('Mot ajouté au relevé')
  await expect(page.locator('.editor__top')).toContainText('Enregistré')

  const counted = await mutations(page)
  // The observer sees the typed discussion change (so the count can fail), and nothing else.
  expect(counted.discussion1).toBeGreaterThan(0)
  const { discussion1: _typed, ...rest } = counted
  expect(rest).toEqual(Object.fromEntries(Object.keys(rest).map((k) => [k, 0])))

  await page.reload()
  await expect(page.getByTestId('discussion-editor-1')).toContainText('Mot ajouté au relevé', { timeout: 30_000 })
})

test('the plan section mounts a page of closed engagements, opens one on demand, and saves what is typed there', async ({ page, preview }) => {
  const meetingId = await seedLarge(preview)
  const calls = recordCalls(page)
  await page.goto(`${preview.url}#/meetings/${meetingId}`)
  const plan = page.getByTestId('meeting-plan-section')
  // A large database on a loaded machine: the first view may take a while (the bench times it).
  await expect(plan.getByTestId('meeting-engagement-1')).toBeVisible({ timeout: 30_000 })

  // Not every engagement is mounted; nothing is open, so no activity and no form either.
  const rows = plan.locator('article[data-testid^="meeting-engagement-"]')
  const mounted = await rows.count()
  expect(mounted).toBeGreaterThan(0)
  expect(mounted).toBeLessThan(SIZE.engagements)
  await expect(plan.locator('textarea')).toHaveCount(0)
  await expect(plan.locator('[data-testid^="meeting-activity-"]')).toHaveCount(0)
  // The next page comes when the end of the list is scrolled near (or on its button).
  await plan.getByRole('button', { name: /Afficher les \d+ engagements suivants/ }).scrollIntoViewIfNeeded()
  await expect.poll(() => rows.count()).toBeGreaterThan(mounted)

  const card = plan.getByTestId('meeting-engagement-2')
  const toggle = card.getByRole('button', { name: /Engagement 2\b/ })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(card.locator('[data-testid^="meeting-activity-"]')).toHaveCount(SIZE.activitiesPerEngagement)
  expect(calls.filter((c) => c === 'meetingPlan/engagement')).toHaveLength(1)

  await expect(page.locator('select[data-deferred]')).toHaveCount(0, { timeout: 30_000 })
  const others = Object.fromEntries(SECTIONS.filter((s) => s !== 'plan').map((s) => [s, `[data-testid="editor-section-${s}"]`]))
  await watchMutations(page, {
    ...others,
    engagement1: '[data-testid="meeting-engagement-1"]',
    engagement3: '[data-testid="meeting-engagement-3"]',
    typed: '[data-testid="meeting-engagement-2"] [data-testid="engagement-narrative"]',
  })
  const progress = card.getByLabel('État d’avancement')
  await progress.click()
  await progress.press('Control+End')
  await progress.pressSequentially(' Publication achevée.')
  await expect(card.getByTestId('entry-save-state')).toHaveText('Enregistré')
  const counted = await mutations(page)
  expect(counted.typed).toBeGreaterThan(0)
  const { typed: _typed, ...rest } = counted
  expect(rest).toEqual(Object.fromEntries(Object.keys(rest).map((k) => [k, 0])))

  // Closed and opened again, the engagement shows what was typed without reading it again.
  await toggle.click()
  await expect(card.getByTestId('meeting-engagement-summary')).toContainText('Saisi pour cette réunion')
  await toggle.click()
  await expect(progress).toHaveValue(/ Publication achevée\.$/)
  expect(calls.filter((c) => c === 'meetingPlan/engagement')).toHaveLength(1)

  await page.reload()
  const again = page.getByTestId('meeting-plan-section').getByTestId('meeting-engagement-2')
  await again.getByRole('button', { name: /Engagement 2\b/ }).click()
  await expect(again.getByLabel('État d’avancement')).toHaveValue(/ Publication achevée\.$/)
})

test('the follow-up of earlier actions mounts a page of them, and the next ones near the end of the list or on its button', async ({ page, preview }) => {
  const meetingId = await seedLarge(preview)
  const open = await invoke(preview, 'actions/previous', { meetingId })
  await page.goto(`${preview.url}#/meetings/${meetingId}`)
  const section = page.locator('#section-followUps')
  const items = section.locator('.previous-actions__list > li')
  await expect(items.first()).toBeVisible({ timeout: 30_000 })
  const mounted = await items.count()
  // The seed carries more open actions than a page: not all are mounted at first.
  expect(mounted).toBeLessThan(open.length)
  const more = section.getByRole('button', { name: /^Afficher (les \d+ actions suivantes|l’action suivante)/ })
  await more.scrollIntoViewIfNeeded()
  await expect.poll(() => items.count()).toBeGreaterThan(mounted)
  // The keyboard reaches the rest with the button; once all are shown it goes away.
  while ((await more.count()) > 0) await more.click()
  await expect(items).toHaveCount(open.length)
  await expect(items.last()).toHaveAttribute('aria-label', open.at(-1)?.action.text ?? '')
})
