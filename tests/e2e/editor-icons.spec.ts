/**
 * The icons repeated in the editor's rows and idle formatting bars are drawn (one class per drawing,
 * not an inline style each), and a meeting opened from the list, whose read leaves as the editor is
 * rendered, takes what is typed and has it after a reload.
 */
import type { Locator } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, decisionText, header, openApp, saved } from './meetings-helpers'

/** What the browser paints for an icon: its mask's drawing and its box. */
function painted(icon: Locator) {
  return icon.evaluate((element) => {
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    return {
      drawing: style.maskImage.startsWith('url("data:image/svg+xml,'),
      width: Math.round(box.width),
      height: Math.round(box.height),
      inline: element.getAttribute('style'),
    }
  })
}

test('row and formatting-bar icons are drawn, and text typed in a meeting opened from the list is kept', async ({
  page,
  preview,
}) => {
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  for (const text of ['Valider le calendrier.', 'Publier le rapport.', 'Réunir les points de contact.'])
    await invoke(preview, 'decisions/save', { meetingId: meeting.id, agendaItemId: null, text })

  await openApp(page, preview, '#/meetings')
  await page.locator(`a[href="#/meetings/${meeting.id}"]`).first().click()
  const second = page.getByTestId('decision-2')
  await expect(decisionText(page, 2)).toContainText('Publier le rapport.')
  await second.scrollIntoViewIfNeeded()

  // The drag handle, the delete button and a formatting button each show their 16 px drawing.
  const icons = [
    second.getByRole('button', { name: /^Déplacer le point arrêté 2/ }).locator('.mask-icon'),
    second.getByRole('button', { name: 'Supprimer le point arrêté 2' }).locator('.mask-icon'),
    second.getByRole('button', { name: 'Gras (Ctrl+B)' }).locator('.rte__icon'),
  ]
  for (const icon of icons) expect(await painted(icon)).toEqual({ drawing: true, width: 16, height: 16, inline: null })

  // Typed in the second decision (its editor mounted by the click), saved, there after a reload.
  await decisionText(page, 2).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Avant la fin du mois.')
  await saved(page)
  await page.reload()
  await expect(decisionText(page, 2)).toContainText('Publier le rapport. Avant la fin du mois.')
})
