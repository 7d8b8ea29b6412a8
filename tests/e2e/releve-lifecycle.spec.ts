import { test, expect } from './preview'
import { invoke } from './api'
import { seedReleve20200715 } from './meetings-seed'
import { openApp, saved } from './meetings-helpers'

test('a relevé is diffused, adopted at the next meeting, locked in the editor, then corrected by an erratum', async ({ page, preview }) => {
  // Each adoption builds the relevé and the editor reads the meeting again: a long walk on a loaded machine.
  test.setTimeout(300_000)
  const meeting = await seedReleve20200715(preview)
  const next = await invoke(preview, 'meetings/createFromPrevious', { previousId: meeting.id, dates: [{ date: '2020-10-02' }] })
  const panel = page.getByRole('region', { name: 'Cycle du relevé' })

  // Diffused for comments.
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await expect(panel.getByText('Brouillon', { exact: true })).toBeVisible({ timeout: 30_000 })
  // The header's « Statut du relevé » only shows the lifecycle: no switch can mark the relevé adopted.
  const status = page.getByLabel('Statut du relevé')
  await expect(status).toHaveValue('Brouillon')
  await expect(status).not.toBeEditable()
  await expect(page.getByRole('radio', { name: 'Adopté' })).toHaveCount(0)
  await panel.getByLabel('Envoyé le').fill('20/07/2020')
  await panel.getByLabel('Destinataires').fill('Membres du COPIL')
  await panel.getByLabel('Observations attendues jusqu’au').fill('31/07/2020')
  await panel.getByRole('button', { name: 'Enregistrer la diffusion' }).click()
  await expect(panel.getByText('Diffusé pour observations', { exact: true })).toBeVisible()
  await expect(panel).toContainText('à Membres du COPIL — observations jusqu’au 31 juillet 2020')
  await expect(status).toHaveValue('Diffusé pour observations le 20 juillet 2020')

  // The next meeting offers its approval, and adopts it there.
  await openApp(page, preview, `#/meetings/${next.id}`)
  const offer = panel.getByRole('listitem').filter({ hasText: 'Approbation du relevé de la réunion du mercredi 15 juillet 2020' })
  await expect(offer).toContainText('Diffusé pour observations', { timeout: 30_000 })
  await offer.getByRole('button', { name: 'Ajouter à l’ordre du jour' }).click()
  // Exact: « Ajouter à l’ordre du jour » of the editor read before would match too, and that editor is replaced.
  await expect(offer.getByText('À l’ordre du jour', { exact: true })).toBeVisible({ timeout: 30_000 })
  await offer.getByRole('button', { name: 'Adopter lors de cette réunion' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Adopter lors de cette réunion' }).click()
  await expect(panel).toContainText('Relevé de la réunion du 15 juillet 2020 adopté (version 1) : décision ajoutée à cette réunion.', { timeout: 60_000 })
  await expect(page.getByTestId('decision-1').getByRole('textbox')).toContainText('Le relevé de la réunion du mercredi 15 juillet 2020 est adopté.')

  // The adopted meeting is locked: banner, read-only sections.
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  const lock = page.getByTestId('releve-locked')
  await expect(lock).toContainText('Relevé adopté le 2 octobre 2020 (version 1) : il est verrouillé', { timeout: 30_000 })
  await expect(lock).toContainText('Adopté lors de la réunion du 2 octobre 2020.', { timeout: 30_000 })
  await expect(lock).toContainText('ouvrez un erratum')
  await expect(lock).toContainText(/Empreinte SHA-256 : [0-9a-f]{64}/)
  await expect(status).toHaveValue('Adopté le 2 octobre 2020 (version 1)')
  // Greyed and announced as unavailable, but still readable (not hidden from assistive technology).
  const sections = page.getByTestId('editor-sections')
  await expect(lock).toContainText('Les sections ci-dessous sont en lecture seule')
  await expect(sections).toHaveAttribute('aria-disabled', 'true')
  await expect(page.getByLabel('Titre', { exact: true })).toBeDisabled()
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('Réunion du Comité de pilotage')
  const firstDiscussion = sections.locator('.rte__content').first()
  await expect(firstDiscussion).toHaveAttribute('aria-readonly', 'true')
  await expect(firstDiscussion).toHaveAttribute('contenteditable', 'false')
  await firstDiscussion.click({ force: true })
  await page.keyboard.type('xyz')
  await expect(firstDiscussion).not.toContainText('xyz')
  await page.screenshot({ path: 'test-results/e2e/releve-locked.png', fullPage: false })

  // An erratum: reason, the relevé editable again, adopted as version 2, the change shown.
  await lock.getByRole('button', { name: 'Ouvrir un erratum' }).click()
  await lock.getByLabel('Motif de l’erratum').fill('Coquille dans le titre')
  await lock.getByRole('button', { name: 'Ouvrir l’erratum' }).click()
  await expect(panel).toContainText('Erratum en cours (Coquille dans le titre)', { timeout: 30_000 })
  await expect(status).toHaveValue('Erratum en cours sur la version 1 adoptée le 2 octobre 2020')
  await expect(page.getByTestId('editor-sections')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 })
  await expect(page.getByTestId('editor-sections').locator('.rte__content').first()).toHaveAttribute('contenteditable', 'true')
  const title = page.getByLabel('Titre', { exact: true })
  await title.fill('Réunion du Comité de pilotage du Gouvernement Ouvert')
  await saved(page)
  await panel.getByRole('button', { name: 'Changements depuis la version 1 (relevé actuel)' }).click()
  await expect(panel.locator('.lifecycle-diff__line--added')).toContainText(['+ Réunion du Comité de pilotage du Gouvernement Ouvert'])
  await panel.getByRole('button', { name: 'Adopter l’erratum' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Adopter l’erratum' }).click()
  await expect(page.getByTestId('releve-locked')).toContainText('(version 2)', { timeout: 60_000 })
  await expect(panel).toContainText('Version 2 — adoptée le', { timeout: 30_000 })
  await expect(panel).toContainText('motif : Coquille dans le titre', { timeout: 30_000 })
  await panel.getByRole('button', { name: 'Changements depuis la version 1', exact: true }).click()
  await expect(panel.locator('.lifecycle-diff__line--removed')).toContainText(['− Réunion du Comité de pilotage'])
  await expect(panel.locator('.lifecycle-diff__line--added')).toContainText(['+ Réunion du Comité de pilotage du Gouvernement Ouvert'])
  await panel.getByRole('button', { name: 'Lire la version 1' }).click()
  await expect(panel.getByRole('region', { name: 'Lire la version 1' })).toContainText('Réunion du Comité de pilotage')
  await panel.screenshot({ path: 'test-results/e2e/releve-erratum.png' })
})

test('« Vérifier un PDF de relevé » in Paramètres accepts the adopted PDF and rejects the draft exported before', async ({ page, preview }) => {
  test.setTimeout(300_000)
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Charger l’exemple' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible({ timeout: 60_000 })
  const exportPdf = async (name: string) => {
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Exporter en PDF' }).click()
    const file = `${preview.dir}/${name}`
    await (await downloading).saveAs(file)
    return file
  }
  const draft = await exportPdf('projet.pdf')
  const panel = page.getByRole('region', { name: 'Cycle du relevé' })
  await panel.getByLabel('Date d’adoption').fill('02/10/2020')
  await panel.getByRole('button', { name: 'Adopter le relevé' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Adopter le relevé' }).click()
  await expect(page.getByTestId('releve-locked')).toContainText('Relevé adopté le 2 octobre 2020 (version 1)', { timeout: 60_000 })
  const adopted = await exportPdf('adopte.pdf')

  await page.goto(`${preview.url}#/settings`)
  const section = page.getByRole('region', { name: 'Vérifier un PDF de relevé' })
  await section.getByLabel('PDF du relevé à vérifier').setInputFiles(adopted)
  await expect(section.getByTestId('verify-report')).toContainText(
    'PDF conforme : version 1 du relevé de la réunion du mercredi 15 juillet 2020, adoptée le 2 octobre 2020',
  )
  await section.screenshot({ path: 'test-results/e2e/verify-adopted.png' })
  await section.getByLabel('PDF du relevé à vérifier').setInputFiles(draft)
  await expect(section.getByTestId('verify-report')).toContainText('Ce PDF n’est pas une version adoptée')
})
