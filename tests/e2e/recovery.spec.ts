import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, type Preview } from './preview'
import { invoke } from './api'

test('a damaged database opens on the recovery screen, which restores the latest sound backup', async ({ page, preview }) => {
  await page.goto(preview.url)
  await expect(page.getByTestId('db-path')).toBeVisible()
  // A day's backup exists (taken at launch); then the file gets damaged while the app is closed.
  await expect.poll(() => (existsSync(join(preview.dir, 'backups')) ? readdirSync(join(preview.dir, 'backups')).length : 0)).toBeGreaterThan(0)
  const sound = readFileSync(preview.dbPath)
  await preview.restart({ hard: false })
  const bytes = Buffer.from(sound)
  bytes.fill(0x42, 100, Math.min(bytes.length, 8192))
  writeFileSync(preview.dbPath, bytes)
  for (const suffix of ['-wal', '-shm']) if (existsSync(preview.dbPath + suffix)) writeFileSync(preview.dbPath + suffix, '')
  const damaged = readFileSync(preview.dbPath)
  await preview.restart()

  await page.goto(preview.url)
  await expect(page.getByRole('heading', { name: 'La base de données est endommagée' })).toBeVisible()
  await expect(page.getByText(/Dernière sauvegarde saine/)).toBeVisible()
  await page.getByRole('button', { name: 'Restaurer la dernière sauvegarde saine' }).click()
  await expect(page.getByText(/Le fichier endommagé a été mis de côté/)).toBeVisible()
  // The damaged file was moved aside, byte for byte, never overwritten.
  const aside = readdirSync(preview.dir).find((name) => name.includes('.endommagee-') && !name.endsWith('-wal') && !name.endsWith('-shm'))
  expect(aside).toBeDefined()
  expect(readFileSync(join(preview.dir, aside as string)).equals(damaged)).toBe(true)
  await expect(page.getByTestId('db-path')).toBeVisible({ timeout: 15_000 })
})

/**
 * Seeds a person, takes a manual backup through the app, stops the preview cleanly (the WAL is
 * checkpointed into the file), damages the file with `damage`, and starts the preview again.
 */
async function damageAfterBackup(preview: Preview, damage: (sound: Buffer) => Buffer): Promise<Buffer> {
  await invoke(preview, 'people/save', { civility: 'Mme', firstName: 'Salma', lastName: 'Bennani', organisationId: null, confirmDuplicate: true })
  await invoke(preview, 'backups/create', {})
  await preview.restart({ hard: false })
  const damaged = damage(readFileSync(preview.dbPath))
  writeFileSync(preview.dbPath, damaged)
  for (const suffix of ['-wal', '-shm']) if (existsSync(preview.dbPath + suffix)) writeFileSync(preview.dbPath + suffix, '')
  await preview.restart()
  return damaged
}

async function restoreFromScreen(page: Page, preview: Preview, problem: RegExp, damaged: Buffer): Promise<void> {
  await page.goto(preview.url)
  await expect(page.getByRole('heading', { name: 'La base de données est endommagée' })).toBeVisible()
  await expect(page.getByText(problem)).toBeVisible()
  await expect(page.getByText(/Dernière sauvegarde saine/)).toBeVisible()
  await page.getByRole('button', { name: 'Restaurer la dernière sauvegarde saine' }).click()
  await expect(page.getByText(/Le fichier endommagé a été mis de côté/)).toBeVisible()
  const aside = readdirSync(preview.dir).find((name) => name.includes('.endommagee-') && !name.endsWith('-wal') && !name.endsWith('-shm'))
  expect(aside).toBeDefined()
  expect(readFileSync(join(preview.dir, aside as string)).equals(damaged)).toBe(true)
  await expect(page.getByTestId('db-path')).toBeVisible({ timeout: 15_000 })
  const people = await invoke(preview, 'people/list', {})
  expect(JSON.stringify(people)).toContain('Bennani')
}

test('a database cut to half its size opens on the recovery screen and gets its data back', async ({ page, preview }) => {
  await page.goto(preview.url)
  await expect(page.getByTestId('db-path')).toBeVisible()
  const damaged = await damageAfterBackup(preview, (sound) => sound.subarray(0, Math.floor(sound.length / 2)))
  await restoreFromScreen(page, preview, /tronqué/, damaged)
})

test('a database emptied to zero bytes while backups exist opens on the recovery screen, not as a new one', async ({ page, preview }) => {
  await page.goto(preview.url)
  await expect(page.getByTestId('db-path')).toBeVisible()
  const damaged = await damageAfterBackup(preview, () => Buffer.alloc(0))
  await restoreFromScreen(page, preview, /vide \(0 octet\)/, damaged)
})
