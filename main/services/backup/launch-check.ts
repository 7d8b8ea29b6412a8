/**
 * How much of the database the launch checks. The header, the size the header declares and the
 * schema are always checked; the pages (`quick_check`, which reads every page: about 0.1 s for ten
 * years of work, 1.4 s at 180 MB on a loaded 2-core machine) only when the file is small, or when no
 * check of its pages has passed lately. Each backup — the daily one at the first launch of each day,
 * those before a migration or an import, those made on demand — is a copy checked page by page with
 * `integrity_check` before it gets its name: the newest one vouches for the pages as they were then.
 * A backup whose check failed asks for a full check at the next launch, which then opens the
 * recovery screen.
 */
import Database from 'better-sqlite3'
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createPrivateFile } from '../../files/private'
import { backupDir, backupStem, parseBackupName } from './backup'

/** Up to this size the launch reads every page (quick_check stays within the 50 ms launch budget). */
export const FULL_CHECK_MAX_BYTES = 4 * 1024 * 1024
/** A backup younger than this vouches for the pages; older, the launch reads them all again. */
export const BACKUP_VOUCHES_MS = 36 * 3_600_000

/** The file that asks the next launch to read every page (a backup of the database failed its check). */
export function fullCheckRequest(dbPath: string): string {
  return `${dbPath}.verification-demandee`
}

/** Asks the next launch to check every page of the database. */
export function requestFullCheck(dbPath: string): void {
  if (!existsSync(fullCheckRequest(dbPath))) createPrivateFile(fullCheckRequest(dbPath))
}

export type LaunchCheckScope = 'pages' | 'schema'

/** Whether this launch reads every page (`pages`) or the header and schema only (`schema`). */
export function launchCheckScope(dbPath: string, now = new Date()): LaunchCheckScope {
  if (statSync(dbPath).size <= FULL_CHECK_MAX_BYTES) return 'pages'
  if (existsSync(fullCheckRequest(dbPath))) return 'pages'
  const newest = newestBackupTime(dbPath)
  if (newest === undefined) return 'pages'
  const age = now.getTime() - newest
  return age >= 0 && age <= BACKUP_VOUCHES_MS ? 'schema' : 'pages'
}

/** When the newest backup of this database was taken, from the names alone (opening each costs). */
function newestBackupTime(dbPath: string): number | undefined {
  const dir = backupDir(dbPath)
  if (!existsSync(dir)) return undefined
  const own = backupStem(dbPath)
  let newest: number | undefined
  for (const name of readdirSync(dir)) {
    const info = parseBackupName(name)
    if (info?.stem !== own) continue
    const time = Date.parse(info.createdAt)
    if (newest === undefined || time > newest) newest = time
  }
  return newest
}

/**
 * Checks the database through a read-only connection (nothing is written to a damaged file) and
 * returns SQLite's problems, none when sound. `schema` reads the schema and the schema version;
 * `pages` runs quick_check over every page, and withdraws a pending request for it once sound.
 */
export function checkAtLaunch(dbPath: string, scope: LaunchCheckScope): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  let problems: string[]
  try {
    if (scope === 'schema') {
      db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all()
      db.pragma('user_version')
      return []
    }
    problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok')
  } finally {
    db.close()
  }
  if (problems.length === 0) rmSync(fullCheckRequest(dbPath), { force: true })
  return problems
}
