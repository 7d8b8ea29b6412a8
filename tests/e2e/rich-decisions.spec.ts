/**
 * A decision written in the editor as the relevé writes it: a list, a paragraph after its
 * sub-points and a table whose cell holds a list; a « NB » note; the block's short heading;
 * decisions bulleted. Everything is there after a reload, and in the exported PDF.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './preview'
import { invoke } from './api'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, decisionText, discussion, header, openApp, saved } from './meetings-helpers'

const TITLE = 'Adaptation du processus de co-création du plan d’action national 2020-2022 tenant compte de la pandémie'

test('a decision with a list and a table, a « NB » note and a short heading survive a reload and reach the PDF', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  const committee = await seedCommittee(preview, MEMBERS.slice(0, 2))
  const meeting = await invoke(preview, 'meetings/create', { committeeId: committee.id, header: header() })
  await invoke(preview, 'agenda/save', { meetingId: meeting.id, title: TITLE })
  await openApp(page, preview, `#/meetings/${meeting.id}`)

  // The discussion's block, under its own short heading.
  await discussion(page, 1).fill('Présentation du processus de co-création adapté.')
  await page.getByTestId('discussion-heading-1').fill('Co-création du 2ème PAN')

  // The decision: a paragraph, two sub-points (« - » starts the list), a paragraph after them, a table.
  await page.getByRole('button', { name: 'Ajouter un point arrêté' }).click()
  const first = decisionText(page, 1)
  await expect(first).toBeFocused()
  await page.keyboard.type('Organiser les webinaires de co-création :\n- Webinaire national\nRencontre régionale\n\n')
  const underline = page.getByTestId('decision-1').getByRole('button', { name: 'Souligné (Ctrl+U)' })
  await page.keyboard.type('Le secrétariat rendra compte à la ')
  await underline.click()
  await page.keyboard.type('prochaine réunion')
  await underline.click()
  await page.keyboard.type('.\n')
  await page.getByTestId('decision-1').getByRole('button', { name: 'Insérer un tableau' }).click()
  await page.keyboard.type('Événement')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Ateliers thématiques')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Date')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Webinaire 1')
  await page.keyboard.press('Tab')
  await page.keyboard.type('- Accès à l’information\nIntégrité')

  // A note, unnumbered.
  await page.getByRole('button', { name: 'Ajouter un point arrêté' }).click()
  await page.getByTestId('decision-2').getByLabel('Note « NB » (non numérotée)').check()
  await page
    .getByTestId('decision-2')
    .getByRole('textbox', { name: /^Texte (du point arrêté|de la note NB)/u })
    .fill('NB : une réunion préparatoire sera organisée.')
  // The block's short heading, and bullets instead of numbers.
  await page.getByTestId('decisions-heading-1').fill('Nouveau processus de co-création')
  await page.getByText('À puces (•)', { exact: true }).click()
  await saved(page)
  await expect(page.getByTestId('decision-mark-1')).toHaveText('•')
  await expect(page.getByTestId('decision-mark-2')).toHaveText('NB')

  await page.reload()
  await expect(first.locator('ul').first().locator('> li')).toHaveText(['Webinaire national', 'Rencontre régionale'])
  await expect(first.locator('> p').nth(1)).toHaveText('Le secrétariat rendra compte à la prochaine réunion.')
  await expect(first.locator('> p').nth(1).locator('u')).toHaveText('prochaine réunion')
  await expect(first.locator('table th')).toHaveText(['Événement', 'Ateliers thématiques', 'Date'])
  await expect(first.locator('table td').nth(1).locator('li')).toHaveText(['Accès à l’information', 'Intégrité'])
  await expect(page.getByTestId('decision-2').getByLabel('Note « NB » (non numérotée)')).toBeChecked()
  await expect(page.getByTestId('decision-mark-1')).toHaveText('•')
  await expect(page.getByTestId('decisions-heading-1')).toHaveValue('Nouveau processus de co-création')
  await expect(page.getByLabel('À puces (•)')).toBeChecked()
  await expect(page.getByTestId('discussion-heading-1')).toHaveValue('Co-création du 2ème PAN')
  mkdirSync('test-results/screens', { recursive: true })
  await page.getByTestId('decision-1').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/editor-rich-decisions.png' })
  await page.getByTestId('decisions-heading-1').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/editor-decision-headings.png' })
  await page.getByTestId('discussion-heading-1').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/editor-discussion-heading.png' })

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  const file = join(preview.dir, 'releve.pdf')
  await (await downloading).saveAs(file)
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/gu, ' ')
  const expected = [
    'Points discutés',
    '1. Co-création du 2ème PAN',
    'Présentation du processus de co-création adapté.',
    'Points arrêtés',
    'Nouveau processus de co-création',
    '• Organiser les webinaires de co-création',
    'Webinaire national',
    'Rencontre régionale',
    'Le secrétariat rendra compte à la prochaine réunion.',
    'Événement',
    'Ateliers thématiques',
    'Webinaire 1',
    'Accès à l’information',
    'Intégrité',
    'NB : une réunion préparatoire sera organisée.',
  ]
  let from = 0
  for (const piece of expected) {
    const at = text.indexOf(piece.replace(/\s+/gu, ' '), from)
    expect(at, piece).toBeGreaterThanOrEqual(0)
    from = at + piece.length
  }
})
