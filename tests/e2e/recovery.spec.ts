import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './preview'

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
