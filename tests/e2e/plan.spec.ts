import type { Page } from '@playwright/test'
import { test, expect } from './preview'
import { apiOf, seedRichPlan, seedSmallPlan, type SeededEngagement } from './plan-seed'

const SCREENS = 'test-results/screens'

// The committee's rules, written again here so that the screens are checked against the seed,
// not against the code that computes them: an engagement is the weighted mean of its activities'
// latest progress, an axis and the plan the plain mean of their engagements.
function engagementPercent(e: SeededEngagement): number {
  const weights = e.activities.reduce((sum, a) => sum + a.weight, 0)
  return e.activities.reduce((sum, a) => sum + a.weight * a.percent, 0) / weights
}
function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}
function bandLabel(percent: number): string {
  if (percent <= 0) return 'Non commencé'
  if (percent < 60) return 'Limité'
  if (percent < 90) return 'Important'
  return 'Terminé'
}
function days(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000)
}
function shown(percent: number): string {
  return `${Math.round(percent)} %`
}

async function openPlan(page: Page, url: string, path = 'plan'): Promise<void> {
  await page.goto(`${url}#/${path}`)
}

test('the overview shows each axis and the plan with the percentages and bands of the seeded progress', async ({ page, preview }) => {
  const seeded = await seedSmallPlan(apiOf(preview))
  const engagements = seeded.axes.flatMap((a) => a.engagements)
  const planPercent = mean(engagements.map(engagementPercent))

  await openPlan(page, preview.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Plan d’action national 2018-2020' })).toBeVisible()
  await expect(page.getByTestId('plan-percent')).toContainText(shown(planPercent))
  await expect(page.getByTestId('plan-percent')).toContainText(bandLabel(planPercent))

  for (const [i, axis] of seeded.axes.entries()) {
    const card = page.getByTestId(`axis-${i + 1}`)
    const axisPercent = mean(axis.engagements.map(engagementPercent))
    await expect(card.getByRole('heading', { name: axis.title })).toBeVisible()
    await expect(card.getByTestId('axis-percent')).toContainText(shown(axisPercent))
    await expect(card.getByTestId('axis-percent')).toContainText(bandLabel(axisPercent))
    for (const e of axis.engagements) {
      const row = card.getByTestId(`engagement-${e.number}`)
      await expect(row).toContainText(e.title)
      await expect(row.getByTestId('engagement-percent')).toContainText(shown(engagementPercent(e)))
      await expect(row).toContainText(bandLabel(engagementPercent(e)))
    }
  }

  // One activity replanned twice (fin juillet → fin septembre → novembre 2020): its whole slip.
  await expect(page.getByTestId('figure-replanned')).toContainText('1')
  await expect(page.getByTestId('figure-slip')).toContainText(`+${days('2020-07-31', '2020-11-30')} jours`)
  await expect(page.getByTestId('figure-done')).toContainText('0')

  // « Situation au » the July meeting: the October reports are left out.
  const july = { e1: (100 * 2 + 40 * 1) / 3, e6: (100 * 1 + 10 * 3) / 4, e7: 0 }
  await page.getByLabel('Situation au').selectOption({ label: '15 juillet 2020 — Réunion du Comité de pilotage' })
  await expect(page.getByText('Situation à la réunion du 15 juillet 2020')).toBeVisible()
  await expect(page.getByTestId('plan-percent')).toContainText(shown(mean([july.e1, july.e6, july.e7])))
  await expect(page.getByTestId('engagement-6').getByTestId('engagement-percent')).toContainText(shown(july.e6))

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter le suivi (Excel)' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
  await expect(page.getByRole('status').filter({ hasText: 'Fichier téléchargé' })).toBeVisible()
})

test('a replan decided in a meeting appears in the engagement page history with its slip in days', async ({ page, preview }) => {
  const call = apiOf(preview)
  const seeded = await seedSmallPlan(call)
  const committeeId = (await call('plans/list', {}))[0]?.committeeId ?? 0
  const january = await call('meetings/create', {
    committeeId,
    header: { title: 'Réunion du Comité de pilotage', kind: 'ordinaire', mode: 'distance', dates: [{ date: '2021-01-20' }] },
  })

  await openPlan(page, preview.url)
  await page.getByRole('link', { name: 'Mise en place du portail de la transparence' }).click()
  await expect(page).toHaveURL(/#\/plan\/engagements\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Mise en place du portail de la transparence' })).toBeVisible()
  const history = page.getByTestId('history-2')
  await expect(history.getByTestId('revision')).toHaveCount(2)
  await expect(history.getByTestId('revision').nth(0)).toContainText('fin septembre 2020')
  await expect(history.getByTestId('revision').nth(0)).toContainText(`+${days('2020-07-31', '2020-09-30')} jours`)
  await expect(history.getByTestId('revision').nth(0)).toContainText('Validation des contenus par les départements retardée.')
  await expect(history.getByTestId('revision').nth(1)).toContainText('novembre 2020')

  // The January meeting's « État d'avancement du plan »: the engagement line is autosaved, the new
  // planned period is read back while typing, and Entrée records the replan.
  await openPlan(page, preview.url, `plan/meetings/${january.id}`)
  const card = page.getByTestId('meeting-engagement-6')
  // Engagements are listed closed; opening one reads its form and activities.
  await card.getByRole('button', { name: /Engagement 6/ }).click()
  await card.getByLabel('État d’avancement').fill('Portail en ligne, publication des documents en cours.')
  await expect(card.getByTestId('entry-save-state')).toHaveText('Enregistré')
  const row = card.getByTestId('meeting-activity-2')
  const period = row.getByLabel('Planification de l’activité 2', { exact: true })
  await expect(period).toHaveValue('novembre 2020')
  await period.fill('Fin janv. 2021')
  await expect(row).toContainText('Compris : fin janvier 2021')
  await row.getByLabel('Motif de la replanification de l’activité 2').fill('Hébergement livré en décembre seulement.')
  await period.press('Enter')
  await expect(row).toContainText('Replanifiée par cette réunion')
  await expect(row).toContainText(`+${days('2020-11-30', '2021-01-31')} jours`)

  await page.reload()
  await page.getByTestId('meeting-engagement-6').getByRole('button', { name: /Engagement 6/ }).click()
  await expect(page.getByTestId('meeting-engagement-6').getByLabel('État d’avancement')).toHaveValue('Portail en ligne, publication des documents en cours.')

  const engagementId = seeded.axes[0]?.engagements[1]?.id ?? 0
  await openPlan(page, preview.url, `plan/engagements/${engagementId}`)
  const revisions = page.getByTestId('history-2').getByTestId('revision')
  await expect(revisions).toHaveCount(3)
  await expect(revisions.nth(2)).toContainText('fin janvier 2021')
  await expect(revisions.nth(2)).toContainText(`+${days('2020-11-30', '2021-01-31')} jours`)
  await expect(revisions.nth(2)).toContainText('20 janvier 2021')
  await expect(revisions.nth(2)).toContainText('Hébergement livré en décembre seulement.')
  await expect(page.getByTestId('activity-2')).toContainText(`+${days('2020-07-31', '2021-01-31')} jours`)
})

test('the replans list filters by kind, and the filter stays in the address', async ({ page, preview }) => {
  await seedSmallPlan(apiOf(preview))
  await openPlan(page, preview.url, 'plan/replans')
  await expect(page.getByRole('heading', { level: 1, name: 'Replanifications' })).toBeVisible()
  const rows = page.getByTestId('replan-row')
  await expect(rows).toHaveCount(4)
  await expect(page.getByTestId('replans-count')).toHaveText('4 replanifications')

  await page.getByLabel('Type').selectOption({ label: 'Annulée' })
  await expect(page).toHaveURL(/kind=annulee/)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Mise en œuvre du plan de communication')
  await expect(rows.first()).toContainText('Remplacée par la campagne nationale de sensibilisation.')

  await page.getByLabel('Type').selectOption({ label: 'Replanifiée' })
  await expect(rows).toHaveCount(2)
  // Newest first: the October decision, then the July one.
  await expect(rows.nth(0)).toContainText('14 octobre 2020')
  await expect(rows.nth(0)).toContainText('novembre 2020')
  await expect(rows.nth(1)).toContainText('15 juillet 2020')
  await expect(rows.nth(1)).toContainText('fin septembre 2020')

  await page.getByLabel('Type').selectOption({ label: 'Sans visibilité' })
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Mise en place d’un portail d’intégrité')

  await page.reload()
  await expect(page.getByLabel('Type')).toHaveValue('sans_visibilite')
  await expect(rows).toHaveCount(1)
  await page.getByRole('button', { name: 'Effacer les filtres' }).click()
  await expect(rows).toHaveCount(4)
})

test('without a plan, the screen explains where plans come from and creates one with its structure', async ({ page, preview }) => {
  await openPlan(page, preview.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Aucun plan d’action' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Importer un plan d’action' })).toBeVisible()
  await page.getByLabel('Intitulé du plan').fill('Plan d’action national 2021-2023')
  await page.getByLabel('Période').fill('2021-2023')
  await page.getByRole('button', { name: 'Créer le plan' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Structure du plan' })).toBeVisible()
  await page.getByLabel('Intitulé du nouvel axe').fill('Participation citoyenne')
  await page.getByRole('button', { name: 'Ajouter un axe' }).click()
  const axis = page.getByRole('region', { name: 'Axe 1 — Participation citoyenne' })
  await axis.getByLabel('Intitulé de l’engagement').fill('Création d’une dynamique consultative au niveau nationale et régionale')
  await axis.getByLabel('Organisme responsable').fill('Ministère chargé des Relations avec le Parlement')
  await axis.getByRole('button', { name: 'Ajouter un engagement' }).click()
  await axis.getByRole('button', { name: /Création d’une dynamique consultative/ }).click()
  await axis.getByLabel('Intitulé de l’activité').fill('Organisation de consultations régionales')
  await axis.getByLabel('Planification initiale').fill('sept. - nov. 2021')
  await expect(axis).toContainText('Compris : septembre-novembre 2021')
  await axis.getByRole('button', { name: 'Ajouter une activité' }).click()
  await expect(axis).toContainText('Act. 1 — Organisation de consultations régionales')

  await page.getByRole('link', { name: 'Voir le suivi' }).click()
  const card = page.getByTestId('axis-1')
  await expect(card.getByTestId('engagement-1')).toContainText('Création d’une dynamique consultative')
  await expect(card.getByTestId('engagement-1')).toContainText('Non commencé')
})

test('screenshots of the plan screens with the example plan after three meetings', async ({ page, preview }) => {
  const call = apiOf(preview)
  const rich = await seedRichPlan(call)

  await openPlan(page, preview.url)
  await expect(page.getByTestId('engagement-18')).toContainText('Communication à grande échelle')
  await expect(page.getByTestId('figure-replanned').locator('.figure__value')).not.toHaveText('0')
  await page.screenshot({ path: `${SCREENS}/plan-overview.png` })

  await openPlan(page, preview.url, `plan/engagements/${rich.engagementIds.get(9) ?? 0}`)
  await expect(page.getByTestId('history-1').getByTestId('revision')).toHaveCount(3)
  await page.getByLabel('Afficher les activités').check()
  await page.screenshot({ path: `${SCREENS}/plan-engagement.png` })
  await page.getByRole('heading', { name: 'Historique des replanifications' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENS}/plan-engagement-history.png` })

  await openPlan(page, preview.url, 'plan/replans')
  await expect(page.getByTestId('replan-row').first()).toBeVisible()
  await page.screenshot({ path: `${SCREENS}/plan-replans.png` })

  await openPlan(page, preview.url, `plan/meetings/${rich.meetings[1] ?? 0}`)
  await expect(page.getByTestId('meeting-engagement-9')).toBeVisible()
  await page.getByTestId('meeting-engagement-9').getByRole('button', { name: /Engagement 9/ }).click()
  await page.getByTestId('meeting-engagement-9').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENS}/plan-meeting-section.png` })
})
