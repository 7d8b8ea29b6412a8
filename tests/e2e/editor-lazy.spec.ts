/**
 * The rich texts of a large meeting start as read views and become editors when used: a click puts
 * the caret where it was clicked, Tab reaches them, and the first keys typed, before any editor was
 * mounted, are kept and saved. Screenshots of the top of the editor and of its plan section go to
 * test-results/screens for a look (they must not change when the editors mount).
 */
import type { Locator, Page } from '@playwright/test'
import { seedLarge } from './large-seed'
import { test, expect } from './preview'

test.setTimeout(120_000)

/** How many rich texts of the page have a mounted editor (Tiptap hangs it on its element). */
function mountedEditors(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.rte__content')].filter((e) => 'editor' in e).length)
}

/**
 * The text of the first paragraph of a rich text. Its characters, not `innerText`: a text away from
 * the window is not laid out yet (content-visibility), and `innerText` gives only laid-out text.
 */
function firstParagraph(text: Locator): Promise<string> {
  return text.locator('p').first().evaluate((p) => p.textContent ?? '')
}

async function openLarge(page: Page, url: string, meetingId: number): Promise<void> {
  await page.goto(`${url}#/meetings/${meetingId}`)
  // A large database on a loaded machine: the first view may take a while (the bench times it).
  await expect(page.getByTestId('meeting-plan-section').getByTestId('meeting-engagement-1')).toBeVisible({
    timeout: 30_000,
  })
}

test('a rich text becomes an editor where it is clicked or tabbed into, and keeps the first keys typed', async ({
  page,
  preview,
}) => {
  const meetingId = await seedLarge(preview)
  await page.setViewportSize({ width: 1360, height: 900 })
  await openLarge(page, preview.url, meetingId)
  const second = page.getByTestId('discussion-editor-2')
  const third = page.getByTestId('discussion-editor-3')
  await expect(second).toBeVisible()
  // Every rich text is on screen, readable as a text box, and none is an editor yet.
  await expect(page.getByRole('textbox', { name: 'Points discutés — point 2' })).toHaveCount(1)
  expect(await mountedEditors(page)).toBe(0)
  await page.screenshot({ path: 'test-results/screens/editor-large-top.png' })
  await page.getByTestId('editor-section-plan').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/editor-large-plan.png' })

  // A click on the 11th character of the second discussion: the caret lands before it.
  const before = await firstParagraph(second)
  await second.scrollIntoViewIfNeeded()
  const point = await second.evaluate((element) => {
    const walker = document.createTreeWalker(element.querySelector('p') ?? element, NodeFilter.SHOW_TEXT)
    const text = walker.nextNode()
    if (text === null) throw new Error('no text in the discussion')
    const range = document.createRange()
    range.setStart(text, 10)
    range.setEnd(text, 11)
    const rect = range.getBoundingClientRect()
    const outer = element.getBoundingClientRect()
    // Relative to the text box: the page may still move (sections loading) between here and the click.
    return { x: rect.left + 1 - outer.left, y: rect.top + rect.height / 2 - outer.top }
  })
  await page.screenshot({ path: 'test-results/screens/editor-large-discussion-read.png', clip: await box(second) })
  await second.click({ position: point })
  await page.keyboard.type('QQ')
  await expect.poll(() => firstParagraph(second)).toBe(`${before.slice(0, 10)}QQ${before.slice(10)}`)
  expect(await mountedEditors(page)).toBe(1)

  // Tab from the third item's heading goes through its toolbar to its text; the keys typed at once are kept.
  await page.getByTestId('discussion-heading-3').focus()
  for (let i = 0; i < 12 && !(await third.evaluate((e) => e === document.activeElement)); i += 1)
    await page.keyboard.press('Tab')
  await expect(third).toBeFocused()
  await page.keyboard.type('Premier mot. ')
  await expect.poll(() => firstParagraph(third)).toMatch(/^Premier mot\. /)
  await expect(page.locator('.editor__top')).toContainText('Enregistré')

  await page.reload()
  await expect(page.getByTestId('discussion-editor-2')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('discussion-editor-2').locator('p').first()).toHaveText(
    `${before.slice(0, 10)}QQ${before.slice(10)}`,
  )
  await expect(page.getByTestId('discussion-editor-3').locator('p').first()).toHaveText(/^Premier mot\. /)
})

test('a rich text looks the same as a read view and once its editor is mounted', async ({ page, preview }) => {
  const meetingId = await seedLarge(preview)
  await openLarge(page, preview.url, meetingId)
  const text = page.getByTestId('discussion-editor-1')
  await text.scrollIntoViewIfNeeded()
  // A text away from the window is laid out at its estimated height until the next frame draws it
  // (content-visibility): measure its box once a frame has been drawn, as the user sees it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const read = await page.screenshot({
    clip: await box(text),
    path: 'test-results/screens/editor-large-discussion-1-read.png',
  })
  const html = await text.innerHTML()
  await text.focus()
  expect(await mountedEditors(page)).toBe(1)
  // Focus aside (its ring), the editor draws the same nodes in the same place.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await expect(text).not.toBeFocused()
  const mounted = await page.screenshot({
    clip: await box(text),
    path: 'test-results/screens/editor-large-discussion-1-mounted.png',
  })
  expect(await text.innerHTML()).toBe(html)
  expect(mounted.equals(read)).toBe(true)
})

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox()
  if (b === null) throw new Error('not on screen')
  return b
}
