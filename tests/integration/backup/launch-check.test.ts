import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../main/db/connection'
import { backupFile } from '../../../main/services/backup/backup'
import { FULL_CHECK_MAX_BYTES, fullCheckRequest, launchCheckScope } from '../../../main/services/backup/launch-check'
import { scheduleDailyBackup } from '../../../main/services/backup/startup'
import { launch } from '../../../main/services/launch'
import { tempDir } from '../../helpers/temp'

const HOUR = 3_600_000

/** A sound database just over the size from which the launch stops reading every page. */
function largeDatabase(): string {
  const dbPath = join(tempDir(), 'copil.sqlite')
  const db = openDatabase(dbPath)
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
  const rows = Math.ceil((FULL_CHECK_MAX_BYTES * 1.2) / 1000)
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`clé ${i}`, `Valeur ${i} — ${'texte du relevé '.repeat(60)}`)
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  return dbPath
}

/** Overwrites three pages in the middle of the file with bytes that are not a b-tree page. */
function damagePages(dbPath: string): void {
  const bytes = readFileSync(dbPath)
  const pageSize = bytes.readUInt16BE(16)
  const pages = Math.floor(bytes.length / pageSize)
  for (const page of [Math.floor(pages / 3), Math.floor(pages / 2), Math.floor((2 * pages) / 3)]) {
    bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize)
  }
  writeFileSync(dbPath, bytes)
}

describe('the launch check', () => {
  it('reads every page of a small database at each launch', async () => {
    const dbPath = join(tempDir(), 'copil.sqlite')
    openDatabase(dbPath).close()
    await backupFile(dbPath, 'manuelle')
    expect(launchCheckScope(dbPath)).toBe('pages')
  })

  it('reads every page of a large database unless a backup checked page by page vouches for it within 36 hours', async () => {
    const dbPath = largeDatabase()
    expect(launchCheckScope(dbPath)).toBe('pages')
    const now = new Date()
    await backupFile(dbPath, 'quotidienne', new Date(now.getTime() - 40 * HOUR))
    expect(launchCheckScope(dbPath, now)).toBe('pages')
    await backupFile(dbPath, 'quotidienne', new Date(now.getTime() - 2 * HOUR))
    expect(launchCheckScope(dbPath, now)).toBe('schema')
    expect(launchCheckScope(dbPath, new Date(now.getTime() + 40 * HOUR))).toBe('pages')
  })

  it('opens the recovery screen at the launch after a daily backup found damaged pages', async () => {
    const dbPath = largeDatabase()
    await backupFile(dbPath, 'quotidienne', new Date(Date.now() - 25 * HOUR))
    damagePages(dbPath)
    // The day's backup copies the pages and checks the copy: it fails, and asks for a full check.
    const db = new Database(dbPath, { readonly: true, fileMustExist: true })
    await scheduleDailyBackup(db, dbPath)
    db.close()
    expect(existsSync(fullCheckRequest(dbPath))).toBe(true)
    expect(launchCheckScope(dbPath)).toBe('pages')
    const before = readFileSync(dbPath)
    const state = await launch({ dbPath, dataDir: join(dbPath, '..'), transport: 'web' })
    if (state.kind === 'ready') state.app.close()
    expect(state.kind).toBe('damaged')
    expect(state.kind === 'damaged' ? state.problem : '').toMatch(/pages de la base sont abîmées/)
    expect(readFileSync(dbPath).equals(before)).toBe(true)
  })

  it('withdraws the request once every page was read sound', async () => {
    const dbPath = largeDatabase()
    await backupFile(dbPath, 'quotidienne', new Date(Date.now() - HOUR))
    writeFileSync(fullCheckRequest(dbPath), '')
    expect(launchCheckScope(dbPath)).toBe('pages')
    const state = await launch({ dbPath, dataDir: join(dbPath, '..'), transport: 'web' })
    if (state.kind === 'ready') state.app.close()
    expect(state.kind).toBe('ready')
    expect(existsSync(fullCheckRequest(dbPath))).toBe(false)
    expect(launchCheckScope(dbPath)).toBe('schema')
  })
})
