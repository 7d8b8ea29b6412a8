/**
 * A database damaged at launch: what the recovery screen (or the command line) offers, how the
 * damaged file is replaced without ever being overwritten, and the cleanup of what an interrupted
 * backup or restore left behind.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DamagedDatabaseError } from '../../db/damage'
import { AppError } from '../../errors'
import { copyPrivate, renameDurably } from '../../files/private'
import { t } from '../../../shared/i18n/translate'
import type { RecoveryStatus } from '../../../shared/domain/recovery'
import { backupDir, backupStem, checkIntegrity, listBackups, moveAside, parseBackupName } from './backup'
import { checkEachOffThread } from '../../workers/integrity'

/** The temporary name a restore copies to before renaming into place. */
export const restoringPath = (dbPath: string): string => `${dbPath}.restauration`

/** The sound backups of a database, newest first (each passes integrity_check), for the command line. */
export function soundBackups(dbPath: string): RecoveryStatus['backups'] {
  return listBackups(dbPath)
    .filter((b) => {
      try {
        return checkIntegrity(b.path).ok
      } catch {
        return false
      }
    })
    .map(({ name, createdAt, size, schemaVersion }) => ({ name, createdAt, size, schemaVersion }))
}

/**
 * The sound backups of a database, newest first, each checked with integrity_check in a worker so
 * that the request loop keeps answering (the page asks where the checks stand); `checked` hears
 * how many of how many are done.
 */
export async function soundBackupsOffThread(
  dbPath: string,
  checked: (done: number, total: number) => void = () => undefined,
): Promise<RecoveryStatus['backups']> {
  const backups = listBackups(dbPath)
  checked(0, backups.length)
  const sound = await checkEachOffThread(
    backups.map((b) => b.path),
    (done) => checked(done, backups.length),
  )
  return backups
    .filter((_, i) => sound[i])
    .map(({ name, createdAt, size, schemaVersion }) => ({ name, createdAt, size, schemaVersion }))
}

/** The recovery screen's facts: the problem and the sound backups, newest first. */
export async function recoveryStatus(
  dbPath: string,
  problem: string,
  checked?: (done: number, total: number) => void,
): Promise<RecoveryStatus> {
  return { damaged: true, problem, dbPath, backups: await soundBackupsOffThread(dbPath, checked) }
}

/**
 * A database file emptied to zero bytes while backups of it exist lost its data: SQLite would open
 * it as a new, empty database and the user would start over without a word. Returns the damage.
 */
export function emptiedDatabase(dbPath: string): DamagedDatabaseError | undefined {
  let size: number
  try {
    size = statSync(dbPath).size
  } catch {
    return undefined
  }
  if (size !== 0 || listBackups(dbPath).length === 0) return undefined
  return new DamagedDatabaseError(dbPath, 'empty', t('recovery.problems.empty'))
}

/**
 * Moves the damaged database aside (never overwritten) and puts a sound backup, or nothing, in its
 * place. The backup is copied under a temporary name, synced, then renamed, so a crash never leaves
 * half a database under the real name.
 */
export function replaceDamaged(dbPath: string, backupName: string | undefined, status: RecoveryStatus): string {
  const chosen = backupName ? status.backups.find((b) => b.name === backupName) : status.backups[0]
  if (backupName !== undefined && !chosen) throw new AppError('NOT_FOUND', t('backup.notFound'))
  const temporary = restoringPath(dbPath)
  if (chosen) copyPrivate(join(backupDir(dbPath), chosen.name), temporary)
  const movedTo = existsSync(dbPath) ? moveAside(dbPath) : dbPath
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
  if (chosen) renameDurably(temporary, dbPath)
  return movedTo
}

/** What the command line says after a damage: the newest sound backup and how to restore it. */
export function recoveryAdvice(dbPath: string): string {
  const [latest] = soundBackups(dbPath)
  if (!latest) return t('recovery.cli.none', { dir: backupDir(dbPath) })
  const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Africa/Casablanca' }).format(new Date(latest.createdAt))
  return t('recovery.cli.latest', { path: join(backupDir(dbPath), latest.name), date, db: dbPath })
}

const LEFTOVER_SUFFIXES = ['', '-journal', '-wal', '-shm']

/**
 * Removes what an interrupted backup or restore of this database left behind: `…sqlite.partiel`
 * copies in backups/ and the `.restauration` copy beside the database (with their journals).
 * Called only when no other process holds the database, since one of them could be writing those.
 */
export function removeLeftovers(dbPath: string): string[] {
  const removed: string[] = []
  const dir = backupDir(dbPath)
  if (existsSync(dir)) {
    const own = backupStem(dbPath)
    for (const name of readdirSync(dir)) {
      const match = /^(.+\.sqlite)\.partiel(-journal|-wal|-shm)?$/.exec(name)
      if (match?.[1] && parseBackupName(match[1])?.stem === own) {
        rmSync(join(dir, name), { force: true })
        removed.push(join(dir, name))
      }
    }
  }
  for (const suffix of LEFTOVER_SUFFIXES) {
    const path = restoringPath(dbPath) + suffix
    if (existsSync(path)) {
      rmSync(path, { force: true })
      removed.push(path)
    }
  }
  return removed
}
