/**
 * A lifecycle action (« Ajouter à l’ordre du jour », « Adopter », an erratum) reads the meeting again
 * and replaces the editor. Until the new one is on screen, the editor read before must take no input:
 * a dialog opened there, or text typed there, would vanish with it.
 */
import { test, expect } from './preview'
import { invoke } from './api'
import { seedReleve20200715 } from './meetings-seed'
import { openApp, saved } from './meetings-helpers'

test('while a lifecycle action reads the meeting again, the editor read before takes no input, and what was typed just before is kept', async ({
  page,
  preview,
}) => {
  test.setTimeout(180_000)
  const meeting = await seedReleve20200715(preview)
  const next = await invoke(preview, 'meetings/createFromPrevious', { previousId: meeting.id, dates: [{ date: '2020-10-02' }] })
  await openApp(page, preview, `#/meetings/${next.id}`)
  const panel = page.getByRole('region', { name: 'Cycle du relevé' })
  const offer = panel.getByRole('listitem').filter({ hasText: 'Approbation du relevé de la réunion du mercredi 15 juillet 2020' })
  const addItem = offer.getByRole('button', { name: 'Ajouter à l’ordre du jour' })
  await expect(addItem).toBeVisible({ timeout: 30_000 })

  // Typed just before the action, not saved yet.
  const title = page.getByLabel('Titre', { exact: true })
  await title.fill('Réunion du COPIL du 2 octobre')

  // The meeting's new read is slow to come.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postData() ?? '').includes('"meetings/get"')) await held
    await route.continue()
  })
  const adoptHere = offer.getByRole('button', { name: 'Adopter lors de cette réunion' })
  const adoptBox = await adoptHere.boundingBox()
  const titleBox = await title.boundingBox()
  const offered = page.waitForResponse((r) => (r.request().postData() ?? '').includes('"releve/offerApproval"'))
  await addItem.click()
  await offered
  await expect(page.getByRole('status').filter({ hasText: 'Mise à jour de la réunion…' })).toBeVisible({ timeout: 30_000 })

  // Meanwhile, the user types in the title and asks for the adoption in the editor about to be replaced.
  if (titleBox === null || adoptBox === null) throw new Error('title or adoption button not on screen')
  await page.mouse.click(titleBox.x + titleBox.width - 10, titleBox.y + titleBox.height / 2)
  await page.keyboard.type(' xyz')
  await page.mouse.click(adoptBox.x + adoptBox.width / 2, adoptBox.y + adoptBox.height / 2)
  await expect(title).toHaveValue('Réunion du COPIL du 2 octobre')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/e2e/releve-reload-busy.png' })

  // The new read arrives: the editor is back, with what was typed before the action.
  release()
  await expect(offer.getByText('À l’ordre du jour', { exact: true })).toBeVisible({ timeout: 30_000 })
  await page.unroute('**/api/invoke')
  await expect(page.getByRole('status').filter({ hasText: 'Mise à jour de la réunion…' })).toHaveCount(0)
  await expect(title).toHaveValue('Réunion du COPIL du 2 octobre')
  await saved(page)
  expect((await invoke(preview, 'meetings/get', { id: next.id })).title).toBe('Réunion du COPIL du 2 octobre')

  // The adoption asked in the new editor goes through.
  await adoptHere.click()
  await page.getByRole('dialog').getByRole('button', { name: 'Adopter lors de cette réunion' }).click()
  await expect(panel).toContainText('Relevé de la réunion du 15 juillet 2020 adopté (version 1) : décision ajoutée à cette réunion.', {
    timeout: 60_000,
  })
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
