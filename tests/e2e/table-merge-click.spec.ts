/**
 * Right after cells are merged, the merged cell is selected as a cell (not as text). A click in another
 * cell must move the caret there at once: on a loaded machine the browser may deliver the keys typed
 * next before it reports the new selection (its `selectionchange` event comes later), and the keys
 * then replaced the merged cell's text (seen in the fresh-clone CI, tests/e2e/table-merge.spec.ts).
 */
import { test, expect } from './preview'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, discussion, newMeetingWithItem, openApp, saved } from './meetings-helpers'

test('a click in another cell right after a merge puts the caret there, even when the browser reports the new selection late', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  await seedCommittee(preview, MEMBERS)
  await openApp(page, preview)
  await newMeetingWithItem(page, 'Co-création du 2ème PAN')
  const editor = discussion(page, 1)
  const tools = page.getByTestId('discussion-1')
  await editor.click()
  await tools.getByRole('button', { name: 'Insérer un tableau' }).click()
  await page.keyboard.type('Agenda unifié proposé')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Control+Alt+m')
  const title = editor.locator('th[colspan="3"]')
  await expect(title).toHaveText('Agenda unifié proposé')

  // The browser's report of the new selection is held back until the keys are typed (as a loaded
  // machine may do: input is handled before that event), then let through.
  await page.evaluate(() => {
    const held = (event: Event) => event.stopImmediatePropagation()
    window.addEventListener('selectionchange', held, true)
    ;(window as unknown as { releaseSelection: () => void }).releaseSelection = () => {
      window.removeEventListener('selectionchange', held, true)
      document.dispatchEvent(new Event('selectionchange'))
    }
  })
  const cell = editor.locator('tr').nth(1).locator('td, th').first()
  await cell.click()
  await page.keyboard.type('Horaire')
  await page.evaluate(() => (window as unknown as { releaseSelection: () => void }).releaseSelection())

  await expect(cell).toHaveText('Horaire')
  await expect(title).toHaveText('Agenda unifié proposé')
  await saved(page)
  await page.reload()
  await expect(discussion(page, 1).locator('th[colspan="3"]')).toHaveText('Agenda unifié proposé', { timeout: 15_000 })
  await expect(discussion(page, 1).locator('tr').nth(1).locator('td, th').first()).toHaveText('Horaire')
})
