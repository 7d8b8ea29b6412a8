/**
 * On the « Actions » screen, an action's planned period follows the interface language: the
 * example's « fin juillet 2020 » reads « نهاية يوليوز 2020 » in Arabic, while a due text that is
 * not a period stays exactly as typed. The subtitle's two parts are joined in the language too.
 * Screenshots go to test-results/arabic-actions-due/.
 */
import { mkdirSync } from 'node:fs'
import { test, expect } from './preview'
import { invoke } from './api'

const SHOTS = 'test-results/arabic-actions-due'
const SCREEN = { timeout: 20_000 }
const TYPED = 'après l’avis du comité (voir note 3)'

test('the planned period of an action is shown in Arabic when the interface is in Arabic', async ({ page, preview }) => {
  test.setTimeout(180_000)
  mkdirSync(SHOTS, { recursive: true })
  const { meetingId } = await invoke(preview, 'demo/load', {})
  await invoke(preview, 'nextSteps/save', { meetingId, text: 'Transmettre la note de cadrage', dueText: TYPED })

  const expected = {
    fr: { title: 'Actions', plan: 'fin juillet 2020', week: '2e semaine de septembre 2020', joined: /^\d+ actions — \d+ ouvertes, dont \d+ en retard$/ },
    ar: { title: 'الإجراءات', plan: 'نهاية يوليوز 2020', week: 'الأسبوع الثاني من شتنبر 2020', joined: /^\d+ إجراءات، \d+ إجراءات مفتوحة، منها \d+ متأخرة$/ },
  } as const
  for (const language of ['fr', 'ar'] as const) {
    const e = expected[language]
    await invoke(preview, 'preferences/setLanguage', { language })
    await page.goto(`${preview.url}#/actions`)
    await expect(page.locator('html')).toHaveAttribute('lang', language, SCREEN)
    await expect(page.getByRole('heading', { level: 1, name: e.title })).toBeVisible(SCREEN)
    const rows = page.locator('.register-table tbody tr')
    await expect(rows.filter({ hasText: 'Transmettre la note de cadrage' })).toBeVisible(SCREEN)

    const due = (text: string) => rows.filter({ hasText: text }).locator('td').nth(2)
    await expect(due('plan d’action relatif au programme d’appui')).toContainText(e.plan)
    await expect(due('Lancement du plan de communication')).toContainText(e.week)
    // Not a period: exactly as typed, in both languages.
    await expect(due('Transmettre la note de cadrage')).toContainText(TYPED)
    await expect(page.locator('.page__subtitle')).toHaveText(e.joined)
    if (language === 'ar') {
      const dueCells = rows.locator('td:nth-child(3)')
      for (const text of await dueCells.allInnerTexts()) expect(text).not.toMatch(/juillet|septembre|trimestre/)
      await expect(page.locator('.page__subtitle')).not.toContainText('—')
    }
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: `${SHOTS}/actions-${language}.png`, fullPage: true })
  }
})
