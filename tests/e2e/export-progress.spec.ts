/**
 * A relevé of about two hundred pages exported from the editor: the page shows where the layout stands
 * (« Mise en page : page 37… ») while the background worker lays it out, the rest of the interface
 * keeps answering (a search made meanwhile is answered while the export is still listed in progress),
 * then the file is downloaded whole.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Request } from '@playwright/test'
import { test, expect } from './preview'
import { invoke } from './api'
import { openApp } from './meetings-helpers'
import { generatedReleve } from '../../main/bench/releve'
import type { ReleveDocument } from '../../shared/domain/releve'

// Only the generated agenda is used: the meeting's own header, people and plan stay the example's.
const BASE: ReleveDocument = {
  reference: 'COPIL',
  committee: { name: 'Comité de pilotage', acronym: 'COPIL' },
  title: '',
  kind: 'ordinaire',
  dates: [],
  mode: 'presentiel',
  place: '',
  videoTool: '',
  adopted: false,
  participants: [],
  agenda: [],
  engagements: [],
  nextSteps: [],
}

/**
 * Blocks of generated discussion that lay out to about two hundred pages around the example's meeting:
 * long enough for the layout to be seen in progress on a fast machine (a hundred pages took about
 * a second, and the page's status was sometimes read only once the file had arrived).
 */
const LONG_RELEVE_BLOCKS = 500

/** The channel a call to the preview's API was made on. */
function channelOf(request: Request): string | undefined {
  if (!request.url().endsWith('/api/invoke')) return undefined
  return (request.postDataJSON() as { channel?: string } | null)?.channel
}

test('a relevé of about 200 pages exported from the editor shows its progress, other calls are answered meanwhile, then the file arrives', async ({
  page,
  preview,
}) => {
  test.setTimeout(180_000)
  const { meetingId } = await invoke(preview, 'demo/load', {})
  for (const item of generatedReleve(BASE, 16, LONG_RELEVE_BLOCKS).agenda) {
    await invoke(preview, 'agenda/save', { meetingId, title: item.title, discussion: item.discussion })
  }
  // The order in which the page's calls were answered, by channel.
  const answered: string[] = []
  page.on('requestfinished', (request) => {
    const channel = channelOf(request)
    if (channel) answered.push(channel)
  })
  await openApp(page, preview, `#/meetings/${meetingId}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion du Comité de pilotage' })).toBeVisible()

  const downloading = page.waitForEvent('download', { timeout: 150_000 })
  await page.getByRole('button', { name: 'Exporter en PDF' }).click()
  // The worker reports the pages it has laid out; the page shows them while it waits.
  const exportStatus = page.locator('.export-buttons__status')
  await expect(exportStatus).toHaveText(/^Mise en page : page \d+…$/, { timeout: 60_000 })
  // Meanwhile the service answers other calls: a search made now comes back while the worker is
  // still laying the relevé out (the export is listed in progress before the call and after its
  // answer). The layout may end between two calls on a fast machine: the search is made again while
  // the export still runs, and one answer given during it is what the test needs.
  const running = async () =>
    (await invoke(preview, 'tasks/progress', {})).some((task) => task.kind === 'releve' && task.meetingId === meetingId)
  let answeredDuringExport = false
  for (let attempt = 0; attempt < 20 && !answeredDuringExport && (await running()); attempt += 1) {
    const found = await invoke(preview, 'search/query', { query: 'confinement' })
    expect(found.groups.find((g) => g.kind === 'decision')?.total ?? 0).toBeGreaterThan(0)
    answeredDuringExport = await running()
  }
  expect(answeredDuringExport).toBe(true)
  const shots = join('test-results', 'screenshots')
  mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: join(shots, 'export-progress-running.png') })

  // And the interface stays usable: a search in the page finds the example's decision.
  await page.keyboard.press('Control+k')
  const box = page.getByRole('dialog', { name: 'Rechercher dans Copil' })
  await box.getByRole('combobox').fill('confinement')
  await expect(box.getByRole('region', { name: 'Décisions' }).getByRole('option').first()).toContainText('période de confinement', {
    timeout: 30_000,
  })
  await page.keyboard.press('Escape')

  const download = await downloading
  const file = join(preview.dir, 'long.pdf')
  await download.saveAs(file)
  await expect(exportStatus).toHaveText(/^Fichier téléchargé : .*\.pdf$/)
  await page.screenshot({ path: join(shots, 'export-progress-done.png') })
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  expect(pages).toBeGreaterThanOrEqual(90)

  expect(answered).toContain('search/query')
  // The page asked where the export stood while it waited.
  expect(answered.slice(0, answered.indexOf('exports/releve'))).toContain('tasks/progress')
})
