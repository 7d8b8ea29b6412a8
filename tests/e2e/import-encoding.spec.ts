import { test, expect } from './preview'
import { invoke } from './api'
import { encodeCodePage } from '../helpers/code-pages'

// Saved by an Arabic Excel as « CSV (séparateur : point-virgule) »: Windows-1256, no BOM.
const ARABIC_CSV = [
  'Civilité;Prénom;Nom;Organisation;Collège',
  'M.;محمد;العلمي;وزارة الاقتصاد والمالية;administration',
  'Mme;فاطمة الزهراء;بنعلي;جمعية الشفافية;société civile',
].join('\r\n')

test('the import preview shows the encoding it read a CSV in, and reads it again in the one chosen', async ({
  page,
  preview,
}) => {
  await page.goto(`${preview.url}#/directory/import`)
  await page.getByLabel('Fichier à importer (.xlsx ou .csv)').setInputFiles({
    name: 'participants-arabe.csv',
    mimeType: 'text/csv',
    buffer: encodeCodePage(ARABIC_CSV, 'windows-1256'),
  })
  const encoding = page.getByLabel('Encodage du fichier')
  const rows = page.getByRole('table', { name: 'Lignes du fichier' })
  await expect(encoding).toHaveValue('windows-1256')
  await expect(rows).toContainText('محمد')
  await expect(page.getByTestId('import-create')).toContainText('2')

  // Read as Windows-1252, the names turn to nonsense: the user sees it before anything is written.
  await encoding.selectOption({ label: 'Windows-1252 (Europe occidentale)' })
  await expect(rows).toContainText('ãÍãÏ')
  await expect(rows).not.toContainText('محمد')

  await encoding.selectOption({ label: 'Windows-1256 (arabe)' })
  await expect(rows).toContainText('فاطمة الزهراء')
  await page.screenshot({ path: 'test-results/e2e/import-encoding.png', fullPage: true })

  await page.getByRole('button', { name: 'Importer 2 personnes' }).click()
  await expect(page.getByTestId('import-result')).toContainText('2 personnes créées')
  const people = await invoke(preview, 'people/list', {})
  expect(people.map((p) => `${p.firstName} ${p.lastName}`).sort()).toEqual(['فاطمة الزهراء بنعلي', 'محمد العلمي'])
})
