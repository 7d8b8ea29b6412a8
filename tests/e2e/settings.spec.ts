import { test, expect } from './preview'

test('Paramètres: the document header is saved, a backup is taken now and restored after showing what it holds', async ({ page, preview }) => {
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Charger l’exemple' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click()

  await page.getByLabel('Ligne 1 de l’en-tête').fill('Royaume du Maroc — Gouvernement ouvert')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Ligne 1 de l’en-tête')).toHaveValue('Royaume du Maroc — Gouvernement ouvert')

  const backups = page.getByRole('region', { name: 'Sauvegardes' })
  await backups.getByRole('button', { name: 'Sauvegarder maintenant' }).click()
  await expect(backups.getByText('Sauvegarde créée.')).toBeVisible()
  const manual = backups.getByRole('row').filter({ hasText: 'Manuelle' })
  await expect(manual).toHaveCount(1)

  await manual.getByRole('button', { name: 'Restaurer…' }).click()
  const confirm = page.getByRole('alertdialog')
  await expect(confirm).toContainText('1 réunion, ')
  await expect(confirm).toContainText('Dernière réunion : mercredi 15 juillet 2020')
  await confirm.getByRole('button', { name: 'Restaurer', exact: true }).click()
  await expect(backups.getByText(/Sauvegarde restaurée/)).toBeVisible()
  await expect(backups.getByRole('row').filter({ hasText: 'Avant restauration' })).toHaveCount(1)
})

const LETTERHEAD = ['Royaume du Maroc', 'Ministère de l’Économie et des Finances', 'Département de la Réforme de l’Administration']

test('Paramètres: three letterhead lines are kept after a reload; a line too long is refused in French and nothing is lost', async ({ page, preview }) => {
  // Paramètres needs no meeting: straight from the welcome screen.
  await page.goto(preview.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Copil' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click()

  for (const [i, line] of LETTERHEAD.entries()) await page.getByLabel(`Ligne ${i + 1} de l’en-tête`).fill(line)
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  await page.reload()
  for (const [i, line] of LETTERHEAD.entries()) await expect(page.getByLabel(`Ligne ${i + 1} de l’en-tête`)).toHaveValue(line)
  await page.getByRole('region', { name: 'Documents' }).screenshot({ path: 'test-results/settings-letterhead.png' })

  const long = 'Direction '.repeat(13).trim()
  await page.getByLabel('Ligne 3 de l’en-tête').fill(long)
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Documents' }).getByRole('status')).toHaveText(/^La ligne 3 de l’en-tête compte 129 caractères : 120 au plus\./)
  // What was typed stays in the field; what was saved stays saved.
  await expect(page.getByLabel('Ligne 3 de l’en-tête')).toHaveValue(long)
  await expect(page.getByLabel('Ligne 3 de l’en-tête')).toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect(page.getByLabel('Ligne 3 de l’en-tête')).toHaveValue(LETTERHEAD[2] ?? '')
})
