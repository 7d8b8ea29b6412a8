/** Members and small helpers shared by the meetings end-to-end tests. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { Preview } from './preview'
import type { SeedPerson } from './meetings-seed'

export const MEMBERS: SeedPerson[] = [
  {
    civility: 'Mme',
    firstName: 'Sarah',
    lastName: 'Lamrani',
    organisation: 'Département de la réforme de l’Administration',
    side: 'administration',
  },
  {
    civility: 'M.',
    firstName: 'Noureddine',
    lastName: 'LASFAR',
    organisation: 'Agence de Développement Numérique',
    side: 'administration',
  },
  {
    civility: 'M.',
    firstName: 'Saâd',
    lastName: 'Benkirane',
    organisation: 'Espace Associatif',
    side: 'societe_civile',
  },
  {
    civility: 'M.',
    firstName: 'Ahmed',
    lastName: 'Bernoussi',
    organisation: 'Transparency Maroc',
    side: 'societe_civile',
  },
  {
    civility: 'M.',
    firstName: 'Slobodan',
    lastName: 'MILIC',
    organisation: 'National Democratic Institute (NDI)',
    side: 'partenaire',
  },
]

/** Waits for the editor's indicator to say that everything is saved. */
export const saved = (page: Page) =>
  expect(page.getByTestId('save-indicator')).toHaveText('Enregistré', { timeout: 10_000 })
/** The attendance row of a person. */
export const row = (page: Page, lastName: string) => page.locator('[data-person-id]').filter({ hasText: lastName })
/** One status button of an attendance row. */
export const mark = (r: Locator, label: string) => r.getByRole('button', { name: label, exact: true })
/** The rich-text area of the n-th agenda item's discussion. */
export const discussion = (page: Page, n: number) => page.getByTestId(`discussion-editor-${n}`)
/** The rich-text area of the n-th decision of the list. */
export const decisionText = (page: Page, n: number) =>
  page.getByTestId(`decision-${n}`).getByRole('textbox', { name: `Texte du point arrêté ${n}`, exact: true })

/** Opens the preview (with its token) at a route. */
export async function openApp(page: Page, preview: Preview, hash = ''): Promise<void> {
  await page.goto(`${preview.url}${hash}`)
}

/**
 * From the meetings list: a new meeting of 15 July 2020 through « Nouvelle réunion », then its first
 * agenda item titled `itemTitle` (the editor open on it).
 */
export async function newMeetingWithItem(page: Page, itemTitle: string): Promise<void> {
  await page.getByRole('button', { name: 'Nouvelle réunion' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' })
  await dialog.getByLabel('Date', { exact: true }).fill('2020-07-15')
  await dialog.getByRole('button', { name: 'Créer la réunion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible({
    timeout: 15_000,
  })
  await page.getByRole('button', { name: 'Ajouter un point', exact: true }).click()
  await expect(page.getByLabel('Intitulé du point 1')).toBeFocused()
  await page.keyboard.type(itemTitle)
}

/** The meeting id in the address once the editor is open. */
export async function meetingIdFromUrl(page: Page): Promise<number> {
  await expect(page).toHaveURL(/#\/meetings\/\d+$/)
  return Number(/#\/meetings\/(\d+)$/.exec(page.url())?.[1])
}

/** A one-date remote meeting header, for seeding. */
export function header(title = 'Réunion du Comité de pilotage', date = '2020-07-15') {
  return {
    title,
    kind: 'ordinaire' as const,
    mode: 'distance' as const,
    place: '',
    videoTool: '',
    notes: '',
    status: 'brouillon' as const,
    dates: [{ date, startTime: null, endTime: null }],
  }
}
