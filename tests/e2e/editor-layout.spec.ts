import type { Page } from '@playwright/test'
import { test, expect, type Preview } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, header, openApp } from './meetings-helpers'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not displayed`)
  return b
}

/**
 * The top bar is whole: at the top of the window, the meeting's title wide enough to read, the
 * tabs below it inside the window, and the document itself not scrolled away.
 */
async function expectTopBarWhole(page: Page, moment: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 }
  const top = await box(page, '.editor__top')
  const title = await box(page, '.editor__title')
  const meta = await box(page, '.editor__meta')
  const tabs = await box(page, '.section-nav')
  const scrolled = await page.evaluate(() => [
    document.scrollingElement?.scrollTop ?? 0,
    document.body.scrollTop,
    document.getElementById('root')?.scrollTop ?? 0,
    document.querySelector('.shell')?.scrollTop ?? 0,
  ])
  const scrolledAway = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((e) => e.scrollTop > 0).map((e) => `${e.tagName}.${e.className}:${e.scrollTop}`),
  )
  const where = `${JSON.stringify(scrolledAway)} ${moment}: top ${JSON.stringify(top)}, title ${JSON.stringify(title)}, tabs ${JSON.stringify(tabs)}`
  expect(scrolled, where).toEqual([0, 0, 0, 0])
  expect(top.y, where).toBe(0)
  expect(title.y, where).toBeGreaterThanOrEqual(top.y)
  expect(title.width, where).toBeGreaterThanOrEqual(200)
  expect(title.height, where).toBeGreaterThan(10)
  expect(meta.width, where).toBeGreaterThanOrEqual(200)
  expect(tabs.y, where).toBeGreaterThanOrEqual(title.y + title.height)
  expect(tabs.y + tabs.height, where).toBeLessThanOrEqual(top.y + top.height + 1)
  expect(tabs.height, where).toBeGreaterThan(20)
  expect(top.y + top.height, where).toBeLessThan(viewport.height / 2)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
}

async function openShortMeeting(page: Page, preview: Preview): Promise<void> {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: header('Réunion du Comité de pilotage de la mise en œuvre du plan d’action national'),
  })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectTopBarWhole(page, 'on opening')
}

test('the top bar keeps the meeting’s title and date after an export', async ({ page, preview }) => {
  await openShortMeeting(page, preview)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  await downloading
  await expect(page.getByRole('status').filter({ hasText: 'Fichier téléchargé' })).toBeVisible()
  await expectTopBarWhole(page, 'after the PDF export')
  await page.screenshot({ path: 'test-results/e2e/layout-after-export.png' })
  const excel = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en Excel' }).click()
  await excel
  await expect(page.getByRole('status').filter({ hasText: '.xlsx' })).toBeVisible()
  await expectTopBarWhole(page, 'after the Excel export')
})

test('opening each tab of a short meeting keeps the top bar and the tabs in the window', async ({ page, preview }) => {
  await openShortMeeting(page, preview)

  const tabs = page.getByRole('navigation', { name: 'Sections du relevé' }).getByRole('button')
  const names = await tabs.allTextContents()
  expect(names.length).toBeGreaterThanOrEqual(6)
  for (const name of names) {
    await tabs.filter({ hasText: name }).click()
    // Let a smooth scroll finish before measuring.
    await page.waitForFunction(() => {
      const main = document.querySelector('.main')
      const w = window as unknown as { lastTop?: number }
      const same = w.lastTop === main?.scrollTop
      w.lastTop = main?.scrollTop
      return same
    }, undefined, { polling: 200 })
    await expectTopBarWhole(page, `after opening « ${name} »`)
    await page.mouse.wheel(0, -2000)
  }
  await page.screenshot({ path: 'test-results/e2e/layout-last-tab.png' })
})
