import { copyFileSync, renameSync, rmSync } from 'node:fs'
import type { AppContext } from '../../context'
import { openDatabase } from '../../db/connection'
import { createBackup, validateBackupFile, type BackupEntry } from './backup'

/**
 * Restores a backup under the running app. The current database is backed up first through the
 * live connection; the swap itself (close, copy, rename, reopen) is synchronous so that no other
 * call can see a closed connection in between.
 */
export async function restoreLive(ctx: AppContext, fromPath: string): Promise<BackupEntry> {
  validateBackupFile(fromPath)
  // Copy first: backing up the current database may prune the very backup being restored.
  const temporary = `${ctx.dbPath}.restauration`
  copyFileSync(fromPath, temporary)
  let previous: BackupEntry
  try {
    previous = await createBackup(ctx.db, ctx.dbPath, 'avant-restauration')
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  ctx.db.close()
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(ctx.dbPath + suffix, { force: true })
    renameSync(temporary, ctx.dbPath)
  } finally {
    ctx.db = openDatabase(ctx.dbPath)
  }
  return previous
}
