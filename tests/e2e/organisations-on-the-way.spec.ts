import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, header, openApp, row } from './meetings-helpers'

test('a person of an organisation not yet in the directory is added from the meeting, organisation and side included', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 3))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  const before = (await invoke(preview, 'organisations/list', {})).length

  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  const form = page.getByRole('form', { name: 'Nouvelle personne' })
  await form.getByLabel('Civilité').selectOption('Mme')
  await form.getByLabel('Prénom').fill('Amina')
  await form.getByLabel('Nom', { exact: true }).fill('Tazi')
  await form.getByRole('button', { name: 'Nouvelle organisation' }).click()
  const inline = form.getByRole('group', { name: 'Nouvelle organisation' })

  // Nothing typed: refused in French, nothing written.
  await inline.getByRole('button', { name: 'Créer l’organisation' }).click()
  await expect(inline.getByRole('alert')).toHaveText('Champ obligatoire.')
  // A name already taken, whatever the accents and case: refused, nothing written, the text kept.
  await inline.getByLabel('Nom de l’organisation').fill('ESPACE associatif')
  await inline.getByRole('button', { name: 'Créer l’organisation' }).click()
  await expect(inline.getByRole('alert')).toHaveText('Une organisation porte déjà ce nom.')
  await expect(inline.getByLabel('Nom de l’organisation')).toHaveValue('ESPACE associatif')
  await expect(form.getByLabel('Nom', { exact: true })).toHaveValue('Tazi')
  expect(await invoke(preview, 'organisations/list', {})).toHaveLength(before)

  // The side follows the name, as the paste preview proposes it.
  const side = inline.getByLabel('Collège')
  await inline.getByLabel('Nom de l’organisation').fill('Ministère de l’Économie et des Finances')
  await expect(side.locator('option:checked')).toHaveText('Administration publique')
  await inline.getByLabel('Nom de l’organisation').fill('Alliance marocaine pour le climat et le développement durable')
  await expect(side.locator('option:checked')).toHaveText('Société civile')
  await inline.getByLabel('Sigle').fill('AMCDD')
  await page.locator('#section-participants').screenshot({ path: 'test-results/e2e/new-organisation-in-meeting.png' })
  await inline.getByRole('button', { name: 'Créer l’organisation' }).click()
  await expect(inline).toBeHidden()

  // The new organisation is chosen, its acronym shown once.
  const organisation = form.getByLabel('Organisation', { exact: true })
  await expect(organisation.locator('option:checked')).toHaveText(
    'Alliance marocaine pour le climat et le développement durable (AMCDD)',
  )
  await form.getByRole('button', { name: 'Créer et ajouter' }).click()
  await expect(row(page, 'Tazi')).toContainText('Alliance marocaine pour le climat et le développement durable')

  const created = (await invoke(preview, 'organisations/list', {})).find((o) => o.acronym === 'AMCDD')
  expect(created).toMatchObject({
    name: 'Alliance marocaine pour le climat et le développement durable',
    side: 'societe_civile',
  })
  const people = await invoke(preview, 'people/list', { search: 'Tazi' })
  expect(people.map((p) => p.organisationId)).toEqual([created?.id])

  // A second person of the same new organisation finds it in the list, without a reload; a side
  // picked by hand stands whatever name is typed next.
  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  const again = page.getByRole('form', { name: 'Nouvelle personne' })
  await again.getByLabel('Nom', { exact: true }).fill('Alaoui')
  await again
    .getByLabel('Organisation', { exact: true })
    .selectOption({ label: 'Alliance marocaine pour le climat et le développement durable (AMCDD)' })
  await again.getByRole('button', { name: 'Nouvelle organisation' }).click()
  const other = again.getByRole('group', { name: 'Nouvelle organisation' })
  await other.getByLabel('Collège').selectOption({ label: 'Partenaire technique et financier' })
  await other.getByLabel('Nom de l’organisation').fill('Association des amis')
  await expect(other.getByLabel('Collège').locator('option:checked')).toHaveText('Partenaire technique et financier')
  await other.getByRole('button', { name: 'Annuler' }).click()
  await again.getByRole('button', { name: 'Créer et ajouter' }).click()
  await expect(row(page, 'ALAOUI')).toContainText('Alliance marocaine pour le climat')
  expect(await invoke(preview, 'organisations/list', {})).toHaveLength(before + 1)
})

test('the directory’s person dialog proposes the side of a new organisation from its name and refuses a taken name', async ({
  page,
  preview,
}) => {
  await invoke(preview, 'organisations/save', { name: 'Transparency Maroc', acronym: 'TM', side: 'societe_civile' })
  await openApp(page, preview, '#/directory/people')
  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle personne' })
  await dialog.getByLabel('Nom', { exact: true }).fill('Berrada')
  await dialog.getByRole('button', { name: 'Nouvelle organisation' }).click()
  const inline = dialog.getByRole('group', { name: 'Nouvelle organisation' })

  await inline.getByLabel('Nom', { exact: true }).fill('transparency maroc')
  await inline.getByRole('button', { name: 'Créer l’organisation' }).click()
  await expect(inline.getByText('Une organisation porte déjà ce nom.').first()).toBeVisible()
  expect(await invoke(preview, 'organisations/list', {})).toHaveLength(1)

  await inline.getByLabel('Nom', { exact: true }).fill('Agence Nationale des Ports')
  await inline.getByLabel('Sigle').fill('ANP')
  await expect(inline.getByLabel('Collège').locator('option:checked')).toHaveText('Administration publique')
  await page.screenshot({ path: 'test-results/e2e/new-organisation-in-directory.png' })
  await inline.getByRole('button', { name: 'Créer l’organisation' }).click()
  await expect(inline).toBeHidden()
  await expect(dialog.getByLabel('Organisation').locator('option:checked')).toHaveText(
    'Agence Nationale des Ports (ANP)',
  )
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
  const [person] = await invoke(preview, 'people/list', { search: 'Berrada' })
  expect(person?.organisationName).toBe('Agence Nationale des Ports')
  const anp = (await invoke(preview, 'organisations/list', {})).find((o) => o.acronym === 'ANP')
  expect(anp?.side).toBe('administration')
})
