/**
 * Labels and values joined in code follow the interface language: « Quorum : … » in French,
 * « النصاب: … » in Arabic (no space before the colon). Checked on the status bar, the committee's
 * page, « Suivi des actions précédentes » and « Historique ». And the read-only « Statut du relevé »
 * shows its whole sentence, in both directions. Screenshots go to test-results/arabic-punctuation/.
 */
import { mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'

const SHOTS = 'test-results/arabic-punctuation'
const SCREEN = { timeout: 20_000 }

/** Every text of `locator` holds `label` followed by the language's colon, and no French « : » in Arabic. */
async function joined(locator: Locator, language: 'fr' | 'ar', label: string): Promise<void> {
  await expect(locator).toBeVisible(SCREEN)
  if (language === 'fr') {
    await expect(locator).toContainText(`${label} : `)
  } else {
    await expect(locator).toContainText(`${label}: `)
    await expect(locator).not.toContainText(/\s:/)
  }
}

async function notCut(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible(SCREEN)
  const box = await locator.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }))
  expect(box.sw, 'no text cut at the end of the line').toBeLessThanOrEqual(box.cw)
  expect(box.sh, 'no line cut at the bottom').toBeLessThanOrEqual(box.ch + 1)
  await page.evaluate(() => document.fonts.ready)
}

test('a label and its value are joined with « : » in French and with the Arabic colon in Arabic', async ({ page, preview }) => {
  test.setTimeout(180_000)
  mkdirSync(SHOTS, { recursive: true })
  const { meetingId } = await invoke(preview, 'demo/load', {})
  const first = await invoke(preview, 'meetings/get', { id: meetingId })
  const next = await invoke(preview, 'meetings/createFromPrevious', { previousId: meetingId, dates: [{ date: '2020-10-07' }] })
  await invoke(preview, 'decisions/save', { meetingId: next.id, text: 'Valider le calendrier des ateliers.' })

  const words = {
    fr: { database: 'Base de données', origin: 'Réunion d’origine', before: 'Statut avant la réunion', quorum: 'Quorum', history: 'Historique' },
    ar: { database: 'قاعدة البيانات', origin: 'الاجتماع الأصلي', before: 'الحالة قبل الاجتماع', quorum: 'النصاب', history: 'سجل التعديلات' },
  } as const
  for (const language of ['fr', 'ar'] as const) {
    const w = words[language]
    await invoke(preview, 'preferences/setLanguage', { language })
    await page.goto(`${preview.url}#/meetings/${next.id}`)
    await expect(page.locator('html')).toHaveAttribute('lang', language, SCREEN)

    await joined(page.getByTestId('db-path'), language, w.database)
    const previous = page.locator('.previous-action').first()
    await joined(previous.locator('.register-table__sub').first(), language, w.origin)
    await joined(previous.locator('.register-table__sub').nth(1), language, w.before)
    await previous.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/previous-actions-${language}.png` })

    await page.getByRole('button', { name: w.history }).click()
    const line = page.getByRole('dialog').locator('.history__line').first()
    await expect(line).toBeVisible(SCREEN)
    if (language === 'ar') await expect(line).not.toContainText(/\s:/)
    else await expect(line).toContainText(/\s:\s/)
    await page.screenshot({ path: `${SHOTS}/history-${language}.png` })
    await page.keyboard.press('Escape')

    await page.goto(`${preview.url}#/directory/committees/${first.committeeId}`)
    await joined(page.locator('.committee__meta'), language, w.quorum)
    await page.screenshot({ path: `${SHOTS}/committee-${language}.png` })
  }
})

test('« Statut du relevé » shows its whole sentence at 1360 px, in French and in Arabic', async ({ page, preview }) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1360, height: 900 })
  const { meetingId } = await invoke(preview, 'demo/load', {})
  await invoke(preview, 'releve/adopt', { meetingId, adoptedOn: '2020-09-15' })
  await invoke(preview, 'releve/openErratum', { meetingId, reason: 'Coquille dans le titre' })
  const meeting = await invoke(preview, 'meetings/get', { id: meetingId })
  const { title, mode, place, videoTool, notes, status: meetingStatus, dates } = meeting
  await invoke(preview, 'meetings/saveHeader', { id: meetingId, header: { title, kind: 'extraordinaire', mode, place, videoTool, notes, status: meetingStatus, dates } })
  const compare = { fr: ['Changements depuis la version 1 (relevé actuel)', '+ Extraordinaire', '− Ordinaire'], ar: ['التغييرات منذ الصيغة 1 (المحضر الحالي)', '+ استثنائي', '− عادي'] } as const
  for (const language of ['fr', 'ar'] as const) {
    await invoke(preview, 'preferences/setLanguage', { language })
    await page.goto(`${preview.url}#/meetings/${meetingId}`)
    await expect(page.locator('html')).toHaveAttribute('lang', language, SCREEN)
    const status = page.getByTestId('releve-status')
    await expect(status).toHaveValue(language === 'fr' ? 'Erratum en cours sur la version 1 adoptée le 15 septembre 2020' : /15 شتنبر 2020/, SCREEN)
    await notCut(page, status)
    await status.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/releve-status-${language}.png` })

    // « What changed » names the kind as the editor does, in the interface language.
    const [button, added, removed] = compare[language]
    await page.getByRole('button', { name: button }).click()
    const changes = page.getByRole('region', { name: button })
    await expect(changes.locator('.lifecycle-diff__line')).toHaveText([removed, added])
    await changes.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/versions-diff-${language}.png` })
  }
})
