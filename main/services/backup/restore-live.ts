import { rmSync } from 'node:fs'
import type { AppContext } from '../../context'
import { openDatabase } from '../../db/connection'
import { copyPrivate, renameDurably } from '../../files/private'
import { createBackup, validateBackupFile, type BackupEntry } from './backup'
import { assertNoOtherHolder } from './exclusive'
import { restoringPath } from './recovery'

/** Where a restore stands: checking the chosen backup, copying and checking the current database, putting the backup in place. */
export type RestoreStage = 'checkingBackup' | 'copying' | 'checking' | 'replacing'

/**
 * Restores a backup under the running app. The backup's pages are checked in a worker first: the
 * other calls are answered meanwhile. The current database is backed up first through the
 * live connection; the swap itself (close, copy, rename, reopen) is synchronous so that no other
 * call can see a closed connection in between. Refused while another process (the command line,
 * a second window) holds the database: it would keep writing to the replaced file.
 */
export async function restoreLive(ctx: AppContext, fromPath: string, onStage?: (stage: RestoreStage) => void): Promise<BackupEntry> {
  onStage?.('checkingBackup')
  await validateBackupFile(fromPath)
  assertNoOtherHolder(ctx.dbPath, 'inApp')
  // Copy first: backing up the current database may prune the very backup being restored.
  const temporary = restoringPath(ctx.dbPath)
  copyPrivate(fromPath, temporary)
  let previous: BackupEntry
  try {
    previous = await createBackup(ctx.db, ctx.dbPath, 'avant-restauration', new Date(), onStage)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  onStage?.('replacing')
  ctx.db.close()
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(ctx.dbPath + suffix, { force: true })
    renameDurably(temporary, ctx.dbPath)
  } finally {
    ctx.db = openDatabase(ctx.dbPath)
  }
  return previous
}
