import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, header, openApp, row, saved } from './meetings-helpers'

test('the function of a participant is typed in their row and is still there after a reload', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS)
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await openApp(page, preview, `#/meetings/${meeting.id}`)

  const field = page.getByLabel('Fonction de Mme Sarah Lamrani à cette réunion')
  await expect(field).toHaveValue('')
  await field.click()
  await page.keyboard.type('Coordinatrice locale')
  // Letters typed in the field are not taken as attendance shortcuts.
  await expect(row(page, 'Lamrani')).toHaveAttribute('aria-label', /À confirmer$/)
  await saved(page)
  await page.screenshot({ path: 'test-results/e2e/participants-function.png' })

  await page.reload()
  await expect(page.getByLabel('Fonction de Mme Sarah Lamrani à cette réunion')).toHaveValue('Coordinatrice locale')
  const stored = await invoke(preview, 'meetings/get', { id: meeting.id })
  expect(stored.attendance.find((a) => a.lastName === 'Lamrani')?.function).toBe('Coordinatrice locale')
})

test('following the keyboard hint marks every person once, and no badge reads like a status', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS)
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  const hint = page.locator('.attendance-hint')
  await expect(hint).toContainText('P présent, E excusé, A absent, I invité — marque la personne et passe à la suivante')
  await expect(hint).toContainText('↑ ↓ changent de personne sans rien marquer')

  // Five people, P five times from the first: all five present, nobody skipped.
  await page.locator('[data-person-id]').first().focus()
  for (let i = 0; i < MEMBERS.length; i++) await page.keyboard.press('p')
  await expect(page.getByTestId('count-present')).toHaveText(String(MEMBERS.length))
  for (const m of MEMBERS) await expect(row(page, m.lastName)).toHaveAttribute('aria-label', /: Présent$/)
  await saved(page)

  // A person from outside the committee, added to this past meeting, is present; what marks them
  // as not a member is plain text, not a badge.
  await invoke(preview, 'people/save', {
    civility: 'Mme',
    firstName: 'Leila',
    lastName: 'MANSOURI',
    function: '',
    email: '',
    phone: '',
    organisationId: null,
    confirmDuplicate: false,
  })
  await page.getByLabel('Rechercher dans l’annuaire').fill('mansouri')
  await page.getByRole('button', { name: /Ajouter comme présent/ }).click()
  await expect(row(page, 'MANSOURI')).toHaveAttribute('aria-label', /: Présent$/)
  await expect(row(page, 'MANSOURI')).toContainText('hors comité')
  await expect(row(page, 'MANSOURI').locator('.badge')).toHaveCount(0)
  await expect(page.getByTestId('count-present')).toHaveText(String(MEMBERS.length + 1))
  await page.locator('#section-participants').screenshot({ path: 'test-results/e2e/participants-marked.png' })
})

test('a participant list pasted from a relevé is previewed, then added in one click, everyone present', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 1))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await openApp(page, preview, `#/meetings/${meeting.id}`)

  await page.getByRole('button', { name: 'Coller une liste' }).click()
  const panel = page.getByRole('region', { name: 'Coller la liste des participants' })
  await panel.getByLabel(/Liste collée/).fill(readFileSync(join(process.cwd(), 'tests/fixtures/participants/releve-15.txt'), 'utf8'))
  await expect(panel.getByRole('status')).toContainText('15 personnes lues · 15 nouvelles personnes · 13 nouveaux organismes à créer')
  await expect(panel.getByRole('status')).toContainText('2 lignes ignorées : 1, 20')
  // Sarah Lamrani's department is known already; the wrapped line belongs to the Instance.
  await expect(panel.getByTestId('paste-row-0')).toContainText('EL KHATTABI')
  await expect(panel.getByTestId('paste-row-0')).not.toContainText('nouvel organisme')
  await expect(panel.getByTestId('paste-row-1')).toContainText('nouvel organisme')
  await expect(panel.getByTestId('paste-row-2')).toContainText('Lutte contre la Corruption')
  await expect(panel.getByLabel('Collège de Association Démocratique des Femmes du Maroc')).toHaveValue('societe_civile')
  await expect(panel.getByLabel('Collège de National Democratic Institute').first()).toHaveValue('partenaire')
  await expect(panel.getByLabel('Collège de Agence de Développement Digital')).toHaveValue('administration')
  // The proposed side is only a proposal.
  await panel.getByLabel('Collège de Archives du Maroc').selectOption('autre')
  await page.screenshot({ path: 'test-results/e2e/participants-paste-preview.png', fullPage: false })
  await panel.locator('.paste-panel__scroll').screenshot({ path: 'test-results/e2e/participants-paste-table.png' })

  await panel.getByRole('button', { name: 'Ajouter les 15 personnes comme présentes' }).click()
  await expect(panel).toBeHidden()
  await expect(page.getByTestId('count-present')).toHaveText('15')
  const stored = await invoke(preview, 'meetings/get', { id: meeting.id })
  expect(stored.attendance.filter((a) => a.status === 'present')).toHaveLength(15)
  expect(stored.attendance.find((a) => a.lastName === 'SEFRIOUI')?.side).toBe('autre')
  expect(stored.attendance.find((a) => a.lastName === 'OUHADDOU')).toMatchObject({ function: 'Consultant', organisationName: 'OCDE' })
  const organisations = await invoke(preview, 'organisations/list', {})
  expect(organisations.find((o) => o.name === 'Alliance Marocaine pour le Climat et le Développement Durable')).toMatchObject({
    acronym: 'AMCDD',
    side: 'societe_civile',
  })
})
