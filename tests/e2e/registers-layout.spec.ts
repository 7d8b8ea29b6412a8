/**
 * The registers at the default window (1360 px wide), in French and in Arabic: every filter of the
 * « Décisions » screen shows its whole choice (« Tous les statuts », not « Tous les statut »), and
 * on the « Actions » screen the planned period keeps to its line. Screenshots go to
 * test-results/registers-layout/.
 */
import { mkdirSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'

const SHOTS = 'test-results/registers-layout'
const SCREEN = { timeout: 20_000 }

// Each test starts from the demo data, its screenshots' folder ready.
test.beforeEach(async ({ preview }) => {
  test.setTimeout(180_000)
  mkdirSync(SHOTS, { recursive: true })
  await invoke(preview, 'demo/load', {})
})

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

/** How many lines the text of `element` takes on screen. */
async function lines(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size
  })
}

test('on « Actions », a planned period with its meeting time holds on one line, the « late » badge under it, in Arabic and in French', async ({
  page,
  preview,
}) => {
  // The example's « 7 septembre 2020 à 10h », planned at a meeting's time.
  const expected = {
    fr: { title: 'Actions', timed: '7 septembre 2020 à 10 h' },
    ar: { title: 'الإجراءات', timed: '7 شتنبر 2020 على الساعة 10:00' },
  } as const
  for (const language of ['ar', 'fr'] as const) {
    await invoke(preview, 'preferences/setLanguage', { language })
    await page.goto(`${preview.url}#/actions`)
    await expect(page.locator('html')).toHaveAttribute('lang', language, SCREEN)
    await expect(page.getByRole('heading', { level: 1, name: expected[language].title })).toBeVisible(SCREEN)
    const row = page.locator('.register-table tbody tr').filter({ hasText: 'Réunion préparatoire des webinaires' })
    const period = row.locator('.register-table__period')
    await expect(period).toHaveText(expected[language].timed, SCREEN)
    await page.evaluate(() => document.fonts.ready)
    expect(await lines(period), expected[language].timed).toBe(1)
    // Periods up to 30 characters too (« 2e semaine de septembre 2020 »), each on one line; every badge under its period.
    for (const cell of await page.locator('.register-table__due').all()) {
      const shown = cell.locator('.register-table__period')
      const text = (await shown.textContent()) ?? ''
      if (text.length <= 30) expect(await lines(shown), text).toBe(1)
      const badge = cell.locator('.register-badge')
      if ((await badge.count()) === 0) continue
      const [p, b] = [await shown.boundingBox(), await badge.boundingBox()]
      expect(b && p && b.y >= p.y + p.height - 1, `${text}: badge under the period`).toBe(true)
    }
    await page.screenshot({ path: `${SHOTS}/actions-${language}.png`, fullPage: true })
  }
})
