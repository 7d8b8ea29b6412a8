import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, header, openApp, saved } from './meetings-helpers'

test('the protocol order is set by dragging and with the keyboard, and the list keeps it after a reload', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS)
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await openApp(page, preview, `#/meetings/${meeting.id}`)
  const rows = page.locator('.attendance-list [data-person-id]')
  // Surnames print in capitals on screen, as in the relevé, whatever case they were typed in.
  const byCollege = ['LAMRANI', 'LASFAR', 'BENKIRANE', 'BERNOUSSI', 'MILIC']
  await expect(rows).toHaveCount(5)
  for (const [i, name] of byCollege.entries()) await expect(rows.nth(i)).toContainText(name)

  const choice = page.getByRole('group', { name: 'Ordre des participants dans le relevé' })
  await expect(choice.getByRole('radio', { name: /Par collège/ })).toBeChecked()
  await choice.getByRole('radio', { name: /Ordre protocolaire/ }).check()
  await saved(page)
  await page.getByRole('button', { name: 'Modifier l’ordre' }).click()
  const list = page.getByRole('list', { name: 'Ordre protocolaire des participants' })
  await expect(list.getByRole('listitem')).toHaveCount(5)

  // The mouse: M. Slobodan MILIC dragged by his handle to the top.
  const handle = list.getByRole('button', { name: 'Déplacer M. Slobodan MILIC' })
  const from = await handle.boundingBox()
  const to = await list.getByRole('listitem').first().boundingBox()
  if (!from || !to) throw new Error('la liste à réordonner n’est pas visible')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 })
  await page.mouse.up()
  await expect(list.getByRole('listitem').first()).toContainText('MILIC')
  // dnd-kit swallows every click for 50 ms after a drop (the click that ends a drag is not a press);
  // a person takes longer than that to reach a button: let the page's timer pass it too.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))

  // The keyboard: « Descendre Mme Sarah LAMRANI » pressed with Enter; the focus stays on the button.
  const down = list.getByRole('button', { name: 'Descendre Mme Sarah LAMRANI' })
  await down.focus()
  await page.keyboard.press('Enter')
  await expect(down).toBeFocused()
  const protocol = ['MILIC', 'LASFAR', 'LAMRANI', 'BENKIRANE', 'BERNOUSSI']
  for (const [i, name] of protocol.entries()) await expect(list.getByRole('listitem').nth(i)).toContainText(name)
  await expect(list.getByRole('button', { name: 'Monter M. Slobodan MILIC' })).toBeDisabled()
  await saved(page)
  await page.locator('#section-participants').screenshot({ path: 'test-results/e2e/participant-order-reorder.png' })

  await page.getByRole('button', { name: 'Terminer' }).click()
  for (const [i, name] of protocol.entries()) await expect(rows.nth(i)).toContainText(name)
  await page.locator('#section-participants').screenshot({ path: 'test-results/e2e/participant-order-list.png' })

  await page.reload()
  await expect(page.getByRole('radio', { name: /Ordre protocolaire/ })).toBeChecked()
  for (const [i, name] of protocol.entries()) await expect(rows.nth(i)).toContainText(name)
  const stored = await invoke(preview, 'meetings/get', { id: meeting.id })
  expect(stored.participantOrder).toBe('protocol')
  // Stored as typed: only the display is in capitals.
  expect(stored.attendance.map((a) => a.lastName)).toEqual(['MILIC', 'LASFAR', 'Lamrani', 'Benkirane', 'Bernoussi'])

  // Back to « par collège »: grouped by side again; the protocol order is kept for later.
  await page.getByRole('radio', { name: /Par collège/ }).check()
  for (const [i, name] of byCollege.entries()) await expect(rows.nth(i)).toContainText(name)
  await saved(page)
  expect((await invoke(preview, 'meetings/get', { id: meeting.id })).participantOrder).toBe('college')
})
