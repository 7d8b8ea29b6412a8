import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, decisionText, discussion, header, mark, meetingIdFromUrl, openApp, row, saved } from './meetings-helpers'
import { richToPlainText } from '../../shared/domain/rich-text'

test('the secretariat writes a whole relevé, and every field is there after a restart', async ({ page, preview }) => {
  test.setTimeout(120_000)
  await seedCommittee(preview, MEMBERS, { minPresent: 4, minPerSide: 1 })
  await openApp(page, preview)

  // New meeting over two dates, held remotely.
  await page.getByRole('button', { name: 'Nouvelle réunion' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' })
  await expect(dialog.getByLabel('Titre')).toHaveValue('Réunion du Comité de pilotage')
  await dialog.getByLabel('Date', { exact: true }).fill('2020-07-15')
  await dialog.getByLabel('Début', { exact: true }).fill('10:00')
  await dialog.getByLabel('Fin', { exact: true }).fill('12:30')
  await dialog.getByRole('button', { name: 'Ajouter une date' }).click()
  await dialog.getByLabel('Date 2', { exact: true }).fill('2020-07-16')
  await dialog.getByText('À distance', { exact: true }).click()
  await dialog.getByLabel('Outil de visioconférence').fill('Zoom')
  await dialog.getByRole('button', { name: 'Créer la réunion' }).click()
  const id = await meetingIdFromUrl(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()
  await expect(page.locator('.editor__meta')).toContainText('mercredi 15 et jeudi 16 juillet 2020')

  // Attendance: by click and by key; counts follow.
  const counts = page.getByTestId('attendance-counts')
  await expect(page.getByTestId('count-present')).toHaveText('0')
  await expect(page.getByTestId('quorum')).toHaveText('Quorum non atteint')
  await mark(row(page, 'Lamrani'), 'Présent').click()
  await row(page, 'LASFAR').focus()
  await page.keyboard.press('p')
  await row(page, 'Benkirane').focus()
  await page.keyboard.press('e')
  await mark(row(page, 'MILIC'), 'Présent').click()
  await row(page, 'Bernoussi').focus()
  await page.keyboard.press('r')
  await expect(page.getByLabel('M. Ahmed Bernoussi représenté(e) par')).toBeFocused()
  await page.keyboard.type('M. Karim Alaoui')
  await expect(page.getByTestId('count-present')).toHaveText('4')
  await expect(page.getByTestId('count-side-administration')).toContainText('2')
  await expect(page.getByTestId('count-side-societe_civile')).toContainText('1')
  await expect(page.getByTestId('count-side-partenaire')).toContainText('1')
  await expect(page.getByTestId('count-women')).toHaveText('Femmes 1')
  await expect(page.getByTestId('count-men')).toHaveText('Hommes 3')
  await expect(counts.getByTestId('quorum')).toHaveText('Quorum atteint')

  // Agenda: three items, the third moved up with Alt+↑.
  const agendaTitles = [
    'État d’avancement du plan d’action national',
    'Co-création du 2e plan d’action',
    'Programme d’assistance du NDI',
  ]
  for (const title of agendaTitles) {
    await page.getByRole('button', { name: 'Ajouter un point', exact: true }).click()
    const n = agendaTitles.indexOf(title) + 1
    await expect(page.getByLabel(`Intitulé du point ${n}`)).toBeFocused()
    await page.keyboard.type(title)
  }
  await page.getByTestId('agenda-item-2').getByLabel('Présenté par').fill('DRA')
  await page.getByTestId('agenda-item-2').getByLabel('Point permanent').check()
  await page.getByLabel('Intitulé du point 3').focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(page.getByText('Point 3 déplacé en position 2 sur 3.')).toBeAttached()
  await expect(page.getByLabel('Intitulé du point 2')).toHaveValue('Programme d’assistance du NDI')
  await expect(page.getByLabel('Intitulé du point 2')).toBeFocused()
  const order = [agendaTitles[0], agendaTitles[2], agendaTitles[1]]

  // Discussions: a table in item 1, a bulleted list with a second level in item 3.
  await discussion(page, 1).click()
  await page.getByTestId('discussion-1').getByRole('button', { name: 'Insérer un tableau' }).click()
  const cells = [
    'Engagement',
    'État d’avancement',
    'Nouvelle planification',
    '1',
    'Complété 100 %',
    'Réalisé',
    '3',
    'Avancement 70 %',
    '19-27 octobre 2020',
  ]
  for (const [index, text] of cells.entries()) {
    await page.keyboard.type(text)
    if (index < cells.length - 1) await page.keyboard.press('Tab')
  }
  await page.getByTestId('discussion-1').getByRole('button', { name: 'Ajouter une ligne' }).click()
  await page.keyboard.press('Tab')
  await page.keyboard.type('4')

  await discussion(page, 3).click()
  await page.getByTestId('discussion-3').getByRole('button', { name: 'Liste à puces' }).click()
  await page.keyboard.type('Rappel des étapes validées le 31/10/2019 ;')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Adaptation du plan de communication :')
  await page.keyboard.press('Enter')
  await page.getByTestId('discussion-3').getByRole('button', { name: 'Augmenter le retrait (Tab)' }).click()
  await page.keyboard.type('Charte graphique dédiée')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Campagne de communication digitale')

  // Decisions, reordered with the keyboard.
  await page.getByRole('button', { name: 'Ajouter un point arrêté' }).click()
  await expect(decisionText(page, 1)).toBeFocused()
  await page.keyboard.type('Inciter les organismes publics à rattraper le retard.')
  await page
    .getByTestId('decision-1')
    .getByLabel('Rattaché au point')
    .selectOption({ label: `1. ${agendaTitles[0]}` })
  await page.getByRole('button', { name: 'Ajouter un point arrêté' }).click()
  await expect(decisionText(page, 2)).toBeFocused()
  // « - » at the start of a line opens a bullet list, as in the discussions.
  await page.keyboard.type('Collecte des propositions (octobre 2020) :\n- plateforme électronique\nwebinaires thématiques')
  await page.getByTestId('decision-2').getByRole('button', { name: 'Déplacer le point arrêté 2 (ou Alt+↑ / Alt+↓)' }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(decisionText(page, 1)).toContainText(/^Collecte des propositions/)

  // Next steps with a fuzzy due date.
  await page.getByRole('button', { name: 'Ajouter une étape' }).click()
  await expect(page.getByLabel('Étape 1', { exact: true })).toBeFocused()
  await page.keyboard.type('Réunion avec NDI sur le programme d’appui')
  await page.getByTestId('next-step-1').getByLabel('Échéance').fill('fin juillet 2020')
  await expect(page.getByTestId('due-feedback-1')).toHaveText('compris : fin juillet 2020')
  await page.getByTestId('next-step-1').getByLabel('Responsable (texte libre)').fill('Secrétariat')
  await page.getByRole('button', { name: 'Ajouter une étape' }).click()
  await expect(page.getByLabel('Étape 2', { exact: true })).toBeFocused()
  await page.keyboard.type('Lancement de la plateforme de co-création')
  await page.getByTestId('next-step-2').getByLabel('Échéance').fill('dès que possible')
  await expect(page.getByTestId('due-feedback-2')).toHaveText('à préciser')

  await saved(page)
  await preview.restart()
  await openApp(page, preview, `#/meetings/${id}`)

  // Header.
  await expect(page.getByLabel('Titre')).toHaveValue('Réunion du Comité de pilotage')
  await expect(page.getByTestId('date-row-0').getByLabel('Date 1', { exact: true })).toHaveValue('15/07/2020')
  await expect(page.getByTestId('date-row-0').getByLabel('Début (Date 1)', { exact: true })).toHaveValue('10:00')
  await expect(page.getByTestId('date-row-0').getByLabel('Fin (Date 1)', { exact: true })).toHaveValue('12:30')
  await expect(page.getByTestId('date-row-1').getByLabel('Date 2', { exact: true })).toHaveValue('16/07/2020')
  await expect(page.getByLabel('Outil de visioconférence')).toHaveValue('Zoom')
  await expect(page.getByRole('radio', { name: 'À distance' })).toBeChecked()

  // Attendance and counts.
  await expect(mark(row(page, 'Lamrani'), 'Présent')).toHaveAttribute('aria-pressed', 'true')
  await expect(mark(row(page, 'LASFAR'), 'Présent')).toHaveAttribute('aria-pressed', 'true')
  await expect(mark(row(page, 'Benkirane'), 'Excusé')).toHaveAttribute('aria-pressed', 'true')
  await expect(mark(row(page, 'MILIC'), 'Présent')).toHaveAttribute('aria-pressed', 'true')
  await expect(mark(row(page, 'Bernoussi'), 'Représenté')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('M. Ahmed Bernoussi représenté(e) par')).toHaveValue('M. Karim Alaoui')
  await expect(page.getByTestId('count-present')).toHaveText('4')

  // Agenda, in order.
  for (const [index, title] of order.entries())
    await expect(page.getByLabel(`Intitulé du point ${index + 1}`)).toHaveValue(title ?? '')
  await expect(page.getByTestId('agenda-item-3').getByLabel('Présenté par')).toHaveValue('DRA')
  await expect(page.getByTestId('agenda-item-3').getByLabel('Point permanent')).toBeChecked()

  // The table, cell by cell, with the added row.
  const rows = discussion(page, 1).locator('table tr')
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(0).locator('th, td')).toHaveText(cells.slice(0, 3))
  await expect(rows.nth(1).locator('th, td')).toHaveText(cells.slice(3, 6))
  await expect(rows.nth(2).locator('th, td')).toHaveText(cells.slice(6, 9))
  await expect(rows.nth(3).locator('th, td').first()).toHaveText('4')

  // The list and its second level.
  await expect(discussion(page, 3).locator(':scope > ul > li > p')).toHaveText([
    'Rappel des étapes validées le 31/10/2019 ;',
    'Adaptation du plan de communication :',
  ])
  await expect(discussion(page, 3).locator(':scope > ul > li > ul > li')).toHaveText([
    'Charte graphique dédiée',
    'Campagne de communication digitale',
  ])

  // Decisions and next steps, in order.
  await expect(decisionText(page, 1).locator('p').first()).toHaveText('Collecte des propositions (octobre 2020) :')
  await expect(decisionText(page, 1).locator('ul > li')).toHaveText(['plateforme électronique', 'webinaires thématiques'])
  await expect(decisionText(page, 2)).toHaveText('Inciter les organismes publics à rattraper le retard.')
  await expect(page.getByTestId('decision-2').getByLabel('Rattaché au point')).toHaveValue(
    String((await invoke(preview, 'meetings/get', { id })).agenda[0]?.id),
  )
  await expect(page.getByLabel('Étape 1', { exact: true })).toHaveValue('Réunion avec NDI sur le programme d’appui')
  await expect(page.getByTestId('next-step-1').getByLabel('Échéance')).toHaveValue('fin juillet 2020')
  await expect(page.getByTestId('next-step-1').getByLabel('Responsable (texte libre)')).toHaveValue('Secrétariat')
  await expect(page.getByTestId('due-feedback-1')).toHaveText('compris : fin juillet 2020')
  await expect(page.getByTestId('next-step-2').getByLabel('Échéance')).toHaveValue('dès que possible')

  // The list shows the meeting with its counts.
  await page.getByRole('link', { name: 'Réunions', exact: true }).first().click()
  const listed = page.getByRole('row').filter({ hasText: 'Réunion du Comité de pilotage' })
  await expect(listed).toContainText('mercredi 15 et jeudi 16 juillet 2020, de 10 h à 12 h 30')
  await expect(listed.getByRole('cell').nth(5)).toHaveText('4')
  await expect(listed.getByRole('cell').nth(6)).toHaveText('2')
})

test('text typed in a discussion survives a hard kill of the service 1.5 s later', async ({ page, preview }) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: header(),
  })
  await invoke(preview, 'agenda/save', {
    meetingId: meeting.id,
    title: 'Co-création du 2e plan d’action',
    presenter: '',
    standing: false,
  })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await discussion(page, 1).click()
  await page.keyboard.type('Présentation du processus de co-création adapté à la pandémie.')
  await page.waitForTimeout(1500)
  await preview.restart({ hard: true })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await expect(discussion(page, 1)).toHaveText('Présentation du processus de co-création adapté à la pandémie.')
})

test('an edit the service never acknowledged is kept locally, shown again and saved on the next opening', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: header(),
  })
  await invoke(preview, 'decisions/save', { meetingId: meeting.id, agendaItemId: null })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  // The service stops answering saves.
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? ''
    if (body.includes('"decisions/save"')) await route.abort('connectionrefused')
    else await route.continue()
  })
  await decisionText(page, 1).fill('Programmer une réunion avec NDI en juillet 2020.')
  await expect(page.getByTestId('save-indicator')).toHaveText('Échec de l’enregistrement — nouvel essai…', {
    timeout: 10_000,
  })
  await expect(decisionText(page, 1)).toHaveText('Programmer une réunion avec NDI en juillet 2020.')
  // Leaving asks for confirmation while a save is pending.
  let warned = false
  page.on('dialog', (d) => {
    warned = d.type() === 'beforeunload'
    void d.accept()
  })
  await page.unroute('**/api/invoke')
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? ''
    if (body.includes('"decisions/save"')) await route.abort('connectionrefused')
    else await route.continue()
  })
  await page.reload()
  expect(warned).toBe(true)
  await page.unroute('**/api/invoke')
  // Reopened: the draft is back on screen and saved.
  await expect(page.getByRole('status').filter({ hasText: 'saisie non enregistrée a été retrouvée' })).toBeVisible()
  await expect(decisionText(page, 1)).toHaveText('Programmer une réunion avec NDI en juillet 2020.')
  await saved(page)
  const stored = await invoke(preview, 'meetings/get', { id: meeting.id })
  expect(richToPlainText(stored.decisions[0]!.body)).toBe('Programmer une réunion avec NDI en juillet 2020.')
})

test('an end time before the start time is refused next to the field, and nothing is created', async ({
  page,
  preview,
}) => {
  await seedCommittee(preview, MEMBERS.slice(0, 1))
  await openApp(page, preview)
  await page.getByRole('button', { name: 'Nouvelle réunion' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' })
  await dialog.getByLabel('Date', { exact: true }).fill('2020-07-15')
  await dialog.getByLabel('Début', { exact: true }).fill('12:00')
  await dialog.getByLabel('Fin', { exact: true }).fill('10:00')
  await dialog.getByRole('button', { name: 'Créer la réunion' }).click()
  const end = dialog.getByLabel('Fin', { exact: true })
  await expect(end).toHaveAttribute('aria-invalid', 'true')
  await expect(end).toHaveAccessibleDescription('L’heure de fin doit suivre l’heure de début.')
  await expect(dialog.getByTestId('date-row-0')).toContainText('L’heure de fin doit suivre l’heure de début.')
  await expect(dialog).toContainText('La réunion n’a pas été créée : corrigez les champs signalés.')
  await expect(dialog).toBeVisible()
  expect(await invoke(preview, 'meetings/list', {})).toMatchObject({ meetings: [], total: 0 })
})

test('in the editor, a refused header keeps what was typed, says why, and saves once corrected', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 1))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  await page.getByLabel('Début', { exact: true }).fill('12:00')
  await page.getByLabel('Fin', { exact: true }).fill('10:00')
  await expect(page.getByTestId('save-indicator')).toHaveText('Non enregistré : corrigez le champ signalé')
  await expect(page.getByLabel('Fin', { exact: true })).toHaveAccessibleDescription(
    'L’heure de fin doit suivre l’heure de début.',
  )
  expect((await invoke(preview, 'meetings/get', { id: meeting.id })).dates[0]?.endTime).toBeNull()
  await page.getByLabel('Fin', { exact: true }).fill('13:30')
  await saved(page)
  await expect(page.getByLabel('Fin', { exact: true })).not.toHaveAttribute('aria-invalid', 'true')
  expect((await invoke(preview, 'meetings/get', { id: meeting.id })).dates[0]).toEqual({
    date: '2020-07-15',
    startTime: '12:00',
    endTime: '13:30',
  })
})
