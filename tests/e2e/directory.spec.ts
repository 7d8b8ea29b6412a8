import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'

const PEOPLE_CSV = fileURLToPath(new URL('../fixtures/import/personnes-avec-erreurs.csv', import.meta.url))

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections de l’annuaire' })

async function createOrganisation(page: Page, name: string, acronym: string, side: string): Promise<void> {
  await page.getByRole('button', { name: 'Nouvelle organisation' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle organisation' })
  await dialog.getByLabel('Nom', { exact: true }).fill(name)
  await dialog.getByLabel('Sigle').fill(acronym)
  await dialog.getByLabel('Collège').selectOption({ label: side })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
}

/** Opens « Nouvelle personne » and fills the person's own fields. */
async function startPerson(
  page: Page,
  p: { civility: string; firstName: string; lastName: string; function: string },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle personne' })
  await dialog.getByLabel('Civilité').selectOption(p.civility)
  await dialog.getByLabel('Prénom').fill(p.firstName)
  await dialog.getByLabel('Nom', { exact: true }).fill(p.lastName)
  await dialog.getByLabel('Fonction').fill(p.function)
  return dialog
}

/** Adds a member through the committee page; the dialog is left open when the save is refused. */
async function startMember(
  page: Page,
  search: string,
  index: number,
  role: string,
  start: string,
  end: string,
): Promise<Locator> {
  await page.getByRole('button', { name: 'Ajouter un membre' }).click()
  const dialog = page.getByRole('dialog', { name: 'Ajouter un membre' })
  await dialog.getByLabel('Rechercher une personne').fill(search)
  await dialog.getByLabel('Personne', { exact: true }).selectOption({ index })
  await dialog.getByLabel('Rôle').selectOption({ label: role })
  await dialog.getByLabel('Début du mandat').fill(start)
  await dialog.getByLabel('Fin du mandat').fill(end)
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  return dialog
}

test('organisations, people (a duplicate confirmed), a committee with two members; a mandate ending before it starts is refused', async ({
  page,
  preview,
}) => {
  await page.goto(`${preview.url}#/directory/organisations`)
  await expect(sections(page).getByRole('link', { name: 'Organisations' })).toHaveAttribute('aria-current', 'page')

  // Two organisations of different sides.
  await createOrganisation(page, 'Département de la réforme de l’Administration', 'DRA', 'Administration publique')
  await createOrganisation(page, 'Espace Associatif', '', 'Société civile')
  const organisations = page.getByRole('table', { name: 'Liste des organisations' })
  await expect(organisations.getByRole('row')).toHaveCount(3)
  await expect(organisations.getByRole('row', { name: /Département de la réforme/ })).toContainText(
    'Administration publique',
  )
  await expect(page.getByText('2 organisations')).toBeVisible()

  // The same name, accents and case aside, is refused next to the field, and nothing is added.
  await page.getByRole('button', { name: 'Nouvelle organisation' }).click()
  const again = page.getByRole('dialog', { name: 'Nouvelle organisation' })
  await again.getByLabel('Nom', { exact: true }).fill('DEPARTEMENT de la reforme de l’administration')
  await again.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(again.getByLabel('Nom', { exact: true })).toHaveAccessibleDescription(
    'Une organisation porte déjà ce nom.',
  )
  await page.keyboard.press('Escape')
  await expect(again).toBeHidden()
  await expect(organisations.getByRole('row')).toHaveCount(3)

  // Filter by side.
  await page.getByLabel('Collège').selectOption({ label: 'Société civile' })
  await expect(organisations.getByRole('row')).toHaveCount(2)
  await expect(organisations).toContainText('Espace Associatif')
  await page.getByLabel('Collège').selectOption({ label: 'Tous les collèges' })

  // People: one in an existing organisation, one in an organisation created from the person dialog.
  await sections(page).getByRole('link', { name: 'Personnes', exact: true }).click()
  let dialog = await startPerson(page, {
    civility: 'Mme',
    firstName: 'Sarah',
    lastName: 'Lamrani',
    function: 'Cheffe de division',
  })
  await dialog.getByLabel('Organisation').selectOption({ label: 'Département de la réforme de l’Administration (DRA)' })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()

  dialog = await startPerson(page, {
    civility: 'Mme',
    firstName: 'Nadia',
    lastName: 'Hmaity',
    function: 'Membre du bureau',
  })
  await dialog.getByRole('button', { name: 'Nouvelle organisation' }).click()
  const inline = dialog.getByRole('group', { name: 'Nouvelle organisation' })
  await inline.getByLabel('Nom', { exact: true }).fill('Association Démocratique des Femmes du Maroc')
  await inline.getByLabel('Sigle').fill('ADFM')
  await inline.getByLabel('Collège').selectOption({ label: 'Société civile' })
  await inline.getByRole('button', { name: 'Créer l’organisation' }).click()
  await expect(inline).toBeHidden()
  await expect(dialog.getByLabel('Organisation').locator('option:checked')).toHaveText(
    'Association Démocratique des Femmes du Maroc (ADFM)',
  )
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()

  const people = page.getByRole('table', { name: 'Liste des personnes' })
  await expect(people.getByRole('row', { name: /Mme Nadia HMAITY/ })).toContainText(
    'Association Démocratique des Femmes du Maroc',
  )
  await expect(people.getByRole('row', { name: /Mme Nadia HMAITY/ })).toContainText('Société civile')
  await expect(page.getByText('2 personnes')).toBeVisible()

  // The same name in the same organisation: flagged, « Annuler » saves nothing, « Enregistrer quand même » saves.
  dialog = await startPerson(page, { civility: 'Mme', firstName: 'Sarah', lastName: 'LAMRANI', function: 'Cadre' })
  await dialog.getByLabel('Organisation').selectOption({ label: 'Département de la réforme de l’Administration (DRA)' })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  const warning = dialog.getByRole('alert').filter({ hasText: 'Personne probablement en double' })
  await expect(warning).toContainText('Mme Sarah LAMRANI, Département de la réforme de l’Administration')
  await warning.getByRole('button', { name: 'Annuler' }).click()
  await expect(warning).toBeHidden()
  await expect(dialog).toBeVisible()
  expect(await invoke(preview, 'people/list', {})).toHaveLength(2)
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await warning.getByRole('button', { name: 'Enregistrer quand même' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('3 personnes')).toBeVisible()
  await expect(people.getByRole('row', { name: /Mme Sarah LAMRANI/ })).toHaveCount(2)

  await page.getByLabel('Collège').selectOption({ label: 'Société civile' })
  await expect(people.getByRole('row')).toHaveCount(2)
  await page.getByLabel('Collège').selectOption({ label: 'Tous les collèges' })

  // A committee with its quorum rule; saving opens its page.
  await sections(page).getByRole('link', { name: 'Comités' }).click()
  await page.getByRole('button', { name: 'Nouveau comité' }).click()
  const committeeDialog = page.getByRole('dialog', { name: 'Nouveau comité' })
  await committeeDialog.getByLabel('Nom', { exact: true }).fill('Comité de pilotage du Gouvernement Ouvert')
  await committeeDialog.getByLabel('Sigle').fill('COPIL')
  await committeeDialog.getByLabel('Lieu habituel').fill('Rabat')
  await committeeDialog.getByLabel('Membres présents au minimum').fill('11')
  await committeeDialog.getByLabel('Minimum par collège').fill('3')
  await committeeDialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Comité de pilotage du Gouvernement Ouvert/ })).toBeVisible()
  await expect(page.getByText(/Quorum\s:\s11 membres présents, 3 par collège/)).toBeVisible()

  // Two members.
  dialog = await startMember(page, 'hmaity', 0, 'Membre titulaire', '2020-01-01', '')
  await expect(dialog).toBeHidden()
  dialog = await startMember(page, 'lamrani', 0, 'Président', '2019-09-01', '')
  await expect(dialog).toBeHidden()
  const members = page.getByRole('table', { name: 'Membres du comité' })
  await expect(members.getByRole('row')).toHaveCount(3)
  await expect(members.getByRole('row').nth(1)).toContainText('Président')
  await expect(members.getByRole('row', { name: /Mme Nadia HMAITY/ })).toContainText('depuis le 1er janvier 2020')
  await expect(page.getByTestId('current-members')).toHaveText('2 membres en cours de mandat')
  await expect(page.getByTestId('count-women')).toContainText('2')
  await expect(page.getByTestId('count-men')).toContainText('0')
  await expect(page.getByTestId('count-side-administration')).toContainText('1')
  await expect(page.getByTestId('count-side-societe_civile')).toContainText('1')

  // A mandate that ends before it starts: the message sits under the end date and nothing is saved.
  dialog = await startMember(page, 'lamrani', 1, 'Suppléant', '2024-03-01', '2023-12-31')
  const end = dialog.getByLabel('Fin du mandat')
  await expect(end).toHaveAccessibleDescription(/La fin du mandat doit suivre son début\./)
  await expect(end).toHaveAttribute('aria-invalid', 'true')
  expect((await invoke(preview, 'committees/get', { id: 1 })).members).toHaveLength(2)

  // Corrected, it is saved; then it is edited and removed again.
  await end.fill('2024-12-31')
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
  await expect(members.getByRole('row')).toHaveCount(4)
  const ended = members.getByRole('row', { name: /du 1er mars 2024 au 31 décembre 2024/ })
  await expect(ended).toContainText('Terminé')
  await ended.getByRole('button', { name: /Modifier le mandat/ }).click()
  const edit = page.getByRole('dialog', { name: 'Modifier le membre' })
  await edit.getByLabel('Rôle').selectOption({ label: 'Observateur' })
  await edit.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit).toBeHidden()
  await expect(ended).toContainText('Observateur')
  await ended.getByRole('button', { name: /Retirer/ }).click()
  await page.getByRole('dialog', { name: 'Retirer du comité' }).getByRole('button', { name: 'Retirer' }).click()
  await expect(members.getByRole('row')).toHaveCount(3)
  await expect(page.getByTestId('current-members')).toHaveText('2 membres en cours de mandat')
})

test('an import shows its preview with the three bad rows and writes nothing until confirmed', async ({
  page,
  preview,
}) => {
  const archives = await invoke(preview, 'organisations/save', {
    name: 'Archives du Maroc',
    acronym: '',
    side: 'administration',
  })
  await invoke(preview, 'people/save', {
    civility: 'Mme',
    firstName: 'Houda',
    lastName: 'Bouihi',
    function: '',
    email: '',
    phone: '',
    organisationId: archives.id,
    confirmDuplicate: false,
  })

  await page.goto(`${preview.url}#/directory/people`)
  await expect(page.getByText('1 personne', { exact: true })).toBeVisible()

  await sections(page).getByRole('link', { name: 'Importer des personnes' }).click()
  const file = page.getByLabel('Fichier à importer (.xlsx ou .csv)')
  await file.setInputFiles(PEOPLE_CSV)
  await expect(page.getByTestId('import-create')).toContainText('5')
  await expect(page.getByTestId('import-update')).toContainText('1')
  await expect(page.getByTestId('import-reject')).toContainText('3')

  const rows = page.getByRole('table', { name: 'Lignes du fichier' })
  const row = (n: number) =>
    rows.getByRole('row').filter({ has: page.getByRole('cell', { name: String(n), exact: true }) })
  await expect(row(2)).toContainText('À mettre à jour')
  await expect(row(3)).toContainText('M. Noureddine LASFAR')
  await expect(row(3)).toContainText('nouvelle')
  await expect(row(6)).toContainText(/Colonne Email\s:\sadresse invalide/)
  await expect(row(8)).toContainText(/Colonne Civilité\s:\s«\s?Dr\s?» n’est pas Mme ou M\./)
  await expect(row(10)).toContainText(/Colonne Nom\s:\sobligatoire/)
  for (const n of [6, 8, 10]) await expect(row(n)).toContainText('Rejetée')
  await page.getByLabel('Afficher').selectOption({ label: 'Lignes rejetées' })
  await expect(rows.getByRole('row')).toHaveCount(4)

  // Nothing is written by the preview, nor by « Annuler ».
  expect(await invoke(preview, 'people/list', {})).toHaveLength(1)
  await page.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Import annulé : rien n’a été enregistré.' })).toBeVisible()
  expect(await invoke(preview, 'people/list', {})).toHaveLength(1)

  // Confirmed, the good rows are written.
  await file.setInputFiles(PEOPLE_CSV)
  await page.getByRole('button', { name: 'Importer 6 personnes' }).click()
  await expect(page.getByTestId('import-result')).toHaveText('5 personnes créées · 1 mise à jour · 3 lignes ignorées')
  await page.getByRole('link', { name: 'Voir les personnes' }).click()
  await expect(page.getByText('6 personnes', { exact: true })).toBeVisible()
  const people = page.getByRole('table', { name: 'Liste des personnes' })
  await expect(people.getByRole('row', { name: /M\. Noureddine LASFAR/ })).toContainText(
    'Agence de Développement Numérique',
  )
  await expect(people.getByRole('row', { name: /Mme Houda BOUIHI/ })).toContainText('Cheffe de service des archives')
  await expect(people).not.toContainText('CHENTOUF')
  await expect(people).not.toContainText('NECH-NACH')
})
