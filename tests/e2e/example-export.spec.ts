import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { test, expect } from './preview'
import { docxText } from '../helpers/docx'

test('from an empty app, two clicks give the relevé of 15 July 2020 as a PDF with its 20 participants and 18 engagements', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Charger l’exemple' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('2020-07-15 Relevé COPIL.pdf')
  const file = join(preview.dir, 'releve.pdf')
  await download.saveAs(file)
  await expect(page.getByRole('status').filter({ hasText: 'Fichier téléchargé' })).toBeVisible()

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  for (const name of [
    'Sarah LAMRANI', 'Ouiame EL MOUSTAMIDE', 'Houda BOUIHI', 'Noureddine LASFAR', 'Nouzha MHANDEZ TLEMÇANI', 'Ahmed BERRADA',
    'Hajar CHERKAOUI', 'Hamid BEN CHRIFA', 'Ali KAOUKABI', 'Saâd BENKIRANE', 'Ahmed SBAI', 'Said CHAKRI', 'Nadia HMAITY',
    'Ahmed DAHMANI', 'Mohammed ELAOUNI', 'Abdellatif CHENTOUF', 'Ahmed BERNOUSSI', 'Slobodan MILIC', 'Youssef AJNAH', 'Tarik NECH-NACH',
  ]) {
    expect(text, name).toContain(name)
  }
  const flat = text.replace(/[\s\u00a0\u202f]+/g, ' ')
  const percents = [100, 100, 70, 72, 100, 89, 24, 100, 88, 93, 98, 100, 14, 26, 63, 100, 83, 48]
  // Each engagement row: its number then its figure (« Avancement 70 % » or « Engagement complété (100 %) »).
  percents.forEach((percent, index) => {
    const row = new RegExp(`\\b${index + 1} (Avancement ${percent} %|Engagement complété \\(${percent} %\\))`)
    expect(flat, `engagement ${index + 1}`).toMatch(row)
  })
})

test('the Excel export of the example downloads a workbook', async ({ page, preview }) => {
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Charger l’exemple' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en Excel' }).click()
  expect((await downloading).suggestedFilename()).toBe('2020-07-15 Relevé COPIL.xlsx')
})

test('« Exporter en Word » downloads the relevé as a Word file holding every participant', async ({ page, preview }) => {
  await page.goto(preview.url)
  await page.getByRole('button', { name: 'Charger l’exemple' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en Word' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('2020-07-15 Relevé COPIL.docx')
  const file = join(preview.dir, 'releve.docx')
  await download.saveAs(file)
  await expect(page.getByRole('status').filter({ hasText: 'Fichier téléchargé' })).toBeVisible()
  const text = await docxText(readFileSync(file))
  for (const name of ['Sarah LAMRANI', 'Tarik NECH-NACH', 'Slobodan MILIC']) expect(text, name).toContain(name)
})
