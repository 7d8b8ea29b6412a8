import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { header, openApp, saved } from './meetings-helpers'

const PEOPLE = [
  { civility: 'Mme', firstName: 'Sarah', lastName: 'Lamrani', organisation: 'Département de la réforme', side: 'administration' },
  { civility: 'M.', firstName: 'Hamid', lastName: 'Ben Chrifa', organisation: 'Ministère des droits de l’Homme', side: 'administration' },
  { civility: 'Mme', firstName: 'Nouzha', lastName: 'Mhandez Tlemçani', organisation: 'Instance de la probité', side: 'administration' },
  { civility: 'Mme', firstName: 'Ouiame', lastName: 'El moustamide', organisation: 'Espace Associatif', side: 'societe_civile' },
  { civility: 'M.', firstName: 'Tarik', lastName: 'Nech-Nach', organisation: 'OCDE', side: 'partenaire' },
] as const

test('a participant reads the same in the meeting and in its PDF: « Mme Sarah LAMRANI »', async ({ page, preview }) => {
  const committee = await seedCommittee(preview, PEOPLE)
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  const created = await invoke(preview, 'meetings/get', { id: meeting.id })
  for (const a of created.attendance) {
    await invoke(preview, 'attendance/set', { meetingId: meeting.id, personId: a.personId, status: 'present' })
  }
  await openApp(page, preview, `#/meetings/${meeting.id}`)

  const names = page.locator('.attendance-list [data-person-id] .attendance-row__name')
  // Par collège, sorted by surname: the capitals change nothing to the order.
  const expected = [
    'M. Hamid BEN CHRIFA',
    'Mme Sarah LAMRANI',
    'Mme Nouzha MHANDEZ TLEMÇANI',
    'Mme Ouiame EL MOUSTAMIDE',
    'M. Tarik NECH-NACH',
  ]
  await expect(names).toHaveText(expected)
  await saved(page)
  await page.locator('#section-participants').screenshot({ path: 'test-results/e2e/participant-names.png' })

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  const file = join(preview.dir, 'releve.pdf')
  await (await downloading).saveAs(file)
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  const flat = text.replace(/[\s\u00a0\u202f]+/g, ' ')
  // The very string the app shows, read back from the PDF.
  for (const name of await names.allTextContents()) expect(flat, name).toContain(name.trim())
})
