/**
 * The editor's section tabs at 1360 px (a common laptop width), in French and in Arabic: every tab
 * is whole on screen, inside the bar, and reachable with the keyboard. Screenshots go to
 * test-results/editor-tabs/.
 */
import { mkdirSync } from 'node:fs'
import { test, expect } from './preview'
import { invoke } from './api'

const SHOTS = 'test-results/editor-tabs'

test('every section tab of the editor is whole on screen at 1360 px and reached with Tab, in both directions', async ({ page, preview }) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1360, height: 900 })
  const { meetingId } = await invoke(preview, 'demo/load', {})
  // The next meeting of the committee has every section, « Suivi des actions précédentes » too.
  const next = await invoke(preview, 'meetings/createFromPrevious', { previousId: meetingId, dates: [{ date: '2020-10-07' }] })
  for (const [language, navName] of [['fr', 'Sections du relevé'], ['ar', null]] as const) {
    await invoke(preview, 'preferences/setLanguage', { language })
    await page.goto(`${preview.url}#/meetings/${next.id}`)
    await expect(page.locator('html')).toHaveAttribute('lang', language, { timeout: 20_000 })
    const nav = page.locator('nav.section-nav')
    if (navName) await expect(nav).toHaveAccessibleName(navName)
    const tabs = nav.getByRole('button')
    await expect(tabs.first()).toBeVisible({ timeout: 20_000 })
    const count = await tabs.count()
    expect(count).toBeGreaterThanOrEqual(9)
    const bar = await nav.boundingBox()
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i)
      await expect(tab, `tab ${i + 1}`).toBeInViewport({ ratio: 1 })
      const box = await tab.boundingBox()
      expect(box && bar && box.x >= bar.x - 0.5 && box.x + box.width <= bar.x + bar.width + 0.5, `tab ${i + 1} inside the bar`).toBe(true)
    }
    // From the first tab, Tab reaches each of the others in turn, every one whole on screen.
    await tabs.first().focus()
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab')
      await expect(tabs.nth(i)).toBeFocused()
      await expect(tabs.nth(i)).toBeInViewport({ ratio: 1 })
    }
    await page.keyboard.press('Enter')
    await expect(tabs.nth(count - 1)).toHaveAttribute('aria-current', 'location')
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: `${SHOTS}/tabs-1360-${language}.png` })
  }
})
