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
