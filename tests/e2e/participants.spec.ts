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
