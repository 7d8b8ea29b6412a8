import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './preview'
import { docxPart } from '../helpers/docx'
import { seedCommittee } from './meetings-seed'
import { MEMBERS, discussion, newMeetingWithItem, openApp, saved } from './meetings-helpers'

test('a title row merged across a table in the editor stays merged after a reload and spans the table in the PDF and Word exports', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000)
  await seedCommittee(preview, MEMBERS)
  await openApp(page, preview)
  await newMeetingWithItem(page, 'Co-création du 2ème PAN')

  // A 3 × 3 table in the item's discussion: a title, then a header row, then a row with a list.
  const editor = discussion(page, 1)
  const tools = page.getByTestId('discussion-1')
  await editor.click()
  await tools.getByRole('button', { name: 'Insérer un tableau' }).click()
  await page.keyboard.type('Agenda unifié proposé')
  const merge = tools.getByRole('button', { name: /^Fusionner les cellules/ })
  const split = tools.getByRole('button', { name: /^Scinder la cellule/ })
  await expect(merge).toBeDisabled()
  // Shift+→ at the end of a cell selects the cells: the title's and its two neighbours.
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await expect(merge).toBeEnabled()
  await page.screenshot({ path: 'test-results/table-merge-controls.png' })
  await merge.click()
  const title = editor.locator('th[colspan="3"]')
  await expect(title).toHaveText('Agenda unifié proposé')
  await expect(editor.locator('tr').first().locator('th, td')).toHaveCount(1)

  // Split, then merge again with the keyboard.
  await title.click()
  await expect(split).toBeEnabled()
  await split.click()
  await expect(editor.locator('th[colspan="3"]')).toHaveCount(0)
  await expect(editor.locator('tr').first().locator('th, td')).toHaveCount(3)
  await editor.locator('tr').first().locator('th').first().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Control+Alt+m')
  await expect(title).toHaveText('Agenda unifié proposé')

  // The rows under the title: a click right after the merge puts the caret under it (see table-merge-click.spec.ts).
  await editor.locator('tr').nth(1).locator('td, th').first().click()
  for (const [k, text] of ['Horaire', 'Séquence', 'Contenu', '10h00', 'Ouverture'].entries()) {
    if (k > 0) await page.keyboard.press('Tab')
    await page.keyboard.type(text)
  }
  await page.keyboard.press('Tab')
  await tools.getByRole('button', { name: 'Liste à puces' }).click()
  await page.keyboard.type('Mot d’accueil')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Rappel des objectifs')
  await expect(title).toHaveText('Agenda unifié proposé')
  await expect(editor.locator('tr').nth(1).locator('td, th')).toHaveText(['Horaire', 'Séquence', 'Contenu'])
  await saved(page)
  await page.screenshot({ path: 'test-results/table-merge-done.png' })

  await page.reload()
  await expect(discussion(page, 1).locator('th[colspan="3"]')).toHaveText('Agenda unifié proposé', { timeout: 15_000 })
  await expect(discussion(page, 1).locator('li')).toHaveText(['Mot d’accueil', 'Rappel des objectifs'])

  // PDF: the title on one line above the header row, spanning its three columns.
  const pdfDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  const pdf = join(preview.dir, 'releve.pdf')
  await (await pdfDownload).saveAs(pdf)
  const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
  const box = (word: string): { xMin: number; yMin: number; xMax: number } => {
    const m = new RegExp(
      `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="[\\d.]+">${word}</word>`,
      'u',
    ).exec(boxes)
    expect(m, word).not.toBeNull()
    return { xMin: Number(m?.[1]), yMin: Number(m?.[2]), xMax: Number(m?.[3]) }
  }
  const agenda = box('Agenda')
  expect(box('proposé').yMin).toBeCloseTo(agenda.yMin, 0)
  expect(box('Horaire').yMin).toBeGreaterThan(agenda.yMin)
  expect(box('Horaire').xMin).toBeCloseTo(agenda.xMin, 0)
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
  expect(text).toMatch(/• Mot d’accueil\s+• Rappel des objectifs/u)

  // Word: one cell spanning the three grid columns.
  const wordDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en Word' }).click()
  const docx = join(preview.dir, 'releve.docx')
  await (await wordDownload).saveAs(docx)
  const xml = await docxPart(readFileSync(docx), 'word/document.xml')
  expect(xml).toMatch(/<w:gridSpan w:val="3"\/>(?:(?!<\/w:tc>).)*Agenda unifié proposé/su)
})
