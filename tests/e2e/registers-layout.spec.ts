/**
 * The registers at the default window (1360 px wide), in French and in Arabic: every filter of the
 * « Décisions » screen shows its whole choice (« Tous les statuts », not « Tous les statut »).
 * Screenshots go to test-results/registers-layout/.
 */
import { mkdirSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'

const SHOTS = 'test-results/registers-layout'
const SCREEN = { timeout: 20_000 }

/**
 * How many pixels a <select> lacks to show its chosen option whole (0 when it shows it whole): a
 * copy holding only that option, sized by its content (Chromium adds the arrow's room to the
 * padding), is laid out beside it and their widths compared.
 */
async function missingWidth(select: Locator): Promise<number> {
  return select.evaluate((el: HTMLSelectElement) => {
    const probe = el.cloneNode(false) as HTMLSelectElement
    probe.removeAttribute('id')
    probe.append(new Option(el.selectedOptions[0]?.text ?? ''))
    probe.style.width = 'auto'
    probe.style.minWidth = '0'
    probe.style.position = 'absolute'
    probe.style.visibility = 'hidden'
    el.after(probe)
    const needed = probe.getBoundingClientRect().width
    probe.remove()
    return Math.max(0, Math.ceil(needed - el.getBoundingClientRect().width))
  })
}

test('at 1360 px (and in a narrower window), every filter of « Décisions » shows its whole choice, in French and in Arabic', async ({
  page,
  preview,
}) => {
  test.setTimeout(180_000)
  mkdirSync(SHOTS, { recursive: true })
  await invoke(preview, 'demo/load', {})
  expect(page.viewportSize()?.width).toBe(1360)
  const titles = { fr: 'Décisions', ar: 'القرارات' } as const
  for (const [language, width] of [['fr', 1360], ['ar', 1360], ['fr', 1000]] as const) {
    await page.setViewportSize({ width, height: 860 })
    await invoke(preview, 'preferences/setLanguage', { language })
    await page.goto(`${preview.url}#/decisions`)
    await expect(page.locator('html')).toHaveAttribute('lang', language, SCREEN)
    await expect(page.getByRole('heading', { level: 1, name: titles[language] })).toBeVisible(SCREEN)
    await expect(page.locator('.register-table tbody tr').first()).toBeVisible(SCREEN)
    await page.evaluate(() => document.fonts.ready)
    const selects = page.getByRole('search').locator('select')
    expect(await selects.count()).toBe(4)
    for (const select of await selects.all()) {
      const label = await select.evaluate((el: HTMLSelectElement) => `${el.labels[0]?.textContent ?? ''}: ${el.selectedOptions[0]?.text ?? ''}`)
      expect(await missingWidth(select), label).toBe(0)
    }
    await page.screenshot({ path: `${SHOTS}/decisions-${language}-${width}.png` })
  }
})
