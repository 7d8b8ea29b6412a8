import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, header, openApp, saved } from './meetings-helpers'

test('an introduction and a next step’s details typed with a list, and a remote meeting’s Lieu, are there after a reload', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  const committee = await seedCommittee(preview, MEMBERS)
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await invoke(preview, 'nextSteps/save', { meetingId: meeting.id, text: 'Réunion préparatoire des webinaires', dueText: '07/09/2020' })
  await openApp(page, preview, `#/meetings/${meeting.id}`)

  // A remote meeting still offers « Lieu », optional.
  const place = page.getByLabel('Lieu', { exact: true })
  await expect(place).toBeVisible()
  await place.fill('Siège du Département de la réforme de l’Administration, Rabat')

  // The introduction: bold words, then a bullet list started with « - ».
  const intro = page.getByTestId('introduction-editor')
  await intro.click()
  await page.keyboard.type('La séance a été ouverte par ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('Mme Sarah LAMRANI')
  await page.keyboard.press('Control+b')
  await page.keyboard.type(', qui a rappelé :')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- le contexte sanitaire')
  await page.keyboard.press('Enter')
  await page.keyboard.type('les nouveaux délais de l’OGP')

  // The next step's details, opened on demand, with a list.
  await expect(page.getByTestId('next-step-details-1')).toHaveCount(0)
  await page.getByRole('button', { name: 'Ajouter des détails à l’étape 1' }).click()
  const details = page.getByTestId('next-step-details-1')
  await expect(details).toBeFocused()
  await page.keyboard.type('- Finalisation de la liste des thématiques')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Ciblage des participants')
  await saved(page)
  await page.getByTestId('introduction').screenshot({ path: 'test-results/e2e/introduction-editor.png' })
  await page.getByTestId('next-step-1').screenshot({ path: 'test-results/e2e/next-step-details.png' })

  await page.reload()
  await expect(page.getByTestId('introduction-editor').locator('strong')).toHaveText('Mme Sarah LAMRANI')
  await expect(page.getByTestId('introduction-editor').locator('li')).toHaveText(['le contexte sanitaire', 'les nouveaux délais de l’OGP'])
  await expect(page.getByTestId('introduction-editor')).toContainText('La séance a été ouverte par Mme Sarah LAMRANI, qui a rappelé :')
  await expect(page.getByTestId('next-step-details-1').locator('li')).toHaveText([
    'Finalisation de la liste des thématiques',
    'Ciblage des participants',
  ])
  await expect(page.getByTestId('next-step-1').getByRole('textbox', { name: 'Étape 1', exact: true })).toHaveValue(
    'Réunion préparatoire des webinaires',
  )
  await expect(page.getByLabel('Lieu', { exact: true })).toHaveValue('Siège du Département de la réforme de l’Administration, Rabat')
  await page.screenshot({ path: 'test-results/e2e/introduction-after-reload.png', fullPage: true })
})
