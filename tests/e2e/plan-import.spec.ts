import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect } from './preview'
import { apiOf, seedSmallPlan } from './plan-seed'

const SCREENS = 'test-results/screens'
const TITLE = 'Plan d’action national 2018-2020'
/** A file is read in the import worker (exceljs loaded there), for the preview and again to import: on a loaded machine that takes seconds. */
const READ = { timeout: 30_000 }

test('a plan workbook exported by Copil is imported back from the empty plan screen, and its overview shows the same figures', async ({
  page,
  preview,
}) => {
  const call = apiOf(preview)
  const seeded = await seedSmallPlan(call)
  const engagements = seeded.axes.flatMap((a) => a.engagements)

  // The follow-up workbook, downloaded as a user does, and the figures the overview showed.
  await page.goto(`${preview.url}#/plan`)
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  const planPercent = (await page.getByTestId('plan-percent').textContent()) ?? ''
  const figures = new Map<number, string>()
  for (const e of engagements) {
    figures.set(
      e.number,
      (await page.getByTestId(`engagement-${e.number}`).getByTestId('engagement-percent').textContent()) ?? '',
    )
  }
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter le suivi (Excel)' }).click()
  const workbook = join(preview.dir, (await download).suggestedFilename())
  await (await download).saveAs(workbook)

  // The plan is gone: the empty plan screen offers the import, not the command line.
  await call('plans/delete', { id: seeded.planId })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Aucun plan d’action' })).toBeVisible()
  await expect(page.getByText('copil import-json')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Importer un plan d’action' })).toBeVisible()
  await page.screenshot({ path: `${SCREENS}/plan-import-empty.png`, fullPage: true })

  await page.getByLabel('Fichier du plan à importer (.xlsx ou .json)').setInputFiles(workbook)
  const previewed = page.getByRole('region', { name: 'Aperçu de l’import' })
  await expect(previewed).toBeVisible(READ)
  await expect(previewed.getByLabel('Nom du plan')).toHaveValue(TITLE)
  await expect(page.getByTestId('plan-import-axes')).toContainText(`${seeded.axes.length} axes`)
  await expect(page.getByTestId('plan-import-engagements')).toContainText(`${engagements.length} engagements`)
  const activities = engagements.reduce((n, e) => n + e.activities.length, 0)
  await expect(page.getByTestId('plan-import-activities')).toContainText(`${activities} activités`)
  for (const axis of seeded.axes)
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(axis.title) })).toBeVisible()
  // The workbook names its committee, found in the database and chosen for the imported plan.
  await expect(previewed.getByLabel('Comité qui le suit')).toHaveValue(/^\d+$/)
  await page.screenshot({ path: `${SCREENS}/plan-import-preview.png`, fullPage: true })
  await previewed.getByRole('button', { name: 'Importer le plan' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENS}/plan-import-preview-tree.png`, fullPage: true })

  await page.getByRole('button', { name: 'Importer le plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible(READ)
  await expect(page.getByTestId('plan-percent')).toHaveText(planPercent)
  for (const e of engagements) {
    await expect(page.getByTestId(`engagement-${e.number}`).getByTestId('engagement-percent')).toHaveText(
      figures.get(e.number) ?? '',
    )
  }
  await page.screenshot({ path: `${SCREENS}/plan-import-overview.png`, fullPage: true })
  const plans = await call('plans/list', {})
  expect(plans.map((p) => [p.title, p.committeeName])).toEqual([[TITLE, 'Comité de pilotage du Gouvernement Ouvert']])
})

test('from the overview, a bad workbook is refused with its rows named, a cancelled import writes nothing, a taken name is changed in the preview', async ({
  page,
  preview,
}) => {
  const call = apiOf(preview)
  await seedSmallPlan(call)

  // A workbook whose percentages and numbers a person mistyped.
  const wrong = new ExcelJS.Workbook()
  const sheet = wrong.addWorksheet('Plan')
  sheet.addRow(['Axe', 'Eng. n°', 'Engagement', 'Act. n°', 'Activité', 'Avancement de l’activité'])
  sheet.addRow(['Transparence', 1, 'Accès à l’information', 1, 'Guide', 'bientôt'])
  sheet.addRow(['Transparence', 'un', 'Accès à l’information', 2, 'Formation', 20])
  const bad = join(preview.dir, 'plan-mal-saisi.xlsx')
  await wrong.xlsx.writeFile(bad)

  await page.goto(`${preview.url}#/plan`)
  await page.getByRole('link', { name: 'Importer un plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un plan d’action' })).toBeVisible()
  await page.getByLabel('Fichier du plan à importer (.xlsx ou .json)').setInputFiles(bad)
  const problems = page.getByRole('alert').filter({ hasText: 'Ce fichier ne peut pas être importé' })
  await expect(problems).toContainText(
    'Ligne 2, colonne « Avancement de l’activité » : « bientôt » n’est pas un pourcentage entre 0 et 100',
    READ,
  )
  await expect(problems).toContainText(
    'Ligne 3, colonne « Eng. n° » : « un » n’est pas un numéro (nombre entier positif)',
  )
  await expect(page.getByRole('button', { name: 'Importer le plan' })).toBeDisabled()
  await page.screenshot({ path: `${SCREENS}/plan-import-problems.png`, fullPage: true })

  // The plan's own export, imported again: its name is taken.
  const json = join(preview.dir, 'plan.json')
  const exported = await call('plans/list', {})

  writeFileSync(
    json,
    JSON.stringify({
      format: 'copil-plan',
      version: 1,
      plan: { title: exported[0]?.title ?? '' },
      axes: [{ number: 1, title: 'Axe unique' }],
      engagements: [
        { number: 1, axis: 1, title: 'Engagement unique', activities: [{ number: 1, title: 'Activité unique' }] },
      ],
    }),
  )
  await page.getByLabel('Fichier du plan à importer (.xlsx ou .json)').setInputFiles(json)
  await expect(page.getByRole('alert').filter({ hasText: 'existe déjà' })).toContainText(
    `Un plan intitulé « ${TITLE} » existe déjà`,
    READ,
  )
  await page.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByText('Import annulé : rien n’a été enregistré.')).toBeVisible()
  expect(await call('plans/list', {})).toHaveLength(1)

  await page.getByLabel('Fichier du plan à importer (.xlsx ou .json)').setInputFiles(json)
  await expect(page.getByLabel('Nom du plan')).toBeVisible(READ)
  await page.getByLabel('Nom du plan').fill('Plan de test')
  await page.getByRole('button', { name: 'Vérifier ce nom' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'existe déjà' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Importer le plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Plan de test' })).toBeVisible(READ)
  expect((await call('plans/list', {})).map((p) => p.title).sort()).toEqual(['Plan de test', TITLE])
})

test('a meeting whose committee follows no plan leads to « Importer un plan », and the plan imported for that committee then shows in the meeting', async ({
  page,
  preview,
}) => {
  const call = apiOf(preview)
  const committee = await call('committees/save', { name: 'Comité de suivi régional', acronym: 'CSR' })
  const meeting = await call('meetings/create', {
    committeeId: committee.id,
    header: { title: 'Réunion de suivi', kind: 'ordinaire', mode: 'distance', dates: [{ date: '2021-03-10' }] },
  })
  const json = join(preview.dir, 'plan-regional.json')
  writeFileSync(
    json,
    JSON.stringify({
      format: 'copil-plan',
      version: 1,
      plan: { title: 'Plan régional 2021-2023', period: '2021-2023' },
      axes: [{ number: 1, title: 'Transparence' }],
      engagements: [
        {
          number: 1,
          axis: 1,
          title: 'Publier les budgets communaux',
          activities: [{ number: 1, title: 'Portail', baseline: { text: 'juin 2021' } }],
        },
      ],
    }),
  )

  await page.goto(`${preview.url}#/plan/meetings/${meeting.id}`)
  await expect(page.getByText('Aucun plan d’action n’est suivi par ce comité.')).toBeVisible()
  await page.screenshot({ path: `${SCREENS}/plan-import-meeting-no-plan.png` })
  await page.getByRole('link', { name: 'Importer un plan' }).click()
  await page.getByLabel('Fichier du plan à importer (.xlsx ou .json)').setInputFiles(json)
  const previewed = page.getByRole('region', { name: 'Aperçu de l’import' })
  // The only committee there is is proposed, as when a plan is created here.
  await expect(previewed.getByLabel('Comité qui le suit')).toHaveValue(String(committee.id), READ)
  await previewed.getByRole('button', { name: 'Importer le plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Plan régional 2021-2023' })).toBeVisible(READ)

  await page.goto(`${preview.url}#/plan/meetings/${meeting.id}`)
  await expect(page.getByText('Plan suivi : Plan régional 2021-2023')).toBeVisible()
})

test('in Arabic, the import preview shows its notes in Arabic as the catalogue writes them: no French space before « : », an Arabic date', async ({
  page,
  preview,
}) => {
  const call = apiOf(preview)
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Plan')
  sheet.addRow(['Axe', 'Eng. n°', 'Engagement', 'Act. n°', 'Activité', 'Avancement de l’activité'])
  sheet.addRow(['Transparence', 1, 'Accès à l’information', 1, 'Guide', 40])
  sheet.addRow(['Transparence', 1, 'Accès à l’information', 2, 'Formation', 20])
  const file = join(preview.dir, 'plan-arabe.xlsx')
  await book.xlsx.writeFile(file)

  await call('preferences/setLanguage', { language: 'ar' })
  await page.goto(`${preview.url}#/plan/import`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.locator('input[type="file"]').setInputFiles(file)
  const notes = page.locator('.plan-import-preview__notes li')
  // « لا يحتفظ المصنف إلا بآخر برمجة وآخر وضعية تقدم لكل نشاط: لا يُستورد … »: the colon follows the word.
  await expect(notes.filter({ hasText: 'لا يحتفظ المصنف' })).toContainText('لكل نشاط: لا', READ)
  // The workbook names no date: today's, written the Moroccan Arabic way (ar-MA month names), not in French.
  await expect(notes.filter({ hasText: 'لا يذكر المصنف التاريخ' })).toContainText(/بتاريخ اليوم \(\d+ \p{Script=Arabic}+ \d{4}\)/u)
  const texts = await notes.allTextContents()
  expect(texts).toHaveLength(2)
  for (const text of texts) expect(text).not.toMatch(/[\u00A0\u202F]|\s:/u)
  await page.screenshot({ path: `${SCREENS}/plan-import-notes-ar.png`, fullPage: true })
})
