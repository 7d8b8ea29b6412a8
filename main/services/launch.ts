import { startServices, type ServiceOptions, type StartedApp } from '../bootstrap'
import { inspectDatabaseFile } from '../db/connection'
import { DamagedDatabaseError, diagnoseDamage, isDamageError, truncation } from '../db/damage'
import { t } from '../../shared/i18n/translate'
import { backupBeforeMigration, scheduleDailyBackup } from './backup/startup'
import { emptiedDatabase } from './backup/recovery'
import { checkAtLaunch, launchCheckScope } from './backup/launch-check'

export { recoveryStatus, replaceDamaged } from './backup/recovery'

export type LaunchState = { kind: 'ready'; app: StartedApp } | { kind: 'damaged'; problem: string }

/** Says what is wrong with a file that failed its check: truncated when its size says so, else damaged pages. */
function failedCheck(path: string, problems: string[]): string {
  const diagnosis = diagnoseDamage(path)
  return diagnosis.kind === 'truncated' ? diagnosis.problem : t('recovery.problems.integrity', { count: problems.length })
}

/**
 * Opens the database for the app or the preview: check it (read-only; every page when small or not
 * vouched for by a recent backup, see ./backup/launch-check.ts), back up before
 * a migration, then open and migrate. A damaged file — unreadable, not SQLite, truncated, with bad
 * pages, or emptied to zero bytes while backups of it exist — is not opened for writing: the launch
 * goes to the recovery screen instead, with the problem in French.
 */
export async function launch(options: ServiceOptions): Promise<LaunchState> {
  let app: StartedApp | undefined
  try {
    const emptied = emptiedDatabase(options.dbPath)
    if (emptied) return { kind: 'damaged', problem: emptied.problem }
    if (inspectDatabaseFile(options.dbPath).exists) {
      const truncated = truncation(options.dbPath)
      if (truncated) return { kind: 'damaged', problem: truncated.problem }
      const problems = checkAtLaunch(options.dbPath, launchCheckScope(options.dbPath))
      if (problems.length > 0) return { kind: 'damaged', problem: failedCheck(options.dbPath, problems) }
    }
    await backupBeforeMigration(options.dbPath)
    app = startServices(options)
    void scheduleDailyBackup(app.ctx.db, options.dbPath)
    return { kind: 'ready', app }
  } catch (error) {
    app?.close()
    if (isDamageError(error)) {
      const damage = error instanceof DamagedDatabaseError ? error : diagnoseDamage(options.dbPath, error)
      return { kind: 'damaged', problem: damage.problem }
    }
    throw error
  }
}
