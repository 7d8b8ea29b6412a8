import type { Db } from '../../db/connection'
import { toAppError } from '../../api/db-errors'
import { AppError } from '../../errors'
import { inspectDatabaseFile } from '../../db/connection'
import { LATEST_SCHEMA_VERSION } from '../../db/migrations'
import { BackupIntegrityError, backupFile, createBackup, needsDailyBackup } from './backup'
import { requestFullCheck } from './launch-check'
import { isDamageError } from '../../db/damage'

/**
 * Before a database that holds data is migrated, copy it with the online backup API: the copy
 * is the way back if the new version misbehaves. A fresh or current database needs nothing.
 */
export async function backupBeforeMigration(dbPath: string): Promise<string | undefined> {
  const { exists, schemaVersion } = inspectDatabaseFile(dbPath)
  if (!exists || schemaVersion === 0 || schemaVersion >= LATEST_SCHEMA_VERSION) return undefined
  const entry = await backupFile(dbPath, 'avant-migration')
  return entry.path
}

/**
 * Takes the day's automatic backup at the first launch of the day, in the background. It is also the
 * day's check of every page: a copy that fails it means damaged pages, and the next launch reads
 * every page again and opens the recovery screen.
 */
export function scheduleDailyBackup(db: Db, dbPath: string, now = new Date()): Promise<void> {
  if (!needsDailyBackup(dbPath, now)) return Promise.resolve()
  return createBackup(db, dbPath, 'quotidienne', now).then(
    () => undefined,
    // One French line (a closed connection, a full disk), never a stack trace in the console.
    (error: unknown) => {
      if (error instanceof BackupIntegrityError || isDamageError(error)) requestFullCheck(dbPath)
      console.error(`[copil] sauvegarde quotidienne impossible : ${error instanceof AppError ? error.message : toAppError(error).message}`)
    },
  )
}

/** Before an import writes anything, keep a copy of a database that already holds data. */
export async function backupBeforeImport(db: Db, dbPath: string): Promise<void> {
  const holdsData = db
    .prepare('SELECT EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM plans) OR EXISTS (SELECT 1 FROM meetings)')
    .pluck()
    .get()
  if (holdsData) await createBackup(db, dbPath, 'avant-import')
}
