import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { startServices, type ServiceOptions, type StartedApp } from '../bootstrap'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import { backupBeforeMigration, scheduleDailyBackup } from './backup/startup'
import { backupDir, checkIntegrity, listBackups, moveAside } from './backup/backup'
import type { RecoveryStatus } from '../../shared/domain/recovery'

export type LaunchState = { kind: 'ready'; app: StartedApp } | { kind: 'damaged'; problem: string }

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_IOERR_SHORT_READ'])

function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  if (typeof code === 'string' && [...DAMAGE_CODES].some((c) => code.startsWith(c))) return true
  // A file that is not a SQLite database at all is damaged too; a newer one is not (it is refused).
  return error instanceof AppError && error.code === 'DB' && /n’est pas une base de données/.test(error.message)
}

/**
 * Opens the database for the app or the preview: back up before a migration, open and migrate,
 * then check it page by page. A damaged file is not opened for writing: the launch goes to the
 * recovery screen instead.
 */
export async function launch(options: ServiceOptions): Promise<LaunchState> {
  let app: StartedApp | undefined
  try {
    await backupBeforeMigration(options.dbPath)
    app = startServices(options)
    const rows = (app.ctx.db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check)
    if (rows.length !== 1 || rows[0] !== 'ok') {
      app.close()
      return { kind: 'damaged', problem: t('recovery.problems.integrity', { details: rows.slice(0, 3).join(' ; ') }) }
    }
    void scheduleDailyBackup(app.ctx.db, options.dbPath)
    return { kind: 'ready', app }
  } catch (error) {
    app?.close()
    if (isDamage(error)) {
      const reason = error instanceof Error ? error.message : String(error)
      return { kind: 'damaged', problem: t('recovery.problems.unreadable', { reason }) }
    }
    throw error
  }
}

/** The recovery screen's facts: the problem and the sound backups, newest first. */
export function recoveryStatus(dbPath: string, problem: string): RecoveryStatus {
  const backups = listBackups(dbPath)
    .filter((b) => {
      try {
        return checkIntegrity(b.path).ok
      } catch {
        return false
      }
    })
    .map(({ name, createdAt, size, schemaVersion }) => ({ name, createdAt, size, schemaVersion }))
  return { damaged: true, problem, dbPath, backups }
}

/** Moves the damaged database aside (never overwritten) and puts a sound backup, or nothing, in its place. */
export function replaceDamaged(dbPath: string, backupName: string | undefined, status: RecoveryStatus): string {
  const chosen = backupName ? status.backups.find((b) => b.name === backupName) : status.backups[0]
  if (backupName !== undefined && !chosen) throw new AppError('NOT_FOUND', t('backup.notFound'))
  const movedTo = existsSync(dbPath) ? moveAside(dbPath) : dbPath
  if (chosen) copyFileSync(join(backupDir(dbPath), chosen.name), dbPath)
  return movedTo
}
