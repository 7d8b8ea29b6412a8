import { existsSync, rmSync, statSync } from 'node:fs'
import { AppError } from '../../errors'
import { inspectDatabaseFile } from '../../db/connection'
import { copyPrivate, renameDurably } from '../../files/private'
import { backupFile, moveAside, validateBackupFile, type BackupEntry } from './backup'
import { restoringPath } from './recovery'

export interface RestoreOutcome {
  /** The backup of the database that was replaced, when it was sound. */
  previousBackup?: BackupEntry
  /** Where a damaged database was moved, when it could not be backed up. */
  movedAside?: string
}

/**
 * Replaces the database at `dbPath` (closed, held by no other process: see holders.ts) by the
 * backup at `fromPath`. The current database is backed up first, or moved aside when it is damaged
 * or empty: it is never simply overwritten. The copy lands under a temporary name, synced, and is
 * renamed into place, so a crash leaves one or the other.
 */
export async function restoreDatabase(dbPath: string, fromPath: string): Promise<RestoreOutcome> {
  await validateBackupFile(fromPath)
  // Copy first: backing up the current database may prune the very backup being restored.
  const temporary = restoringPath(dbPath)
  copyPrivate(fromPath, temporary)
  const outcome: RestoreOutcome = {}
  try {
    if (existsSync(dbPath)) {
      let sound = statSync(dbPath).size > 0
      if (sound) {
        try {
          inspectDatabaseFile(dbPath)
        } catch (error) {
          if (!(error instanceof AppError)) throw error
          sound = false
        }
      }
      if (sound) {
        try {
          outcome.previousBackup = await backupFile(dbPath, 'avant-restauration')
        } catch {
          sound = false
        }
      }
      if (!sound) outcome.movedAside = moveAside(dbPath)
    }
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
  renameDurably(temporary, dbPath)
  return outcome
}
