import { mkdirSync } from 'node:fs'
import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee, seedReleve20200715 } from './meetings-seed'
import { MEMBERS, header, mark, openApp, row, saved } from './meetings-helpers'

test('the next meeting is prepared from the previous one, from the editor and from the list', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const first = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: {
      title: 'Réunion du Comité de pilotage',
      kind: 'ordinaire',
      mode: 'distance',
      place: '',
      videoTool: 'Zoom',
      notes: '',
      status: 'adopte',
      dates: [{ date: '2020-07-15', startTime: '10:00', endTime: '12:00' }],
    },
  })
  await invoke(preview, 'agenda/save', {
    meetingId: first.id,
    title: 'Suivi du plan d’action',
    presenter: 'DRA',
    standing: true,
  })
  await invoke(preview, 'agenda/save', {
    meetingId: first.id,
    title: 'Programme d’assistance du NDI',
    presenter: '',
    standing: false,
  })
  for (const e of first.attendance)
    await invoke(preview, 'attendance/set', {
      meetingId: first.id,
      personId: e.personId,
      status: 'present',
      representedBy: '',
    })

  await openApp(page, preview, `#/meetings/${first.id}`)
  await page.getByRole('button', { name: 'Préparer la réunion suivante' }).click()
  const dialog = page.getByRole('dialog', { name: 'Préparer la réunion suivante' })
  await dialog.getByLabel('Date', { exact: true }).fill('2020-09-16')
  await dialog.getByRole('button', { name: 'Créer la réunion suivante' }).click()
  await expect(page).not.toHaveURL(new RegExp(`#/meetings/${first.id}$`))
  await expect(page.locator('.editor__meta')).toContainText('mercredi 16 septembre 2020')
  await expect(page.getByLabel('Intitulé du point 1')).toHaveValue('Suivi du plan d’action')
  await expect(page.getByLabel('Intitulé du point 2')).toHaveCount(0)
  await expect(page.getByTestId('count-present')).toHaveText('0')
  await expect(page.getByTestId('attendance-counts')).toContainText('2 à confirmer')

  await page.getByRole('link', { name: 'Réunions', exact: true }).first().click()
  await expect(page.getByRole('row')).toHaveCount(3)
  await page.getByRole('button', { name: 'Nouvelle réunion' }).click()
  const create = page.getByRole('dialog', { name: 'Nouvelle réunion' })
  await expect(create.getByLabel('Comité')).toBeFocused()
  await create.getByLabel('À partir de la réunion précédente').check()
  await expect(create).toContainText('repris de la réunion du mercredi 16 septembre 2020')
  await expect(create.getByLabel('Titre')).toHaveCount(0)
  await create.getByLabel('Date', { exact: true }).fill('2020-11-04')
  await create.getByRole('button', { name: 'Créer la réunion' }).click()
  await expect(page.locator('.editor__meta')).toContainText('mercredi 4 novembre 2020')
  await expect(page.getByLabel('Intitulé du point 1')).toHaveValue('Suivi du plan d’action')
  await expect(page.getByLabel('Outil de visioconférence')).toHaveValue('Zoom')
})

test('guests are added from the directory or created on the spot, and deletions ask first', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  // Someone of the directory who is not a member.
  const ndi = await invoke(preview, 'organisations/save', {
    name: 'National Democratic Institute (NDI)',
    acronym: 'NDI',
    side: 'partenaire',
  })
  await invoke(preview, 'people/save', {
    civility: 'M.',
    firstName: 'Youssef',
    lastName: 'AJNAH',
    function: '',
    email: '',
    phone: '',
    organisationId: ndi.id,
    confirmDuplicate: false,
  })
  const meeting = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: header(),
  })
  await invoke(preview, 'agenda/save', {
    meetingId: meeting.id,
    title: 'Point à retirer',
    presenter: '',
    standing: false,
  })
  await openApp(page, preview, `#/meetings/${meeting.id}`)

  await page.getByLabel('Rechercher dans l’annuaire').fill('ajnah')
  await page
    .getByRole('list', { name: 'Personnes trouvées' })
    .getByRole('button', { name: /Ajouter comme présent/ })
    .click()
  // The meeting has been held: whoever is added was there.
  await expect(mark(row(page, 'AJNAH'), 'Présent')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('count-side-partenaire')).toContainText('1')

  // The same name in the same organisation: warned, then created anyway.
  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  const form = page.getByRole('form', { name: 'Nouvelle personne' })
  await form.getByLabel('Civilité').selectOption('M.')
  await form.getByLabel('Prénom').fill('Youssef')
  await form.getByLabel('Nom', { exact: true }).fill('Ajnah')
  await form.getByLabel('Organisation').selectOption({ label: 'National Democratic Institute (NDI)' })
  await form.getByRole('button', { name: 'Créer et ajouter' }).click()
  await expect(form).toContainText('Cette personne existe peut-être déjà')
  await form.getByRole('button', { name: 'Créer quand même une nouvelle fiche' }).click()
  await expect(row(page, 'Ajnah')).toHaveCount(2)
  await saved(page)

  // Removing a guest and deleting an agenda item both ask for confirmation.
  // Both homonyms read « M. Youssef AJNAH », surname in capitals as in the relevé.
  const removeAjnah = page.getByRole('button', { name: 'Retirer M. Youssef AJNAH de la liste', exact: true })
  await expect(removeAjnah).toHaveCount(2)
  await removeAjnah.first().click()
  const confirm = page.getByRole('dialog', { name: 'Retirer cette personne ?' })
  await expect(confirm.getByRole('button', { name: 'Supprimer' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Annuler' }).click()
  await expect(row(page, 'Ajnah')).toHaveCount(2)
  await removeAjnah.last().click()
  await confirm.getByRole('button', { name: 'Supprimer' }).click()
  await expect(row(page, 'Ajnah')).toHaveCount(1)
  await page.getByRole('button', { name: 'Supprimer le point 1' }).click()
  await page
    .getByRole('dialog', { name: 'Supprimer ce point de l’ordre du jour ?' })
    .getByRole('button', { name: 'Supprimer' })
    .click()
  await expect(page.getByLabel('Intitulé du point 1')).toHaveCount(0)
  expect((await invoke(preview, 'meetings/get', { id: meeting.id })).agenda).toEqual([])
})

test('agenda items are reordered by dragging their handle, and the order is saved', async ({ page, preview }) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 1))
  const meeting = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: header(),
  })
  for (const title of ['Premier point', 'Deuxième point', 'Troisième point']) {
    await invoke(preview, 'agenda/save', { meetingId: meeting.id, title, presenter: '', standing: false })
  }
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  const handle = page.getByRole('button', { name: 'Déplacer le point 3 (ou Alt+↑ / Alt+↓)' })
  const target = page.getByTestId('agenda-item-1')
  await handle.scrollIntoViewIfNeeded()
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('les éléments à déplacer ne sont pas visibles')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, to.y + 10, { steps: 12 })
  await page.mouse.up()
  await expect(page.getByLabel('Intitulé du point 1')).toHaveValue('Troisième point')
  await expect(page.getByLabel('Intitulé du point 2')).toHaveValue('Premier point')
  await saved(page)
  const stored = await invoke(preview, 'meetings/get', { id: meeting.id })
  expect(stored.agenda.map((a) => a.title)).toEqual(['Troisième point', 'Premier point', 'Deuxième point'])
})

test('hundreds of meetings: the list shows them fifty at a time, a page from the database each, and filters by year', async ({ page, preview }) => {
  test.setTimeout(120_000)
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 1))
  for (let i = 0; i < 230; i += 1) {
    const year = 2010 + (i % 10)
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    await invoke(preview, 'meetings/create', {
      committeeId: committee.id,
      header: {
        title: i === 16 ? 'Atelier de co-création' : `Réunion n° ${i + 1}`,
        kind: 'ordinaire',
        mode: 'presentiel',
        place: '',
        videoTool: '',
        notes: '',
        status: i % 3 === 0 ? 'adopte' : 'brouillon',
        dates: [{ date, startTime: null, endTime: null }],
      },
    })
  }
  await openApp(page, preview)
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions' })).toBeVisible()
  await expect(page.getByText('230 réunions')).toBeVisible()
  const body = page.locator('.meetings-table tbody tr')
  await expect(body).toHaveCount(50)
  await page.getByRole('button', { name: 'Afficher plus (180 restantes)' }).click()
  await expect(body).toHaveCount(100)
  await page.getByLabel('Année').selectOption('2013')
  await expect(page.getByText('23 réunions')).toBeVisible()
  await expect(body).toHaveCount(23)
  await page.getByLabel('Statut').selectOption({ label: 'Adopté' })
  await expect(body.first()).toContainText('Adopté')
  await page.getByLabel('Année').selectOption('')
  await page.getByLabel('Statut').selectOption('')
  await page.getByLabel('Rechercher un titre').fill('co-creation')
  await expect(body).toHaveCount(1)
  await expect(body.first()).toContainText('Atelier de co-création')
})

test('the list and the editor of the 15 July 2020 meeting, as screenshots', async ({ page, preview }) => {
  test.setTimeout(120_000)
  const meeting = await seedReleve20200715(preview)
  mkdirSync('test-results/screens', { recursive: true })
  await openApp(page, preview)
  await expect(page.getByRole('row').filter({ hasText: 'mercredi 15 juillet 2020' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/meetings-list.png' })
  await page.getByRole('link', { name: 'Réunion du Comité de pilotage' }).first().click()
  await expect(page.getByTestId('count-present')).toHaveText('20')
  await page.screenshot({ path: 'test-results/screens/editor-header.png' })
  const nav = page.getByRole('navigation', { name: 'Sections du relevé' })
  for (const [section, file] of [
    ['Participants', 'editor-participants'],
    ['Ordre du jour', 'editor-agenda'],
    ['Points discutés', 'editor-discussions'],
    ['Points arrêtés', 'editor-decisions'],
    ['Prochaines étapes', 'editor-next-steps'],
  ] as const) {
    await nav.getByRole('button', { name: section }).click()
    await expect(nav.getByRole('button', { name: section })).toHaveAttribute('aria-current', 'location')
    await page.waitForTimeout(700)
    await page.screenshot({ path: `test-results/screens/${file}.png` })
  }
  await nav.getByRole('button', { name: 'Participants' }).click()
  await page.getByLabel('Rechercher dans l’annuaire').fill('ahmed')
  await page.getByRole('button', { name: 'Nouvelle personne' }).click()
  await expect(page.getByRole('list', { name: 'Personnes trouvées' })).toBeVisible()
  await page.locator('.add-person').evaluate((element) => element.scrollIntoView({ block: 'end' }))
  await page.screenshot({ path: 'test-results/screens/editor-add-person.png' })
  await page.getByRole('link', { name: 'Réunions', exact: true }).first().click()
  await page.getByRole('button', { name: 'Nouvelle réunion' }).click()
  await page.getByRole('dialog', { name: 'Nouvelle réunion' }).getByRole('button', { name: 'Ajouter une date' }).click()
  await page.screenshot({ path: 'test-results/screens/new-meeting-dialog.png' })
  expect(meeting.decisions).toHaveLength(8)
})
